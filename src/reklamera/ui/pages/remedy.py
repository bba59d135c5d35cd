"""What you ask for: the remedies in the acts' order, each explained in one sentence; the reply deadline; then,
optional, what else the letter can claim: collection of heavy goods, payment withheld, costs with receipts."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from reklamera.case import REPLY_DAYS
from reklamera.errors import InputError
from reklamera.i18n import N_
from reklamera.session import Step
from reklamera.ui.pages.base import BasePage, hint_label, new_form
from reklamera.vocabulary import REMEDY_WORDS, Remedy

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QRadioButton

    from reklamera.inputs import Parsed

# A price reduction needs its amount and how it was reached (the dispute bodies' value limits apply to what is
# claimed, not to the price); money back needs the account it goes to.
NEEDS_AMOUNT = (Remedy.PRICE_REDUCTION,)
NEEDS_ACCOUNT = (Remedy.PRICE_REDUCTION, Remedy.CANCELLATION)
# The further claims, each with what the letter then says (letter/claims.py: COLLECT, WITHHOLD).
FLAG_WORDS = {
    "heavy": (N_("The product is &heavy or installed"),
              N_("For example a washing machine or a built-in oven. Unless you ask for a price reduction, the letter "
                 "asks the seller to collect it from you at their expense (or, for a repair, to repair it where it "
                 "stands).")),
    "unpaid": (N_("I have not paid in f&ull yet"),
               N_("For example when you pay in instalments or by invoice. The letter says you are holding back the "
                  "part of the payment that matches your claim until your complaint has been settled. Keep paying "
                  "the rest as agreed.")),
}


class RemedyPage(BasePage):
    NAME = "remedy"
    TITLE = N_("What you ask for")

    def build(self) -> None:
        from PySide6.QtWidgets import (
            QButtonGroup,
            QLabel,
            QLineEdit,
            QPlainTextEdit,
            QRadioButton,
            QSpinBox,
            QVBoxLayout,
            QWidget,
        )

        layout = self.scrolling_layout(QVBoxLayout)
        self.group = QButtonGroup(self)
        self.buttons: dict[Remedy, QRadioButton] = {}
        self.explanations: dict[Remedy, QLabel] = {}
        for code in Remedy:
            button = QRadioButton()
            button.setObjectName(f"remedy-{code}")
            explanation = hint_label(f"remedy-{code}-hint")
            explanation.setIndent(24)
            self.group.addButton(button)
            self.buttons[code] = button
            self.explanations[code] = explanation
            layout.addWidget(button)
            layout.addWidget(explanation)
            button.toggled.connect(self.edited)
            button.toggled.connect(self._show_claim)
        # What a price reduction or money back needs; shown only for those remedies.
        self.claim_box = QWidget()
        self.claim_box.setObjectName("claim")
        self.claim_form = claim_form = new_form(self.claim_box)
        self.claim_amount = QLineEdit()
        self.claim_amount.setObjectName("claim_amount-input")
        self.claim_echo = QLabel()
        self.claim_echo.setObjectName("claim-echo")
        self.add_row(claim_form, "claim_amount", self.claim_amount)
        claim_form.addRow("", self.claim_echo)
        self.claim_basis = QPlainTextEdit()
        self.claim_basis.setTabChangesFocus(True)  # the keyboard alone must be able to leave the field
        self.claim_basis.setFixedHeight(self.claim_basis.fontMetrics().height() * 4)
        self.add_row(claim_form, "claim_basis", self.claim_basis)
        self.iban = QLineEdit()
        self.add_row(claim_form, "consumer.iban", self.iban)
        for widget in (self.claim_amount, self.iban):
            widget.textChanged.connect(self.edited)
        self.claim_basis.textChanged.connect(self.edited)
        self.claim_amount.textChanged.connect(self._echo_claim)
        layout.addSpacing(8)
        layout.addWidget(self.claim_box)
        form = new_form()
        self.reply_days = QSpinBox()
        self.reply_days.setRange(REPLY_DAYS.minimum, REPLY_DAYS.maximum)
        self.add_row(form, "reply_days", self.reply_days, reason=False)
        self.reply_days.valueChanged.connect(self._day_suffix)
        layout.addSpacing(12)
        layout.addLayout(form)
        self.reply_hint = hint_label("reply-hint")
        layout.addWidget(self.reply_hint)
        # An older file's reply days below today's minimum: said here, and kept until the person changes them
        # (the spin box cannot show 3 days; leaving the page must not silently make them 7).
        self.reply_days_note = hint_label("reply-days-note")
        layout.addWidget(self.reply_days_note)
        self.reply_days_changed = False
        self.reply_days.valueChanged.connect(self._reply_days_edited)
        self._build_further_claims(layout)
        layout.addStretch()

    def _build_further_claims(self, layout) -> None:
        """After the required fields (Tab reaches them last): each box says what the letter then claims; short
        labels (a check box does not wrap: long Finnish words would widen the page), the examples below."""
        from PySide6.QtWidgets import QCheckBox

        from reklamera.ui.widgets.costs import CostList

        layout.addSpacing(12)
        self.further_heading = hint_label("further-heading")
        self.further_heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.further_heading)
        self.flags: dict[str, QCheckBox] = {}
        self.flag_hints: dict[str, QLabel] = {}
        for name in ("heavy", "unpaid"):
            box = QCheckBox()
            box.setObjectName(f"product.{name}")
            hint = hint_label(f"{name}-hint")
            hint.setIndent(24)
            layout.addWidget(box)
            layout.addWidget(hint)
            box.toggled.connect(self.edited)
            self.flags[name], self.flag_hints[name] = box, hint
        layout.addSpacing(8)
        self.costs_heading = hint_label("costs-heading")
        layout.addWidget(self.costs_heading)
        self.costs = CostList(self)
        self.costs.setObjectName("costs")
        self.costs.read_amount = self.parse_amount
        self.costs.format_amount = self._format_amount
        self.costs.changed.connect(self.edited)
        layout.addWidget(self.costs)

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("Choose what you want the seller to do. The law lists them in this order."))
        for code, words in REMEDY_WORDS.items():
            self.buttons[code].setText(_(words.option))
            self.buttons[code].setAccessibleDescription(_(words.explanation))
            self.explanations[code].setText(_(words.explanation))
        self.set_label("claim_amount", _("A&mount of the price reduction:"))
        self.claim_amount.setPlaceholderText(_("For example 1500 or 1500,50"))
        self.set_label("claim_basis", _("How the amount was &worked out:"))
        self.claim_basis.setPlaceholderText(_("For example a repairer's quote, or the share of use the defect "
                                              "takes away"))
        self.set_label("consumer.iban", _("Your account for the pa&yment (IBAN):"))
        self.iban.setPlaceholderText(_("Optional, for example SE45 5000 0000 0583 9825 7466"))
        self._echo_claim()
        self.set_label("reply_days", _("Days the seller has to &answer:"))
        self._day_suffix()
        self.reply_hint.setText(_("Ten to fourteen days is usual and fair."))
        locked = self.ctx.settings.is_locked("reply_days")
        self.reply_days.setEnabled(not locked)
        self.reply_days.setToolTip(_("Set by your office") if locked else "")
        self.further_heading.setText(_("If it applies to you (optional)"))
        for name, (text, hint) in FLAG_WORDS.items():
            self.flags[name].setText(_(text))
            self.flags[name].setAccessibleDescription(_(hint))
            self.flag_hints[name].setText(_(hint))
        self.costs_heading.setText(_("Costs the defect has caused you, such as transport to a repairer or an "
                                     "inspection: the letter claims them from the seller. Attach copies of the "
                                     "receipts."))
        self.costs.retranslate(_)

    def _day_suffix(self, *_args) -> None:
        days = self.reply_days.value()
        self.reply_days.setSuffix(" " + self.ctx.language.ngettext("day", "days", days))

    def load(self) -> None:
        case = self.ctx.case
        self.buttons[case.remedy or Remedy.REPAIR].setChecked(True)
        from reklamera.inputs import format_amount

        if case.claim_amount is not None or not self.parse_claim().problem:  # an unclear amount stays as typed
            self.claim_amount.setText("" if case.claim_amount is None else
                                      format_amount(case.claim_amount, self.ctx.language.code))
        self.claim_basis.setPlainText(case.claim_basis)
        self.iban.setText(case.consumer.iban)
        self._show_claim()
        locked = self.ctx.settings.is_locked("reply_days")
        self.reply_days.setValue(self.ctx.settings.value("reply_days") if locked else case.reply_days)
        self.reply_days_changed = False
        self._reply_days_note()
        for name, box in self.flags.items():
            box.setChecked(getattr(case.product, name))
        self.costs.show_costs(case.costs, self._receipt_names())

    def _receipt_names(self) -> list[str]:
        """The files a receipt may be: the case's attachments and its evidence (E1, E2 … on the letter page)."""
        from reklamera.evidence import file_name

        names = [*self.ctx.case.attachments, *(file_name(item) for item in self.ctx.case.evidence)]
        return list(dict.fromkeys(name for name in names if name))

    def store(self) -> None:
        checked = next((code for code, button in self.buttons.items() if button.isChecked()), None)
        case = self.ctx.case
        case.remedy = checked
        if self.reply_days_changed or case.reply_days in REPLY_DAYS:
            case.reply_days = self.reply_days.value()
        case.claim_amount = self.parse_claim().value  # none until the amount is clear (see the purchase's price)
        case.claim_basis = self.claim_basis.toPlainText().strip()
        case.consumer.iban = self.iban.text().strip()
        case.product.heavy = self.flags["heavy"].isChecked()
        case.product.unpaid = self.flags["unpaid"].isChecked()
        case.costs = self.costs.costs()

    def _reply_days_edited(self, *_args) -> None:
        if not self.loading:
            self.reply_days_changed = True
            self._reply_days_note()

    def _reply_days_note(self) -> None:
        problem = None if self.reply_days_changed else self.ctx.case.reply_days_problem()
        self.reply_days_note.setText(problem.reason(self.ctx.gettext) if problem else "")
        self.reply_days_note.setVisible(problem is not None)

    def parse_claim(self) -> Parsed[Decimal]:
        return self.parse_amount(self.claim_amount.text())

    def parse_amount(self, text: str) -> Parsed[Decimal]:
        """An amount as typed, in the UI language, in the case's currency (as the price is read)."""
        from reklamera.inputs import parse_money

        return parse_money(text, self.ctx.language.code, self.ctx.case.product.currency, self.ctx.gettext)

    def _format_amount(self, amount: Decimal) -> str:
        from reklamera.inputs import format_amount

        return format_amount(amount, self.ctx.language.code)

    def _echo_claim(self, *_args) -> None:
        """What was understood ("= 1 500,00 kr"), so a misread amount is seen before it reaches the letter."""
        parsed = self.parse_claim()
        self.claim_echo.setText(parsed.echo if parsed.value is not None else "")  # "= 1 500,00 kr"

    def _show_claim(self, *_args) -> None:
        checked = next((code for code, button in self.buttons.items() if button.isChecked()), None)
        amount = checked in NEEDS_AMOUNT
        for key in ("claim_amount", "claim_basis"):
            self.claim_form.setRowVisible(self.labels[key], amount)
        self.claim_form.setRowVisible(self.claim_echo, amount)
        self.claim_box.setVisible(checked in NEEDS_ACCOUNT)

    def focus_first(self) -> None:
        """The choice comes first: on arrival the remedy chosen has the focus (the arrow keys choose another),
        not the days after the list of remedies."""
        checked = self.group.checkedButton()
        if checked is None or (self.wizard() is not None and self.wizard().currentPage() is not self):
            super().focus_first()
        else:
            checked.setFocus()

    STEP = Step.REMEDY
    FIELD_KEYS = {"remedy": "remedy", "claim_amount": "claim_amount", "claim_basis": "claim_basis",
                  "consumer.iban": "consumer.iban"}

    def candidates(self) -> dict[str, object]:
        typed: dict[str, object] = {
            "remedy": next((code for code, button in self.buttons.items() if button.isChecked()), None),
            "claim_basis": self.claim_basis.toPlainText().strip(), "consumer.iban": self.iban.text().strip()}
        if (claim := self.parse_claim()).value is not None:
            typed["claim_amount"] = claim.value
        return typed

    def problems(self) -> dict[str, str | InputError]:
        found = super().problems()
        checked = next((code for code, button in self.buttons.items() if button.isChecked()), None)
        if checked not in NEEDS_AMOUNT:  # hidden fields never block Next
            found.pop("claim_amount", None)
            found.pop("claim_basis", None)
        elif problem := self.parse_claim().problem:
            found["claim_amount"] = problem  # already in the UI language
        if checked not in NEEDS_ACCOUNT:
            found.pop("consumer.iban", None)
        found.update(self._cost_problems())
        return found

    def _cost_problems(self) -> dict[str, str | InputError]:
        """Each cost's problems under its own fields: an unclear amount as typed, then the session's."""
        found: dict[str, str | InputError] = {}
        session = self.ctx.session.problems(self.STEP)
        claimed = {id(cost): index for index, cost in enumerate(self.ctx.case.costs)}
        for row in self.costs.rows:
            if problem := self.costs.parse(row).problem:
                found[f"{row.key}-amount"] = problem  # already in the UI language
            index = claimed.get(id(row.cost))
            for name, suffix in (("description", "what"), ("amount", "amount")):
                if index is not None and (error := session.get(f"costs[{index}].{name}")):
                    found.setdefault(f"{row.key}-{suffix}", error)
        return found
