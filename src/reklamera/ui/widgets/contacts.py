"""Earlier contacts with the seller as an editable list: date, how, who, what was said."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit

from reklamera.case import Contact
from reklamera.i18n import N_, normalize
from reklamera.ui.widgets.date_field import DateField
from reklamera.ui.widgets.row_table import RowEditor
from reklamera.vocabulary import CONTACT_CHANNEL_WORDS

COLUMNS = (N_("Date"), N_("How"), N_("Who"), N_("What was said"))


class ContactsEditor(RowEditor):
    COLUMNS = COLUMNS
    NAME = "contacts"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # who and what was said share the rest
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def retranslate(self, gettext: Callable[[str], str], locale) -> None:
        self.language = normalize(locale.name()) or "en"
        self.retranslate_table(gettext, gettext("Earlier contacts with the seller"))
        self.add_button.setText(gettext("&Add a contact"))
        self.remove_button.setText(gettext("Re&move the selected contact"))
        for row in range(self.table.rowCount()):
            self.cell(row, 0).apply_language(self.language, gettext)
            channel = self.cell(row, 1)
            for index, words in enumerate(CONTACT_CHANNEL_WORDS.values()):
                channel.setItemText(index, gettext(words.label))

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.table.setRowCount(0)
        for contact in contacts:
            self.add_contact(contact)

    def contacts(self) -> list[Contact]:
        result = []
        for row in range(self.table.rowCount()):
            contact = Contact(
                date=self.cell(row, 0).value(),
                channel=self.cell(row, 1).currentData(),
                person=self.cell(row, 2).text().strip(),
                summary=self.cell(row, 3).text().strip(),
            )
            contact.extra = self.cell(row, 0).property("extra") or {}
            result.append(contact)
        return result

    def add_empty(self) -> None:
        self.add_contact(Contact(), focus=True)

    def add_contact(self, contact: Contact, *, focus: bool = False) -> None:
        date = DateField(compact=True)
        date.apply_language(self.language, self.gettext)
        date.set_value(contact.date)
        date.setProperty("extra", contact.extra)  # unknown keys of this contact survive editing
        channel = QComboBox()
        for code, words in CONTACT_CHANNEL_WORDS.items():
            channel.addItem(self.gettext(words.label), code)
        channel.setCurrentIndex(max(0, channel.findData(contact.channel)))
        person, summary = QLineEdit(contact.person), QLineEdit(contact.summary)
        self.add_widgets((date, channel, person, summary),
                         (date.edited, channel.currentIndexChanged, person.textChanged, summary.textChanged),
                         focus=focus)
        self.changed.emit()
