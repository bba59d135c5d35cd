"""An editable table of the case's rows (a RowModel in a QTableView, edited through CellDelegate) with Add and
Remove buttons below: the shared part of the contacts and events editors.

Keyboard: Tab and Shift+Tab go from cell to cell (row by row) and leave the table after the last cell and before
the first; F2 or typing edits the current cell; Alt+letter on Add adds a row and puts the focus in its first cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reklamera.ui.widgets.date_field import DateField
from reklamera.ui.widgets.row_delegate import CellDelegate
from reklamera.ui.widgets.row_model import CHOICE, DATE, Column, RowModel

Move = QAbstractItemView.CursorAction
Hint = QAbstractItemDelegate.EndEditHint
SAMPLE_DAY = dt.date(2026, 12, 28)  # two-digit day and month: the widest date of each language's short form


class AddButton(QPushButton):
    """Alt+letter adds the row at once. A button's shortcut normally "animates" the click and clicks 100 ms
    later: what the person types meanwhile (the new row's date) would land in the field they are leaving."""

    def event(self, event: QEvent) -> bool:
        from PySide6.QtGui import QShortcutEvent

        if isinstance(event, QShortcutEvent) and not event.isAmbiguous() and self.isEnabled():
            self.click()
            return True
        return super().event(event)


class RowTable(QTableView):
    """Tab moves through the cells and, at either end, out of the table (not round to the other end)."""

    def moveCursor(self, action: Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802 - Qt
        target = super().moveCursor(action, modifiers)
        current = self.currentIndex()
        if action in (Move.MoveNext, Move.MovePrevious) and current.isValid() and target.isValid():
            here, there = (current.row(), current.column()), (target.row(), target.column())
            if there <= here if action == Move.MoveNext else there >= here:
                return QModelIndex()  # it would wrap round: Tab leaves the table instead
        return target

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:  # noqa: N802 - Qt override
        leave = None
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            forward = hint == Hint.EditNextItem
            if not self.moveCursor(Move.MoveNext if forward else Move.MovePrevious,
                                   Qt.KeyboardModifier.NoModifier).isValid():
                leave, hint = forward, Hint.NoHint
        super().closeEditor(editor, hint)
        if leave is not None:  # the last cell's Tab (the first cell's Shift+Tab) goes on out of the table
            self.focusNextPrevChild(leave)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Shift+Tab into the table comes to its last cell, as Tab comes to its first."""
        if event.reason() == Qt.FocusReason.BacktabFocusReason and self.model() is not None \
                and self.model().rowCount() and not self.currentIndex().isValid():
            last = self.model().index(self.model().rowCount() - 1, self.model().columnCount() - 1)
            self.setCurrentIndex(last)
        super().focusInEvent(event)

    def edit_cell(self, row: int, column: int = 0) -> None:
        index = self.model().index(row, column)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentIndex(index)
        self.edit(index)


class RowEditor(QWidget):
    changed = Signal()
    left = Signal()  # the focus has left the table (and its cells' editors): its reasons may show
    COLUMNS: Sequence[Column] = ()
    NAME = "rows"  # object names: the table, add-<NAME>, remove-<NAME>

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowModel(self.COLUMNS, self)
        if today is not None:
            self.model.today = today  # the session's today: a new row's date, and what "yesterday" means
        self.table = RowTable()
        self.table.setObjectName(self.NAME)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(True)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.EditKeyPressed | triggers.AnyKeyPressed | triggers.DoubleClicked
                                   | triggers.SelectedClicked)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(editor_height())
        self.table.horizontalHeader().setStretchLastSection(True)  # the last column, the text, takes the rest
        self.table.horizontalHeader().setHighlightSections(False)
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
        self.model.edited.connect(self.changed)
        self.left.connect(self.model.mark)
        self.add_button.clicked.connect(self.add_empty)
        self.remove_button.clicked.connect(self.remove_selected)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    # --- the rows ----------------------------------------------------------------------------------------
    def new_record(self) -> Any:
        """An empty row, dated today."""
        raise NotImplementedError

    def set_records(self, records: Sequence[Any]) -> None:
        self.model.set_records(records)

    def records(self) -> list[Any]:
        return self.model.copies()

    def add_record(self, record: Any, *, focus: bool = False) -> int:
        row = self.model.append(record)
        if focus:
            self.table.edit_cell(row)
        return row

    def add_empty(self) -> None:
        self.add_record(self.new_record(), focus=True)

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        if not rows and self.model.rowCount():
            current = self.table.currentIndex()
            rows = {current.row() if current.isValid() else self.model.rowCount() - 1}
        self.model.remove(rows)

    def problem_lines(self) -> list[str]:
        return self.model.problem_lines()

    # --- the language and the widths ---------------------------------------------------------------------
    def retranslate_table(self, gettext: Callable[[str], str], language: str, accessible_name: str) -> None:
        self.model.relabel(language, gettext)
        self.table.setAccessibleName(accessible_name)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Dates and lists as wide as their longest text in the UI language (and their editor); the others start
        at a few words' width and can be widened; the last takes the rest of the row."""
        header, metrics = self.header(), self.table.fontMetrics()
        padding = 2 * (self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        for number, column in enumerate(self.model.columns):
            widths = [header.sectionSizeHint(number), metrics.averageCharWidth() * column.chars + padding]
            if column.fit and column.kind == DATE:
                from reklamera.inputs import format_date

                widths += [metrics.horizontalAdvance(format_date(SAMPLE_DAY, self.model.language)) + padding,
                           date_editor_width()]
            elif column.fit and column.kind == CHOICE:
                labels = [self.model.gettext(label) for _value, label in column.options(self.new_record())]
                widths += [max(metrics.horizontalAdvance(label) for label in labels) + padding,
                           combo_width(labels, self.table)]
            mode = QHeaderView.ResizeMode.Fixed if column.fit else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(number, mode)
            header.resizeSection(number, max(widths))

    # --- the focus leaving -------------------------------------------------------------------------------
    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self._inside(old) and not (new is not None and self._inside(new)):
            self.left.emit()

    def _inside(self, widget: QWidget) -> bool:
        return widget is self.table or self.table.isAncestorOf(widget)


@cache  # the style's sizes, the same in every language: measured once (a date field takes 3 ms to make)
def editor_height() -> int:
    """A row as tall as the tallest cell editor, so that an open editor is not squeezed."""
    return max(QLineEdit().sizeHint().height(), QComboBox().sizeHint().height(),
               DateField(compact=True).sizeHint().height()) + 2


@cache
def date_editor_width() -> int:
    return DateField(compact=True).minimumSizeHint().width() + 4


def combo_width(labels: Sequence[str], view: QWidget) -> int:
    """A list's box as wide as its longest label (QComboBox.sizeHint's sum, without making a box: 4 ms each)."""
    metrics = view.fontMetrics()
    return max(metrics.boundingRect(label).width() for label in labels) + combo_frame()


@cache
def combo_frame() -> int:
    """What the style adds to a list's text: frame, margins, the arrow."""
    combo = QComboBox()
    combo.addItem("x")
    return combo.sizeHint().width() - combo.fontMetrics().boundingRect("x").width()

