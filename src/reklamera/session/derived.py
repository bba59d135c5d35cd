"""Everything that follows from a case on a given day, computed once for each revision of the case.

The rights page, the letter, the next-steps page, the follow-up page and the timeline all read these instead of
assessing the case themselves; each value is computed on first use and kept until the case changes."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import TYPE_CHECKING

from reklamera.case import FACT_FIELDS, Case
from reklamera.errors import InputError

if TYPE_CHECKING:
    from reklamera.followup import FollowUp
    from reklamera.rules.dispute import Eligibility
    from reklamera.rules.model import Assessment
    from reklamera.verdict import KeyDate

# The rules, the follow-up state, the dispute bodies and the words are imported on first use: the wizard's first
# page needs none of them, and they bring Babel and every country's rule data.


class Derived:
    def __init__(self, case: Case, today: dt.date) -> None:
        self.case, self.today = case, today

    @cached_property
    def _assessed(self) -> tuple[Assessment | None, InputError | None]:
        from reklamera.rules import assess

        try:
            return assess(self.case.facts(), self.today), None
        except InputError as error:  # an incomplete or impossible case: the pages say what is missing
            path = FACT_FIELDS.get(error.field, error.field)
            return None, InputError(path, error.template, **error.params)

    @property
    def assessment(self) -> Assessment | None:
        """The assessment for the complaint day the case holds (today when none), or None while the case cannot
        be assessed (see ``problem``)."""
        return self._assessed[0]

    @property
    def problem(self) -> InputError | None:
        """Why there is no assessment: the case path at fault and what is wrong."""
        return self._assessed[1]

    @cached_property
    def follow_up(self) -> FollowUp:
        from reklamera.followup import follow_up

        return follow_up(self.case, self.today)

    @cached_property
    def eligibility(self) -> Eligibility | None:
        """May the case go to the country's dispute body? None while the case cannot be assessed."""
        from reklamera.letter.escalation import case_eligibility

        if self.assessment is None:
            return None
        return case_eligibility(self.case, self.today, self.assessment)

    @cached_property
    def key_dates(self) -> tuple[KeyDate, ...]:
        from reklamera.verdict import key_dates

        a = self.assessment
        if a is None or self.case.product.delivered is None or self.case.defect.discovered is None:
            return ()
        return tuple(key_dates(a, self.case.product.delivered, self.case.defect.discovered))
