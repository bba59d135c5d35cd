"""Issue 14: why long-life goods should last that long (purchase page, NO and IS, once the box is ticked) and why
a complaint took longer (defect page, only while it comes after the always-in-time period). Both are optional:
hidden when they do not matter, so the keyboard path of an ordinary case has no extra stop, and their Alt-letters
clash with nothing on the page in any language."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from reklamera.i18n import LANGUAGES
from tests.ui.conftest import go_to
from tests.ui.test_pages import BUTTONS, _accelerators

D = dt.date.fromisoformat


def norwegian(sample):
    sample.country, sample.language, sample.product.currency = "NO", "nb", "NOK"
    return sample


def late(sample):
    """The sample noticed the defect on 2 October 2026; complained on 10 December 2026 it comes late."""
    sample.complained = D("2026-12-10")
    return sample


def shortcut_clashes(wizard, page) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [wizard.buttonText(button) for button in BUTTONS if wizard.button(button).isVisible()]
    texts += [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page) and label.buddy()]
    texts += [button.text() for button in page.findChildren(QAbstractButton) if button.isVisibleTo(page)]
    keys = _accelerators(texts)
    return sorted({key for key in keys if keys.count(key) > 1})


def shot(page, name: str) -> None:
    """REKLAMERA_SHOTS=folder: the page as it looks, for a person to check."""
    if folder := os.environ.get("REKLAMERA_SHOTS"):
        page.window().grab().save(str(Path(folder) / f"{name}.png"))


def test_the_reason_is_asked_once_the_goods_are_long_life(make_wizard, sample, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    wizard = make_wizard(norwegian(sample))
    go_to(qtbot, wizard, "purchase")
    page = wizard.currentPage()
    reason = page.findChild(QLineEdit, "long_life_reason")
    assert not reason.isVisibleTo(page)  # not long-life: nothing to explain, no Tab stop
    page.long_life.setChecked(True)
    assert reason.isVisibleTo(page) and reason.placeholderText()
    qtbot.keyClicks(reason, "a washing machine of this kind is expected to last 10 years")
    assert wizard.case.product.long_life_reason == "a washing machine of this kind is expected to last 10 years"
    shot(page, "purchase-long-life-nb")
    page.long_life.setChecked(False)
    assert not reason.isVisibleTo(page)


def test_no_reason_is_asked_where_the_act_has_no_five_years(make_wizard, sample, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    sample.product.long_life = True  # an old file, or a case moved from Norway to Sweden
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "purchase")
    page = wizard.currentPage()
    assert not page.findChild(QLineEdit, "long_life_reason").isVisibleTo(page)


def test_the_delay_question_only_when_the_complaint_comes_late(make_wizard, sample, qtbot) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    wizard = make_wizard(sample)  # noticed 2 October, today 23 October: in time
    go_to(qtbot, wizard, "defect")
    page = wizard.currentPage()
    field = page.findChild(QPlainTextEdit, "delay_reason")
    assert not field.isVisibleTo(page)
    page.discovered.set_value(D("2026-07-01"))  # more than two months before today
    page.edited()
    assert field.isVisibleTo(page) and page.delay_hint.isVisibleTo(page)
    qtbot.keyClicks(field, "I was abroad until September.")
    assert wizard.case.defect.delay_reason == "I was abroad until September."
    shot(page, "defect-delay-en")
    page.discovered.set_value(D("2026-10-02"))
    page.edited()
    assert not field.isVisibleTo(page)
    assert wizard.case.defect.delay_reason == "I was abroad until September."  # kept, only not asked (or printed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_new_fields_alt_letters_clash_with_nothing(make_wizard, sample, qtbot, language: str) -> None:
    sample = late(norwegian(sample))
    sample.product.long_life = True
    wizard = make_wizard(sample, language=language)
    go_to(qtbot, wizard, "purchase")
    assert wizard.currentPage().long_life_why.isVisibleTo(wizard.currentPage())
    assert not shortcut_clashes(wizard, wizard.currentPage()), language
    shot(wizard.currentPage(), f"purchase-{language}")
    go_to(qtbot, wizard, "defect")
    page = wizard.currentPage()
    assert page.delay_reason.isVisibleTo(page)
    assert not shortcut_clashes(wizard, page), language
    shot(page, f"defect-{language}")
