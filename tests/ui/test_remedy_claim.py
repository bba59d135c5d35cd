"""The remedy page asks what a price reduction and money back need: the amount claimed (read like every amount,
echoed), how it was reached, and the account (IBAN, checked) — and only for those remedies."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit

from tests.ui.conftest import go_to, next_page, refused_next


def test_price_reduction_asks_for_the_amount_and_the_account(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="sv")
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    assert not page.claim_box.isVisibleTo(page)  # repair: nothing more to ask
    page.buttons["price_reduction"].setChecked(True)
    assert page.claim_box.isVisibleTo(page) and page.claim_amount.isVisibleTo(page)
    qtbot.keyClicks(page.claim_amount, "1 500,50 kr")
    assert page.claim_echo.text() == "= 1\xa0500,50\xa0kr"
    qtbot.keyClicks(page.claim_basis, "Offert från verkstad")
    qtbot.keyClicks(page.iban, "SE45 5000 0000 0583 9825 7466")
    next_page(qtbot, wizard)
    case = wizard.case
    assert case.claim_amount == Decimal("1500.50") and case.claim_basis == "Offert från verkstad"
    assert case.consumer.iban == "SE45 5000 0000 0583 9825 7466"


def test_a_wrong_iban_blocks_next_with_the_reason(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    page.buttons["cancellation"].setChecked(True)
    assert page.claim_box.isVisibleTo(page) and not page.claim_amount.isVisibleTo(page)  # money back: account only
    qtbot.keyClicks(page.iban, "SE45 5000 0000 0583 9825 7467")
    refused_next(qtbot, wizard)
    assert "is not an IBAN" in page.findChild(QLabel, "reason-consumer.iban").text()
    page.buttons["repair"].setChecked(True)  # the account is not asked for a repair: it no longer blocks
    next_page(qtbot, wizard)
    assert wizard.currentPage().NAME == "parties"
    assert isinstance(page.findChild(QLineEdit, "consumer.iban"), QLineEdit)


def test_an_older_files_short_reply_time_is_said_and_kept(qtbot, make_wizard, sample) -> None:
    """A case file from before the 7-day minimum with 3 days: the page says what the letters do instead, and
    leaving the page keeps the file's value until the person changes it (nothing changed silently)."""
    sample.reply_days = 3
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    assert page.reply_days_note.isVisibleTo(page) and "within 7 days" in page.reply_days_note.text()
    next_page(qtbot, wizard)
    assert wizard.case.reply_days == 3
    wizard.back()
    page.reply_days.setValue(10)
    assert not page.reply_days_note.isVisibleTo(page)
    next_page(qtbot, wizard)
    assert wizard.case.reply_days == 10
