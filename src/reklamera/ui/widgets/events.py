"""What happened after the complaint, as an editable table: date, what, how, reference or file, the seller's
answer (or the outcome), a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit

from reklamera.case import Event
from reklamera.i18n import N_, normalize
from reklamera.ui.widgets.date_field import DateField
from reklamera.ui.widgets.row_table import RowEditor
from reklamera.vocabulary import EVENT_KIND_WORDS, OUTCOME_WORDS, REFUSAL_WORDS, SEND_CHANNEL_WORDS

COLUMNS = (N_("Date"), N_("What happened"), N_("How"), N_("Number or file"), N_("Answer or outcome"),
           N_("Satisfied (1–5)"), N_("Note"))


class EventsEditor(RowEditor):
    COLUMNS = COLUMNS
    NAME = "events"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the columns share the width, no scrolling
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)

    def add_empty(self) -> None:
        self.add_event(Event(), focus=True)

    def retranslate(self, gettext: Callable[[str], str], locale) -> None:
        self.language = normalize(locale.name()) or "en"
        self.retranslate_table(gettext, gettext("What happened after the complaint"))
        self.add_button.setText(gettext("A&dd an event"))
        self.remove_button.setText(gettext("Remo&ve the selected event"))
        for row in range(self.table.rowCount()):
            self.cell(row, 0).apply_language(self.language, gettext)
            self._fill_kinds(self.cell(row, 1))
            self._fill_channels(self.cell(row, 2))
            self._fill_answers(row)

    def set_events(self, events: list[Event]) -> None:
        self.table.setRowCount(0)
        for event in events:
            self.add_event(event)

    def events(self) -> list[Event]:
        result = []
        for row in range(self.table.rowCount()):
            kind = self.cell(row, 1).currentData()
            answer = self.cell(row, 4).currentData()
            reference = self.cell(row, 3).text().strip()
            event = Event(date=self.cell(row, 0).value(), kind=kind, channel=self.cell(row, 2).currentData(),
                          summary=self.cell(row, 6).text().strip(),
                          refusal=answer if kind == "reply_received" else None,
                          outcome=answer if kind == "closed" else None,
                          satisfaction=self.cell(row, 5).currentData() if kind == "closed" else None)
            # A reference that looks like a file name is the screenshot or scan, anything else a number.
            if "." in reference.rsplit("/", 1)[-1] and " " not in reference:
                event.file = reference
            else:
                event.reference = reference
            event.extra = self.cell(row, 0).property("extra") or {}
            result.append(event)
        return result

    def add_event(self, event: Event, *, focus: bool = False) -> None:
        date = DateField(compact=True)
        date.apply_language(self.language, self.gettext)
        date.set_value(event.date)
        date.setProperty("extra", event.extra)
        kind, channel, answer, satisfied = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        satisfied.addItem("–", None)
        for score in range(1, 6):
            satisfied.addItem(str(score), score)
        satisfied.setCurrentIndex(max(0, satisfied.findData(event.satisfaction)))
        self._fill_kinds(kind)
        kind.setCurrentIndex(max(0, kind.findData(event.kind)))
        self._fill_channels(channel)
        channel.setCurrentIndex(max(0, channel.findData(event.channel)))
        reference = QLineEdit(event.file or event.reference)
        note = QLineEdit(event.summary)
        row = self.add_widgets((date, kind, channel, reference, answer, satisfied, note),
                               (date.edited, kind.currentIndexChanged, channel.currentIndexChanged,
                                reference.textChanged, answer.currentIndexChanged, satisfied.currentIndexChanged,
                                note.textChanged), focus=focus)
        self._fill_answers(row, event.refusal or event.outcome)
        kind.currentIndexChanged.connect(lambda _index, widget=kind: self._kind_changed(widget))
        self.changed.emit()


    def _kind_changed(self, widget: QComboBox) -> None:
        for row in range(self.table.rowCount()):
            if self.cell(row, 1) is widget:
                self._fill_answers(row)

    def _fill_kinds(self, combo: QComboBox) -> None:
        self._refill(combo, [(code, words.label) for code, words in EVENT_KIND_WORDS.items()])

    def _fill_channels(self, combo: QComboBox) -> None:
        self._refill(combo, [(code, words.label) for code, words in SEND_CHANNEL_WORDS.items()])

    def _fill_answers(self, row: int, chosen: str | None = None) -> None:
        """A refusal for an answer from the seller, an outcome for a closed case, nothing otherwise."""
        kind = self.cell(row, 1).currentData()
        combo = self.cell(row, 4)
        chosen = chosen if chosen is not None else combo.currentData()
        if kind == "reply_received":
            items = [("", N_("accepted, or other answer"))] + [
                (code, words.label) for code, words in REFUSAL_WORDS.items()
            ]
        elif kind == "closed":
            items = [(code, words.label) for code, words in OUTCOME_WORDS.items()]
        else:
            items = []
        self._refill(combo, items)
        combo.setEnabled(bool(items))
        self.cell(row, 5).setEnabled(kind == "closed")  # how satisfied: asked when the case is closed
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code, label in items:
            combo.addItem(self.gettext(label), code or None)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
