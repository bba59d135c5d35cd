"""The contacts and events tables (issue 13, point 7): a model of the case's records with item delegates. Unknown
keys of a row survive editing; a new row is dated the session's today; a reference with a dot stays a reference;
Tab goes from cell to cell, leaves the date cell with one key and the table after its last cell; the dates and the
lists are wide enough in every language; a cell's problem is its tooltip, its description and the page's reason."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from reklamera.case import Contact, Event
from reklamera.i18n import LANGUAGES, LOCALES, translations
from reklamera.inputs import format_date
from reklamera.ui.widgets.contacts import ContactsEditor
from reklamera.ui.widgets.events import EventsEditor
from reklamera.ui.widgets.row_model import CHOICE, DATE
from reklamera.ui.widgets.row_table import SAMPLE_DAY, RowEditor
from tests.ui.conftest import go_to, refused_next

TODAY = dt.date(2026, 10, 23)
D = dt.date.fromisoformat
Role = Qt.ItemDataRole


def shown(qtbot, kind: type[RowEditor], language: str = "en") -> tuple[QWidget, QLineEdit, RowEditor]:
    """The editor in an active window (kept by the test), after a line (where Shift+Tab out of the table goes)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    before, editor = QLineEdit(), kind(today=lambda: TODAY)
    before.setObjectName("before")
    layout = QVBoxLayout(holder)
    layout.addWidget(before)
    layout.addWidget(editor)
    editor.retranslate(translations(language).gettext, QLocale(LOCALES[language]))
    holder.resize(1100, 300)
    holder.show()
    holder.activateWindow()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(holder.isActiveWindow)
    return holder, before, editor


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def cell(editor: RowEditor) -> tuple[int, int]:
    index = editor.table.currentIndex()
    return index.row(), index.column()


def test_unknown_keys_of_a_row_survive_editing(qtbot) -> None:
    contacts, events = ContactsEditor(today=lambda: TODAY), EventsEditor(today=lambda: TODAY)
    qtbot.addWidget(contacts), qtbot.addWidget(events)
    contact = Contact(date=D("2026-10-03"), person="Johan", summary="Call again")
    contact.extra = {"recording": "call.ogg", "tags": ["a", "b"]}
    event = Event(date=D("2026-10-05"), kind="letter_sent")
    event.extra = {"scanner": "kept"}
    contacts.set_contacts([contact])
    events.set_events([event])
    model = contacts.model
    assert model.setData(model.index(0, 3), "Said no")
    assert model.setData(model.index(0, 0), "4.10.2026")
    events.model.setData(events.model.index(0, 7), "Sent at the post office")
    [stored] = contacts.contacts()
    assert stored.summary == "Said no" and stored.date == D("2026-10-04")
    assert stored.extra == {"recording": "call.ogg", "tags": ["a", "b"]}
    assert events.events()[0].extra == {"scanner": "kept"}
    assert contact.summary == "Call again"  # the table edits copies: the case changes when the page stores it
    stored.extra["tags"].append("c")
    assert contacts.contacts()[0].extra["tags"] == ["a", "b"]


def test_a_new_row_is_dated_the_sessions_today(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, today=D("2026-10-25"))
    go_to(qtbot, wizard, "defect")
    page = wizard.currentPage()
    page.contacts.add_button.click()
    assert wizard.case.contacts[-1].date == D("2026-10-25")  # stored into the session at once
    page.contacts.remove_button.click()  # the new row is current
    assert len(wizard.case.contacts) == 1
    go_to(qtbot, wizard, "followup")
    page = wizard.currentPage()
    page.events.add_button.click()
    assert wizard.case.events[-1].date == D("2026-10-25")


def test_a_reference_with_a_dot_stays_a_reference(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "followup")
    page = wizard.currentPage()
    page.events.add_event(Event(date=D("2026-10-05"), kind="letter_sent", channel="registered_letter",
                                reference="RR.123456SE"))
    assert (wizard.case.events[0].reference, wizard.case.events[0].file) == ("RR.123456SE", "")
    table, model = page.events.table, page.events.model
    table.edit_cell(0, 4)  # the file, in its own column
    line = table.indexWidget(model.index(0, 4))
    qtbot.keyClicks(line, "svar.pdf")
    table.edit_cell(0, 3)
    line = table.indexWidget(model.index(0, 3))
    line.selectAll()
    qtbot.keyClicks(line, "RR.654321SE")
    assert (wizard.case.events[0].reference, wizard.case.events[0].file) == ("RR.654321SE", "svar.pdf")


def test_add_puts_the_focus_in_the_new_date_and_one_tab_leaves_it(qtbot) -> None:
    _holder, _before, editor = shown(qtbot, ContactsEditor, "sv")
    editor.add_button.click()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focus().objectName() == "date-text")
    date = focus()
    assert isinstance(date, QLineEdit) and date.selectedText() == date.text() == "2026-10-23"
    assert date.accessibleName() == "Datum (1)"
    qtbot.keyClicks(date, "3 okt 2026")  # typing replaces the date chosen for the new row
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert isinstance(focus(), QComboBox) and cell(editor) == (0, 1)
    assert editor.contacts()[0].date == D("2026-10-03")


def test_tab_goes_through_the_cells_and_out_of_the_table_at_either_end(qtbot) -> None:
    _holder, before, editor = shown(qtbot, EventsEditor)
    editor.add_event(Event(date=D("2026-10-05"), kind="letter_sent"))
    editor.add_event(Event(date=D("2026-10-20"), kind="closed", outcome="repaired"))
    editor.table.edit_cell(0, 7)  # the first row's note: Tab goes on to the next row's date
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus().objectName() == "date-text" and cell(editor) == (1, 0)
    visited = []
    for _ in range(7):
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        visited.append(cell(editor)[1])
    assert visited == [1, 2, 3, 4, 5, 6, 7]  # a closed case asks for the outcome and the score
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is editor.add_button  # the last cell's Tab leaves the table
    qtbot.keyClick(focus(), Qt.Key.Key_Backtab)
    assert focus() is editor.table and cell(editor) == (1, 7)  # back in, on the cell left
    editor.table.edit_cell(0, 0)
    qtbot.keyClick(focus(), Qt.Key.Key_Backtab)
    assert focus() is before  # the first cell's Shift+Tab leaves it backwards


def test_cells_not_asked_for_are_passed_over(qtbot) -> None:
    _holder, _before, editor = shown(qtbot, EventsEditor)
    editor.add_event(Event(date=D("2026-10-05"), kind="letter_sent"))
    editor.table.edit_cell(0, 4)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert cell(editor) == (0, 7)  # a letter sent has no answer and no score
    model = editor.model
    model.setData(model.index(0, 1), "reply_received")
    model.setData(model.index(0, 5), "contact_manufacturer")
    assert editor.events()[0].refusal == "contact_manufacturer"
    model.setData(model.index(0, 1), "letter_sent")
    assert editor.events()[0].refusal is None  # not a reply any more: no refusal stored


def test_f2_or_typing_edits_a_cell_and_escape_puts_it_back(qtbot) -> None:
    _holder, _before, editor = shown(qtbot, ContactsEditor)
    editor.add_contact(Contact(date=D("2026-10-03"), person="Bo", summary="No"))
    table = editor.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(editor.model.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    line = focus()
    assert isinstance(line, QLineEdit) and line.text() == "Bo" and line.accessibleName() == "Who (1)"
    qtbot.keyClicks(line, "rje")
    assert editor.contacts()[0].person == "rje"  # the text was selected: typing replaced it, at once
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert editor.contacts()[0].person == "Bo" and focus() is table
    qtbot.keyClicks(table, "A")  # typing starts editing the current cell
    assert isinstance(focus(), QLineEdit) and editor.contacts()[0].person == "A"


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_and_lists_are_wide_enough_in_every_language(qtbot, language: str) -> None:
    _ = translations(language).gettext
    for kind in (ContactsEditor, EventsEditor):
        editor = kind(today=lambda: TODAY)
        qtbot.addWidget(editor)
        editor.retranslate(_, QLocale(LOCALES[language]))
        header, cells = editor.header().fontMetrics(), editor.table.fontMetrics()
        for number, column in enumerate(editor.model.columns):
            size = editor.header().sectionSize(number)
            assert size >= header.horizontalAdvance(_(column.title)), (language, column.title)
            if column.kind == DATE:
                assert size >= cells.horizontalAdvance(format_date(SAMPLE_DAY, language)), language
            if column.fit and column.kind == CHOICE:
                labels = [_(label) for _code, label in column.options(editor.new_record())]
                widest = max(labels, key=cells.horizontalAdvance)
                assert size >= cells.horizontalAdvance(widest), (language, widest)
        assert [column.key for column in editor.model.columns if column.fit] == (
            ["date", "channel"] if kind is ContactsEditor else ["date", "kind", "channel"])


def test_the_text_column_takes_the_rest_of_the_row(qtbot) -> None:
    _holder, _before, editor = shown(qtbot, ContactsEditor)
    header = editor.header()
    total = sum(header.sectionSize(number) for number in range(header.count()))
    assert total == editor.table.viewport().width()
    assert header.sectionSize(3) > max(header.sectionSize(number) for number in range(3))


def test_every_cell_and_header_has_an_accessible_name(qtbot) -> None:
    from PySide6.QtGui import QAccessible

    _holder, _before, editor = shown(qtbot, EventsEditor)
    editor.add_event(Event(date=D("2026-10-05"), kind="letter_sent", reference="RR.123456SE"))
    table = QAccessible.queryAccessibleInterface(editor.table)
    assert table.text(QAccessible.Text.Name) == "What happened after the complaint"
    names = {table.child(number).role(): [] for number in range(table.childCount())}
    for number in range(table.childCount()):
        child = table.child(number)
        names[child.role()].append(child.text(QAccessible.Text.Name))
    assert names[QAccessible.Role.ColumnHeader][:4] == ["Date", "What happened", "How", "Reference"]
    cells = names[QAccessible.Role.Cell]
    assert len(cells) == 8 and all(cells)
    assert cells[0] == "Date (1): 05/10/2026" and cells[3] == "Reference (1): RR.123456SE"
    assert cells[7] == "Note (1)"  # an empty cell still says which it is


def test_a_bad_cell_says_why_in_its_tooltip_and_under_the_table(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "defect")
    page = wizard.currentPage()
    model = page.contacts.model
    page.contacts.add_contact(Contact(date=D("2026-10-05"), person="Bo", summary=""))
    model.setData(model.index(0, 0), "31.2.2026")
    date = model.index(0, 0)
    assert date.data(Role.DisplayRole) == "31.2.2026"  # kept as typed, not lost
    assert date.data(Role.ToolTipRole) == date.data(Role.AccessibleDescriptionRole) == \
        "There is no day 31 in February 2026."
    assert wizard.case.contacts[0].date is None
    assert model.index(1, 3).data(Role.ToolTipRole) == "Write what was said."
    reason = page.findChild(QLabel, "reason-contacts")
    assert not reason.isVisibleTo(page)  # no red text while the person is still in the table
    refused_next(qtbot, wizard)
    assert reason.isVisibleTo(page)
    assert reason.text() == ("Row 1, Date: There is no day 31 in February 2026.\n"
                             "Row 2, What was said: Write what was said.")
    assert page.contacts.table.accessibleDescription() == reason.text()
    model.setData(model.index(0, 0), "3.10.2026")
    model.setData(model.index(1, 3), "Call the manufacturer")
    assert not reason.isVisibleTo(page)
    assert wizard.case.contacts[0].date == D("2026-10-03")
    assert date.data(Role.ToolTipRole) == "= 3 October 2026"


def test_a_bad_event_date_is_shown_on_the_follow_up_page(qtbot, make_wizard, sample) -> None:
    wizard = make_wizard(sample, language="fi")
    go_to(qtbot, wizard, "followup")
    page = wizard.currentPage()
    page.events.add_empty()
    model = page.events.model
    model.setData(model.index(0, 0), "")
    page.events.left.emit()  # the focus left the table
    reason = page.findChild(QLabel, "reason-events")
    assert reason.isVisibleTo(page) and reason.text().startswith("Rivi 1")
