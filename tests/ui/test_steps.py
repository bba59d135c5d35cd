"""The list of steps beside the pages: where you are, what is done, what needs attention; reached steps reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import go_to


def rows(wizard) -> list[str]:
    return [wizard.steps.item(index).text() for index in range(wizard.steps.count())]


def test_every_step_is_listed_with_its_state(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="sv")
    assert len(rows(wizard)) == len(wizard.pageIds())
    assert rows(wizard)[0].startswith("▶") and all(row.startswith("○") for row in rows(wizard)[1:])
    go_to(qtbot, wizard, "rights")
    assert [row[0] for row in rows(wizard)[:4]] == ["✓", "✓", "✓", "▶"]
    accessible = wizard.steps.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("Steg 2 av 9") or "2" in accessible


def test_a_reached_step_opens_again_and_one_that_needs_attention_says_so(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "remedy")
    wizard.steps.itemActivated.emit(wizard.steps.item(1))  # Enter or a double click on "The purchase"
    assert wizard.currentPage().NAME == "purchase"
    wizard.currentPage().findChild(QLineEdit, "product").clear()
    assert rows(wizard)[1].startswith("▶")
    wizard.steps.itemActivated.emit(wizard.steps.item(4))  # forward again: refused on the purchase page
    assert wizard.currentPage().NAME == "purchase"
    wizard.back()
    assert rows(wizard)[1].startswith("!")
    assert rows(wizard)[8].startswith("○")  # follow-up: not reached yet, and choosing it does nothing
    wizard.steps.itemActivated.emit(wizard.steps.item(8))
    assert wizard.currentPage().NAME == "start"
