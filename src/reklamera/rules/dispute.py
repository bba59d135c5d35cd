"""May the consumer take the case to the country's dispute body? The checks of LAW.md, as data.

Each check is ``True`` (met), ``False`` (not met: the body will not take the case) or ``None`` (cannot be told
from the case, or depends on the kind of goods: the consumer must check). Pure: ``today`` is passed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reklamera.rules.calendar import add_months
from reklamera.rules.model import DisputeBody, Note


@dataclass(frozen=True, slots=True)
class Check:
    ok: bool | None
    note: Note


@dataclass(frozen=True, slots=True)
class Eligibility:
    body: DisputeBody
    eligible: bool | None  # False: at least one check failed; None: something must be checked by the consumer
    checks: tuple[Check, ...]
    apply_by: dt.date | None  # the last day to apply, where the body has a time limit
    notes: tuple[Note, ...]  # the body's other conditions (fees, steps), not checked here


# Conditions the checks above already cover, so they are not repeated as notes.
CHECKED = {"complain_to_seller_first", "arn_one_year", "arn_value_floor", "dk_price_band"}


def eligibility(body: DisputeBody, first_complaint: dt.date | None, price: Decimal | None, currency: str,
                today: dt.date) -> Eligibility:
    checks = []
    if first_complaint is None or first_complaint > today:
        checks.append(Check(False, Note("eligibility_complain_first")))
    else:
        checks.append(Check(True, Note("eligibility_complained", {"date": first_complaint})))
    apply_by = None
    if body.apply_within_months and first_complaint is not None:
        apply_by = add_months(first_complaint, body.apply_within_months)
        checks.append(Check(today <= apply_by, Note("eligibility_apply_by", {"date": apply_by})))
    if body.min_value:
        checks.append(_value_check(body, price, currency))
    verdicts = [check.ok for check in checks]
    eligible = False if False in verdicts else (None if None in verdicts else True)
    notes = tuple(note for note in body.conditions if note.key not in CHECKED)
    return Eligibility(body, eligible, tuple(checks), apply_by, notes)


def _value_check(body: DisputeBody, price: Decimal | None, currency: str) -> Check:
    params = {"currency": body.currency, "min": body.min_value, "usual": body.usual_min_value,
              "max": body.max_value}
    if price is None or currency != body.currency:
        return Check(None, Note("eligibility_value_unknown", params))
    if price < body.min_value or (body.max_value and price > body.max_value):
        return Check(False, Note("eligibility_value_outside", params))
    if price < body.usual_min_value:
        return Check(None, Note("eligibility_value_depends", params))
    return Check(True, Note("eligibility_value_ok", params))
