"""Sender and recipient: the consumer's and the seller's names and addresses for the letter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reklamera.i18n import N_
from reklamera.session import Step
from reklamera.ui.pages.base import BasePage, hint_label, new_form

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

CONSUMER_FIELDS = ("name", "address", "postcode", "city", "email", "phone")
SELLER_FIELDS = ("name", "address", "postcode", "city", "email", "org_number")
LABELS = {
    "name": N_("Na&me:"),
    "address": N_("&Address:"),
    "postcode": N_("&Postcode:"),
    "city": N_("&Town or city:"),
    "email": N_("&E-mail:"),
    "phone": N_("P&hone:"),
    "org_number": N_("&Organisation number:"),
}


PRIVATE_WITH_ORG_NUMBER = N_(
    "You said you bought from a private person, but the seller has an organisation number, which businesses have. "
    "If you bought from a business, change that on the purchase page: the consumer-sale act then protects you.")


class PartiesPage(BasePage):
    NAME = "parties"
    TITLE = N_("Sender and recipient")

    def build(self) -> None:
        from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit

        layout = self.scrolling_layout(QHBoxLayout)
        self.consumer_box, self.seller_box = QGroupBox(), QGroupBox()
        self.fields: dict[str, QLineEdit] = {}
        for prefix, box, names in (("consumer", self.consumer_box, CONSUMER_FIELDS),
                                   ("seller", self.seller_box, SELLER_FIELDS)):
            form = new_form(box)
            for name in names:
                field = QLineEdit()
                key = f"{prefix}.{name}"
                self.fields[key] = field
                self.add_row(form, key, field, reason=name in ("name", "email"))
                field.textChanged.connect(self.edited)
            if prefix == "seller":
                self.private_question = hint_label("private-with-org-number")
                form.addRow(self.private_question)
            layout.addWidget(box, 1)

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("Who writes the letter, and to whom. Your name is needed; the rest makes it easy to "
                           "answer you."))
        self.consumer_box.setTitle(_("You"))
        self.seller_box.setTitle(_("The seller"))
        for key in self.fields:
            text = _(LABELS[key.split(".")[1]])
            # Alt+letter reaches your own fields; the seller's repeat the same labels, so they go without.
            self.set_label(key, text if key.startswith("consumer.") else text.replace("&", ""))
        self.fields["seller.org_number"].setPlaceholderText(_("Optional; on the receipt"))

    def load(self) -> None:
        case = self.ctx.case
        for key, field in self.fields.items():
            prefix, name = key.split(".")
            field.setText(getattr(getattr(case, prefix), name))

    def store(self) -> None:
        case = self.ctx.case
        for key, field in self.fields.items():
            prefix, name = key.split(".")
            value = field.text().strip()
            if self.ctx.session.problems(Step.PARTIES, {key: value}).get(key) is None:
                setattr(getattr(case, prefix), name, value)  # an unfinished e-mail address is not stored

    def refresh(self) -> None:
        super().refresh()
        # A "private person" with an organisation number is usually a business: the act would then apply.
        ask = self.ctx.case.seller.private and bool(self.fields["seller.org_number"].text().strip())
        self.private_question.setText(self.ctx.gettext(PRIVATE_WITH_ORG_NUMBER) if ask else "")
        self.private_question.setVisible(ask)

    STEP = Step.PARTIES
    FIELD_KEYS = {key: key for key in (*(f"consumer.{name}" for name in CONSUMER_FIELDS),
                                       *(f"seller.{name}" for name in SELLER_FIELDS))}

    def candidates(self) -> dict[str, object]:
        return {key: field.text().strip() for key, field in self.fields.items()}
