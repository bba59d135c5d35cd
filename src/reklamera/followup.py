"""Where a complaint stands after the letter: when the seller should have answered, whether the answer is
overdue, and the next step. Pure: ``today`` is passed in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reklamera.case import Case, Event
from reklamera.rules.calendar import reply_deadline
from reklamera.vocabulary import EventKind, NextStep, Refusal


@dataclass(frozen=True, slots=True)
class FollowUp:
    first_sent: dt.date | None  # the first complaint to the seller
    reply_by: dt.date | None  # when the seller should have answered the latest letter or reminder
    overdue_days: int  # days past reply_by with no answer (0: not overdue)
    next_step: NextStep
    last_refusal: Refusal | None  # the kind of refusal in the latest answer, if any

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


def dated(events: list[Event]) -> list[tuple[dt.date, Event]]:
    """The events that have a date, with their date, oldest first (the order a dispute body wants them in)."""
    return sorted(((event.date, event) for event in events if event.date), key=lambda pair: pair[0])


def first_sent(events: list[Event]) -> dt.date | None:
    """The day the first complaint letter went out, or None when none is recorded."""
    return min((event.date for event in events if event.kind == EventKind.LETTER_SENT and event.date), default=None)


def follow_up(case: Case, today: dt.date) -> FollowUp:
    events = dated(case.events)
    first = first_sent(case.events)
    if any(event.kind == EventKind.CLOSED for _day, event in events):
        return FollowUp(first, None, 0, NextStep.CLOSED, None)
    if any(event.kind == EventKind.ESCALATED for _day, event in events):
        return FollowUp(first, None, 0, NextStep.ESCALATED, None)
    if first is None:
        return FollowUp(None, None, 0, NextStep.SEND_LETTER, None)
    outgoing = [day for day, event in events if event.kind in (EventKind.LETTER_SENT, EventKind.REMINDER_SENT)]
    last_out = outgoing[-1]
    replies = [event for day, event in events if event.kind == EventKind.REPLY_RECEIVED and day >= last_out]
    if replies:
        refusal = replies[-1].refusal
        if refusal:
            return FollowUp(first, None, 0, NextStep.RESPOND, refusal)
        return FollowUp(first, None, 0, NextStep.WAIT, None)
    reply_by = reply_deadline(case.country, last_out, case.reply_days_in_force())
    overdue = max(0, (today - reply_by).days)
    if not overdue:
        return FollowUp(first, reply_by, 0, NextStep.WAIT, None)
    reminded = any(event.kind == EventKind.REMINDER_SENT for _day, event in events)
    return FollowUp(first, reply_by, overdue, NextStep.ESCALATE if reminded else NextStep.REMINDER, None)
