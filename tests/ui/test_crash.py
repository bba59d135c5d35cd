"""A fault of ours in a slot (issue 15): the traceback goes to the log without personal data, an emergency copy of
the case is saved and loads, one window says so (however often the fault repeats) and "Copy details" copies what
office support needs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from reklamera import diagnostics
from reklamera.case import load_case
from reklamera.ui import crash

pytestmark = pytest.mark.qt_no_exception_capture  # the handler under test is the excepthook

NAME = "Annika Personsdotter-Kvist"  # would be personal data in a log or in the details
MESSAGE = f"could not format {NAME}"  # an exception's message holding a value, as real ones do


class FaultError(RuntimeError):
    pass


@pytest.fixture()
def log_folder(tmp_path: Path):
    folder = tmp_path / "log"
    diagnostics.shutdown()
    diagnostics.setup("gui", folder)
    yield folder
    diagnostics.shutdown()


@pytest.fixture()
def handler(make_wizard, sample, log_folder):
    sample.consumer.name = NAME
    wizard = make_wizard(sample)
    installed = crash.CrashHandler(wizard).install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def fail_in_a_slot(qtbot, times: int = 1) -> None:
    def slot() -> None:
        raise FaultError(MESSAGE)

    for _ in range(times):
        QTimer.singleShot(0, slot)
    qtbot.wait(50)


def crash_dialogs() -> list[QDialog]:
    return [widget for widget in QApplication.topLevelWidgets()
            if widget.objectName() == "crash-dialog" and widget.isVisible()]


def test_a_fault_in_a_slot_saves_an_emergency_copy_that_loads(qtbot, handler, sample) -> None:
    handler.wizard.session.edit("notes", "typed just before the fault")
    fail_in_a_slot(qtbot)
    assert handler.faults == 1 and handler.copy_path is not None and handler.copy_path.exists()
    copy = load_case(handler.copy_path)
    assert copy.notes == "typed just before the fault" and copy.consumer.name == NAME
    assert copy.to_json() == handler.wizard.case.to_json()
    # the recovery slot holds it as well, so a start after a hang offers the work back
    assert load_case(handler.wizard.autosave_store.case_file).notes == "typed just before the fault"
    assert not [p for p in handler.copy_path.parent.iterdir() if p.suffix == ".tmp"]


def test_one_window_however_often_the_fault_repeats(qtbot, handler) -> None:
    fail_in_a_slot(qtbot, times=5)
    assert handler.faults == 5
    assert len(crash_dialogs()) == 1
    dialog = crash_dialogs()[0]
    text = dialog.findChild(object, "crash-message").text()
    assert "fault in the program" in text and str(handler.copy_path) in text
    assert len(list(handler.copy_path.parent.glob("*.reklamera"))) == 1  # one copy per session, kept current
    fail_in_a_slot(qtbot, times=1)
    assert len(crash_dialogs()) == 1


def test_copy_details_puts_version_platform_and_traceback_on_the_clipboard(qtbot, handler) -> None:
    fail_in_a_slot(qtbot)
    dialog = crash_dialogs()[0]
    button = dialog.findChild(object, "crash-copy")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    details = QApplication.clipboard().text()
    assert details == dialog.details
    assert details.startswith("reklamera ") and "System: " in details and "Python " in details
    assert "Traceback (most recent call last):" in details and "test_crash.py" in details and "in slot" in details
    assert "FaultError" in details and "page: start" in details
    assert NAME not in details and "could not format" not in details  # the message is never copied
    assert str(Path.home()) not in details
    assert button.text() == "Details copied"


def test_the_log_has_the_traceback_without_personal_data(qtbot, handler, log_folder: Path) -> None:
    fail_in_a_slot(qtbot, times=2)
    log = (log_folder / diagnostics.FILE_NAME).read_text(encoding="utf-8")
    assert "fault page=start count=1" in log and "fault page=start count=2" in log
    assert "Traceback (most recent call last):" in log and "FaultError" in log
    assert "emergency_copy kind=.reklamera" in log
    assert NAME not in log and "could not format" not in log and "emergency-" not in log


def test_the_window_speaks_the_ui_language(qtbot, make_wizard, sample, log_folder) -> None:
    wizard = make_wizard(sample, language="sv")
    handler = crash.CrashHandler(wizard).install()
    try:
        fail_in_a_slot(qtbot)
        dialog = crash_dialogs()[0]
        assert dialog.windowTitle() == wizard.ctx.gettext(crash.TITLE)
        assert dialog.findChild(object, "crash-copy").text() == wizard.ctx.gettext(crash.COPY_DETAILS)
    finally:
        handler.uninstall()
        if handler.dialog is not None:
            handler.dialog.close()


def test_a_copy_that_cannot_be_written_is_said(qtbot, handler, monkeypatch) -> None:
    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(crash, "atomic_write_bytes", full)
    fail_in_a_slot(qtbot)
    text = crash_dialogs()[0].findChild(object, "crash-message").text()
    assert "could not be saved (No space left on device)" in text and "Save case" in text


def test_uninstall_gives_the_hook_back(make_wizard) -> None:
    before = sys.excepthook
    handler = crash.CrashHandler(make_wizard()).install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert sys.excepthook is before
