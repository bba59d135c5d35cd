"""What you ask for: the remedies in the acts' order, each explained in one sentence; the reply deadline."""

from __future__ import annotations

from reklamera.case import REMEDIES
from reklamera.i18n import N_
from reklamera.ui.pages.base import BasePage, hint_label, new_form

CHOICES = {
    "repair": (N_("&Repair"), N_("The seller fixes the defect free of charge and within a reasonable time. "
                                 "Usually the first thing to ask for.")),
    "replacement": (N_("Re&placement"), N_("You get a new product without the defect instead, free of charge.")),
    "price_reduction": (N_("Price re&duction"), N_("You keep the product as it is and get part of the price "
                                                   "back.")),
    "cancellation": (N_("&Cancellation and refund"), N_("You return the product and get your money back. Not "
                                                        "for a minor defect, and usually only when repair or "
                                                        "replacement has failed or is not offered.")),
}


class RemedyPage(BasePage):
    NAME = "remedy"

    def build(self) -> None:
        from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSpinBox, QVBoxLayout

        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, object] = {}
        self.explanations = {}
        for code in REMEDIES:
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
        form = new_form()
        self.reply_days = QSpinBox()
        self.reply_days.setRange(7, 60)
        self.add_row(form, "reply_days", self.reply_days, reason=False)
        self.reply_days.valueChanged.connect(self._day_suffix)
        layout.addSpacing(12)
        layout.addLayout(form)
        self.reply_hint = hint_label("reply-hint")
        layout.addWidget(self.reply_hint)
        layout.addStretch()

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_("What you ask for"))
        self.setSubTitle(_("Choose what you want the seller to do. The law lists them in this order."))
        for code, (label, explanation) in CHOICES.items():
            self.buttons[code].setText(_(label))
            self.buttons[code].setAccessibleDescription(_(explanation))
            self.explanations[code].setText(_(explanation))
        self.set_label("reply_days", _("Days the seller has to &answer:"))
        self._day_suffix()
        self.reply_hint.setText(_("Ten to fourteen days is usual and fair."))
        locked = self.ctx.settings.is_locked("reply_days")
        self.reply_days.setEnabled(not locked)
        self.reply_days.setToolTip(_("Set by your office") if locked else "")

    def _day_suffix(self, *_args) -> None:
        days = self.reply_days.value()
        self.reply_days.setSuffix(" " + self.ctx.language.ngettext("day", "days", days))

    def load(self) -> None:
        case = self.ctx.case
        self.buttons[case.remedy or "repair"].setChecked(True)
        locked = self.ctx.settings.is_locked("reply_days")
        self.reply_days.setValue(self.ctx.settings.value("reply_days") if locked else case.reply_days)

    def store(self) -> None:
        checked = next((code for code, button in self.buttons.items() if button.isChecked()), None)
        self.ctx.case.remedy = checked
        self.ctx.case.reply_days = self.reply_days.value()

    def problems(self) -> dict[str, str]:
        if not any(button.isChecked() for button in self.buttons.values()):
            return {"remedy": N_("Choose what you ask for.")}
        return {}
