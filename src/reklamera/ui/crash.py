"""When the desktop app meets what nobody planned for: an exception that no code caught (a fault of ours), or
Ctrl-C in the terminal that started it. In both cases the case being edited is kept.

- A fault: Qt calls ``sys.excepthook`` when a slot raises. :class:`CrashHandler` logs the traceback (without
  values, see reklamera.diagnostics), saves an emergency copy of the case beside the autosave and refreshes the
  autosave itself (ui/autosave.py), and shows one window — once, however often the fault repeats — that says
  what happened, where the copy is, and offers "Copy details" for office support. The person can keep working.
- Ctrl-C: Qt's event loop runs no Python code while it waits, so a Python signal handler would only run at the
  next event. A short timer lets Python run often enough; the handler closes the wizard through its own close
  steps, without asking: unsaved work stays in the autosave, which the next start offers back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import signal
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from reklamera import diagnostics
from reklamera.i18n import N_
from reklamera.storage import atomic_write_bytes, remove_stale_temp_files
from reklamera.ui.autosave import Autosave
from reklamera.ui.dialogs import Unsaved

if TYPE_CHECKING:
    from reklamera.ui.wizard import ComplaintWizard

TITLE = N_("reklamera ran into a problem")
WHAT_HAPPENED = N_("Something went wrong inside reklamera. This is a fault in the program, not in anything you did.")
COPY_SAVED = N_("Nothing is lost: a copy of your case was saved as\n{path}\n\nTo be safe, save the case with "
                "\"{button}\" and start reklamera again. If the case is ever missing, open this copy.")
COPY_FAILED = N_("An emergency copy of your case could not be saved ({reason}). Save the case now with \"{button}\", "
                 "then start reklamera again.")
FOR_SUPPORT = N_("If you contact support, \"Copy details\" copies a description of the fault that you can paste "
                 "into your message. It holds no personal data and nothing from your case.")
COPY_DETAILS = N_("Copy details")
COPIED = N_("Details copied")
CLOSE = N_("Close")
SAVE_BUTTON = N_("&Save case")  # the wizard's button, as the person sees it

EMERGENCY_FOLDER = "emergency"
KEEP_COPIES = 10  # the newest emergency copies; older ones go
LOGGED_TRACEBACKS = 20  # a fault in a timer repeats every few seconds: the log keeps the first ones and a count
INTERRUPT_POLL_MS = 200


class CrashHandler(QObject):
    """``sys.excepthook`` while the wizard runs (install/uninstall)."""

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.faults = 0
        self.dialog: CrashDialog | None = None
        self.copy_path: Path | None = None  # one emergency copy per session, rewritten at each fault
        self._previous = sys.excepthook
        self._handling = False

    def install(self) -> CrashHandler:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            end_on_interrupt(self.wizard)
            return
        if self._handling:  # a fault while handling one: Python's own report, nothing more
            self._previous(kind, error, tb)
            return
        self._handling = True
        try:
            diagnostics.setup("gui")  # already done after the first paint, unless the fault came before it
            self.faults += 1
            page = self._page()
            if self.faults <= LOGGED_TRACEBACKS:
                diagnostics.failure("fault", error.with_traceback(tb), page=page, count=self.faults)
            elif self.faults % 100 == 0:
                diagnostics.event("fault", page=page, count=self.faults)
            saved, problem = self.save_emergency_copy()
            if self.dialog is None:
                details = diagnostics.details(error, page=page, Qt=_qt_version(),
                                              language=self.wizard.ctx.language.code)
                self.dialog = CrashDialog(self.wizard, saved, problem, details)
                self.dialog.show()
        except Exception:
            self._previous(kind, error, tb)
        finally:
            self._handling = False

    def save_emergency_copy(self) -> tuple[Path | None, str | None]:
        """The case as it is now, with the edit on screen if the page can still give it, written atomically
        beside the autosave folder; the autosave is refreshed too. Returns (the copy, None) or (None, reason)."""
        wizard = self.wizard
        with contextlib.suppress(Exception):  # the page may be what failed: the session has every earlier edit
            wizard.store_current_page()
        try:
            text = wizard.case.to_json()
            folder = wizard.autosave_store.folder.parent / EMERGENCY_FOLDER
            folder.mkdir(parents=True, exist_ok=True)
            remove_stale_temp_files(folder)
            if self.copy_path is None:
                stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
                self.copy_path = folder / f"reklamera-emergency-{stamp}.reklamera"
                _remove_old_copies(folder)
            atomic_write_bytes(self.copy_path, text.encode("utf-8"))
        except Exception as error:  # a full disk, a read-only profile, a value no file can hold
            diagnostics.event("emergency_copy_failed", error=type(error).__name__)
            return None, getattr(error, "strerror", None) or type(error).__name__
        with contextlib.suppress(OSError):  # and the recovery slot: a start after a hang or a kill offers it back
            wizard.autosave_store.write(wizard.case, wizard.case_path, self._page())
        diagnostics.event("emergency_copy", kind=diagnostics.file_kind(self.copy_path))
        return self.copy_path, None

    def _page(self) -> str:
        page = self.wizard.currentPage()
        return str(getattr(page, "NAME", "none"))


def _remove_old_copies(folder: Path) -> None:
    copies = sorted(folder.glob("reklamera-emergency-*.reklamera"))
    for old in copies[:-(KEEP_COPIES - 1)] if len(copies) >= KEEP_COPIES else ():
        old.unlink(missing_ok=True)


def _qt_version() -> str:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return f"{qVersion()} (PySide6 {pyside})"


class CrashDialog(QDialog):
    """What happened, in plain words, where the emergency copy is, and "Copy details" for office support.
    Not modal: the person can go on and save the case."""

    def __init__(self, wizard: ComplaintWizard, saved: Path | None, problem: str | None, details: str) -> None:
        super().__init__(wizard)
        self.setObjectName("crash-dialog")
        self.details = details
        _ = wizard.ctx.gettext
        self.setWindowTitle(_(TITLE))
        button = _(SAVE_BUTTON).replace("&", "")
        if saved is not None:
            kept = _(COPY_SAVED).format(path=saved, button=button)
        else:
            kept = _(COPY_FAILED).format(reason=problem, button=button)
        self.message = QLabel("\n\n".join((_(WHAT_HAPPENED), kept, _(FOR_SUPPORT))))
        self.message.setObjectName("crash-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(_(COPY_DETAILS))
        self.copy_button.setObjectName("crash-copy")
        self.copy_button.clicked.connect(self.copy_details)
        close = QPushButton(_(CLOSE))
        close.setObjectName("crash-close")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._copied = _(COPIED)
        self.resize(520, self.sizeHint().height())

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self._copied)


# --- Ctrl-C ---------------------------------------------------------------------------------------------------
class _NobodyToAsk:
    """The dialog service while the app ends on Ctrl-C: no one is at the window to answer, so nothing asks.
    Unsaved work is not discarded: it is in the autosave, which the close keeps (see end_on_interrupt)."""

    def __init__(self, dialogs: object) -> None:
        self._dialogs = dialogs

    def ask_unsaved(self, *_texts: str) -> Unsaved:
        return Unsaved.DISCARD

    def confirm(self, *_texts: str) -> bool:
        return False

    def open_path(self, *_texts: str) -> None:
        return None

    def save_path(self, *_texts: str) -> None:
        return None

    def error(self, title: str, text: str) -> None:
        print(f"reklamera: {title}: {text}".replace("\n", " "), file=sys.stderr)

    info = error

    def print_document(self, *_args: object) -> bool:
        return False


class _KeptOnClose(Autosave):
    """The autosave, kept when the window closes: it holds the work that was not saved."""

    def clear(self) -> None:
        self.last_written = ""


def end_on_interrupt(wizard: ComplaintWizard) -> None:
    """Ctrl-C: the wizard's own close (timer, register, window geometry, settings), without a question; work not
    saved is written to the autosave and kept there, so the next start of reklamera offers it back."""
    diagnostics.setup("gui")
    diagnostics.event("interrupt", page=str(getattr(wizard.currentPage(), "NAME", "none")))
    wizard.ctx.dialogs = _NobodyToAsk(wizard.ctx.dialogs)  # type: ignore[assignment]
    try:
        if wizard.is_dirty():
            wizard.autosave_store = _KeptOnClose(wizard.autosave_store.folder)
            wizard.autosave()
    except Exception as error:  # the window closes all the same; the log says why the work was not kept
        diagnostics.failure("interrupt_autosave_failed", error)
    wizard.close()
    QApplication.quit()  # also ends a dialog's own event loop, if one was open


def install_interrupt(wizard: ComplaintWizard) -> QTimer | None:
    """Ctrl-C (SIGINT) ends the app cleanly (see end_on_interrupt). Returns the timer that lets Python run its
    signal handler while Qt waits; None where signals cannot be set (not the main thread)."""
    def on_interrupt(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, lambda: end_on_interrupt(wizard))

    try:
        signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread (an embedding application): leave its signals alone
        return None
    timer = QTimer(wizard)
    timer.setObjectName("interrupt-poll")
    timer.setInterval(INTERRUPT_POLL_MS)
    timer.timeout.connect(_let_python_run)
    timer.start()
    return timer


def _let_python_run() -> None:
    """Nothing: calling into Python is what lets the interpreter run a pending signal handler."""


def install(wizard: ComplaintWizard) -> CrashHandler:
    """The desktop app's start: the crash handler and Ctrl-C now, the log once the first page is on screen (its
    module is not worth delaying the first paint for; a fault before that sets it up itself)."""
    from reklamera.ui.wizard import FirstPaint

    def log_from_now_on() -> None:
        diagnostics.setup("gui")
        diagnostics.event("running")  # the event loop runs: Ctrl-C is heard from here on

    wizard.currentIdChanged.connect(
        lambda _id: diagnostics.event("page", name=str(getattr(wizard.currentPage(), "NAME", "none"))))
    install_interrupt(wizard)
    wizard._log_after_paint = FirstPaint(wizard, log_from_now_on)  # type: ignore[attr-defined]
    return CrashHandler(wizard).install()
