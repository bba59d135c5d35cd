"""The remedy step's costs (issue 14): an amount needs to say what it was for, and each field stays within the file
format's limits; a list's entry is reached by its index ("costs[0].amount")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reklamera.case import LINE, Case, Cost
from reklamera.session import Step
from reklamera.session.steps import COST_WITHOUT_WHAT, step_problems


def test_an_amount_without_a_description_is_a_problem_of_the_remedy_step() -> None:
    case = Case.new()
    case.costs = [Cost("Transport", Decimal("249")), Cost("", Decimal("600")), Cost("Inspection")]
    found = step_problems(case, Step.REMEDY, dt.date(2026, 12, 2))
    assert set(found) == {"costs[1].description"} and found["costs[1].description"].template == COST_WITHOUT_WHAT
    assert "costs[1].description" not in step_problems(case, Step.PURCHASE, dt.date(2026, 12, 2))


def test_a_cost_longer_than_the_file_allows_is_named() -> None:
    case = Case.new()
    case.costs = [Cost("Transport", None, "x" * (LINE + 1))]
    found = step_problems(case, Step.REMEDY, dt.date(2026, 12, 2))
    assert "costs[0].receipt: is longer than 300 characters" in str(found["costs[0].receipt"])


def test_a_list_entry_by_its_index() -> None:
    case = Case.new()
    case.costs = [Cost("Transport"), Cost("Inspection")]
    case.set("costs[1].amount", Decimal("600"))
    assert case.get("costs[1].amount") == Decimal("600") and case.get("costs[0].description") == "Transport"
    assert case.check_value("costs[1].amount") is None
