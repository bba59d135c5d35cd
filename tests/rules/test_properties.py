"""Properties that must hold for every input, not just the table rows."""

from __future__ import annotations

import calendar as pycalendar
import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from reklamera.rules import COUNTRIES, Facts, assess
from reklamera.rules.calendar import add_months
from reklamera.rules.model import Status

RANK = {Status.IN_TIME: 0, Status.AT_RISK: 1, Status.TOO_LATE: 2}
days = st.dates(dt.date(2012, 1, 1), dt.date(2030, 12, 31))
gaps = st.integers(min_value=0, max_value=2500)


@st.composite
def facts_and_today(draw: st.DrawFn) -> tuple[Facts, dt.date]:
    delivered = draw(days)
    discovered = delivered + dt.timedelta(days=draw(gaps))
    purchased = delivered - dt.timedelta(days=draw(st.integers(0, 60)))
    complained = discovered + dt.timedelta(days=draw(gaps))
    facts = Facts(
        country=draw(st.sampled_from(COUNTRIES)),
        delivered=delivered,
        discovered=discovered,
        purchased=purchased,
        complained=complained,
        long_life=draw(st.booleans()),
        seller_bad_faith=draw(st.booleans()),
        bought_online=draw(st.booleans()),
    )
    return facts, discovered + dt.timedelta(days=draw(st.integers(0, 30)))


@settings(max_examples=400)
@given(facts_and_today(), st.integers(min_value=1, max_value=900))
def test_a_later_complaint_is_never_better(case: tuple[Facts, dt.date], delay: int) -> None:
    facts, today = case
    later = dataclasses.replace(facts, complained=facts.complained + dt.timedelta(days=delay))
    assert RANK[assess(facts, today).status] <= RANK[assess(later, today).status]


@settings(max_examples=400)
@given(facts_and_today())
def test_the_deadline_is_never_before_the_discovery(case: tuple[Facts, dt.date]) -> None:
    facts, today = case
    result = assess(facts, today)
    if result.deadline is not None:
        assert facts.discovered <= result.deadline <= result.reasonable_time_until
        assert result.days_left == (result.deadline - result.complained).days
    if result.status is Status.IN_TIME:
        assert result.complained <= result.deadline


@settings(max_examples=300)
@given(facts_and_today())
def test_never_more_time_than_the_safe_period(case: tuple[Facts, dt.date]) -> None:
    """Conservative: in_time only on or before discovery + 2 months, and never past a complaint limit."""
    facts, today = case
    result = assess(facts, today)
    if result.status is Status.IN_TIME:
        assert result.complained <= add_months(facts.discovered, 2)
        if result.limit_applies_to == "complaint":
            assert result.complained <= result.absolute_deadline


@settings(max_examples=200)
@given(facts_and_today())
def test_private_sellers_are_never_covered(case: tuple[Facts, dt.date]) -> None:
    facts, today = case
    result = assess(dataclasses.replace(facts, private_seller=True), today)
    assert result.status is Status.NOT_COVERED and result.deadline is None


@given(st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)), st.integers(min_value=0, max_value=1200))
def test_adding_months_never_overshoots_a_month_end(start: dt.date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year - start.year) * 12 + end.month - start.month == months
    assert end.day == min(start.day, pycalendar.monthrange(end.year, end.month)[1])


@given(st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)), st.integers(0, 600), st.integers(0, 600))
def test_adding_months_is_monotonic(start: dt.date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert add_months(start, low) <= add_months(start, high)
