"""The letters name the evidence as the log numbers it: "E1 receipt.pdf – what it shows"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reklamera.case import Event, load_case
from reklamera.session import CaseSession
from reklamera.vocabulary import EventKind
from tests.evidence.conftest import TODAY


def test_the_letter_and_the_summary_list_the_evidence_first(folder: Path) -> None:
    path = folder / "case.reklamera"
    session = CaseSession(load_case(path), today=TODAY, path=path)
    session.add_evidence(folder / "receipt.pdf", "the receipt of 15 January")
    session.add_evidence(folder / "photos" / "crack.jpg", "")
    text = session.letter("en").as_text()
    attachments = text.split("Attachments (copies)")[1]
    assert attachments.index("E1 receipt.pdf – the receipt of 15 January") < attachments.index("E2 crack.jpg")
    assert attachments.index("E2 crack.jpg") < attachments.index(session.case.attachments[0])
    session.case.events.append(Event(date=dt.date(2026, 10, 5), kind=EventKind.LETTER_SENT))
    later = CaseSession(session.case, today=dt.date(2026, 11, 20), path=path)
    assert "E1 receipt.pdf – the receipt of 15 January" in later.escalation("en").as_text()
    # The follow-ups name the evidence under the same numbers, so the seller can match them up.
    reminder = later.followup("reminder", "en").as_text()
    assert "E1 receipt.pdf – the receipt of 15 January" in reminder and "E2 crack.jpg" in reminder


def test_labelled_evidence_is_listed_without_a_second_number(folder: Path) -> None:
    # "1. E1 receipt.pdf" would give the item two numbers: with the log's labels the list is bulleted.
    path = folder / "case.reklamera"
    session = CaseSession(load_case(path), today=TODAY, path=path)
    plain = session.letter("en").as_text().split("Attachments (copies)")[1]
    assert "1. " in plain  # no evidence log: the attachments are numbered, as before
    session.add_evidence(folder / "receipt.pdf", "the receipt of 15 January")
    attachments = session.letter("en").as_text().split("Attachments (copies)")[1]
    assert "- E1 receipt.pdf – the receipt of 15 January" in attachments
    assert "1. " not in attachments
