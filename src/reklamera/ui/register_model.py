"""The register window's data: a table model of the listed cases (the queries run in ui.background)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reklamera.vocabulary import REGISTER_COLUMN_WORDS, REGISTER_STATUS_WORDS, RegisterSort, RegisterStatus

COLUMNS: tuple[RegisterSort, ...] = tuple(REGISTER_COLUMN_WORDS)
ROW_ROLE = Qt.ItemDataRole.UserRole  # the register's Row behind a table row


class RegisterModel(QAbstractTableModel):
    """The cases a query found, one per row; texts in the UI language at the moment they are shown."""

    def __init__(self, gettext: Callable[[str], str], format_date: Callable[[Any], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.gettext, self.format_date = gettext, format_date

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_language(self, gettext: Callable[[str], str], format_date: Callable[[Any], str]) -> None:
        self.gettext, self.format_date = gettext, format_date
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.gettext(REGISTER_COLUMN_WORDS[COLUMNS[section]].label)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, COLUMNS[index.column()])
        return None

    def text(self, row: Any, column: RegisterSort) -> str:
        _ = self.gettext
        if column is RegisterSort.CONSUMER_NAME:
            return row.consumer_name or _("(anonymised)")
        if column is RegisterSort.STATUS:
            return _(REGISTER_STATUS_WORDS[RegisterStatus(row.status)].label)
        if column is RegisterSort.NEXT_DEADLINE:
            if not row.next_deadline:
                return ""
            day = self.format_date(row.next_deadline)
            return _("{date} (overdue)").format(date=day) if row.overdue else day
        return str(getattr(row, column.value) or "")
