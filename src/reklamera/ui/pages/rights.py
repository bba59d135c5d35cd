"""Your rights: the verdict in one plain sentence, the timeline, the reasons with their sections, and what to
do when the answer is "at risk" or "too late". Updates live when the complaint date changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reklamera.i18n import N_
from reklamera.letter.sanitize import single_stops
from reklamera.session import Step
from reklamera.ui.pages.base import BasePage, hint_label, new_form

if TYPE_CHECKING:
    from reklamera.errors import InputError

STATUS_COLOURS = {"in_time": "#1e7e34", "at_risk": "#b76e00", "too_late": "#b3261e", "not_covered": "#5f6368"}
ADVICE = {
    "at_risk": N_(
        "Send your complaint today and say why it took time (for example, that the defect came and went). "
        "Keep proof of the day you sent it. A consumer adviser can help you judge your chances."),
    "too_late": N_(
        "The consumer-sale act no longer helps with this defect. Look at the receipt and the product's "
        "guarantee: a longer guarantee from the seller or the manufacturer may still cover it. You can also "
        "ask the seller for a goodwill solution; the letter then makes no legal claim."),
    "not_covered": N_(
        "Talk to the seller and refer to what you agreed. The general sale-of-goods act may give you some "
        "rights; a consumer adviser can tell you more."),
}


class RightsPage(BasePage):
    NAME = "rights"
    TITLE = N_("Your rights")

    def build(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QFont

        self._spoken = ""  # the verdict as last told to a screen reader
        from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

        from reklamera.ui.widgets.date_field import DateField
        from reklamera.ui.widgets.timeline import TimelineWidget

        outer = self.scrolling_layout(QVBoxLayout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own: it has no name and shows no focus
        content = QWidget()
        layout = QVBoxLayout(content)
        scroll.setWidget(content)
        outer.addWidget(scroll)

        self.badge = QLabel()
        self.badge.setObjectName("status-badge")
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.badge)
        badge_row.addStretch()
        layout.addLayout(badge_row)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.verdict.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.verdict.setFont(font)
        layout.addWidget(self.verdict)

        form = new_form()
        self.complained = DateField()
        self.add_row(form, "complained", self.complained)
        layout.addLayout(form)
        self.timeline = TimelineWidget()
        layout.addWidget(self.timeline)
        # The picture's text alternative: the same dates as a table, for screen readers and anyone who prefers it.
        from PySide6.QtWidgets import QCheckBox

        self.as_table = QCheckBox()
        self.as_table.setObjectName("dates-as-table")
        self.dates_table = QLabel()
        self.dates_table.setObjectName("dates-table")
        self.dates_table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                 | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dates_table.hide()
        layout.addWidget(self.as_table)
        layout.addWidget(self.dates_table)
        self.as_table.toggled.connect(self._show_dates_as_table)

        self.advice_title = QLabel()
        self.advice_title.setObjectName("advice-title")
        self.advice = hint_label("advice")
        self.reasons_title = QLabel()
        self.reasons_text = hint_label("reasons")
        self.reasons_text.setTextFormat(Qt.TextFormat.RichText)
        self.sources = hint_label("sources")
        for title in (self.advice_title, self.reasons_title):
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
        for widget in (self.advice_title, self.advice, self.reasons_title, self.reasons_text, self.sources):
            layout.addWidget(widget)
        layout.addStretch()
        self.complained.edited.connect(self._complaint_day_changed)

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("What the law of the country of purchase says about your complaint."))
        self.set_label("complained", _("I will &complain on:"))
        self.complained.setToolTip(_("Today, or a later day if you are planning ahead."))
        self.complained.apply_language(self.ctx.language.code, self.ctx.gettext, lambda: self.ctx.today)
        self.advice_title.setText(_("What you can do now"))
        self.reasons_title.setText(_("Why"))
        self.as_table.setText(_("Show the &dates as a table"))

    def load(self) -> None:
        self.complained.set_value(self.ctx.case.complained or self.ctx.today)
        self.show_assessment()

    def store(self) -> None:
        day = self.complained.value()
        self.ctx.case.complained = None if day in (None, self.ctx.today) else day

    STEP = Step.RIGHTS
    FIELD_KEYS = {"complained": "complained"}

    def candidates(self) -> dict[str, object]:
        return {"complained": self.complained.value()}

    def problems(self) -> dict[str, str | InputError]:
        if self.complained.value() is None:  # the case says "today" with None; the field must not be empty
            return {"complained": N_("Enter the day you will complain.")}
        return super().problems()

    def assessment(self):
        return self.ctx.session.derived.assessment

    def _complaint_day_changed(self) -> None:
        if self.loading:
            return
        if not self.problems():
            self.commit()
            self.show_assessment()
        self.refresh()

    def _show_dates_as_table(self, *_args: object) -> None:
        """The timeline or the table of its dates, as the person chose."""
        from html import escape

        table = self.as_table.isChecked()
        self.timeline.setVisible(not table)
        self.dates_table.setVisible(table)
        if table:
            rows = "".join(f"<tr><td>{escape(self.timeline.label(event.kind))}</td>"
                           f"<td style='padding-left:16px'>{escape(self.timeline.format_date(event.day))}</td></tr>"
                           for event in self.timeline.events)
            self.dates_table.setText(f"<table>{rows}</table>")

    def show_assessment(self) -> None:
        from html import escape

        from reklamera import verdict

        _ = self.ctx.gettext
        result = self.assessment()
        case = self.ctx.case
        delivered, discovered = case.product.delivered, case.defect.discovered
        if result is None or delivered is None or discovered is None:  # no assessment without both dates
            self.verdict.setText(_("Fill in the dates on the previous pages to see your rights."))
            return
        translation = self.ctx.language.translation
        format_date = verdict.long_date_formatter(self.ctx.language.code)
        colour = STATUS_COLOURS[result.status]
        sentence = verdict.verdict(result, translation, format_date, self.ctx.today)
        self.verdict.setText(sentence)
        status = _(verdict.STATUS_LABELS[result.status])
        self.badge.setText(status)
        self.badge.setStyleSheet(f"background: {colour}; color: white; font-weight: bold; padding: 3px 10px; "
                                 "border-radius: 4px;")
        # What a screen reader says: the status, then the sentence with its date and the days left.
        spoken = f"{status}. {sentence}"
        self.verdict.setAccessibleName(spoken)
        self.badge.setAccessibleName(status)
        if self._spoken and spoken != self._spoken:  # the complaint day changed: say the new verdict
            from reklamera.ui.announce import announce

            announce(self.verdict, spoken)
        self._spoken = spoken
        self.timeline.show_assessment(result, delivered, discovered, self.ctx.today, _, format_date)
        self._show_dates_as_table()
        advice = ADVICE.get(result.status)
        self.advice_title.setVisible(bool(advice))
        self.advice.setVisible(bool(advice))
        self.advice.setText(_(advice) if advice else "")
        language = self.ctx.language.code
        texts = verdict.notes(result, translation, format_date, language)
        items = "".join(f"<li>{escape(text)}</li>" for text in texts)
        if result.remedies:
            items = f"<li>{escape(verdict.may_ask(result, _, language))}</li>" + items
        self.reasons_text.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        sources = verdict.grouped_citations(result.citations, self.ctx.language.code)
        text = single_stops(_("Sources: {citations}.").format(citations=sources))  # "27. gr." ends in a stop
        self.sources.setText(text if sources else "")
