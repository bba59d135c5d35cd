"""Drive the wizard like a user: type, click Next, read the visible verdict."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QWizard

from reklamera.case import NEEDED, Case
from reklamera.i18n import translations
from tests.ui.conftest import go_to, next_page, refused_next

D = dt.date.fromisoformat


def choose(qtbot, button: QRadioButton) -> None:
    """Select a radio button with the keyboard, as a person tabbing through the page would."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert button.isChecked()


def fill_purchase(qtbot, wizard, *, product: str, delivered: str, private: bool = False) -> None:
    page = wizard.currentPage()
    assert page.NAME == "purchase"
    qtbot.keyClicks(page.findChild(QLineEdit, "product"), product)
    page.delivered.set_value(D(delivered))  # what choosing a day in the calendar popup does
    qtbot.keyClicks(page.findChild(QLineEdit, "price"), "4995")
    if private:
        choose(qtbot, page.private)
    next_page(qtbot, wizard)


def fill_defect(qtbot, wizard, *, description: str, discovered: str) -> None:
    page = wizard.currentPage()
    assert page.NAME == "defect"
    qtbot.keyClicks(page.findChild(QPlainTextEdit, "description"), description)
    page.discovered.set_value(D(discovered))
    next_page(qtbot, wizard)


def verdict_text(wizard) -> str:
    return wizard.currentPage().findChild(QLabel, "verdict").text()


def badge(wizard) -> str:
    return wizard.currentPage().findChild(QLabel, "status-badge").text()


SCENARIOS = [
    # language, country, delivered, discovered, today, private, expected words in the verdict, badge
    ("sv", "SE", "2025-03-14", "2026-01-10", "2026-02-01", False, "Du är i tid", "I tid"),
    ("fi", "SE", "2025-03-14", "2026-01-10", "2026-02-01", False, "Reklamoi viimeistään", None),
    ("sv", "NO", "2024-01-10", "2025-11-20", "2026-01-20", False, "för sent", None),
    ("fi", "DK", "2024-01-10", "2025-11-20", "2026-01-20", False, None, None),
    ("sv", "FI", "2024-01-10", "2025-11-20", "2026-03-01", False, None, None),
    ("fi", "FI", "2024-01-10", "2025-11-20", "2026-03-01", False, None, None),
    ("sv", "SE", "2025-03-14", "2026-01-10", "2026-02-01", True, None, None),
    ("fi", "SE", "2025-03-14", "2026-01-10", "2026-02-01", True, None, None),
]
IDS = ["in-time-sv", "in-time-fi", "too-late-sv", "too-late-fi", "at-risk-sv", "at-risk-fi", "not-covered-sv",
       "not-covered-fi"]


@pytest.mark.parametrize(("language", "country", "delivered", "discovered", "today", "private", "words", "label"),
                         SCENARIOS, ids=IDS)
def test_verdict_from_typed_answers(qtbot, make_wizard, language, country, delivered, discovered, today, private,
                                    words, label) -> None:
    wizard = make_wizard(Case.new(country), language=language, today=D(today))
    next_page(qtbot, wizard)
    fill_purchase(qtbot, wizard, product="Diskmaskin DW-450", delivered=delivered, private=private)
    fill_defect(qtbot, wizard, description="Den slutar mitt i programmet.", discovered=discovered)
    assert wizard.currentPage().NAME == "rights"
    text = verdict_text(wizard)
    from reklamera.rules import assess

    result = assess(wizard.case.facts(), D(today))
    expected_status = {"in-time": "in_time", "too-late": "too_late", "at-risk": "at_risk", "not-covered": "not_covered"}
    scenario = IDS[SCENARIOS.index((language, country, delivered, discovered, today, private, words, label))]
    assert str(result.status) == expected_status[scenario.rsplit("-", 1)[0]]
    from reklamera import verdict as v
    from reklamera.i18n import translations

    shown = v.verdict(result, translations(language), v.long_date_formatter(language))
    assert text == shown and text
    if words:
        assert words in text
    if label:
        assert badge(wizard) == label
    assert badge(wizard) == translations(language).gettext(v.STATUS_LABELS[result.status])
    assert badge(wizard) != v.STATUS_LABELS[result.status]  # translated, not English


def test_next_is_refused_with_the_reasons_and_the_focus_on_the_first_problem(qtbot, make_wizard) -> None:
    wizard = make_wizard(Case.new("SE"), language="sv")
    next_page(qtbot, wizard)
    page = wizard.currentPage()
    reason = page.findChild(QLabel, "reason-delivered")
    assert not reason.isVisible()  # a new page opens without red text
    refused_next(qtbot, wizard)
    assert reason.isVisible() and reason.text() == translations("sv").gettext(NEEDED["product.delivered"])
    assert page.findChild(QLabel, "reason-product").isVisible()
    assert wizard.focusWidget() is page.findChild(QLineEdit, "product")  # the first problem, in page order
    qtbot.keyClicks(page.findChild(QLineEdit, "product"), "Kaffebryggare")
    page.delivered.set_value(D("2026-01-05"))
    assert not page.findChild(QLabel, "reason-delivered").isVisible()
    next_page(qtbot, wizard)


def test_discovery_before_delivery_blocks_next(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "defect")
    page = wizard.currentPage()
    page.discovered.set_value(D("2024-12-01"))
    refused_next(qtbot, wizard)
    text = page.findChild(QLabel, "reason-discovered").text()
    assert "is before the delivery" in text
    assert "1 December 2024" in text and "2024-12-01" not in text  # dates in the UI language's words


def test_date_reasons_are_in_the_ui_language(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="sv")
    go_to(qtbot, wizard, "defect")
    page = wizard.currentPage()
    page.discovered.set_value(D("2024-12-01"))
    refused_next(qtbot, wizard)
    assert "1 december 2024" in page.findChild(QLabel, "reason-discovered").text()


def test_complaint_day_updates_the_verdict_live(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, today=D("2026-10-23"))
    go_to(qtbot, wizard, "rights")
    before = verdict_text(wizard)
    wizard.currentPage().complained.set_value(D("2026-12-20"))
    after = verdict_text(wizard)
    assert before != after and "Complain at once" in after
    assert wizard.case.complained == D("2026-12-20")


def test_remedy_and_parties_reach_the_letter(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="en")
    go_to(qtbot, wizard, "remedy")
    choose(qtbot, wizard.currentPage().findChild(QRadioButton, "remedy-replacement"))
    next_page(qtbot, wizard)
    name = wizard.currentPage().findChild(QLineEdit, "consumer.name")
    name.clear()
    qtbot.keyClicks(name, "Bo Ek")
    next_page(qtbot, wizard)
    assert wizard.currentPage().NAME == "letter"
    wizard.currentPage().language.setCurrentIndex(wizard.currentPage().language.findData("en"))
    preview = wizard.currentPage().preview.toPlainText()
    assert "I ask you to replace the product" in preview
    assert "Bo Ek" in preview


def test_back_keeps_what_was_typed(qtbot, make_wizard, sample) -> None:
    """Typing on a page and leaving it with Back used to lose the edits (only Next stored them)."""
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "defect")
    description = wizard.currentPage().findChild(QPlainTextEdit, "description")
    description.selectAll()
    qtbot.keyClicks(description, "The pump stops after a minute...")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    order = wizard.currentPage().findChild(QLineEdit, "order_number")
    order.clear()
    qtbot.keyClicks(order, "EH-1")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.case.defect.description == "The pump stops after a minute..."
    assert wizard.case.product.order_number == "EH-1"
    go_to(qtbot, wizard, "defect")
    assert wizard.currentPage().findChild(QPlainTextEdit, "description").toPlainText().startswith("The pump")


def test_the_verdict_is_heard_with_its_date_and_a_new_one_is_announced(qtbot, make_wizard, sample,
                                                                         monkeypatch) -> None:
    from PySide6.QtGui import QAccessible

    import reklamera.ui.announce as announce_module

    said: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event) -> None:
        if isinstance(event, announce_module.QAccessibleAnnouncementEvent):
            said.append(event.message())
        real(event)

    monkeypatch.setattr(announce_module.QAccessible, "updateAccessibility", record)
    wizard = make_wizard(sample, today=D("2026-10-23"))
    go_to(qtbot, wizard, "rights")
    label = wizard.currentPage().verdict
    assert label.accessibleName().startswith("In time. ") and "2026" in label.accessibleName()
    assert "days left" in label.accessibleName()
    wizard.currentPage().complained.set_value(D("2026-12-20"))
    assert said and said[-1].startswith("At risk. ") and "Complain at once" in said[-1]


def test_a_private_seller_with_an_organisation_number_is_questioned(qtbot, make_wizard, sample) -> None:
    sample.seller.private = True
    sample.seller.org_number = ""
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "parties")
    page = wizard.currentPage()
    question = page.findChild(QLabel, "private-with-org-number")
    assert not question.isVisibleTo(page)
    qtbot.keyClicks(page.findChild(QLineEdit, "seller.org_number"), "556812-3458")
    assert question.isVisibleTo(page) and "business" in question.text()


def test_the_letter_page_says_when_the_letter_is_in_another_language(qtbot, make_wizard, sample) -> None:
    sample.language = "sv"
    wizard = make_wizard(sample, language="en")
    go_to(qtbot, wizard, "letter")
    note = wizard.currentPage().findChild(QLabel, "letter-language-note")
    assert note.isVisibleTo(wizard.currentPage()) and "Swedish" in note.text()


def test_the_timeline_can_be_read_as_a_table(qtbot, make_wizard, sample) -> None:
    from PySide6.QtWidgets import QCheckBox

    wizard = make_wizard(sample, today=D("2026-10-23"))
    go_to(qtbot, wizard, "rights")
    page = wizard.currentPage()
    page.findChild(QCheckBox, "dates-as-table").setChecked(True)
    table = page.findChild(QLabel, "dates-table")
    assert table.isVisibleTo(page) and not page.timeline.isVisibleTo(page)
    for words in ("Delivered", "Defect noticed", "Today", "17 January 2025"):
        assert words in table.text()
