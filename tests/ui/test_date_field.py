"""The date field as a person uses it: typed in the language's own way, echoed, a calendar on Alt+Down or F4,
left with one Tab, and a reason under the field when the text is not a date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from reklamera.i18n import translations
from reklamera.ui.widgets.date_field import DateField
from tests.ui.conftest import go_to, refused_next

TODAY = dt.date(2026, 6, 20)


def field(qtbot, language: str) -> DateField:
    widget = DateField()
    qtbot.addWidget(widget)
    widget.apply_language(language, translations(language).gettext, lambda: TODAY)
    widget.show()
    return widget


@pytest.mark.parametrize(("language", "typed", "expected", "echo"), [
    ("sv", "2026-03-14", dt.date(2026, 3, 14), "14 mars 2026"),
    ("sv", "14 mars 2026", dt.date(2026, 3, 14), "14 mars 2026"),
    ("sv", "i går", dt.date(2026, 6, 19), "19 juni 2026"),
    ("nb", "14.03.2026", dt.date(2026, 3, 14), "14. mars 2026"),
    ("da", "14.3.2026", dt.date(2026, 3, 14), "14. marts 2026"),
    ("fi", "14.3.2026", dt.date(2026, 3, 14), "14. maaliskuuta 2026"),
    ("fi", "10.6.", dt.date(2026, 6, 10), "10. kesäkuuta 2026"),
    ("is", "14.3.2026", dt.date(2026, 3, 14), "14. mars 2026"),
    ("en", "14/03/2026", dt.date(2026, 3, 14), "14 March 2026"),
    ("en", "today", TODAY, "20 June 2026"),
])
def test_typed_dates_are_understood_and_echoed(qtbot, language: str, typed: str, expected: dt.date,
                                               echo: str) -> None:
    widget = field(qtbot, language)
    qtbot.keyClicks(widget.edit, typed)
    assert widget.value() == expected and widget.problem() == ""
    assert echo in widget.echo.text()


def test_not_a_date_gives_a_reason_and_no_value(qtbot) -> None:
    widget = field(qtbot, "en")
    qtbot.keyClicks(widget.edit, "3/14/2026")
    assert widget.value() is None and "14/03/2026" in widget.problem()


def test_one_tab_leaves_the_field_and_the_text_is_tidied(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    widget = DateField(holder)
    widget.apply_language("fi", translations("fi").gettext, lambda: TODAY)
    after = QLineEdit(holder)
    from PySide6.QtWidgets import QVBoxLayout

    layout = QVBoxLayout(holder)
    layout.addWidget(widget)
    layout.addWidget(after)
    holder.show()
    holder.activateWindow()
    qtbot.waitExposed(holder)
    widget.setFocus()
    qtbot.waitUntil(widget.edit.hasFocus)
    qtbot.keyClicks(widget.edit, "eilen")
    qtbot.keyClick(widget.edit, Qt.Key.Key_Tab)
    assert holder.focusWidget() is after
    assert widget.edit.text() == "19.6.2026"


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
                                               (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)])
def test_the_calendar_opens_from_the_keyboard_and_enter_chooses(qtbot, key, modifier) -> None:
    widget = field(qtbot, "sv")
    widget.setFocus()
    qtbot.keyClick(widget.edit, key, modifier)
    popup = widget._popup
    assert popup is not None and popup.isVisible()
    from PySide6.QtWidgets import QTableView

    days = popup.calendar.findChild(QTableView)  # where the calendar takes its keys
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert widget.value() == TODAY + dt.timedelta(days=1)


def test_a_date_that_is_not_understood_blocks_next_with_its_reason(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="sv")
    go_to(qtbot, wizard, "purchase")
    page = wizard.currentPage()
    delivered = page.delivered
    delivered.edit.clear()
    qtbot.keyClicks(delivered.edit, "31.2.2026")
    reason = page.findChild(QLabel, "reason-delivered")
    assert not reason.isVisibleTo(page)  # no red text while the person is still typing
    refused_next(qtbot, wizard)
    assert reason.isVisibleTo(page) and "31" in reason.text()
    assert "31" in delivered.edit.accessibleDescription()  # a screen reader hears it with the field
    delivered.edit.clear()
    qtbot.keyClicks(delivered.edit, "14.3.2025")
    assert not reason.isVisibleTo(page)
