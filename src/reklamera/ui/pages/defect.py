"""Defect: what is wrong in the consumer's own words, when it was noticed, and earlier contacts."""

from __future__ import annotations

from reklamera.case import LONG
from reklamera.i18n import N_
from reklamera.session import Step
from reklamera.ui.pages.base import BasePage, hint_label, new_form


class DefectPage(BasePage):
    NAME = "defect"
    TITLE = N_("The defect")

    def build(self) -> None:
        # Widgets are imported when the page is first shown: start-up only pays for the first page.
        from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QVBoxLayout

        from reklamera.ui.widgets.contacts import ContactsEditor
        from reklamera.ui.widgets.date_field import DateField

        layout = self.scrolling_layout(QVBoxLayout)
        form = new_form()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)  # the keyboard alone must be able to leave the field
        self.description.setMinimumHeight(90)
        self.add_row(form, "description", self.description)
        self.description_hint = hint_label("description-hint")
        form.addRow(self.description_hint)
        self.discovered = DateField()
        self.add_row(form, "discovered", self.discovered)
        # Why the complaint took longer: asked only while it comes after the period in which a complaint is always
        # in time (the rules' delay_to_explain); the letter gives the reason only then.
        self.form, self.delay_rows = form, (form.rowCount(), form.rowCount() + 1)
        self.delay_reason = QPlainTextEdit()
        self.delay_reason.setTabChangesFocus(True)
        self.delay_reason.setMaximumHeight(70)
        self.add_row(form, "delay_reason", self.delay_reason)
        self.delay_hint = hint_label("delay-hint")
        form.addRow(self.delay_hint)
        layout.addLayout(form)
        self.bad_faith = QCheckBox()
        self.bad_faith.setObjectName("bad_faith")
        layout.addWidget(self.bad_faith)
        self.contacts_label = QLabel()
        self.contacts = ContactsEditor(today=lambda: self.ctx.today)
        self.contacts_label.setBuddy(self.contacts.table)
        layout.addWidget(self.contacts_label)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(self.reason_label("contacts"))
        self.inputs["contacts"] = self.contacts.table  # a refused Next goes to the table

        self.description.textChanged.connect(self.edited)
        self.delay_reason.textChanged.connect(self.edited)
        self.discovered.edited.connect(self.edited)
        self.contacts.changed.connect(self.edited)
        self.contacts.left.connect(self._contacts_left)

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("Describe what is wrong in your own words, and when you noticed it."))
        self.set_label("description", _("What is &wrong?"))
        self.description_hint.setText(_(
            "A good description says what happens, when and how often, what you have tried, and that you have "
            "used the product as intended. Keep to the facts: the letter quotes you word for word."))
        self.set_label("discovered", _("Day you no&ticed it:"))
        self.set_label("delay_reason", _("Why did the complaint take &longer?"))
        self.delay_hint.setText(_(
            "More than two months have passed since you noticed the defect, so the complaint may no longer be "
            "surely in time. Say briefly why it took longer (you were away, the seller promised to look into it …): "
            "the letter gives your reason. If you told the seller earlier, add that contact below."))
        self.bad_faith.setText(_("I believe the seller &knew about the defect and kept quiet"))
        self.bad_faith.setAccessibleName(self.bad_faith.text().replace("&", ""))
        self.contacts_label.setText(_("&Earlier contacts with the seller about the defect (if any):"))
        self.contacts.retranslate(_, self.ctx.language.locale)
        self.discovered.apply_language(self.ctx.language.code, self.ctx.gettext, lambda: self.ctx.today)

    def load(self) -> None:
        case = self.ctx.case
        self.description.setPlainText(case.defect.description)
        self.discovered.set_value(case.defect.discovered)
        self.delay_reason.setPlainText(case.defect.delay_reason)
        self.bad_faith.setChecked(case.seller.bad_faith)
        self.contacts.set_contacts(case.contacts)

    def store(self) -> None:
        case = self.ctx.case
        case.defect.description = self.description.toPlainText().strip()[:LONG]  # the reason says it is too long
        case.defect.discovered = self.discovered.value()
        case.defect.delay_reason = self.delay_reason.toPlainText().strip()[:LONG]
        case.seller.bad_faith = self.bad_faith.isChecked()
        case.contacts = self.contacts.contacts()

    STEP = Step.DEFECT
    FIELD_KEYS = {"defect.description": "description", "defect.discovered": "discovered",
                  "defect.delay_reason": "delay_reason"}

    def problems(self):
        problems = super().problems()
        if lines := self.contacts.problem_lines():  # a date not understood, a contact without what was said
            problems["contacts"] = "\n".join(lines)
        return problems

    def _contacts_left(self) -> None:
        self.touched.add("contacts")
        self.refresh()

    def candidates(self) -> dict[str, object]:
        return {"defect.description": self.description.toPlainText().strip(),
                "defect.discovered": self.discovered.value(),
                "defect.delay_reason": self.delay_reason.toPlainText().strip()}

    def refresh(self) -> None:
        self._show_delay_reason()
        super().refresh()

    def _show_delay_reason(self) -> None:
        """The delay question only while the complaint, made today or on the day chosen, comes late."""
        assessment = self.ctx.session.derived.assessment
        shown = assessment is not None and assessment.delay_to_explain
        for row in self.delay_rows:
            self.form.setRowVisible(row, shown)
