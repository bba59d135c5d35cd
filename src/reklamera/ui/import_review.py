"""Review what an import found before it enters the case (issue 16): each value beside the line of the document
it was read from, ticked to take it, corrected in place if it was read wrong. Nothing found is never guessed:
those fields stay empty for the wizard's pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reklamera.i18n import N_
from reklamera.importer import CASE_FIELDS, ImportResult
from reklamera.inputs import format_amount, format_date, parse_date, parse_money

LABELS = {
    "seller.name": N_("Seller"),
    "seller.org_number": N_("Organisation number"),
    "seller.address": N_("Street address"),
    "seller.postcode": N_("Postcode"),
    "seller.city": N_("City"),
    "seller.email": N_("The seller's e-mail"),
    "product.description": N_("Product"),
    "product.price": N_("Price"),
    "product.currency": N_("Currency"),
    "product.order_number": N_("Order number"),
    "product.purchased": N_("Purchase date"),
    "product.delivered": N_("Delivery date"),
    "product.bought_online": N_("Bought online"),
}
SURE = 0.8  # a value read this surely is ticked at first; a weaker one waits for the person to tick it


class ImportReview(QDialog):
    KEYS = tuple(LABELS)  # what can go into the case ("total" is only shown by the command line)

    def __init__(self, result: ImportResult, gettext, language: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-review")
        self.found, self.gettext, self.language, self.today = result, gettext, language, today
        _ = gettext
        self.setWindowTitle(_("Values found in {file}").format(file=result.file))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(_("Check each value against the line of the document it was read from. Only the ticked "
                         "values go into the case; correct a value here if it was read wrong. What was not found "
                         "stays empty for you to fill in."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.item = QComboBox()
        self.item.setObjectName("import-item")
        if result.other_items:
            row = QLabel(_("The order holds more than one item. The product you complain about:"))
            row.setWordWrap(True)
            row.setBuddy(self.item)
            layout.addWidget(row)
            main = result.fields.get("product.description")
            self.item.addItem(str(main.value) if main else _("(the first item)"), None)
            for index, other in enumerate(result.other_items):
                self.item.addItem(other.description, index)
            self.item.currentIndexChanged.connect(self._item_chosen)
            layout.addWidget(self.item)
        area = QScrollArea()
        area.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.ticks: dict[str, QCheckBox] = {}
        self.edits: dict[str, QLineEdit | QCheckBox] = {}
        self.sources: dict[str, QLabel] = {}
        for row_number, key in enumerate(key for key in CASE_FIELDS if key in result.fields):
            found = result.fields[key]
            tick = QCheckBox(_(LABELS[key]))
            tick.setObjectName(f"take-{key}")
            tick.setChecked(found.confidence >= SURE)
            edit: QLineEdit | QCheckBox
            if isinstance(found.value, bool):
                edit = QCheckBox(_("Yes"))
                edit.setChecked(found.value)
            else:
                edit = QLineEdit(self._shown(found.value))
            edit.setObjectName(f"value-{key}")
            edit.setAccessibleName(_(LABELS[key]))
            source = QLabel(found.source)
            source.setObjectName(f"source-{key}")
            source.setWordWrap(True)
            source.setEnabled(False)  # the document's words, set off from the values
            # What a screen reader says for the value: where it was read from, and how surely.
            edit.setAccessibleDescription(_("Read from: {line}").format(line=found.source))
            grid.addWidget(tick, row_number, 0)
            grid.addWidget(edit, row_number, 1)
            grid.addWidget(source, row_number, 2)
            self.ticks[key], self.edits[key], self.sources[key] = tick, edit, source
        area.setWidget(body)
        layout.addWidget(area, 1)
        self.problem = QLabel()
        self.problem.setObjectName("import-problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Use the ticked values"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = next(iter(self.ticks.values()), None)
        if first is not None:
            first.setFocus()

    def _shown(self, value: Any) -> str:
        if isinstance(value, dt.date):
            return format_date(value, self.language)
        if isinstance(value, Decimal):
            return format_amount(value, self.language)
        return str(value)

    def _item_chosen(self, _index: int) -> None:
        chosen = self.item.currentData()
        if chosen is None:
            return
        item = self.found.other_items[chosen]
        for key, value in (("product.description", item.description), ("product.price", item.price)):
            edit = self.edits.get(key)
            if isinstance(edit, QLineEdit):
                edit.setText(self._shown(value) if value is not None else "")
                self.ticks[key].setChecked(value is not None)
            if key in self.sources:
                self.sources[key].setText(item.source)

    def values(self) -> tuple[list[str], dict[str, Any], list[str]]:
        """The ticked keys, the values as now shown (read back with the application's own parsers), and a
        translated problem for each one that cannot be read."""
        currency_edit = self.edits.get("product.currency")
        currency = currency_edit.text().strip() if isinstance(currency_edit, QLineEdit) else ""
        currency = currency or (self.found.fields.get("product.currency", None) and str(
            self.found.fields["product.currency"].value)) or "SEK"
        accepted, values, problems = [], {}, []
        for key, tick in self.ticks.items():
            if not tick.isChecked():
                continue
            edit = self.edits[key]
            if isinstance(edit, QCheckBox):
                value: Any = edit.isChecked()
            else:
                text = edit.text().strip()
                kind = CASE_FIELDS[key]
                if kind is dt.date:
                    parsed_date = parse_date(text, self.language, self.today, self.gettext)
                    value, problem = parsed_date.value, parsed_date.problem
                elif kind is Decimal:
                    parsed_money = parse_money(text, self.language, currency, self.gettext)
                    value, problem = parsed_money.value, parsed_money.problem
                else:
                    value, problem = text, ""
                if value is None or value == "":
                    problems.append(f"{self.gettext(LABELS[key])}: {problem or self.gettext('is empty')}")
                    continue
            accepted.append(key)
            values[key] = value
        return accepted, values, problems

    def _accept(self) -> None:
        _accepted, _values, problems = self.values()
        if problems:  # said next to the buttons; nothing is taken until every ticked value can be read
            self.problem.setText("\n".join(problems))
            self.problem.show()
            return
        self.accept()
