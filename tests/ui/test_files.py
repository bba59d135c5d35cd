"""Open, save, recent cases, unsaved changes, autosave and recovery, window size, the letter's files."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QLineEdit

from reklamera.case import load_case, save_case
from reklamera.settings import Settings
from reklamera.ui.dialogs import Unsaved
from tests.ui.conftest import go_to


def test_save_then_open_round_trip(make_wizard, sample, dialogs, tmp_path: Path) -> None:
    wizard = make_wizard(sample)
    target = tmp_path / "case.reklamera"
    dialogs.answers.append(str(target))
    assert wizard.save_case()
    assert load_case(target) == wizard.case
    assert not wizard.is_dirty()
    assert wizard.windowTitle().startswith("case.reklamera")
    assert wizard.settings.ui.recent_cases[0] == str(target.resolve())
    other = make_wizard()
    dialogs.answers.append(str(target))
    assert other.open_case()
    assert other.case == wizard.case


def test_opening_a_broken_case_shows_one_clear_error(make_wizard, dialogs, tmp_path: Path) -> None:
    broken = tmp_path / "broken.reklamera"
    broken.write_text('{"format": "reklamera-case", "version": 1,', encoding="utf-8")
    wizard = make_wizard()
    dialogs.answers.append(str(broken))
    assert not wizard.open_case()
    kind, (_title, text) = dialogs.calls[-1]
    assert kind == "error" and text.startswith("broken.reklamera: ends too early: the file is incomplete")
    assert "backup" in text  # what the person can do about it


def test_unsaved_changes_ask_before_closing(qtbot, make_wizard, sample, dialogs) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "parties")
    name = wizard.currentPage().findChild(QLineEdit, "consumer.name")
    qtbot.keyClicks(name, " Jr")
    dialogs.answers.append(Unsaved.CANCEL)
    assert not wizard.close()
    assert wizard.isVisible()
    dialogs.answers.append(Unsaved.DISCARD)
    assert wizard.close()
    assert [call[0] for call in dialogs.calls] == ["ask_unsaved", "ask_unsaved"]


def test_saving_from_the_close_question(make_wizard, sample, dialogs, tmp_path: Path) -> None:
    wizard = make_wizard(sample)
    wizard.case.notes = "changed"
    dialogs.answers.extend([Unsaved.SAVE, str(tmp_path / "kept.reklamera")])
    assert wizard.close()
    assert load_case(tmp_path / "kept.reklamera").notes == "changed"


def test_autosave_and_recovery_after_a_crash(qtbot, make_wizard, sample, dialogs, tmp_path: Path) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "parties")
    qtbot.keyClicks(wizard.currentPage().findChild(QLineEdit, "seller.email"), "x")  # typing, not yet "Next"
    field = wizard.currentPage().findChild(QLineEdit, "consumer.phone")
    field.clear()
    qtbot.keyClicks(field, "070-999 99 99")
    qtbot.waitUntil(lambda: (tmp_path / "autosave" / "autosave.reklamera").exists(), timeout=5000)  # the timer
    assert load_case(tmp_path / "autosave" / "autosave.reklamera").consumer.phone == "070-999 99 99"
    wizard.timer.stop()  # the "crash": nothing is cleaned up

    survivor = make_wizard()
    dialogs.answers.append(True)
    assert survivor.offer_recovery()
    assert survivor.case.consumer.phone == "070-999 99 99"
    assert survivor.is_dirty()  # recovered work is not saved anywhere yet
    assert survivor.currentPage().NAME == "parties"  # back on the page the person was on
    question = dialogs.calls[-1][1][1]
    assert sample.product.description in question and sample.consumer.name in question  # the case, named


def test_autosave_that_cannot_write_says_so_once(qtbot, make_wizard, sample, dialogs, tmp_path: Path) -> None:
    from reklamera.ui.autosave import Autosave

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the autosave folder should be", encoding="utf-8")
    wizard = make_wizard(sample, language="sv")
    wizard.autosave_store = Autosave(blocker / "autosave")
    assert wizard.autosave() is False
    sample.product.description += " (ändrad)"
    assert wizard.autosave() is False
    errors = [call[1] for call in dialogs.calls if call[0] == "error"]
    assert len(errors) == 1
    title, message = errors[0]
    assert title == "Automatisk sparning fungerar inte"
    assert str(blocker / "autosave") in message and "Spara ärende" in message
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_declining_recovery_removes_the_leftover(make_wizard, sample, dialogs, tmp_path: Path) -> None:
    wizard = make_wizard(sample)
    wizard.case.notes = "draft"
    assert wizard.autosave()
    dialogs.answers.append(False)
    assert not make_wizard().offer_recovery()
    assert not (tmp_path / "autosave" / "autosave.reklamera").exists()


def test_clean_close_removes_the_autosave(make_wizard, sample, tmp_path: Path) -> None:
    target = tmp_path / "saved.reklamera"
    save_case(sample, target)
    wizard = make_wizard(load_case(target))
    wizard.session.path = target
    wizard.autosave_store.write(wizard.case, str(target))
    assert wizard.close()
    assert not (tmp_path / "autosave" / "autosave.reklamera").exists()


def test_shortcuts_and_icon_arrive_after_the_first_paint(qtbot, make_wizard, sample, dialogs,
                                                       tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut

    wizard = make_wizard(sample)
    qtbot.waitUntil(lambda: len(wizard.findChildren(QShortcut)) == 6)  # open, save, and Back/Next twice each
    assert not QGuiApplication.windowIcon().isNull()
    wizard.store_current_page()
    target = tmp_path / "via-ctrl-s.reklamera"
    dialogs.answers.append(str(target))
    next(s for s in wizard.findChildren(QShortcut) if s.key() == QKeySequence.StandardKey.Save).activated.emit()
    assert load_case(target).product.description == sample.product.description


def test_collector_back_on_after_the_first_paint(qtbot, make_wizard, monkeypatch) -> None:
    # The launcher holds the cycle collector off for the start; the wizard turns it on once painted, with the
    # start-up's objects frozen (here recorded instead: freezing would keep this test run's objects forever).
    import gc

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    gc.disable()
    try:
        make_wizard()
        qtbot.waitUntil(gc.isenabled)
        assert frozen == [True]
    finally:
        gc.enable()


def test_window_size_is_remembered(make_wizard, sample, tmp_path: Path) -> None:
    wizard = make_wizard(sample)
    wizard.resize(760, 580)  # within the offscreen screen (800 × 600)
    assert wizard.close()
    settings = Settings.load(tmp_path / "settings.json")
    assert settings.ui.geometry
    again = make_wizard(settings=settings)
    assert (again.width(), again.height()) == (760, 580)


def test_letter_saved_as_word_and_pdf(qtbot, make_wizard, sample, dialogs, tmp_path: Path) -> None:
    wizard = make_wizard(sample, language="sv")
    go_to(qtbot, wizard, "letter")
    page = wizard.currentPage()
    dialogs.answers.append(str(tmp_path / "brev"))
    assert page.save_as_word() == str(tmp_path / "brev.docx")
    assert page.status.text().startswith("Sparar: ")  # written off the GUI thread; the page says so meanwhile
    assert page.wait_for_saving()
    assert page.status.text() == f"Sparat: {tmp_path / 'brev.docx'}"
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "brev.docx")).paragraphs)
    assert "Reklamation: diskmaskin Electra DW-450" in text
    dialogs.answers.append(str(tmp_path / "brev.pdf"))
    assert page.save_as_pdf() == str(tmp_path / "brev.pdf")
    assert page.wait_for_saving()
    assert (tmp_path / "brev.pdf").read_bytes().startswith(b"%PDF")
    page.copy_as_text()
    from PySide6.QtGui import QGuiApplication

    text = QGuiApplication.clipboard().text()
    assert text.startswith("Ämne: Reklamation") and "\n\nAnna Lindqvist\n" in text  # an e-mail's subject first


def test_handout_as_pdf(qtbot, make_wizard, sample, dialogs, tmp_path: Path) -> None:
    wizard = make_wizard(sample, language="fi")
    go_to(qtbot, wizard, "next")
    page = wizard.currentPage()
    assert "Allmänna reklamationsnämnden" in page.text.toPlainText()
    dialogs.answers.append(str(tmp_path / "handout.pdf"))
    assert page.save_handout()
    assert page.wait_for_saving()
    assert (tmp_path / "handout.pdf").stat().st_size > 1000


def test_pdf_that_cannot_be_written_says_so_and_leaves_nothing(qtbot, make_wizard, sample, dialogs,
                                                             tmp_path: Path) -> None:
    # A folder where the file should go: the write fails even for root (CI), like a read-only folder would.
    (tmp_path / "brev.pdf").mkdir()
    (tmp_path / "handout.pdf").mkdir()
    wizard = make_wizard(sample, language="sv")
    go_to(qtbot, wizard, "letter")
    dialogs.answers.append(str(tmp_path / "brev.pdf"))
    letter = wizard.currentPage()
    letter.save_as_pdf()
    assert letter.wait_for_saving() and letter.status.text() == ""  # no "Saved" for a file that is not there
    go_to(qtbot, wizard, "next")
    dialogs.answers.append(str(tmp_path / "handout.pdf"))
    wizard.currentPage().save_handout()
    assert wizard.currentPage().wait_for_saving()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brev.pdf", "handout.pdf"]  # no temporary files
    errors = [call[1] for call in dialogs.calls if call[0] == "error"]
    assert [title for title, _message in errors] == ["Brevet sparades inte", "Informationsbladet sparades inte"]
    assert all("brev.pdf" in message or "handout.pdf" in message for _title, message in errors)


def test_pdf_is_one_a4_page_with_its_title(qapp, tmp_path: Path) -> None:
    from reklamera.ui.printing import save_pdf

    if not shutil.which("pdfinfo"):
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    path = save_pdf("<h1>Reklamation</h1><p>Text</p>", tmp_path / "a.pdf", "Reklamation: diskmaskin")
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    assert "(A4)" in info
    assert "Reklamation: diskmaskin" in info
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]  # no temporary file left behind


def test_settings_survive_damage(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert Settings.load(path).value("country") == "SE"
    path.write_text('{"preferences": {"reply_days": "many", "country": "NO"}, "ui": {"recent_cases": [1, "a"]}}')
    settings = Settings.load(path)
    assert (settings.value("reply_days"), settings.value("country")) == (14, "NO")
    assert settings.ui.recent_cases == ["a"]
    today = dt.date.today()
    assert today  # settings never read the clock; this keeps the import honest


def test_recent_cases_say_whose_case_and_what_about(make_wizard, sample, dialogs, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QListWidget

    wizard = make_wizard(sample)
    dialogs.answers.append(str(tmp_path / "case.reklamera"))
    assert wizard.save_case()
    again = make_wizard(settings=wizard.settings)
    recent = again.currentPage().findChild(QListWidget, "recent-cases")
    label = recent.item(0).text()
    assert sample.consumer.name in label and sample.product.description in label and "202" in label
    assert recent.item(0).toolTip().endswith("case.reklamera")


def test_a_broken_file_from_the_file_manager_opens_the_window_and_offers_help(make_wizard, sample, dialogs,
                                                                               tmp_path: Path) -> None:
    """`reklamera open broken.reklamera` (a double click): the window opens, says what is wrong and why, offers
    the work autosaved before a crash when there is some, else another file (starting in the file's folder)."""
    from reklamera.case import CaseError

    broken = tmp_path / "broken.reklamera"
    broken.write_text('{"format": "reklamera-case", "version": 2, "country": "SE"', encoding="utf-8")
    with pytest.raises(CaseError) as caught:
        load_case(broken)
    good = tmp_path / "copy.reklamera"
    save_case(sample, good)
    wizard = make_wizard()
    dialogs.answers.extend([True, str(good)])  # "Open another file…", then the copy in the file dialog
    wizard.could_not_open(str(broken), caught.value)
    errors = [args for kind, args in dialogs.calls if kind == "error"]
    assert len(errors) == 1 and "broken.reklamera" in errors[0][1] and "backup" in errors[0][1]
    assert wizard.case == sample
    assert wizard.settings.ui.last_folder == str(tmp_path.resolve())


def test_a_broken_file_offers_the_autosave_first(make_wizard, sample, dialogs, tmp_path: Path) -> None:
    from reklamera.case import CaseError

    first = make_wizard(sample)
    first.session.edit("consumer.phone", "070-111 11 11")
    first.autosave()  # what a crash leaves behind
    first.timer.stop()
    wizard = make_wizard()
    dialogs.answers.append(True)  # "Restore"
    wizard.could_not_open(str(tmp_path / "broken.reklamera"), CaseError("broken.reklamera", "is damaged"))
    assert wizard.case.consumer.phone == "070-111 11 11"
    assert [kind for kind, _args in dialogs.calls] == ["error", "confirm"]  # no second question after it


def test_opening_a_case_reports_changed_and_missing_evidence(make_wizard, sample, dialogs, tmp_path: Path) -> None:
    """The evidence log is checked when a case opens: a changed file and a missing one are said, once, honestly."""
    from reklamera.session import CaseSession

    photo, receipt = tmp_path / "photo.jpg", tmp_path / "receipt.pdf"
    photo.write_bytes(b"a photo of the leak")
    receipt.write_bytes(b"%PDF-1.4 the receipt")
    path = tmp_path / "case.reklamera"
    session = CaseSession(sample, path=str(path))
    session.add_evidence(photo, "the leak under the machine")
    session.add_evidence(receipt, "the receipt")
    session.save(path)
    photo.write_bytes(b"another picture")  # changed since it was logged
    receipt.unlink()  # gone
    wizard = make_wizard()
    dialogs.answers.append(str(path))
    assert wizard.open_case()
    infos = [args for kind, args in dialogs.calls if kind == "info"]
    assert len(infos) == 1
    title, text = infos[0]
    assert title == "Evidence files have changed" and "E1" in text and "E2" in text and "a log, not proof" in text


def test_evidence_is_added_on_the_letter_page_and_named_in_the_letter(qtbot, make_wizard, sample, dialogs,
                                                                       tmp_path: Path) -> None:
    photo = tmp_path / "leak.jpg"
    photo.write_bytes(b"a photo of the leak")
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "letter")
    page = wizard.currentPage()
    dialogs.answers.append(str(photo))
    assert page.evidence.add_button.isEnabled() and page.add_evidence()
    assert page.evidence.note.hasFocus() or page.evidence.note.isEnabled()
    page.evidence.note.setText("the leak under the machine")
    page.evidence.note.editingFinished.emit()
    item = wizard.case.evidence[0]
    assert item.note == "the leak under the machine" and len(item.sha256) == 64
    assert page.evidence.list.item(0).text().startswith("E1  leak.jpg – the leak under the machine")
    assert "leak.jpg" in page.preview.toPlainText()
    assert wizard.is_dirty()
    page.evidence.remove_selected()
    assert wizard.case.evidence == []
