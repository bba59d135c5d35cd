"""rules.date_problems: every impossible date of a case still being filled in, named by its fact."""

from __future__ import annotations

import datetime as dt

from reklamera.rules import date_problems

TODAY = dt.date(2026, 3, 1)
D = dt.date


def fields(*args) -> list[str]:
    return [problem.field for problem in date_problems(*args, TODAY)]


def test_nothing_given_yet_is_no_problem() -> None:
    assert fields(None, None, None, None) == []


def test_days_after_today() -> None:
    assert fields(D(2026, 3, 2), None, D(2026, 3, 5), None) == ["delivered", "purchased"]
    assert fields(None, D(2026, 3, 2), None, None) == ["discovered"]


def test_order_of_the_dates() -> None:
    assert fields(D(2026, 2, 1), D(2026, 1, 1), None, None) == ["discovered"]
    assert fields(D(2026, 1, 1), D(2026, 2, 1), None, D(2026, 1, 15)) == ["complained"]
    assert fields(D(2026, 1, 1), None, None, D(2025, 1, 15)) == []  # nothing to compare the complaint with
    assert fields(D(2026, 1, 1), D(2026, 2, 1), None, D(2027, 1, 15)) == []  # planning ahead is allowed
