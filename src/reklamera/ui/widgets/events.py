"""What happened after the complaint, as an editable table: date, what, how, the reference (a registered letter's
number, a ticket number) and the file (a screenshot, a scanned reply) each in its own column, the seller's answer
(or the outcome), how satisfied, a note."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reklamera.case import LINE, LONG, SHORT, Event
from reklamera.i18n import N_, normalize
from reklamera.ui.widgets.row_model import CHOICE, DATE, Choices, Column
from reklamera.ui.widgets.row_table import RowEditor
from reklamera.vocabulary import (
    EVENT_KIND_WORDS,
    OUTCOME_WORDS,
    REFUSAL_WORDS,
    SEND_CHANNEL_WORDS,
    EventKind,
)

KINDS = tuple((code, words.label) for code, words in EVENT_KIND_WORDS.items())
CHANNELS = tuple((code, words.label) for code, words in SEND_CHANNEL_WORDS.items())
NONE = "–"  # no choice made (not a word: the same in every language)
REFUSALS = ((None, N_("accepted, or other answer")), *((code, words.label) for code, words in REFUSAL_WORDS.items()))
OUTCOMES = ((None, NONE), *((code, words.label) for code, words in OUTCOME_WORDS.items()))
SCORES = ((None, NONE), *((score, str(score)) for score in range(1, 6)))


def answers(event: Event) -> Choices:
    """A refusal for an answer from the seller, an outcome for a closed case, nothing otherwise."""
    return REFUSALS if event.kind == EventKind.REPLY_RECEIVED else OUTCOMES if event.kind == EventKind.CLOSED else ()


def answer(event: Event) -> Any:
    return event.refusal if event.kind == EventKind.REPLY_RECEIVED else event.outcome


def put_answer(event: Event, value: Any) -> None:
    if event.kind == EventKind.REPLY_RECEIVED:
        event.refusal = value
    elif event.kind == EventKind.CLOSED:
        event.outcome = value


def closed(event: Event) -> bool:
    return event.kind == EventKind.CLOSED


COLUMNS = (
    Column("date", N_("Date"), DATE, needed=N_("Enter the day it happened."), fit=True),
    Column("kind", N_("What happened"), CHOICE, choices=lambda _event: KINDS, fit=True),
    Column("channel", N_("How"), CHOICE, choices=lambda _event: CHANNELS, fit=True),
    Column("reference", N_("Reference"), limit=SHORT, chars=14),
    Column("file", N_("File"), limit=LINE, chars=12),
    Column("answer", N_("Answer or outcome"), CHOICE, choices=answers, applies=lambda event: bool(answers(event)),
           chars=16, get=answer, put=put_answer),
    Column("satisfaction", N_("Satisfied (1–5)"), CHOICE, choices=lambda _event: SCORES, applies=closed, chars=4),
    Column("summary", N_("Note"), limit=LONG, chars=14),
)


class EventsEditor(RowEditor):
    COLUMNS = COLUMNS
    NAME = "events"

    def retranslate(self, gettext: Callable[[str], str], locale) -> None:
        self.retranslate_table(gettext, normalize(locale.name()) or "en",
                               gettext("What happened after the complaint"))
        self.add_button.setText(gettext("A&dd an event"))
        self.remove_button.setText(gettext("Remo&ve the selected event"))

    def new_record(self) -> Event:
        return Event(date=self.model.today())

    def set_events(self, events: list[Event]) -> None:
        self.set_records(events)

    def events(self) -> list[Event]:
        """The rows; an answer, an outcome or a score the kind of event does not ask for is left out."""
        events = self.records()
        for event in events:
            if event.kind != EventKind.REPLY_RECEIVED:
                event.refusal = None
            if event.kind != EventKind.CLOSED:
                event.outcome = event.satisfaction = None
        return events

    def add_event(self, event: Event, *, focus: bool = False) -> None:
        self.add_record(event, focus=focus)
