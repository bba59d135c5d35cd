"""The remedy page's optional claims (issue 14): heavy or installed goods collected, payment withheld, and the costs
the defect caused — each amount read like the price (the UI language, an unclear amount asked about), every edit in
the session as it is typed, kept by Back and Next and by the case file, and claimed in the letter."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWizard

from reklamera.case import Cost, load_case
from reklamera.i18n import LANGUAGES, translations
from reklamera.letter.claims import COLLECT, COSTS, WITHHOLD
from tests.ui.conftest import go_to, next_page, refused_next


def _back(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("country", ["SE", "NO", "DK", "FI", "IS"])
def test_the_two_boxes_are_asked_in_every_country(qtbot, make_wizard, sample, country: str) -> None:
    sample.country = country
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    for name in ("heavy", "unpaid"):
        box = page.findChild(QCheckBox, f"product.{name}")
        assert box.isVisibleTo(page) and not box.isChecked()
        assert box.accessibleDescription() == page.findChild(QLabel, f"{name}-hint").text() != ""
    assert "the letter asks the seller to collect it" in page.findChild(QLabel, "heavy-hint").text()


def test_every_edit_is_in_the_session_as_it_is_typed(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="sv")
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    revision = wizard.session.revision
    page.flags["heavy"].click()
    assert wizard.case.product.heavy and wizard.session.revision > revision
    qtbot.mouseClick(page.costs.add_button, Qt.MouseButton.LeftButton)
    row = page.costs.rows[0]
    assert wizard.focusWidget() is row.what  # a new cost: its description next
    qtbot.keyClicks(row.what, "Frakt till verkstaden")
    qtbot.keyClicks(row.amount, "249:-")
    assert row.echo.text() == "= 249,00\xa0kr"
    qtbot.keyClicks(row.receipt, "frakt.pdf")
    assert wizard.case.costs == [Cost("Frakt till verkstaden", Decimal("249.00"), "frakt.pdf")]
    assert wizard.session.dirty


def test_an_unclear_amount_is_asked_about_and_kept_as_typed(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="en")
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    page.costs.add_button.click()
    row = page.costs.rows[0]
    qtbot.keyClicks(row.what, "Transport")
    qtbot.keyClicks(row.amount, "1,299")
    assert wizard.case.costs[0].amount is None  # never guessed
    refused_next(qtbot, wizard)
    reason = page.findChild(QLabel, f"reason-{row.key}-amount")
    assert reason.isVisibleTo(page) and "1,299.00 or 1.299" in reason.text()
    assert row.amount.accessibleDescription() == reason.text()  # a screen reader hears it with the field
    assert wizard.focusWidget() is row.amount  # a refused Next goes to the problem
    _back(qtbot, wizard)
    go_to(qtbot, wizard, "remedy")
    assert page.costs.rows[0] is row and row.amount.text() == "1,299"
    row.amount.clear()
    qtbot.keyClicks(row.amount, "1299")
    assert not reason.isVisibleTo(page) and wizard.case.costs[0].amount == Decimal("1299.00")
    next_page(qtbot, wizard)


def test_an_amount_needs_to_say_what_it_was_for(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    page.costs.add_button.click()
    row = page.costs.rows[0]
    qtbot.keyClicks(row.amount, "600")
    refused_next(qtbot, wizard)
    assert page.findChild(QLabel, f"reason-{row.key}-what").text() == "Say what the cost was for."
    assert wizard.focusWidget() is row.what
    qtbot.keyClicks(row.what, "Inspection")
    next_page(qtbot, wizard)


def test_add_and_remove_keep_the_order_and_the_tab_order(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    costs = page.costs
    for what in ("First", "Second", "Third"):
        costs.add_button.click()
        qtbot.keyClicks(costs.rows[-1].what, what)
    assert [cost.description for cost in wizard.case.costs] == ["First", "Second", "Third"]
    qtbot.mouseClick(costs.rows[1].remove, Qt.MouseButton.LeftButton)
    assert [cost.description for cost in wizard.case.costs] == ["First", "Third"]
    assert wizard.focusWidget() is costs.rows[1].what  # the cost that moved up
    assert [row.what.accessibleName() for row in costs.rows] == ["What (1)", "What (2)"]
    assert costs.rows[1].remove.accessibleName() == "Remove cost 2"
    # Tab from the last box goes through each cost's fields, in their order, then to Add.
    order, widget = [], page.flags["unpaid"]
    for _ in range(9):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value or not widget.isVisibleTo(page) \
                or widget.parentWidget() is costs.rows[0].receipt or widget.parentWidget() is costs.rows[1].receipt:
            widget = widget.nextInFocusChain()
        order.append(widget)
    expected = [field for row in costs.rows for field in (row.what, row.amount, row.receipt, row.remove)]
    assert order == [*expected, costs.add_button]
    qtbot.mouseClick(costs.rows[1].remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(costs.rows[0].remove, Qt.MouseButton.LeftButton)
    assert wizard.case.costs == [] and wizard.focusWidget() is costs.add_button


def test_the_receipt_offers_the_cases_files(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    page.costs.add_button.click()
    receipt = page.costs.rows[0].receipt
    assert [receipt.itemText(index) for index in range(receipt.count())] == sample.attachments
    assert receipt.currentText() == ""  # no receipt until one is chosen or typed
    receipt.setCurrentIndex(0)
    assert wizard.case.costs[0].receipt == sample.attachments[0]


def test_back_next_and_the_case_file_keep_them(qtbot, make_wizard, sample, dialogs, tmp_path) -> None:
    wizard = make_wizard(sample, language="fi")
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    page.flags["heavy"].setChecked(True)
    page.flags["unpaid"].setChecked(True)
    page.costs.add_button.click()
    qtbot.keyClicks(page.costs.rows[0].what, "Rahti")
    qtbot.keyClicks(page.costs.rows[0].amount, "1 249,50")
    next_page(qtbot, wizard)
    _back(qtbot, wizard)
    assert page.flags["heavy"].isChecked() and page.flags["unpaid"].isChecked()
    assert page.costs.rows[0].amount.text() == "1 249,50"  # as typed
    path = tmp_path / "costs.reklamera"
    dialogs.answers.append(str(path))
    assert wizard.save_case()
    saved = load_case(path)
    assert saved.product.heavy and saved.product.unpaid
    assert saved.costs == [Cost("Rahti", Decimal("1249.50"))]
    reopened = make_wizard(saved, language="sv")
    go_to(qtbot, reopened, "remedy")
    again = reopened.currentPage()
    assert again.flags["heavy"].isChecked() and again.flags["unpaid"].isChecked()
    assert [(row.what.text(), row.amount.text()) for row in again.costs.rows] == [("Rahti", "1\xa0249,50")]


def test_the_letter_claims_collection_withholding_and_the_costs(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="en")
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    page.flags["heavy"].click()
    page.flags["unpaid"].click()
    for what, amount, receipt in (("Transport to the workshop", "249", "kvitto.pdf"), ("Inspection", "600", "")):
        page.costs.add_button.click()
        row = page.costs.rows[-1]
        qtbot.keyClicks(row.what, what)
        qtbot.keyClicks(row.amount, amount)
        qtbot.keyClicks(row.receipt, receipt)
    go_to(qtbot, wizard, "letter")
    preview = wizard.currentPage().preview.toPlainText().replace("\xa0", " ")
    # The sample's letter is in Swedish, whatever the wizard speaks (the words as the catalog has them today).
    swedish = translations("sv").gettext
    assert "Transport to the workshop: 249,00 kr (kvitto.pdf); Inspection: 600,00 kr" in preview
    assert swedish(COSTS).split("{costs}")[0] in preview
    for claim in (COLLECT, WITHHOLD):
        assert swedish(claim) != claim and swedish(claim) in preview
    text = wizard.session.letter("en").as_text().replace("\xa0", " ")
    assert "costs and losses the defect has caused me (receipts attached): Transport to the workshop: SEK" in text
    assert "The product is heavy or installed: please collect it from my address" in text
    assert "I am withholding the part of the payment that corresponds to my claim" in text


def test_an_amount_is_written_again_in_a_new_ui_language(qtbot, make_wizard, sample) -> None:
    sample.costs = [Cost("Frakt", Decimal("1249.50"))]
    wizard = make_wizard(sample, language="en")
    go_to(qtbot, wizard, "remedy")
    row = wizard.currentPage().costs.rows[0]
    assert row.amount.text() == "1,249.50"
    wizard.ctx.language.set("sv")
    assert row.amount.text() == "1\xa0249,50" and row.echo.text() == "= 1\xa0249,50\xa0kr"
    assert wizard.case.costs[0].amount == Decimal("1249.50")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_alt_letter_clashes_with_the_claim_fields_and_a_cost_shown(qtbot, make_wizard, sample,
                                                                       language: str) -> None:
    """Every field of the page shown at once (a price reduction asks for the most), with a cost, and the wizard's
    buttons: each Alt-letter reaches one of them."""
    from PySide6.QtWidgets import QAbstractButton

    from reklamera.ui.wizard import BUTTONS

    wizard = make_wizard(sample, language=language)
    go_to(qtbot, wizard, "remedy")
    page = wizard.currentPage()
    page.buttons["price_reduction"].setChecked(True)
    page.costs.add_button.click()
    texts = [wizard.buttonText(button) for button in BUTTONS if wizard.button(button).isVisible()]
    texts += [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page) and label.buddy()]
    texts += [button.text() for button in page.findChildren(QAbstractButton) if button.isVisibleTo(page)]
    letters = [text.replace("&&", "").split("&", 1)[1][:1].lower() for text in texts if "&" in text.replace("&&", "")]
    assert len(letters) == len(set(letters)) >= 14, sorted(letters)
    for name in ("heavy", "unpaid"):
        assert "&" in page.flags[name].text(), page.flags[name].text()
    assert "&" in page.costs.add_button.text()
