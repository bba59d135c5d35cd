"""Follow-up: what happened after the letter, where the complaint stands, and the next step — a reminder,
an answer to a refusal, the escalation pack, the reply deadline in the consumer's own calendar."""

from __future__ import annotations

from reklamera.i18n import N_
from reklamera.ui.pages.base import BasePage, hint_label
from reklamera.vocabulary import FollowUpKind

STEPS = {
    "send_letter": N_("When you have sent your letter, add it below: reklamera then tells you when the seller's "
                      "answer is due."),
    "wait": N_("Wait for the seller's answer, and add it below when it comes."),
    "wait_until": N_("The seller should answer by {date}."),
    # "reminder" is plural-aware: see OVERDUE below.
    "escalate": N_("The seller has not answered your reminder either. You can take the case to {body}."),
    "respond": N_("The seller has refused. Answer with the letter below, or take the case to {body}."),
    "escalated": N_("The case is with {body}."),
    "closed": N_("The case is closed."),
}


class FollowUpPage(BasePage):
    NAME = "followup"
    TITLE = N_("Follow-up")

    def build(self) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout

        from reklamera.ui.widgets.events import EventsEditor

        layout = self.scrolling_layout(QVBoxLayout)
        self.status = QLabel()
        self.status.setObjectName("followup-status")
        self.status.setWordWrap(True)
        font = QFont(self.status.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status.setFont(font)
        layout.addWidget(self.status)
        self.events_label = QLabel()
        self.events = EventsEditor(today=lambda: self.ctx.today)
        self.events_label.setBuddy(self.events.table)
        layout.addWidget(self.events_label)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.reason_label("events"))
        self.inputs["events"] = self.events.table
        grid = QGridLayout()
        self.reminder, self.answer, self.pack_word = QPushButton(), QPushButton(), QPushButton()
        self.pack_pdf, self.calendar = QPushButton(), QPushButton()
        for index, (button, name) in enumerate(((self.reminder, "write-reminder"), (self.answer, "write-answer"),
                                                (self.calendar, "export-calendar"), (self.pack_word, "pack-word"),
                                                (self.pack_pdf, "pack-pdf"))):
            button.setObjectName(name)
            grid.addWidget(button, index // 3, index % 3)
        layout.addLayout(grid)
        self.why = hint_label("followup-why")  # why a letter cannot be written yet
        self.why.hide()
        layout.addWidget(self.why)
        self.note = hint_label("followup-note")
        layout.addWidget(self.note)
        self.events.changed.connect(self._events_changed)
        self.events.left.connect(self._events_left)
        self.reminder.clicked.connect(lambda: self.write_followup("reminder"))
        self.answer.clicked.connect(lambda: self.write_followup(self._answer_kind()))
        self.pack_word.clicked.connect(lambda: self.write_pack(".docx"))
        self.pack_pdf.clicked.connect(lambda: self.write_pack(".pdf"))
        self.calendar.clicked.connect(self.export_calendar)

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("Keep track of the seller's answers, and take the next step when it is time."))
        self.events_label.setText(_("&What has happened since you complained:"))
        self.events.retranslate(_, self.ctx.language.locale)
        self.reminder.setText(_("Write a &reminder…"))
        self.answer.setText(_("&Answer the refusal…"))
        self.calendar.setText(_("Add the deadline to my ca&lendar…"))
        self.pack_word.setText(_("Case summary for the dispu&te body (Word)…"))
        self.pack_pdf.setText(_("Case summary (&PDF)…"))

    def load(self) -> None:
        self.events.set_events(self.ctx.case.events)
        self.show_state()

    def store(self) -> None:
        self.ctx.case.events = self.events.events()

    def _events_changed(self) -> None:
        if not self.loading:
            self.commit()
            self.show_state()
            self.refresh()

    def _events_left(self) -> None:
        self.touched.add("events")
        self.refresh()

    def problems(self):
        problems = super().problems()
        if lines := self.events.problem_lines():  # a date not understood or left out
            problems["events"] = "\n".join(lines)
        return problems

    def state(self):
        return self.ctx.session.derived.follow_up

    def show_state(self) -> None:
        from reklamera import verdict
        _ = self.ctx.gettext
        state = self.state()
        format_date = verdict.long_date_formatter(self.ctx.language.code)
        check = self.ctx.session.derived.eligibility
        body = check.body.name if check else ""
        key = "wait_until" if state.next_step == "wait" and state.reply_by else state.next_step
        if key == "reminder":
            template = self.ctx.language.ngettext(
                "The seller's answer was due on {date}, {days} day ago. Send a reminder.",
                "The seller's answer was due on {date}, {days} days ago. Send a reminder.", state.overdue_days)
        else:
            template = _(STEPS[key])
        self.status.setText(template.format(date=format_date(state.reply_by) if state.reply_by else "",
                                            days=state.overdue_days, body=body))
        # A button that cannot be used says why, on the button (tooltip, screen readers) and under the buttons.
        reasons = []
        for button, kind in ((self.reminder, FollowUpKind.REMINDER.value), (self.answer, self._answer_kind())):
            problem = self.ctx.session.followup_problem(kind)
            why = problem.reason(_, self.ctx.format_date) if problem is not None else ""
            button.setEnabled(problem is None)
            button.setToolTip(why)
            button.setAccessibleDescription(why)
            if why and why not in reasons:
                reasons.append(why)
        self.why.setText("\n".join(f"{text[:1].upper()}{text[1:]}." for text in reasons))
        self.why.setVisible(bool(reasons))
        self.calendar.setEnabled(state.reply_by is not None)
        self.pack_word.setEnabled(state.first_sent is not None)
        self.pack_pdf.setEnabled(state.first_sent is not None)

    def _answer_kind(self) -> str:
        kind = FollowUpKind.answering(self.state().last_refusal)
        return kind.value if kind else FollowUpKind.REMINDER.value

    def write_followup(self, kind: str) -> str | None:
        self.commit()
        return self.save_letter(
            lambda: self.ctx.session.followup(kind),
            self.ctx.gettext("Save the letter"), ".docx", self.note)

    def write_pack(self, suffix: str) -> str | None:
        self.commit()
        return self.save_letter(
            self.ctx.session.escalation,
            self.ctx.gettext("Save the case summary"), suffix, self.note)

    def export_calendar(self) -> str | None:
        from reklamera.errors import InputError
        from reklamera.ics import reply_deadline_event
        from reklamera.storage import write_output

        _ = self.ctx.gettext
        state, case = self.state(), self.ctx.case
        if state.reply_by is None:
            return None
        summary = _("Answer due from {seller}").format(seller=case.seller.name or _("the seller"))
        description = _("The seller should have answered your complaint about {product} by today. If not, send a "
                        "reminder with reklamera.").format(product=case.product.description)
        path = self.ctx.ask_save_path(_("Add the deadline to my calendar"), summary, ".ics", _("Calendar (*.ics)"))
        if not path:
            return None
        try:  # the file dialog has already asked before replacing a file
            write_output(path, reply_deadline_event(state.reply_by, summary, description), overwrite=True)
        except InputError as error:
            self.ctx.dialogs.error(_("The calendar file was not saved"), error.localized(_))
            return None
        self.note.setText(_("Saved: {path}").format(path=path))
        return path
