"""What you ask for: the remedies in the acts' order, each explained in one sentence; the reply deadline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reklamera.case import REPLY_DAYS
from reklamera.i18n import N_
from reklamera.session import Step
from reklamera.ui.pages.base import BasePage, hint_label, new_form
from reklamera.vocabulary import REMEDY_WORDS, Remedy

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QRadioButton


class RemedyPage(BasePage):
    NAME = "remedy"
    TITLE = N_("What you ask for")

    def build(self) -> None:
        from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSpinBox, QVBoxLayout

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
        form = new_form()
        self.reply_days = QSpinBox()
        self.reply_days.setRange(REPLY_DAYS.minimum, REPLY_DAYS.maximum)
        self.add_row(form, "reply_days", self.reply_days, reason=False)
        self.reply_days.valueChanged.connect(self._day_suffix)
        layout.addSpacing(12)
        layout.addLayout(form)
        self.reply_hint = hint_label("reply-hint")
        layout.addWidget(self.reply_hint)
        layout.addStretch()

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("Choose what you want the seller to do. The law lists them in this order."))
        for code, words in REMEDY_WORDS.items():
            self.buttons[code].setText(_(words.option))
            self.buttons[code].setAccessibleDescription(_(words.explanation))
            self.explanations[code].setText(_(words.explanation))
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
        self.buttons[case.remedy or Remedy.REPAIR].setChecked(True)
        locked = self.ctx.settings.is_locked("reply_days")
        self.reply_days.setValue(self.ctx.settings.value("reply_days") if locked else case.reply_days)

    def store(self) -> None:
        checked = next((code for code, button in self.buttons.items() if button.isChecked()), None)
        self.ctx.case.remedy = checked
        self.ctx.case.reply_days = self.reply_days.value()

    def focus_first(self) -> None:
        """The choice comes first: on arrival the remedy chosen has the focus (the arrow keys choose another),
        not the days after the list of remedies."""
        checked = self.group.checkedButton()
        if checked is None or (self.wizard() is not None and self.wizard().currentPage() is not self):
            super().focus_first()
        else:
            checked.setFocus()

    STEP = Step.REMEDY
    FIELD_KEYS = {"remedy": "remedy"}

    def candidates(self) -> dict[str, object]:
        return {"remedy": next((code for code, button in self.buttons.items() if button.isChecked()), None)}
