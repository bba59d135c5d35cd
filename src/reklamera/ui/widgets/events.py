"""What happened after the complaint, as an editable table: date, what, how, reference or file, the seller's
answer (or the outcome), a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from reklamera.case import EVENT_KINDS, OUTCOMES, REFUSALS, SEND_CHANNELS, Event
from reklamera.i18n import N_
from reklamera.letter.escalation import EVENT_LABELS, OUTCOME_LABELS, REFUSAL_LABELS, SEND_CHANNELS as CHANNEL_LABELS
from reklamera.ui.widgets.date_field import DateField

COLUMNS = (N_("Date"), N_("What happened"), N_("How"), N_("Number or file"), N_("Answer or outcome"),
           N_("Satisfied (1–5)"), N_("Note"))


class EventsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gettext: Callable[[str], str] = str
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("events")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # six columns share the width, no scrolling
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.setObjectName("add-event")
        self.remove_button.setObjectName("remove-event")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_event(Event(), focus=True))
        self.remove_button.clicked.connect(self.remove_selected)

    def retranslate(self, gettext: Callable[[str], str], locale) -> None:
        self.gettext = gettext
        self.table.setHorizontalHeaderLabels([gettext(column) for column in COLUMNS])
        self.table.setAccessibleName(gettext("What happened after the complaint"))
        self.add_button.setText(gettext("A&dd an event"))
        self.remove_button.setText(gettext("Remo&ve the selected event"))
        for row in range(self.table.rowCount()):
            self._cell(row, 0).apply_locale(locale)
            self._fill_kinds(self._cell(row, 1))
            self._fill_channels(self._cell(row, 2))
            self._fill_answers(row)
            self._label_row(row)

    def set_events(self, events: list[Event]) -> None:
        self.table.setRowCount(0)
        for event in events:
            self.add_event(event)

    def events(self) -> list[Event]:
        result = []
        for row in range(self.table.rowCount()):
            kind = self._cell(row, 1).currentData()
            answer = self._cell(row, 4).currentData()
            reference = self._cell(row, 3).text().strip()
            event = Event(date=self._cell(row, 0).value(), kind=kind, channel=self._cell(row, 2).currentData(),
                          summary=self._cell(row, 6).text().strip(),
                          refusal=answer if kind == "reply_received" else None,
                          outcome=answer if kind == "closed" else None,
                          satisfaction=self._cell(row, 5).currentData() if kind == "closed" else None)
            # A reference that looks like a file name is the screenshot or scan, anything else a number.
            if "." in reference.rsplit("/", 1)[-1] and " " not in reference:
                event.file = reference
            else:
                event.reference = reference
            event.extra = self._cell(row, 0).property("extra") or {}
            result.append(event)
        return result

    def add_event(self, event: Event, *, focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        date = DateField()
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
        for column, widget in enumerate((date, kind, channel, reference, answer, satisfied, note)):
            self.table.setCellWidget(row, column, widget)
        self._fill_answers(row, event.refusal or event.outcome)
        kind.currentIndexChanged.connect(lambda _index, widget=kind: self._kind_changed(widget))
        for signal in (date.edited, kind.currentIndexChanged, channel.currentIndexChanged, reference.textChanged,
                       answer.currentIndexChanged, satisfied.currentIndexChanged, note.textChanged):
            signal.connect(self.changed)
        self._label_row(row)
        self.table.resizeRowsToContents()
        if focus:
            self.table.selectRow(row)
            date.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.currentRow() if self.table.currentRow() >= 0 else self.table.rowCount() - 1]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def _kind_changed(self, widget: QComboBox) -> None:
        for row in range(self.table.rowCount()):
            if self._cell(row, 1) is widget:
                self._fill_answers(row)

    def _fill_kinds(self, combo: QComboBox) -> None:
        self._refill(combo, [(code, EVENT_LABELS[code]) for code in EVENT_KINDS])

    def _fill_channels(self, combo: QComboBox) -> None:
        self._refill(combo, [(code, CHANNEL_LABELS[code]) for code in SEND_CHANNELS])

    def _fill_answers(self, row: int, chosen: str | None = None) -> None:
        """A refusal for an answer from the seller, an outcome for a closed case, nothing otherwise."""
        kind = self._cell(row, 1).currentData()
        combo = self._cell(row, 4)
        chosen = chosen if chosen is not None else combo.currentData()
        if kind == "reply_received":
            items = [("", N_("accepted, or other answer"))] + [(code, REFUSAL_LABELS[code]) for code in REFUSALS]
        elif kind == "closed":
            items = [(code, OUTCOME_LABELS[code]) for code in OUTCOMES]
        else:
            items = []
        self._refill(combo, items)
        combo.setEnabled(bool(items))
        self._cell(row, 5).setEnabled(kind == "closed")  # how satisfied: asked when the case is closed
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

    def _label_row(self, row: int) -> None:
        for column, name in enumerate(COLUMNS):
            self._cell(row, column).setAccessibleName(f"{self.gettext(name)} ({row + 1})")

    def _cell(self, row: int, column: int):
        return self.table.cellWidget(row, column)
