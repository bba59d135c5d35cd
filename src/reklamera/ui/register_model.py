"""The register window's data: a table model of the listed cases, and the queries run off the GUI thread.

An office register may hold 100 000 cases on a server across the network: a query must never freeze the
window. Each query runs on one worker thread; its answer comes back through a queued signal, and only the
answer to the newest question is shown (a slow answer to an older search is dropped).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from reklamera.errors import InputError
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


class Queries(QObject):
    """Runs register calls on a worker thread. ``answered(ticket, result)`` or ``failed(ticket, message)`` arrive
    on the GUI thread; ``ask`` returns the ticket, and ``latest`` tells whether an answer is still wanted."""

    answered = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="register")
        self._tickets = itertools.count(1)
        self.pending: dict[str, int] = {}  # kind of question -> the ticket of its newest asking

    def ask(self, kind: str, call: Callable[[], Any]) -> int:
        ticket = next(self._tickets)
        self.pending[kind] = ticket
        self._pool.submit(self._run, ticket, call)
        return ticket

    def latest(self, kind: str, ticket: int) -> bool:
        return self.pending.get(kind) == ticket

    def _run(self, ticket: int, call: Callable[[], Any]) -> None:
        try:
            result = call()
        except InputError as error:
            self.failed.emit(ticket, error)
        except Exception as error:  # a driver's own error: the window says so instead of freezing or crashing
            self.failed.emit(ticket, InputError("", "{detail}", detail=f"{type(error).__name__}: {error}"))
        else:
            self.answered.emit(ticket, result)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
