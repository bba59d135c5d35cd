"""Earlier contacts with the seller as an editable table: date, how, who, what was said."""

from __future__ import annotations

from collections.abc import Callable

from reklamera.case import LINE, LONG, Contact
from reklamera.i18n import N_, normalize
from reklamera.ui.widgets.row_model import CHOICE, DATE, Column
from reklamera.ui.widgets.row_table import RowEditor
from reklamera.vocabulary import CONTACT_CHANNEL_WORDS

CHANNELS = tuple((code, words.label) for code, words in CONTACT_CHANNEL_WORDS.items())
COLUMNS = (
    Column("date", N_("Date"), DATE, needed=N_("Enter the day of the contact."), fit=True),
    Column("channel", N_("How"), CHOICE, choices=lambda _contact: CHANNELS, fit=True),
    Column("person", N_("Who"), limit=LINE, chars=18),
    Column("summary", N_("What was said"), limit=LONG, needed=N_("Write what was said."), chars=20),
)


class ContactsEditor(RowEditor):
    COLUMNS = COLUMNS
    NAME = "contacts"

    def retranslate(self, gettext: Callable[[str], str], locale) -> None:
        self.retranslate_table(gettext, normalize(locale.name()) or "en", gettext("Earlier contacts with the seller"))
        self.add_button.setText(gettext("&Add a contact"))
        self.remove_button.setText(gettext("Re&move the selected contact"))

    def new_record(self) -> Contact:
        return Contact(date=self.model.today())

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.set_records(contacts)

    def contacts(self) -> list[Contact]:
        return self.records()

    def add_contact(self, contact: Contact, *, focus: bool = False) -> None:
        self.add_record(contact, focus=focus)
