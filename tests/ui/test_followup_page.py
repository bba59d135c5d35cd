"""Follow-up in the wizard: the overdue flag on opening a case, events, the letters and the calendar file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import icalendar
from PySide6.QtWidgets import QLabel

from reklamera.case import Event, save_case
from tests.ui.conftest import go_to

D = dt.date.fromisoformat


def test_overdue_answer_is_flagged_when_the_case_opens(qtbot, make_wizard, sample, dialogs, tmp_path: Path) -> None:
    sample.events = [Event(date=D("2026-10-03"), kind="letter_sent", channel="email")]
    path = tmp_path / "late.reklamera"
    save_case(sample, path)
    wizard = make_wizard(today=D("2026-11-01"))
    dialogs.answers.append(str(path))
    assert wizard.open_case()
    kind, (_title, text) = dialogs.calls[-1]
    # 14 days end on Saturday 2026-10-17: the deadline moves to the next working day, Monday 19 October.
    assert kind == "info" and "19 October 2026, 13 days ago" in text
    assert wizard.currentPage().NAME == "followup"
    status = wizard.currentPage().findChild(QLabel, "followup-status").text()
    assert "Send a reminder" in status


def test_no_flag_while_the_seller_still_has_time(qtbot, make_wizard, sample, dialogs, tmp_path: Path) -> None:
    sample.events = [Event(date=D("2026-10-20"), kind="letter_sent")]
    path = tmp_path / "fresh.reklamera"
    save_case(sample, path)
    wizard = make_wizard(today=D("2026-10-25"))
    dialogs.answers.append(str(path))
    assert wizard.open_case()
    assert [call[0] for call in dialogs.calls] == ["open_path"]
    assert wizard.currentPage().NAME == "start"


def test_recording_a_refusal_and_answering_it(qtbot, make_wizard, sample, dialogs, tmp_path: Path) -> None:
    wizard = make_wizard(sample, language="sv", today=D("2026-10-25"))
    go_to(qtbot, wizard, "followup")
    page = wizard.currentPage()
    assert "När du har skickat" in page.findChild(QLabel, "followup-status").text() or page.status.text()
    page.events.add_event(Event(date=D("2026-10-05"), kind="letter_sent", channel="registered_letter",
                                reference="RR123456785SE"))
    page.events.add_event(Event(date=D("2026-10-15"), kind="reply_received", refusal="contact_manufacturer"))
    assert wizard.case.events[1].refusal == "contact_manufacturer"
    assert page.answer.isEnabled()
    dialogs.answers.append(str(tmp_path / "svar"))
    assert page.write_followup(page._answer_kind()) == str(tmp_path / "svar.docx")
    assert page.wait_for_saving()
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "svar.docx")).paragraphs)
    assert "tillverkaren" in text and "Lagstöd" in text


def test_calendar_file_and_escalation_pack(qtbot, make_wizard, sample, dialogs, tmp_path: Path) -> None:
    sample.events = [Event(date=D("2026-10-05"), kind="letter_sent")]
    wizard = make_wizard(sample, today=D("2026-10-10"))
    go_to(qtbot, wizard, "followup")
    page = wizard.currentPage()
    dialogs.answers.append(str(tmp_path / "deadline.ics"))
    assert page.export_calendar()
    event = next(iter(icalendar.Calendar.from_ical((tmp_path / "deadline.ics").read_bytes()).walk("VEVENT")))
    assert event.decoded("DTSTART") == D("2026-10-19")
    dialogs.answers.append(str(tmp_path / "arn.pdf"))
    assert page.write_pack(".pdf")
    assert page.wait_for_saving()
    assert (tmp_path / "arn.pdf").read_bytes().startswith(b"%PDF")
    (tmp_path / "taken.ics").mkdir()  # a target that cannot be written, even for root
    dialogs.answers.append(str(tmp_path / "taken.ics"))
    assert page.export_calendar() is None
    assert dialogs.calls[-1][0] == "error" and "taken.ics" in dialogs.calls[-1][1][1]


def test_a_reminder_before_the_deadline_is_disabled_and_says_why(qtbot, make_wizard, sample) -> None:
    from PySide6.QtWidgets import QPushButton

    sample.events = [Event(date=D("2026-10-20"), kind="letter_sent", channel="email")]
    wizard = make_wizard(sample, today=D("2026-10-25"))
    go_to(qtbot, wizard, "followup")
    page = wizard.currentPage()
    reminder = page.findChild(QPushButton, "write-reminder")
    assert not reminder.isEnabled()
    assert "until" in reminder.toolTip() and reminder.toolTip() == reminder.accessibleDescription()
    why = page.findChild(QLabel, "followup-why")
    assert why.isVisibleTo(page) and "3 November 2026" in why.text()  # 2026-10-20 + 14 days, in words
