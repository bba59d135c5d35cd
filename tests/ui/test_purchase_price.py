"""The purchase page reads the price with reklamera.inputs: the UI language's and the currency's conventions,
an ambiguous amount reported (never guessed), a foreign currency sign refused."""

from __future__ import annotations

from decimal import Decimal

from tests.ui.conftest import go_to, refused_next


def test_the_price_follows_the_ui_language_and_the_currency(make_wizard, sample, qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit

    sample.product.currency = "DKK"
    wizard = make_wizard(sample, language="en")
    go_to(qtbot, wizard, "purchase")
    page = wizard.currentPage()
    field = page.findChild(QLineEdit, "price")
    reason = page.findChild(QLabel, "reason-price")
    field.clear()
    qtbot.keyClicks(field, "1,299.50")
    page.store()
    assert wizard.ctx.case.product.price == Decimal("1299.50") and not reason.isVisibleTo(page)
    field.clear()
    qtbot.keyClicks(field, "1,299")
    page.store()
    assert wizard.ctx.case.product.price is None  # no guessed amount, and no half-typed one either
    refused_next(qtbot, wizard)
    assert reason.isVisibleTo(page) and "1.299" in reason.text() and page.problems()
    field.setText("€ 12")  # pasted: QTest types ASCII only
    assert "DKK" in reason.text() and page.problems()


def test_an_unclear_amount_stays_as_typed_across_back_and_next(make_wizard, sample, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QWizard

    sample.product.currency = "DKK"
    wizard = make_wizard(sample, language="en")
    go_to(qtbot, wizard, "purchase")
    field = wizard.currentPage().findChild(QLineEdit, "price")
    field.clear()
    qtbot.keyClicks(field, "1,299")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    go_to(qtbot, wizard, "purchase")
    assert field.text() == "1,299" and wizard.currentPage().problems()


def test_white_goods_in_norway_suggest_the_five_year_rule(make_wizard, sample, qtbot) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel

    sample.country, sample.language, sample.product.currency = "NO", "nb", "NOK"
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "purchase")
    page = wizard.currentPage()
    suggestion = page.findChild(QLabel, "long-life-suggestion")
    category = page.findChild(QComboBox, "category")
    assert not suggestion.isVisibleTo(page)
    category.setCurrentIndex(category.findData("white_goods"))
    assert suggestion.isVisibleTo(page) and "five years" in suggestion.text()
    assert not page.long_life.isChecked()  # suggested, never decided for the consumer
    page.long_life.setChecked(True)
    assert not suggestion.isVisibleTo(page) and wizard.case.product.long_life
    assert wizard.case.product.category == "white_goods"


def test_the_guarantee_and_a_brokered_private_sale_are_asked(make_wizard, sample, qtbot) -> None:
    import datetime as dt

    from PySide6.QtWidgets import QCheckBox

    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "purchase")
    page = wizard.currentPage()
    brokered = page.findChild(QCheckBox, "brokered")
    assert not brokered.isVisibleTo(page)
    page.private.setChecked(True)
    assert brokered.isVisibleTo(page)  # Sweden: a sale a business arranges for a private seller is covered
    brokered.setChecked(True)
    qtbot.keyClicks(page.guarantee.edit, "2030-01-17")
    assert wizard.case.seller.brokered and wizard.case.seller.private
    assert wizard.case.product.guarantee_until == dt.date(2030, 1, 17)
