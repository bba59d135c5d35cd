"""Earlier contacts with the seller as an editable list: date, how, who, what was said."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from reklamera.case import CHANNELS, Contact
from reklamera.i18n import N_
from reklamera.ui.widgets.date_field import DateField

CHANNEL_LABELS = {
    "phone": N_("Phone"),
    "email": N_("E-mail"),
    "letter": N_("Letter"),
    "in_person": N_("In the shop"),
    "web_form": N_("Web form"),
    "chat": N_("Chat"),
    "other": N_("Other"),
}
COLUMNS = (N_("Date"), N_("How"), N_("Who"), N_("What was said"))


class ContactsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gettext: Callable[[str], str] = str
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("contacts")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab moves through the editors, not the cells
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # who and what was said share the rest
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("add-contact")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove-contact")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_contact(Contact(), focus=True))
        self.remove_button.clicked.connect(self.remove_selected)

    def retranslate(self, gettext: Callable[[str], str], locale) -> None:
        self.gettext = gettext
        self.table.setHorizontalHeaderLabels([gettext(column) for column in COLUMNS])
        self.table.setAccessibleName(gettext("Earlier contacts with the seller"))
        self.add_button.setText(gettext("&Add a contact"))
        self.remove_button.setText(gettext("Re&move the selected contact"))
        for row in range(self.table.rowCount()):
            self._label_row(row)
            self._date(row).apply_locale(locale)
            channel = self._channel(row)
            for index, code in enumerate(CHANNELS):
                channel.setItemText(index, gettext(CHANNEL_LABELS[code]))

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.table.setRowCount(0)
        for contact in contacts:
            self.add_contact(contact)

    def contacts(self) -> list[Contact]:
        result = []
        for row in range(self.table.rowCount()):
            contact = Contact(
                date=self._date(row).value(),
                channel=self._channel(row).currentData(),
                person=self._text(row, 2).text().strip(),
                summary=self._text(row, 3).text().strip(),
            )
            contact.extra = self.table.cellWidget(row, 0).property("extra") or {}
            result.append(contact)
        return result

    def add_contact(self, contact: Contact, *, focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        date = DateField()
        date.set_value(contact.date)
        date.setProperty("extra", contact.extra)  # unknown keys of this contact survive editing
        channel = QComboBox()
        for code in CHANNELS:
            channel.addItem(self.gettext(CHANNEL_LABELS[code]), code)
        channel.setCurrentIndex(max(0, channel.findData(contact.channel)))
        person, summary = QLineEdit(contact.person), QLineEdit(contact.summary)
        for column, widget in enumerate((date, channel, person, summary)):
            self.table.setCellWidget(row, column, widget)
        date.edited.connect(self.changed)
        channel.currentIndexChanged.connect(self.changed)
        person.textChanged.connect(self.changed)
        summary.textChanged.connect(self.changed)
        self._label_row(row)
        self.table.resizeRowsToContents()
        if focus:
            self.table.selectRow(row)
            date.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.currentRow() if self.table.currentRow() >= 0 else self.table.rowCount() - 1]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def _label_row(self, row: int) -> None:
        for column, name in enumerate(COLUMNS):
            widget = self.table.cellWidget(row, column)
            widget.setAccessibleName(f"{self.gettext(name)} ({row + 1})")

    def _date(self, row: int) -> DateField:
        return self.table.cellWidget(row, 0)

    def _channel(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 1)

    def _text(self, row: int, column: int) -> QLineEdit:
        return self.table.cellWidget(row, column)
