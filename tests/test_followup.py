"""Where a complaint stands after the letter, and the reply deadline as a calendar event."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from reklamera.case import Case, Event
from reklamera.followup import follow_up
from reklamera.ics import reply_deadline_event

D = dt.date.fromisoformat


def case_with(*events: Event, reply_days: int = 14) -> Case:
    case = Case.new("SE")
    case.reply_days = reply_days
    case.events = list(events)
    return case


def sent(day: str, kind: str = "letter_sent") -> Event:
    return Event(date=D(day), kind=kind)


@pytest.mark.parametrize(
    ("events", "today", "step", "reply_by", "overdue"),
    [
        ((), "2026-10-10", "send_letter", None, 0),
        ((sent("2026-10-01"),), "2026-10-15", "wait", "2026-10-15", 0),
        ((sent("2026-10-01"),), "2026-10-16", "reminder", "2026-10-15", 1),
        ((sent("2026-10-01"), sent("2026-10-20", "reminder_sent")), "2026-11-03", "wait", "2026-11-03", 0),
        ((sent("2026-10-01"), sent("2026-10-20", "reminder_sent")), "2026-11-10", "escalate", "2026-11-03", 7),
        ((sent("2026-10-01"), Event(date=D("2026-10-08"), kind="reply_received", refusal="your_fault")),
         "2026-10-30", "respond", None, 0),
        ((sent("2026-10-01"), Event(date=D("2026-10-08"), kind="reply_received")), "2026-10-30", "wait", None, 0),
        ((sent("2026-10-01"), sent("2026-11-20", "escalated")), "2026-12-30", "escalated", None, 0),
        ((sent("2026-10-01"), Event(date=D("2026-10-08"), kind="closed", outcome="repaired")), "2027-01-01",
         "closed", None, 0),
        ((Event(date=None, kind="letter_sent"),), "2026-10-10", "send_letter", None, 0),  # undated: not yet sent
    ],
    ids=["nothing sent", "waiting, last day", "overdue by a day", "reminded, waiting", "reminded, overdue",
         "refused", "answered", "escalated", "closed", "undated"],
)
def test_next_step(events, today, step, reply_by, overdue) -> None:
    state = follow_up(case_with(*events), D(today))
    assert state.next_step == step
    assert state.reply_by == (D(reply_by) if reply_by else None)
    assert state.overdue_days == overdue and state.overdue is bool(overdue)


def test_reply_deadline_calendar_event_parses_back() -> None:
    summary = "Svar från Elektronikhuset i Uppsala AB, senast idag; diskmaskin, vit"
    data = reply_deadline_event(D("2026-10-19"), summary, "Reklamation av diskmaskin Electra DW-450.\nRing annars.",
                                now=dt.datetime(2026, 10, 5, 12, 0, tzinfo=dt.UTC))
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["SUMMARY"]) == summary
    assert event.decoded("DTSTART") == D("2026-10-19")
    assert event.decoded("DTEND") == D("2026-10-20")
    assert "Ring annars." in str(event["DESCRIPTION"])
    alarm = next(iter(event.walk("VALARM")))
    assert alarm.decoded("TRIGGER") == dt.timedelta(hours=9)
