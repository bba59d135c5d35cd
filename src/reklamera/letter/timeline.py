"""What the timeline shows, as data: the key dates of an assessment, today (and the seller's reply day), and the
periods between them. The wizard's widget paints it with Qt; the handout draws it with ReportLab
(timeline_drawing.py, placed by timeline_layout.py). No Qt here.

Years and weeks share one line: each gap between two days is drawn in proportion to the square root of its
length, so a two-month period stays visible beside a three-year limit (the dates are written out).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum

from reklamera.i18n import N_
from reklamera.rules.model import Assessment, LimitAppliesTo
from reklamera.verdict import DateKind, KeyDate, key_dates


class Kind(Enum):
    """The key dates of verdict.key_dates, today, and the day the seller should answer by."""

    DELIVERED = "delivered"
    DISCOVERED = "discovered"
    PRESUMPTION_END = "presumption_end"
    SAFE_END = "safe_end"
    LIMIT = "limit"
    TODAY = "today"
    COMPLAINT = "complaint"
    REPLY = "reply"


TODAY_LABEL = N_("Today")
REPLY_LABEL = N_("The seller should answer by")
BOLD = (Kind.TODAY, Kind.LIMIT)  # the two a person looks for first
BAND_LABELS = {
    "presumption": N_("the seller must prove the defect was not there"),
    "safe": N_("always in time"),
}


@dataclass(frozen=True)
class Event:
    kind: Kind
    day: dt.date


@dataclass(frozen=True)
class Band:
    key: str  # "presumption" or "safe"
    start: dt.date
    end: dt.date


def timeline_items(assessment: Assessment, delivered: dt.date, discovered: dt.date, today: dt.date | None,
                   reply_by: dt.date | None = None) -> tuple[list[Event], list[Band]]:
    """What the picture shows (tested without drawing): the key dates, today (when given; a complaint made today
    is shown as today), the seller's reply day when given, and the periods that give a right while the act still
    gives a claim."""
    dates = key_dates(assessment, delivered, discovered)
    events = [Event(Kind(date.kind.value), date.day) for date in dates
              if not (date.kind is DateKind.COMPLAINT and date.day == today)]
    if today is not None:
        events.append(Event(Kind.TODAY, today))
    if reply_by is not None:
        events.append(Event(Kind.REPLY, reply_by))
    shown = {date.kind: date.day for date in dates}
    bands: list[Band] = []
    if DateKind.PRESUMPTION_END in shown:
        bands.append(Band("presumption", delivered, shown[DateKind.PRESUMPTION_END]))
    if DateKind.SAFE_END in shown:
        bands.append(Band("safe", discovered, shown[DateKind.SAFE_END]))
    return sorted(events, key=lambda event: (event.day, event.kind.value)), bands


def scale(days: list[dt.date], left: float, right: float) -> Callable[[dt.date], float]:
    """x for a day: gaps between known days drawn in proportion to sqrt(length)."""
    unique = sorted(set(days))
    if len(unique) == 1:
        return lambda _day: (left + right) / 2
    weights = [math.sqrt((b - a).days) for a, b in itertools.pairwise(unique)]
    total = sum(weights)
    xs = [left]
    for weight in weights:
        xs.append(xs[-1] + (right - left) * weight / total)

    def x_of(day: dt.date) -> float:
        if day <= unique[0]:
            return xs[0]
        for index in range(1, len(unique)):
            if day <= unique[index]:
                a, b = unique[index - 1], unique[index]
                return xs[index - 1] + (xs[index] - xs[index - 1]) * (day - a).days / (b - a).days
        return xs[-1]

    return x_of


# --- the handout's picture: the same items, with their words in the handout's language ------------------------

class Span(StrEnum):
    """The periods the handout colours: the status strip (always in time, may still be in time, too late) and,
    above it, the presumption."""

    SAFE = "safe"
    RISK = "risk"
    LATE = "late"
    PRESUMPTION = "presumption"


SPAN_LABELS = {
    Span.SAFE: BAND_LABELS["safe"],
    Span.RISK: N_("may still be in time"),
    Span.LATE: N_("too late"),
    Span.PRESUMPTION: BAND_LABELS["presumption"],
}


@dataclass(frozen=True)
class Mark:
    """One dated point: where it sits (``day``) and its two lines of words."""

    kind: Kind
    day: dt.date
    name: str
    date: str

    @property
    def bold(self) -> bool:
        return self.kind in BOLD


@dataclass(frozen=True)
class Period:
    span: Span
    start: dt.date
    end: dt.date | None  # None: on to the end of the line (no limit ends it)
    caption: str


@dataclass(frozen=True)
class Timeline:
    """The picture as plain values: what a renderer draws, already in the handout's language."""

    marks: tuple[Mark, ...]
    periods: tuple[Period, ...]
    title: str  # the picture's name ("Timeline of the complaint"), for a screen reader and the SVG's <title>

    def description(self) -> str:
        return "; ".join(f"{mark.name}: {mark.date}" for mark in self.marks)


def handout_timeline(assessment: Assessment, delivered: dt.date, discovered: dt.date, today: dt.date | None,
                     reply_by: dt.date | None, gettext: Callable[[str], str],
                     format_date: Callable[[dt.date], str]) -> Timeline:
    """The handout's picture. The status strip says what a complaint made on a day would be: always in time
    (the two months after the defect was noticed), may still be in time (reasonable time, nothing promised),
    too late (after a limit for the complaint). A limit for the defect to become apparent (Sweden since 2022)
    ends no complaint period, so the strip goes on past it."""
    events, bands = timeline_items(assessment, delivered, discovered, today, reply_by)
    marks = tuple(Mark(event.kind, event.day, gettext(_label(event.kind, assessment)), format_date(event.day))
                  for event in events)
    periods: list[Period] = []

    def add(span: Span, start: dt.date, end: dt.date | None) -> None:
        if end is None or end > start:
            periods.append(Period(span, start, end, gettext(SPAN_LABELS[span])))

    if assessment.has_claim:
        limit = assessment.absolute_deadline if assessment.limit_applies_to is LimitAppliesTo.COMPLAINT else None
        safe = next((band for band in bands if band.key == "safe"), None)
        risk_from = discovered
        if safe is not None:
            safe_end = min(safe.end, limit) if limit else safe.end
            add(Span.SAFE, safe.start, safe_end)
            risk_from = safe_end
        if limit is None or risk_from < limit:
            add(Span.RISK, risk_from, limit)
        if limit is not None:
            add(Span.LATE, limit, None)
    for band in bands:
        if band.key == "presumption":
            add(Span.PRESUMPTION, band.start, band.end)
    return Timeline(marks, tuple(periods), gettext(N_("Timeline of the complaint")))


def _label(kind: Kind, assessment: Assessment) -> str:
    if kind is Kind.TODAY:
        return TODAY_LABEL
    if kind is Kind.REPLY:
        return REPLY_LABEL
    return KeyDate(DateKind(kind.value), dt.date.min).label(assessment)
