"""Ctrl-C in the terminal ends `reklamera open` cleanly (issue 15): within seconds, no traceback, the case file
untouched, and work not saved kept in the autosave for the next start."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reklamera import diagnostics
from reklamera.case import load_case
from reklamera.samples import SAMPLE_CASE
from reklamera.ui import crash


@pytest.fixture(autouse=True)
def no_log_left_open():
    yield
    diagnostics.shutdown()  # the handler under test sets the log up in this test's user folder


def wait_for(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process")
@pytest.mark.parametrize("command", [["open", "CASE"], []], ids=["open", "bare"])
def test_ctrl_c_ends_the_app_cleanly(tmp_path: Path, user_dirs: Path, command: list[str]) -> None:
    case = tmp_path / "sample.reklamera"
    shutil.copyfile(SAMPLE_CASE, case)
    before = case.read_bytes()
    log = diagnostics.log_folder() / diagnostics.FILE_NAME  # in user_dirs: the environment points there
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    argv = [str(case) if arg == "CASE" else arg for arg in command]
    child = subprocess.Popen([sys.executable, "-m", "reklamera", *argv], env=env, cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(lambda: log.exists() and " running" in log.read_text(encoding="utf-8"), 60), \
            "the window did not come up"
        started = time.monotonic()
        child.send_signal(signal.SIGINT)
        _out, err = child.communicate(timeout=10)
        took = time.monotonic() - started
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert took < 5
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert case.read_bytes() == before and load_case(case).consumer.name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".reklamera-")]
    assert " interrupt page=start" in log.read_text(encoding="utf-8")


def test_ctrl_c_keeps_unsaved_work_in_the_autosave(qtbot, make_wizard, sample, dialogs) -> None:
    wizard = make_wizard(sample)
    wizard.session.edit("notes", "not saved yet")
    crash.end_on_interrupt(wizard)
    assert not wizard.isVisible()
    assert dialogs.calls == []  # nobody was asked
    left = wizard.autosave_store.read()
    assert left is not None and left.case.notes == "not saved yet"


def test_ctrl_c_without_changes_closes_as_usual(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample)
    wizard.autosave()
    crash.end_on_interrupt(wizard)
    assert not wizard.isVisible() and wizard.autosave_store.read() is None  # nothing to keep


def test_the_signal_handler_is_heard_while_qt_waits(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    previous = signal.getsignal(signal.SIGINT)
    try:
        timer = crash.install_interrupt(wizard)
        assert timer is not None and timer.isActive()
        signal.raise_signal(signal.SIGINT)
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=3000)
    finally:
        signal.signal(signal.SIGINT, previous)
