"""The editors of the table cells: the app's date field (reklamera.inputs in the UI language, a calendar on Alt+Down),
a list of the vocabulary's labels, a line of text. Every edit reaches the model as it is typed (the page stores
it into the session at once); Escape puts the cell back as it was when the editor opened; Tab and Shift+Tab commit
and go on to the next or the previous cell, also from inside the date field (one Tab, no trap)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reklamera.ui.widgets.date_field import DateField
from reklamera.ui.widgets.row_model import CHOICE, DATE, RowModel

Index = QModelIndex | QPersistentModelIndex


class CellDelegate(QStyledItemDelegate):
    def __init__(self, model: RowModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._open: dict[QWidget, tuple[QPersistentModelIndex, Any]] = {}  # editor -> its cell, value at opening
        self._filled: set[QWidget] = set()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.model.columns[index.column()]
        editor: QWidget
        if column.kind == DATE:
            editor = date = DateField(parent, compact=True)
            date.apply_language(self.model.language, self.model.gettext, self.model.today)
            date.edit.setFrame(False)
            date.edit.installEventFilter(self)  # the text inside takes the keys, not the field around it
            date.edited.connect(lambda editor=date: self.commitData.emit(editor))  # typed, or the calendar
        elif column.kind == CHOICE:
            editor = combo = QComboBox(parent)
            for value, label in column.options(self.model.records[index.row()]):
                combo.addItem(self.model.gettext(label), value)
            combo.currentIndexChanged.connect(lambda _index, editor=combo: self.commitData.emit(editor))
        else:
            editor = line = QLineEdit(parent)
            line.setFrame(False)
            line.setMaxLength(column.limit)
            line.textEdited.connect(lambda _text, editor=line: self.commitData.emit(editor))
        editor.setAccessibleName(self.model.cell_name(index.row(), index.column()))
        self._open[editor] = (QPersistentModelIndex(index), index.data(Qt.ItemDataRole.EditRole))
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        self._open.pop(editor, None)
        self._filled.discard(editor)
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Once, when the editor opens: later changes of the cell are the editor's own typing."""
        if editor in self._filled:
            return
        self._filled.add(editor)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateField):
            editor.edit.setText(str(value or ""))
            editor._parse()  # the field's echo and reason for the text put in (a draft, not only a date)
        elif isinstance(editor, QComboBox):
            editor.blockSignals(True)
            editor.setCurrentIndex(max(0, editor.findData(value)))
            editor.blockSignals(False)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        self._describe(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DateField):
            value: Any = editor.edit.text()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        else:
            value = editor.text() if isinstance(editor, QLineEdit) else None
        model.setData(index, value, Qt.ItemDataRole.EditRole)
        self._describe(editor, index)

    def _describe(self, editor: QWidget, index: Index) -> None:
        """A screen reader hears the cell's reason with its editor; the tooltip says it too."""
        problem = self.model.problem(index.row(), index.column())
        target = editor.edit if isinstance(editor, DateField) else editor
        if isinstance(editor, DateField):
            from reklamera.ui.widgets.date_field import CALENDAR_HINT

            target.setAccessibleDescription(problem or self.model.gettext(CALENDAR_HINT))
        else:
            target.setAccessibleDescription(problem)
            target.setToolTip(problem)

    def _is_open(self, editor: QWidget) -> bool:
        cell = self._open.get(editor, (None, None))[0]
        view = self.parent()
        return cell is not None and isinstance(view, QAbstractItemView) and view.indexWidget(cell) is editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = watched.parent() if isinstance(watched, QLineEdit) and isinstance(watched.parent(), DateField) \
            else watched
        if not isinstance(editor, QWidget) or not self._is_open(editor):
            return False  # a closed editor still loses the focus once the view has let it go
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            cell, before = self._open[editor]
            if cell.isValid():
                self.model.setData(self.model.index(cell.row(), cell.column()), before)
        # Qt's own handling (Tab, Shift+Tab, Enter, Escape, the focus leaving), for the editor as a whole.
        return super().eventFilter(editor, event)
