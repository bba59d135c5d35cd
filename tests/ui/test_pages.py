"""Every page in every language, accessibility, language switching, layouts with long words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextBrowser,
    QWidget,
    QWizard,
)

from reklamera.i18n import LANGUAGES, PSEUDO
from reklamera.ui.app import walk
from reklamera.ui.wizard import BUTTONS

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractButton, QTableWidget, QListWidget,
          QTextBrowser)


def visible_pages(wizard) -> list:
    pages = []
    walk(wizard, lambda _number, page: pages.append(page))
    return pages


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_every_page_opens_translated(make_wizard, sample, language: str) -> None:
    english = make_wizard(sample, language="en")
    titles_en = [page.title() for page in visible_pages(english)]
    wizard = make_wizard(sample, language=language)
    pages = visible_pages(wizard)
    assert [page.NAME for page in pages] == ["start", "purchase", "defect", "rights", "remedy", "parties", "letter",
                                             "next", "followup"]
    for page, english_title in zip(pages, titles_en, strict=True):
        assert page.title() and page.title() != english_title, page.NAME
        assert page.subTitle()
    # Qt's own buttons come from our catalogs (Qt ships no Bokmål or Icelandic translation).
    for button, text in BUTTONS.items():
        shown = wizard.buttonText(button)
        assert shown and shown != text, (button, shown)


def _buddies(page: QWidget) -> set[int]:
    return {id(label.buddy()) for label in page.findChildren(QLabel) if label.buddy() is not None}


def test_every_input_has_a_name_a_reader_can_say(make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="sv")
    missing = []
    for page in visible_pages(wizard):
        buddies = _buddies(page)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, INPUTS) or not widget.isVisibleTo(page):
                continue
            if widget.objectName().startswith("qt_") or isinstance(widget.parent(), INPUTS):
                continue  # the line edit inside a date or spin box, arrows inside composite widgets
            named = widget.accessibleName() or id(widget) in buddies
            if isinstance(widget, QAbstractButton):
                named = named or bool(widget.text())
            if not named:
                missing.append(f"{page.NAME}: {type(widget).__name__} {widget.objectName()!r}")
    assert not missing, missing


def test_inputs_are_reachable_with_the_keyboard(make_wizard, sample) -> None:
    from PySide6.QtCore import Qt

    wizard = make_wizard(sample)
    for page in visible_pages(wizard):
        for widget in page.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QComboBox, QPlainTextEdit)) and widget.isVisibleTo(page):
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, (page.NAME, widget.objectName())


def test_language_switch_while_open(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="en")
    wizard.restart()
    start = wizard.currentPage()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next >"
    start.ui_language.setCurrentIndex(start.ui_language.findData("fi"))
    assert wizard.buttonText(QWizard.WizardButton.NextButton) != "&Next >"
    assert start.title() != "Complain about a faulty product"
    assert wizard.settings.preferences.ui_language == "fi"
    wizard.next()
    assert wizard.currentPage().title() == wizard.ctx.gettext("The purchase") != "The purchase"


def _clipped_labels(page: QWidget) -> list[str]:
    clipped = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or label.wordWrap() or not label.text() or label.pixmap() is not None:
            continue
        if label.width() + 1 < label.minimumSizeHint().width():
            clipped.append(f"{page.NAME}: {label.text()[:40]!r} {label.width()} < {label.minimumSizeHint().width()}")
    return clipped


@pytest.mark.parametrize("language", ["fi", "is", PSEUDO])
def test_long_words_do_not_clip(make_wizard, sample, language: str) -> None:
    """Finnish and Icelandic compounds, and the pseudo-locale that stretches every string by 40 %."""
    wizard = make_wizard(sample, language=language)
    wizard.resize(900, 700)
    clipped = []
    for page in visible_pages(wizard):
        clipped += _clipped_labels(page)
    assert not clipped, clipped


def _accelerators(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        index = text.replace("&&", "").find("&")
        if index >= 0 and index + 1 < len(text.replace("&&", "")):
            keys.append(text.replace("&&", "")[index + 1].lower())
    return keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_shortcuts_on_a_page_clash(make_wizard, sample, language: str) -> None:
    """Alt+letter must reach one field only, wizard buttons included, in every language."""
    wizard = make_wizard(sample, language=language)
    clashes = []

    def check(_number: int, page) -> None:
        texts = [wizard.buttonText(button) for button in BUTTONS if wizard.button(button).isVisible()]
        texts += [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page) and label.buddy()]
        texts += [button.text() for button in page.findChildren(QAbstractButton) if button.isVisibleTo(page)]
        keys = _accelerators(texts)
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            clashes.append(f"{page.NAME}: {duplicates}")

    walk(wizard, check)
    assert not clashes, clashes


def test_back_and_next_keys_do_not_depend_on_the_language(qtbot, make_wizard, sample) -> None:
    from PySide6.QtCore import Qt

    wizard = make_wizard(sample, language="fi")
    qtbot.waitUntil(lambda: hasattr(wizard, "_mnemonics"))  # installed after the first paint
    page = wizard.currentPage()
    for key, modifier, name in ((Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier, "purchase"),
                                (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, "defect"),
                                (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier, "purchase"),
                                (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier, "start")):
        qtbot.keyClick(wizard.currentPage(), key, modifier)
        assert name == wizard.currentPage().NAME
    assert page is wizard.currentPage()


def test_an_alt_letter_without_a_shortcut_is_not_typed_into_the_field(qtbot, make_wizard, sample) -> None:
    from PySide6.QtCore import Qt

    from tests.ui.conftest import go_to

    wizard = make_wizard(sample)
    qtbot.waitUntil(lambda: hasattr(wizard, "_mnemonics"))
    go_to(qtbot, wizard, "purchase")
    field = wizard.currentPage().findChild(QLineEdit, "order_number")
    field.setText("12x")
    wizard.activateWindow()
    field.setFocus()  # keys go to the focus widget, and the filter follows the focus
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # no Alt+J on this page
    qtbot.keyClick(field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert field.text().startswith("12x") and "j" not in field.text().lower()


def test_the_window_fits_the_screen(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    room = wizard.screen().availableGeometry()
    wizard.resize(room.width() + 400, room.height() + 300)
    from reklamera.ui.keyboard import fit_to_screen

    fit_to_screen(wizard)
    assert wizard.width() <= room.width() and wizard.height() <= room.height()


def test_the_letter_page_says_what_the_recipient_will_miss(qtbot, make_wizard, sample) -> None:
    """Advice before the letter goes out, never a block: an order number missing is said on the letter page."""
    from PySide6.QtWidgets import QLabel

    from tests.ui.conftest import go_to

    sample.product.order_number = ""
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "letter")
    advice = wizard.currentPage().findChild(QLabel, "letter-advice")
    assert advice.isVisibleTo(wizard.currentPage()) and "order or receipt number" in advice.text()
    assert wizard.nextId() != -1  # Next is not blocked by it


def test_a_language_switch_reaches_pages_shown_later_and_by_back(make_wizard, sample) -> None:
    """Only the page on screen is translated at once; the others as they are shown again, by Next or by Back."""
    wizard = make_wizard(sample, language="en")
    wizard.restart()
    for _ in range(3):  # start -> purchase -> defect -> rights: four pages built in English
        wizard.next()
    rights = wizard.currentPage()
    purchase, defect = wizard.page_named("purchase"), wizard.page_named("defect")
    english_label = defect.labels["description"].text()
    wizard.ctx.language.set("sv")
    assert rights.title() == wizard.ctx.gettext(rights.TITLE) != rights.TITLE
    assert defect.language_stale and purchase.language_stale
    wizard.back()
    assert wizard.currentPage() is defect and not defect.language_stale
    assert defect.title() == wizard.ctx.gettext(defect.TITLE) != defect.TITLE
    assert defect.labels["description"].text() not in ("", english_label)
    wizard.back()
    assert purchase.title() == wizard.ctx.gettext(purchase.TITLE) != purchase.TITLE
