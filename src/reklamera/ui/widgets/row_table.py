"""An editable table with one widget per cell and Add / Remove buttons below: the shared part of the
contacts and events editors."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class AddButton(QPushButton):
    """Alt+letter adds the row at once. A button's shortcut normally "animates" the click and clicks 100 ms
    later: what the person types meanwhile (the new row's date) would land in the field they are leaving."""

    def event(self, event: QEvent) -> bool:
        from PySide6.QtGui import QShortcutEvent

        if isinstance(event, QShortcutEvent) and not event.isAmbiguous() and self.isEnabled():
            self.click()
            return True
        return super().event(event)


class RowEditor(QWidget):
    changed = Signal()
    COLUMNS: Sequence[str] = ()
    NAME = "rows"  # object names: the table, add-<NAME>, remove-<NAME>

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gettext: Callable[[str], str] = str
        self.language = "en"  # the UI language the date cells read and write
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName(self.NAME)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab moves through the editors, not the cells
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button, self.remove_button = AddButton(), QPushButton()
        self.add_button.setObjectName(f"add-{self.NAME}")
        self.remove_button.setObjectName(f"remove-{self.NAME}")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.changed.connect(self.name_cells)
        self.add_button.clicked.connect(self.add_empty)
        self.remove_button.clicked.connect(self.remove_selected)

    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    def add_empty(self) -> None:
        raise NotImplementedError

    def add_widgets(self, widgets: Sequence[QWidget], signals: Sequence, *, focus: bool) -> int:
        """Append a row of cell widgets; every signal in ``signals`` reports a change."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, widget in enumerate(widgets):
            self.table.setCellWidget(row, column, widget)
        for signal in signals:
            signal.connect(self.changed)
        self.label_row(row)
        self.table.resizeRowsToContents()
        if focus:
            self.table.selectRow(row)
            widgets[0].setFocus()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.currentRow() if self.table.currentRow() >= 0 else self.table.rowCount() - 1]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def retranslate_table(self, gettext: Callable[[str], str], accessible_name: str) -> None:
        self.gettext = gettext
        self.table.setHorizontalHeaderLabels([gettext(column) for column in self.COLUMNS])
        self.table.setAccessibleName(accessible_name)
        for row in range(self.table.rowCount()):
            self.label_row(row)

    def label_row(self, row: int) -> None:
        """Each cell's widget says which column and row it is, for screen readers."""
        for column, name in enumerate(self.COLUMNS):
            self.cell(row, column).setAccessibleName(f"{self.gettext(name)} ({row + 1})")
        self.name_cells()

    def name_cells(self) -> None:
        """A screen reader reading the table reads its cells, not the widgets in them: each cell's accessible text
        is its widget's name and value ("Date (1): 3 October 2026"); nothing is painted under the widget."""
        from PySide6.QtCore import Qt

        for row in range(self.table.rowCount()):
            for column in range(len(self.COLUMNS)):
                widget = self.cell(row, column)
                if widget is None:
                    continue
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # the widget edits
                    self.table.setItem(row, column, item)
                value = cell_text(widget)
                name = widget.accessibleName()
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {value}" if value else name)

    def cell(self, row: int, column: int):
        return self.table.cellWidget(row, column)


def cell_text(widget: QWidget) -> str:
    """What a cell's widget shows: a date field's or a line's text, a list's choice."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    text = getattr(widget, "edit", widget)  # a date field's text line
    if isinstance(text, QLineEdit):
        return text.text()
    return widget.currentText() if isinstance(widget, QComboBox) else ""
