"""Wizard fixtures: scripted dialogs (no modal box ever blocks a test), settings and autosave in tmp_path."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import deque
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from reklamera.case import Case, load_case
from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY
from reklamera.settings import Settings
from reklamera.ui.dialogs import DialogService, Unsaved
from reklamera.ui.wizard import ComplaintWizard


class ScriptedDialogs(DialogService):
    """Answers queued by the test; every call is recorded. An unexpected question fails the test."""

    def __init__(self) -> None:
        super().__init__(None)
        self.answers: deque = deque()
        self.calls: list[tuple[str, tuple]] = []

    def _answer(self, kind: str, *args):
        self.calls.append((kind, args))
        if not self.answers:
            raise AssertionError(f"unexpected dialog: {kind} {args}")
        return self.answers.popleft()

    def open_path(self, *args):
        return self._answer("open_path", *args)

    def save_path(self, *args):
        return self._answer("save_path", *args)

    def ask_unsaved(self, *args) -> Unsaved:
        return self._answer("ask_unsaved", *args)

    def confirm(self, *args) -> bool:
        return self._answer("confirm", *args)

    def error(self, *args) -> None:
        self.calls.append(("error", args))

    def info(self, *args) -> None:
        self.calls.append(("info", args))

    def print_document(self, *args) -> bool:
        self.calls.append(("print", args))
        return False

    def review(self, dialog) -> bool:
        """The queued answer: True/False, or a function that works the dialog as a person would and answers."""
        answer = self._answer("review", dialog)
        return answer(dialog) if callable(answer) else answer


@pytest.fixture()
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture()
def make_wizard(qtbot, tmp_path: Path, dialogs: ScriptedDialogs):
    """make_wizard(case=None, language="en", today=...) -> a shown ComplaintWizard."""
    created = []

    def make(case: Case | None = None, *, language: str = "en", today: dt.date = SAMPLE_TODAY,
             settings: Settings | None = None) -> ComplaintWizard:
        wizard = ComplaintWizard(case, settings=settings or Settings(tmp_path / "settings.json"), dialogs=dialogs,
                                 language=language, today=today, autosave_dir=tmp_path / "autosave")
        if not wizard.settings.ui.geometry:  # a remembered size wins, as for a person
            wizard.resize(900, 700)
        wizard.show()
        qtbot.waitExposed(wizard)
        created.append(wizard)
        return wizard

    yield make
    for wizard in created:
        wizard._close_confirmed = True  # the test decides about unsaved changes, not teardown
        wizard.timer.stop()
        wizard.close()
        wizard.deleteLater()
    if created:  # delete them now: a wizard left alive keeps its timers and top-level popups, slowing every later test
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture()
def sample() -> Case:
    return load_case(SAMPLE_CASE)


def next_page(qtbot, wizard: ComplaintWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    page = wizard.currentPage()
    assert button.isEnabled(), f"Next is disabled on {page.NAME}"
    qtbot.mouseClick(button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is not page, f"Next was refused on {page.NAME}: {page.problems()}"


def refused_next(qtbot, wizard: ComplaintWizard) -> None:
    """Press Next where something is wrong: the wizard stays and shows why."""
    page = wizard.currentPage()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                     __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page, "Next was not refused"


def go_to(qtbot, wizard: ComplaintWizard, name: str) -> None:
    while name != wizard.currentPage().NAME:
        next_page(qtbot, wizard)


# --- a real X server, for what the offscreen platform cannot show ------------------------------------------------
# Offscreen, the window loses its activation after a page change (QApplication.focusWidget() becomes None), and
# there is no accessibility bus: the keyboard-only and the AT-SPI tests run their wizard in a subprocess on Xvfb.
XVFB = "/usr/bin/Xvfb"


@contextlib.contextmanager
def xvfb_server():
    """A private Xvfb on a free display (the server picks the number itself); yields its DISPLAY."""
    import os
    import select
    import shutil
    import subprocess

    xvfb = shutil.which("Xvfb") or (XVFB if Path(XVFB).exists() else None)
    if xvfb is None:
        pytest.skip("Xvfb is not installed (scripts/bootstrap.sh test installs it: apt-get install xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp",
                               "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    try:
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], 10)
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                server.kill()
                pytest.fail(f"Xvfb did not start (exit status {server.poll()})")
            number += chunk
    finally:
        os.close(read)
    try:
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="session")
def x_display():
    """The DISPLAY of a private Xvfb shared by the session's tests, stopped at the end."""
    with xvfb_server() as display:
        yield display


def x_environment(display: str, **extra: str) -> dict[str, str]:
    """The environment of a subprocess that shows real windows on ``display`` (user folders stay the test's)."""
    import os

    env = {key: value for key, value in os.environ.items() if key not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", **extra)
    return env
