"""Starting the desktop app, and the headless commands that build it: screenshots, self-test, start-up probe."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from reklamera.case import load_case
from reklamera.errors import InputError
from reklamera.i18n import N_, translations, ui_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("reklamera")
    app.setApplicationDisplayName("reklamera")
    app.setOrganizationName("reklamera")
    app.setDesktopFileName("se.reklamera.Reklamera")
    return app


def set_window_icon() -> None:
    """After the first paint: decoding the icon is not worth delaying the first page for."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    QApplication.setWindowIcon(QIcon(str(Path(__file__).resolve().parent.parent / "icons" / "reklamera-256.png")))


NO_DISPLAY = N_("no display to show the window on: start reklamera in a desktop session, or on a server install "
                 "Xvfb (apt-get install xvfb xauth) and run it as xvfb-run -a reklamera (or xvfb-run -a make run)")


def display_missing(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """On Linux, Qt needs an X11 or Wayland display unless a platform plugin is named (offscreen, vnc …);
    without one it aborts with a misleading message about xcb-cursor."""
    return platform.startswith("linux") and not any(
        environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(case_path: str | None = None, language: str | None = None) -> int:
    """The normal start: the wizard in a window, with a case file or a new case, and crash recovery."""
    # A damaged file double-clicked in the file manager still opens the window, which says what is wrong
    # and offers the autosave or another file; a terminal also gets the one line.
    case, unreadable = None, None
    if case_path:
        try:
            case = load_case(case_path)
        except InputError as error:
            unreadable = error
            print(f"reklamera: {error.localized(translations(ui_language(language)).gettext)}", file=sys.stderr)
    if display_missing():
        print(f"reklamera: {translations(ui_language(language)).gettext(NO_DISPLAY)}", file=sys.stderr)
        return 2  # bad input: the command cannot work where it was started
    if unreadable is not None and case_path and not os.path.isfile(case_path):
        return 2  # no such file, or a folder: a typing error on the command line, nothing to show a window about
    app = application()
    from reklamera.settings import Settings
    from reklamera.ui.wizard import ComplaintWizard

    settings = Settings.load()
    for problem in settings.site.problems:  # for the office's administrator; the desk still starts
        print(f"reklamera: {problem}", file=sys.stderr)
    opened = case_path if unreadable is None else None
    wizard = ComplaintWizard(case, settings=settings, language=language,
                             case_path=str(Path(opened).resolve()) if opened else None)
    if opened:
        wizard.settings.add_recent(opened)
    from reklamera.ui.crash import install

    crash_handler = install(wizard)  # the log, one window for a fault of ours, Ctrl-C in the terminal
    wizard.show()
    if unreadable is not None and case_path:
        wizard.could_not_open(case_path, unreadable)
    elif opened:
        wizard.report_evidence()
        wizard.show_overdue()
    else:
        wizard.offer_recovery()
    try:
        return app.exec() if wizard.isVisible() else 0  # not visible: Ctrl-C during a question above
    finally:
        crash_handler.uninstall()


def _offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def quiet(mode, context, message) -> None:
        # The offscreen platform has no window manager to pass size hints to; that is expected here.
        if "propagateSizeHints" not in message and previous is not None:
            previous(mode, context, message)
        elif "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(quiet)


def sample_wizard(language: str | None, folder: Path):
    """The wizard filled with the built-in sample case, settings and autosave kept in ``folder``."""
    from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY
    from reklamera.settings import Settings
    from reklamera.ui.wizard import ComplaintWizard

    settings = Settings(folder / "settings.json")
    return ComplaintWizard(load_case(SAMPLE_CASE), settings=settings, language=language or "en",
                           today=SAMPLE_TODAY, autosave_dir=folder / "autosave")


def walk(wizard, visit=None) -> list[str]:
    """Show every page in order, as a user clicking Next would; returns the names of the pages shown."""
    from PySide6.QtWidgets import QApplication

    wizard.show()
    wizard.restart()
    names = []
    while True:
        QApplication.processEvents()
        page = wizard.currentPage()
        names.append(page.NAME)
        if visit:
            visit(len(names), page)
        if wizard.nextId() == -1:
            return names
        if page.problems():
            raise RuntimeError(f"page {page.NAME!r} is not complete with the sample case: {page.problems()}")
        wizard.next()


def dark_palette():
    """A dark palette on Qt's Fusion style, the way a desktop in dark mode would show the app."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#202124"), (roles.WindowText, "#e8eaed"), (roles.Base, "#2b2c2f"),
                         (roles.AlternateBase, "#323336"), (roles.Text, "#e8eaed"), (roles.Button, "#303134"),
                         (roles.ButtonText, "#e8eaed"), (roles.Highlight, "#8ab4f8"),
                         (roles.HighlightedText, "#202124"), (roles.ToolTipBase, "#303134"),
                         (roles.ToolTipText, "#e8eaed"), (roles.PlaceholderText, "#9aa0a6"), (roles.Link, "#8ab4f8")):
        palette.setColor(role, QColor(colour))
    return palette


def screenshots(folder: str, language: str | None = None, *, dark: bool = False) -> int:
    import tempfile

    _offscreen()
    app = application()
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        wizard = sample_wizard(language, Path(scratch))
        wizard.resize(900, 700)

        def grab(number: int, page) -> None:
            app.processEvents()
            if hasattr(page, "wait_for_preview"):  # the handout's picture is drawn after its text
                page.wait_for_preview()
            wizard.grab().save(str(target / f"{number:02d}-{page.NAME}.png"))

        walk(wizard, grab)
        wizard._close_confirmed = True
        wizard.close()
    print(f"screenshots written to {target}")
    return 0


def self_test() -> int:
    """Build the wizard offscreen, walk every page with the sample case, write the letter, read it back."""
    import tempfile

    _offscreen()
    application()
    import docx

    with tempfile.TemporaryDirectory() as scratch:
        wizard = sample_wizard("sv", Path(scratch))
        names = walk(wizard)
        letter = wizard.page_named("letter")
        out = Path(scratch) / "letter.docx"
        wizard.ctx.dialogs.save_path = lambda *_args: str(out)  # no dialog in a self-test
        if letter.save_as_word() != str(out) or not letter.wait_for_saving() or not out.is_file():
            raise RuntimeError("the letter was not written")
        text = "\n".join(paragraph.text for paragraph in docx.Document(str(out)).paragraphs)
        if "Reklamation" not in text or wizard.case.consumer.name not in text:
            raise RuntimeError("the letter read back does not hold the subject and the sender")
        wizard._close_confirmed = True
        wizard.close()
    print(f"self-test ok ({len(names)} pages, letter {out.name})")
    return 0


def quit_after_startup() -> int:
    """Show the first page, wait until it has been painted, exit (the start-up benchmark). It stops at the paint,
    as the benchmark's bare QWizard does: what the wizard does after the paint is measured as a stall of the
    event loop (benchmarks/responsiveness.py starts its heartbeat at the paint), not as start-up."""
    app = application()
    from PySide6.QtCore import QEvent, QObject

    from reklamera.ui.wizard import ComplaintWizard

    class QuitOnPaint(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                app.quit()
            return False

    wizard = ComplaintWizard()
    probe = QuitOnPaint(wizard)
    wizard.installEventFilter(probe)  # the filter installed last is asked first: before the wizard's own
    wizard.show()
    app.exec()
    wizard._close_confirmed = True  # a probe: leaves no autosave, settings or geometry behind
    return 0
