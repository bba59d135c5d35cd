"""The wizard with the sample case, moved by commands on stdin: tests/ui/atspi_reader.py reads it through AT-SPI.

Run with the project's Python on a real X server with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. One command a line;
after each, once the wizard has settled, one line "ok <page>" (or "error <text>") on stdout:
  next                 the Next button
  type <field> <text>  type into a field as a user would (select what is there, then the keys), then stay
  leave                Tab: leave the field with the focus (a reason shows once its field is left)
  quit
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv[:1])
    from reklamera.case import load_case
    from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY
    from reklamera.settings import Settings
    from reklamera.ui.dialogs import DialogService
    from reklamera.ui.wizard import ComplaintWizard

    folder = Path(tempfile.mkdtemp(prefix="reklamera-atspi-"))
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    wizard = ComplaintWizard(load_case(SAMPLE_CASE), settings=Settings(folder / "settings.json"),
                             dialogs=DialogService(None), language=language, today=SAMPLE_TODAY,
                             autosave_dir=folder / "autosave")
    wizard.show()
    wizard.activateWindow()

    def say(text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def field(name: str):
        page = wizard.current_page()
        widget = page.inputs[name]
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        return widget

    def run(line: str) -> None:
        command, _, rest = line.strip().partition(" ")
        try:
            if command == "next":
                wizard.next()
            elif command == "type":
                name, _, text = rest.partition(" ")
                target = field(name)
                target.selectAll()
                QTest.keyClick(target, Qt.Key.Key_Backspace)
                QTest.keyClicks(target, text)
            elif command == "leave":
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            elif command == "quit":
                wizard._close_confirmed = True
                wizard.timer.stop()
                app.quit()
                return
            else:
                say(f"error unknown command {command!r}")
                return
        except Exception as error:  # the reader reports it
            say(f"error {type(error).__name__}: {error}")
            return
        # Let the page settle (its zero timers, the accessibility events) before the reader looks.
        QTimer.singleShot(150, lambda: say(f"ok {wizard.current_page().NAME}"))

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def readable() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
        elif line.strip():
            run(line)

    notifier.activated.connect(readable)
    QTimer.singleShot(300, lambda: say(f"ok {wizard.current_page().NAME}"))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
