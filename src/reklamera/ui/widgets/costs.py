"""The costs and losses the defect caused, claimed from the seller (case.Cost): what it was, how much, and the
receipt's file. One line of fields a cost, Add and Remove; each amount read like the price (reklamera.inputs,
echoed, an unclear one reported next to it). The rows edit the case's records in place, so Back and Next keep
them; the page owns the reasons (``Fields``: its watch / reason_label / forget)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reklamera.case import LINE, Cost
from reklamera.i18n import N_

if TYPE_CHECKING:
    from reklamera.inputs import Parsed

COLUMNS = (N_("What"), N_("Amount"), N_("Receipt (file)"))


class Fields(Protocol):
    """What the page does for a field with a reason (pages.base.BasePage)."""

    def watch(self, key: str, field: QWidget) -> None: ...

    def reason_label(self, key: str) -> QLabel: ...

    def forget(self, key: str) -> None: ...


class AddNowButton(QPushButton):
    """Alt+letter adds the row at once: a button's shortcut clicks 100 ms later, and what the person types
    meanwhile (the new cost's description) would land in the field they are leaving."""

    def event(self, event: QEvent) -> bool:
        from PySide6.QtGui import QShortcutEvent

        if isinstance(event, QShortcutEvent) and not event.isAmbiguous() and self.isEnabled():
            self.click()
            return True
        return super().event(event)


class CostRow:
    """The widgets of one cost, and the record they edit."""

    def __init__(self, serial: int, cost: Cost, fields: Fields, parent: QWidget) -> None:
        # Made inside the list's widget: a widget given its parent later goes to the end of the window's Tab order.
        self.cost = cost
        self.key = f"cost-{serial}"
        self.what = QLineEdit(parent)
        self.what.setMaxLength(LINE)  # case.Cost's limits: longer text is refused by the file format
        self.amount = QLineEdit(parent)
        self.amount.setMaxLength(40)
        self.echo = QLabel()
        self.echo.setObjectName("cost-echo")
        self.receipt = QComboBox(parent)
        self.receipt.setEditable(True)  # a file name typed, or one of the case's attachments and evidence
        self.receipt.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.receipt.lineEdit()
        assert line is not None
        line.setMaxLength(LINE)
        self.remove = QPushButton(parent)
        for widget, name in ((self.what, "what"), (self.amount, "amount"), (self.receipt, "receipt"),
                             (self.remove, "remove")):
            widget.setObjectName(f"cost-{name}")
        fields.watch(f"{self.key}-what", self.what)
        fields.watch(f"{self.key}-amount", self.amount)
        self.what_reason = fields.reason_label(f"{self.key}-what")
        self.amount_reason = fields.reason_label(f"{self.key}-amount")
        self.under_amount = QWidget()
        column = QVBoxLayout(self.under_amount)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.amount_reason)
        column.addWidget(self.echo)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.what, self.amount, self.receipt, self.remove, self.what_reason, self.under_amount)

    def blank(self) -> bool:
        return not (self.what.text().strip() or self.amount.text().strip() or self.receipt.currentText().strip())


class CostList(QWidget):
    changed = Signal()  # a cost typed, added or removed: the case's list has changed

    def __init__(self, fields: Fields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.rows: list[CostRow] = []
        self._serials = itertools.count(1)
        self.gettext: Callable[[str], str] = str
        self.read_amount: Callable[[str], Parsed[Decimal]] | None = None  # the UI language's and currency's
        self.format_amount: Callable[[Decimal], str] = str
        self.suggestions: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 2)
        self.grid.setVerticalSpacing(2)
        self.headers = [QLabel() for _column in COLUMNS]
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        layout.addLayout(self.grid)
        self.add_button = AddNowButton()
        self.add_button.setObjectName("add-cost")
        self.add_button.clicked.connect(self.add_cost)
        from PySide6.QtWidgets import QHBoxLayout

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self._place()

    # --- the case -> the rows ---------------------------------------------------------------------------
    def show_costs(self, costs: list[Cost], suggestions: list[str]) -> None:
        """The case's costs; rows that already show these very records stay as they are (an unclear amount stays
        as typed, and an empty row added a moment ago is kept)."""
        self.suggestions = suggestions
        shown = [row.cost for row in self.rows if not row.blank()]
        if len(shown) != len(costs) or any(mine is not theirs for mine, theirs in zip(shown, costs, strict=False)):
            for row in list(self.rows):
                self._drop(row)
            for cost in costs:
                self._add_row(cost)
            self._place()
        for row in self.rows:
            self._suggest(row)

    def costs(self) -> list[Cost]:
        """The rows into their records (an amount only once it is clear); blank rows are not claimed."""
        for row in self.rows:
            row.cost.description = row.what.text().strip()
            row.cost.amount = self.parse(row).value
            row.cost.receipt = row.receipt.currentText().strip()
        return [row.cost for row in self.rows if not row.blank()]

    def parse(self, row: CostRow) -> Parsed[Decimal]:
        from reklamera.inputs import Parsed

        if self.read_amount is None:
            return Parsed()
        return self.read_amount(row.amount.text())

    # --- editing ----------------------------------------------------------------------------------------
    def add_cost(self) -> None:
        row = self._add_row(Cost())
        self._place()
        row.what.setFocus()
        self.changed.emit()

    def remove_row(self, row: CostRow) -> None:
        index = self.rows.index(row)
        self._drop(row)
        self._place()
        following = self.rows[index] if index < len(self.rows) else (self.rows[-1] if self.rows else None)
        (following.what if following else self.add_button).setFocus()
        self.changed.emit()

    def _add_row(self, cost: Cost) -> CostRow:
        row = CostRow(next(self._serials), cost, self.fields, self)
        row.what.setText(cost.description)
        row.amount.setText("" if cost.amount is None else self.format_amount(cost.amount))
        row.receipt.setEditText(cost.receipt)
        self.rows.append(row)
        row.what.textChanged.connect(self.changed)
        row.amount.textChanged.connect(self.changed)
        row.amount.textChanged.connect(lambda _text, row=row: self._echo(row))
        row.receipt.editTextChanged.connect(self.changed)
        row.remove.clicked.connect(lambda _checked=False, row=row: self.remove_row(row))
        self._suggest(row)
        self._name(row, len(self.rows))
        self._echo(row)
        return row

    def _drop(self, row: CostRow) -> None:
        self.rows.remove(row)
        for key in (f"{row.key}-what", f"{row.key}-amount"):
            self.fields.forget(key)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _place(self) -> None:
        """Each cost on a line, its reasons and the amount understood under it; the headings only with costs."""
        for index, row in enumerate(self.rows):
            line = 1 + 2 * index
            for widget in row.widgets():
                self.grid.removeWidget(widget)  # a row removed above: the ones after it move up
            for column, widget in enumerate((row.what, row.amount, row.receipt, row.remove)):
                self.grid.addWidget(widget, line, column)
            self.grid.addWidget(row.what_reason, line + 1, 0)
            self.grid.addWidget(row.under_amount, line + 1, 1, 1, 3)  # a long reason reads on one line
            for widget in (row.what, row.amount, row.receipt, row.remove, row.under_amount):
                widget.show()  # now, not when the layout gets to it: the new row takes the focus at once
            self._name(row, index + 1)
        for header in self.headers:
            header.setVisible(bool(self.rows))
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes from the field before the list through each cost's fields, in their order, to Add (a new
        widget starts at the end of the window's Tab order, after the wizard's buttons)."""
        from PySide6.QtCore import Qt

        fields: list[QWidget] = [widget for row in self.rows
                                 for widget in (row.what, row.amount, row.receipt, row.remove)]

        def ours_or_no_stop(widget: QWidget) -> bool:
            return (not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
                    or any(field is widget or field.isAncestorOf(widget) for field in fields))

        before = self.add_button.previousInFocusChain()
        while before is not None and before is not self.add_button and ours_or_no_stop(before):
            before = before.previousInFocusChain()
        if before is None or before is self.add_button:  # nothing before the list (not in a page): leave it
            return
        for widget in [*fields, self.add_button]:
            QWidget.setTabOrder(before, widget)
            before = widget

    def _suggest(self, row: CostRow) -> None:
        text = row.receipt.currentText()
        row.receipt.blockSignals(True)
        row.receipt.clear()
        row.receipt.addItems(self.suggestions)
        row.receipt.setEditText(text)
        row.receipt.blockSignals(False)

    def _echo(self, row: CostRow) -> None:
        """What was understood ("= 249,00 kr"), so a misread amount is seen before it reaches the letter."""
        parsed = self.parse(row)
        row.echo.setText(parsed.echo if parsed.value is not None else "")
        row.echo.setVisible(parsed.value is not None)

    # --- words ------------------------------------------------------------------------------------------
    def retranslate(self, gettext: Callable[[str], str]) -> None:
        self.gettext = _ = gettext
        for header, text in zip(self.headers, COLUMNS, strict=True):
            header.setText(_(text))
        self.add_button.setText(_("Add a cos&t"))
        for index, row in enumerate(self.rows):
            if row.cost.amount is not None:  # understood in the old language: written as the new one writes it
                row.amount.setText(self.format_amount(row.cost.amount))
            self._name(row, index + 1)
            self._echo(row)

    def _name(self, row: CostRow, number: int) -> None:
        """Each field says which cost it belongs to, for screen readers ("Amount (2)")."""
        _ = self.gettext
        row.what.setAccessibleName(f"{_(COLUMNS[0])} ({number})")
        row.amount.setAccessibleName(f"{_(COLUMNS[1])} ({number})")
        row.receipt.setAccessibleName(f"{_(COLUMNS[2])} ({number})")
        row.what.setPlaceholderText(_("For example: transport to the repairer"))
        row.amount.setPlaceholderText(_("For example 249"))
        line = row.receipt.lineEdit()
        if line is not None:
            line.setPlaceholderText(_("No receipt"))
        row.remove.setText(_("Remove"))
        row.remove.setAccessibleName(_("Remove cost {number}").format(number=number))
