"""Drive the sample case from an empty wizard to a written letter by keyboard only, in one UI language.

Run by tests/ui/test_keyboard_only.py under a real X server (the offscreen platform drops the window's activation
after a page change, so QApplication.focusWidget() would be None): ``python -m tests.ui.keyboard_driver FOLDER
LANG...`` writes FOLDER/<lang>.json with what happened. Every key goes to QApplication.focusWidget(), the widget
the user's keyboard reaches; no widget setter is ever called. What the user types (the characters of a name, a
date, a price) is kept apart from the keys that move, choose and press (Tab, Space, arrows, Alt+letter, Alt+Right):
only those are counted.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

# Dates and prices as people write them in each UI language (the sample: bought 15 January 2025, received two days
# later, 6490.00 SEK; the defect noticed on 2 October 2026, a phone call on the 3rd).
WRITTEN = {
    "sv": {"purchased": "15 januari 2025", "delivered": "2025-01-17", "price": "6490:-",
           "discovered": "2 okt 2026", "contact": "3 oktober 2026"},
    "nb": {"purchased": "15.01.2025", "delivered": "17. januar 2025", "price": "6 490 kr",
           "discovered": "2.10.2026", "contact": "3. okt. 2026"},
    "da": {"purchased": "15.01.2025", "delivered": "17. januar 2025", "price": "6.490,00",
           "discovered": "02.10.2026", "contact": "3.10.2026"},
    "fi": {"purchased": "15.1.2025", "delivered": "17.1.2025", "price": "6490,00",
           "discovered": "2. lokakuuta 2026", "contact": "3.10.2026"},
    "is": {"purchased": "15.1.2025", "delivered": "17. janúar 2025", "price": "6.490 kr.",
           "discovered": "2. október 2026", "contact": "3.10.2026"},
    "en": {"purchased": "15 January 2025", "delivered": "17/01/2025", "price": "SEK 6,490.00",
           "discovered": "2 Oct 2026", "contact": "3rd October 2026"},
}
# Half the languages use the Alt-letters a practised user knows, the other half Tab, Shift+Tab and Space only.
MNEMONICS = {"sv": True, "nb": False, "da": False, "fi": True, "is": False, "en": True}
SETTLE_MS = 10  # after a key: the page's zero timers (focus on arrival) and repaints run


class LostError(AssertionError):
    """A keystroke that did not do what a user expects: lost, trapped, or focus that went nowhere."""


class Driver:
    def __init__(self, wizard, language: str) -> None:
        self.wizard, self.language = wizard, language
        self.keys: list[dict] = []  # every counted keystroke: page, key, where the focus was
        self.typed = 0  # characters typed (not counted against the goal)
        self.arrivals: dict[str, str] = {}  # page -> the focus on arrival

    # --- what the user's keyboard reaches ------------------------------------------------------------
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None:
            raise LostError(f"{self.page()}: the focus is nowhere (QApplication.focusWidget() is None)")
        return widget

    def page(self) -> str:
        return self.wizard.currentPage().NAME

    @staticmethod
    def describe(widget: QWidget | None) -> str:
        names = []
        while widget is not None and len(names) < 3:
            names.append(widget.objectName() or type(widget).__name__)
            widget = widget.parentWidget()
        return "/".join(names)

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            label: str = "") -> None:
        target = self.focus()
        self.keys.append({"page": self.page(), "key": label or key_name(key, modifiers),
                          "focus": self.describe(target)})
        QTest.keyClick(target, key, modifiers)
        QTest.qWait(SETTLE_MS)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.key(Qt.Key.Key_Tab)

    def tab_to(self, object_name: str, what: str, limit: int = 8) -> None:
        """Tab until the focus is on ``object_name``, as a user does who does not know the page by heart."""
        for _ in range(limit):
            self.tab()
            if self.focus().objectName() == object_name:
                return
        raise LostError(f"{self.page()}: {limit} Tabs did not reach {what} ({object_name}), the focus is on "
                        f"{self.describe(self.focus())}")

    def alt(self, letter: str) -> None:
        """An Alt+letter mnemonic, read from the underlined letter the user sees."""
        self.key(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier, f"Alt+{letter.upper()}")

    def next(self) -> None:
        before = self.page()
        self.key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier, "Alt+Right")
        if self.page() == before:
            page = self.wizard.currentPage()
            raise LostError(f"Alt+Right stayed on {before}: {page.problems()}")
        self.arrived()

    def arrived(self) -> None:
        wait_for(lambda: QApplication.focusWidget() is not None, 1000)  # the page's focus on arrival (a 0 timer)
        self.arrivals[self.page()] = self.describe(self.focus())

    def type(self, text: str) -> None:
        """Type ``text`` into the field with the focus; every character must arrive."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        target = self.focus()
        before = target.text() if isinstance(target, QLineEdit) else (
            target.toPlainText() if isinstance(target, QPlainTextEdit) else None)
        if isinstance(target, QLineEdit) and target.hasSelectedText() and target.selectedText() == before:
            before = ""  # the field was reached with Tab or Shift+Tab: its text is selected, and typing replaces it
        if before is None:
            raise LostError(f"{self.page()}: typing {text!r} into {self.describe(target)}, which is not a text field")
        for char in text:  # QTest.keyClicks knows ASCII only: "ä", "ú" and "–" arrive as a keyboard sends them
            code = ord(char.upper()) if len(char.upper()) == 1 else 0
            key = Qt.Key(code) if 0x20 <= code < 0x100 else Qt.Key.Key_unknown
            QTest.sendKeyEvent(QTest.KeyAction.Click, target, key, char, Qt.KeyboardModifier.NoModifier)
        QTest.qWait(SETTLE_MS)
        after = target.text() if isinstance(target, QLineEdit) else target.toPlainText()
        if after != before + text:
            raise LostError(f"{self.page()}: typed {text!r} into {self.describe(target)} and it holds {after!r}")
        self.typed += len(text)

    def expect_focus(self, object_name: str, what: str) -> None:
        widget = self.focus()
        names = {widget.objectName(), *(w.objectName() for w in ancestors(widget, 2))}
        if object_name not in names:
            raise LostError(f"{self.page()}: the focus should be on {what} ({object_name}), "
                            f"it is on {self.describe(widget)}")


def wait_for(condition, timeout_ms: int = 2000) -> None:
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition() and time.monotonic() < deadline:
        QTest.qWait(10)


def ancestors(widget: QWidget, count: int):
    widget = widget.parentWidget()
    while widget is not None and count:
        yield widget
        widget, count = widget.parentWidget(), count - 1


def key_name(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str:
    from PySide6.QtGui import QKeySequence

    return QKeySequence(modifiers.value | key.value).toString()


def mnemonic(text: str) -> str:
    """The underlined letter of a label or button text ("Save as &Word document…" -> "W")."""
    index = text.replace("&&", "").find("&")
    if index < 0 or index + 1 >= len(text):
        raise LostError(f"{text!r} has no Alt-letter")
    return text.replace("&&", "")[index + 1]


def drive(language: str, folder: Path) -> dict:
    from reklamera.case import load_case
    from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY
    from reklamera.settings import Settings
    from reklamera.ui.dialogs import DialogService
    from reklamera.ui.wizard import ComplaintWizard

    sample = load_case(SAMPLE_CASE)
    written, mnemonics = WRITTEN[language], MNEMONICS[language]
    case_path, letter_path = folder / f"{language}.reklamera", folder / f"{language}.docx"
    asked: list[str] = []

    class Answers(DialogService):
        """The file dialogs answer with the test's paths; any other box is a failure (it would block)."""

        def save_path(self, title, suggested, name_filter):
            asked.append(title)
            return str(letter_path if suggested.endswith(".docx") else case_path)

        def error(self, title, text):
            raise LostError(f"an error box: {title}: {text}")

        def info(self, title, text):
            raise LostError(f"an information box: {title}: {text}")

        def confirm(self, *args):
            raise LostError(f"a question: {args}")

        def ask_unsaved(self, *args):
            raise LostError(f"a question: {args}")

    wizard = ComplaintWizard(None, settings=Settings(folder / f"settings-{language}.json"), dialogs=Answers(),
                             language=language, today=SAMPLE_TODAY, autosave_dir=folder / f"autosave-{language}")
    wizard.show()
    wizard.activateWindow()
    if not QTest.qWaitForWindowActive(wizard, 5000):
        raise LostError("the wizard's window never became active")
    started = time.perf_counter()
    d = Driver(wizard, language)
    result: dict = {"language": language}
    try:
        QTest.qWait(100)  # the first paint installs the keyboard layer (Alt+Right)
        d.arrived()
        # Start: Sweden and a Swedish letter are the defaults; the first input is the country.
        d.expect_focus("country", "the country")
        d.next()

        # The purchase.
        page = wizard.current_page()
        d.expect_focus("product", "what was bought")
        d.type(sample.product.description)
        d.tab()  # where: in a shop / online
        d.key(Qt.Key.Key_Right)  # online
        d.tab()  # who sold it: a business (already chosen)
        d.tab()
        if mnemonics:
            d.expect_focus("purchased", "the day of purchase")
            d.type(written["purchased"])
            d.tab()
            d.expect_focus("delivered", "the day it was received")
            d.type(written["delivered"])
        else:  # the day received first: the day of purchase follows it, then Shift+Tab back to correct it
            d.tab()
            d.expect_focus("delivered", "the day it was received")
            d.type(written["delivered"])
            d.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, "Shift+Tab")
            d.expect_focus("purchased", "the day of purchase")
            if page.purchased.value() != sample.product.delivered:
                raise LostError(f"the day of purchase did not follow the day received: {page.purchased.edit.text()!r}")
            d.type(written["purchased"])  # Shift+Tab selected the day filled in: typing replaces it
            d.tab()
        d.tab()
        d.expect_focus("price", "the price")
        d.type(written["price"])
        if mnemonics:
            d.alt(mnemonic(page.labels["order_number"].text()))
        else:
            d.tab(2)  # the currency, then the order number
        d.expect_focus("order_number", "the order number")
        d.type(sample.product.order_number)
        d.next()

        # The defect.
        page = wizard.current_page()
        d.expect_focus("description", "what is wrong")
        d.type(sample.defect.description)
        d.tab()
        d.expect_focus("discovered", "the day it was noticed")
        d.type(written["discovered"])
        if mnemonics:
            d.alt(mnemonic(page.contacts.add_button.text()))  # a new contact: the focus in its date
        else:
            d.tab()
            d.expect_focus("bad_faith", "the question whether the seller knew")
            d.tab()  # the (empty) table of contacts
            d.tab()
            d.expect_focus("add-contacts", "Add a contact")
            d.key(Qt.Key.Key_Space)
        d.expect_focus("date-text", "the new contact's date")
        contact = sample.contacts[0]
        d.type(written["contact"])
        d.tab()  # how: phone is the first choice
        d.tab()
        d.type(contact.person)
        d.tab()
        d.type(contact.summary)
        d.next()

        # Your rights: the complaint day is today; read, go on.
        d.expect_focus("complained", "the complaint day")
        d.next()
        # What you ask for: repair, the sample's choice, is chosen already.
        d.expect_focus("remedy-repair", "the remedy chosen")
        d.next()

        # Sender and recipient.
        d.expect_focus("consumer.name", "your name")
        for prefix, names in (("consumer", ("name", "address", "postcode", "city", "email", "phone")),
                              ("seller", ("name", "address", "postcode", "city", "email", "org_number"))):
            for name in names:
                if (prefix, name) != ("consumer", "name"):
                    d.tab()
                d.expect_focus(f"{prefix}.{name}", f"{prefix} {name}")
                d.type(getattr(getattr(sample, prefix), name))
        d.next()

        # The letter: save it as a Word document, then save the case (Ctrl+S).
        page = wizard.current_page()
        d.expect_focus("letter_language", "the letter's language")
        if mnemonics:
            d.alt(mnemonic(page.save_word.text()))
        else:
            d.tab_to("save-word", "Save as Word document")  # past the preview (no links to stop at)
            d.key(Qt.Key.Key_Space)
        wait_for(letter_path.exists)  # a button's Alt-letter clicks after 100 ms; the user waits for it
        if not letter_path.exists():
            raise LostError(f"Alt+{mnemonic(page.save_word.text())} did not write the letter ({page.status.text()})")
        d.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, "Ctrl+S")
        if not case_path.exists():
            raise LostError("Ctrl+S did not save the case")
        result["letter"] = wizard.session.letter().as_text()
    except Exception as error:  # reported to the test, which fails with it
        result["error"] = f"{type(error).__name__}: {error}"
        if not isinstance(error, LostError):
            result["traceback"] = traceback.format_exc()
        result["page"] = d.page()
        result["focus"] = d.describe(QApplication.focusWidget())
        from PySide6.QtWidgets import QLineEdit

        result["fields"] = {d.describe(field): field.text() for field in wizard.currentPage().findChildren(QLineEdit)}
    result.update(keys=d.keys, typed=d.typed, arrivals=d.arrivals, asked=asked,
                  seconds=round(time.perf_counter() - started, 2),
                  case=str(case_path) if case_path.exists() else None,
                  docx=str(letter_path) if letter_path.exists() else None)
    wizard._close_confirmed = True
    wizard.timer.stop()
    wizard.close()
    wizard.deleteLater()
    QTest.qWait(10)
    return result


def main(argv: list[str]) -> int:
    folder, languages = Path(argv[0]), argv[1:]
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    for language in languages:
        result = drive(language, folder)
        (folder / f"{language}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
