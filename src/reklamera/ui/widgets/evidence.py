"""The case's evidence log in the wizard: the files kept as evidence (a receipt, photos of the defect, the
seller's e-mail), numbered E1, E2 … as the letters name them, each with what it shows and whether it is still
the file that was logged (reklamera.evidence: a log, not proof)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reklamera.case import Evidence
from reklamera.evidence import file_name, number


class EvidenceList(QWidget):
    add_requested = Signal()
    changed = Signal()  # a note edited or an item removed: the case has changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Evidence] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("evidence")
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 6)
        self.heading.setBuddy(self.list)
        layout.addWidget(self.list)
        form = QFormLayout()
        self.note = QLineEdit()
        self.note.setObjectName("evidence-note")
        self.note.setMaxLength(300)  # case.Evidence.note's limit
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        form.addRow(self.note_label, self.note)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.setObjectName("add-evidence")
        self.remove_button.setObjectName("remove-evidence")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.gettext: Callable[[str], str] = str
        self.states: dict[int, str] = {}
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._selected)
        self.note.editingFinished.connect(self._note_edited)

    def retranslate(self, gettext: Callable[[str], str]) -> None:
        self.gettext = _ = gettext
        self.heading.setText(_("E&vidence sent with the letter:"))
        self.note_label.setText(_("What it s&hows:"))
        self.note.setPlaceholderText(_("For example: the crack in the door, photographed on the day it appeared"))
        self.add_button.setText(_("Add a &file…"))
        self.remove_button.setText(_("Remove the selected file"))
        self.show_items(self.items, self.states)

    def show_items(self, items: list[Evidence], states: dict[int, str]) -> None:
        """``items`` are the case's list itself (notes are edited in place); ``states``: item index -> a
        translated word on what is wrong with its file (changed, missing)."""
        _ = self.gettext
        self.items, self.states = items, states
        row = self.list.currentRow()
        self.list.clear()
        for index, item in enumerate(items):
            text = f"{number(index)}  {file_name(item)}"
            if item.note:
                text += f" – {item.note}"
            if index in states:
                text += f" ({states[index]})"
            self.list.addItem(text)
        if not items:
            self.list.addItem(_("No files yet: add the receipt and photos of the defect."))
        self.list.setEnabled(bool(items))
        self.list.setCurrentRow(min(max(row, 0), len(items) - 1) if items else -1)
        self._selected()

    def _selected(self, *_args) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self.items)
        self.note.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.note.setText(self.items[row].note if chosen else "")

    def _note_edited(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items) and self.items[row].note != self.note.text().strip():
            self.items[row].note = self.note.text().strip()
            self.show_items(self.items, self.states)
            self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]  # the numbers after it move up, as the letters will number them
            self.show_items(self.items, {})
            self.changed.emit()
