"""The rows of the contacts and events tables as the case holds them (reklamera.case's Contact and Event records), as
a Qt item model. Each column says how to read, write and check its cell; the rest of a record — its unknown keys
(``extra``) included — is never touched. Dates are read and written by reklamera.inputs in the UI language; text that
is not a date yet is kept as typed (a draft) with the reason, and the record's date is then None."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from reklamera.i18n import N_

Index = QModelIndex | QPersistentModelIndex
DATE, CHOICE, TEXT = "date", "choice", "text"
Choices = Sequence[tuple[Any, str]]  # (value, label marked with N_)
ROW_PROBLEM = N_("Row {row}, {column}: {problem}")
PROBLEM_BACKGROUND = QColor(179, 38, 30, 48)  # a light red wash, readable in light and dark palettes
Role = Qt.ItemDataRole


@dataclass(frozen=True)
class Column:
    """One column: the record's attribute ``key`` (or ``get``/``put`` for a cell that maps to several)."""

    key: str
    title: str  # marked with N_
    kind: str = TEXT
    limit: int = 300  # characters a text cell takes (the case's limit for the field)
    choices: Callable[[Any], Choices] | None = None  # a choice cell's values for this record
    needed: str = ""  # N_ message when the cell is left empty
    applies: Callable[[Any], bool] | None = None  # whether the cell is asked for this record (else disabled)
    fit: bool = False  # always as wide as its longest content in the UI language
    chars: int = 12  # otherwise its first width, in average characters
    get: Callable[[Any], Any] | None = None
    put: Callable[[Any, Any], None] | None = None

    def value(self, record: Any) -> Any:
        return self.get(record) if self.get else getattr(record, self.key)

    def store(self, record: Any, value: Any) -> None:
        if self.put:
            self.put(record, value)
        else:
            setattr(record, self.key, value)

    def asked(self, record: Any) -> bool:
        return self.applies is None or self.applies(record)

    def options(self, record: Any) -> Choices:
        return self.choices(record) if self.choices and self.asked(record) else ()


class RowModel(QAbstractTableModel):
    edited = Signal()  # a row added, removed or changed by the person (not a new UI language)

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.records: list[Any] = []
        self.drafts: list[dict[int, str]] = []  # per row: column -> date text not understood (yet)
        self.language = "en"
        self.gettext: Callable[[str], str] = str
        self.today: Callable[[], dt.date] = dt.date.today
        self.marking = False  # empty cells that are needed are marked once the person has left the table

    # --- the rows ------------------------------------------------------------------------------------------
    def set_records(self, records: Iterable[Any]) -> None:
        """Copies of ``records``: the case changes only when the page stores the table."""
        self.beginResetModel()
        self.records = [copy.deepcopy(record) for record in records]
        self.drafts = [{} for _record in self.records]
        self.marking = False
        self.endResetModel()

    def copies(self) -> list[Any]:
        return [copy.deepcopy(record) for record in self.records]

    def append(self, record: Any) -> int:
        row = len(self.records)
        self.beginInsertRows(QModelIndex(), row, row)
        self.records.append(copy.deepcopy(record))
        self.drafts.append({})
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.records):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.records[row], self.drafts[row]
                self.endRemoveRows()
        self.edited.emit()

    def relabel(self, language: str, gettext: Callable[[str], str]) -> None:
        """A new UI language: dates are written its way, and a draft it understands becomes a date."""
        self.language, self.gettext = language, gettext
        for row, drafts in enumerate(self.drafts):
            for number, text in list(drafts.items()):
                if (parsed := self.parse(text)).value is not None:
                    self.columns[number].store(self.records[row], parsed.value)
                    del drafts[number]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1))

    # --- the cells -----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.columns[index.column()].asked(self.records[index.row()]):
            return Qt.ItemFlag.NoItemFlags  # not a Tab stop: Tab goes on to the next cell asked for
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), self.columns[index.column()]
        record = self.records[row]
        if role == Role.EditRole:
            return self.text(row, index.column()) if column.kind == DATE else column.value(record)
        if role == Role.DisplayRole:
            return self.text(row, index.column())
        if role in (Role.ToolTipRole, Role.AccessibleDescriptionRole):
            problem = self.problem(row, index.column())
            if problem or role == Role.AccessibleDescriptionRole:
                return problem
            return self.echo(row, index.column()) or (self.text(row, index.column()) if column.kind != DATE else "")
        if role == Role.AccessibleTextRole:  # what a screen reader says for the cell: "Date (1): 03/10/2026"
            name, value = self.cell_name(row, index.column()), self.text(row, index.column())
            return f"{name}: {value}" if value else name
        if role == Role.BackgroundRole and (self.marking or index.column() in self.drafts[row]) \
                and self.problem(row, index.column()):
            return PROBLEM_BACKGROUND
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if role not in (Role.DisplayRole, Role.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.gettext(self.columns[section].title) if 0 <= section < len(self.columns) else None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if role != Role.EditRole or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        row, number = index.row(), index.column()
        column, record = self.columns[number], self.records[row]
        if column.kind == DATE:
            text = str(value or "").strip()
            parsed = self.parse(text)
            if parsed.value is None and parsed.problem:
                self.drafts[row][number] = text
            else:
                self.drafts[row].pop(number, None)
            column.store(record, parsed.value)
        elif column.kind == CHOICE:
            column.store(record, next((option for option, _label in column.options(record) if option == value),
                                      None))
        else:
            column.store(record, str(value or "")[:column.limit].strip())
        # The whole row: a new kind of event asks for other cells.
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.edited.emit()
        return True

    def text(self, row: int, number: int) -> str:
        """What the cell shows: a date in the UI language's way (or the draft typed), a choice's label, the text."""
        column, record = self.columns[number], self.records[row]
        if not column.asked(record):
            return ""
        value = column.value(record)
        if column.kind == DATE:
            if number in self.drafts[row]:
                return self.drafts[row][number]
            from reklamera.inputs import format_date

            return format_date(value, self.language) if value else ""
        if column.kind == CHOICE:
            label = next((label for option, label in column.options(record) if option == value), "")
            return self.gettext(label) if label else ""
        return str(value or "")

    def parse(self, text: str):
        from reklamera.inputs import parse_date

        return parse_date(text, self.language, self.today(), self.gettext)

    def echo(self, row: int, number: int) -> str:
        """A date in words ("= 3 October 2026"), for the cell's tooltip."""
        if self.columns[number].kind != DATE or number in self.drafts[row]:
            return ""
        return self.parse(self.text(row, number)).echo

    def cell_name(self, row: int, number: int) -> str:
        return f"{self.gettext(self.columns[number].title)} ({row + 1})"

    # --- what is wrong -------------------------------------------------------------------------------------
    def problem(self, row: int, number: int) -> str:
        """Why the cell cannot stay as it is (translated), or ""."""
        column, record = self.columns[number], self.records[row]
        if not column.asked(record):
            return ""
        if number in self.drafts[row]:
            return self.parse(self.drafts[row][number]).problem
        value = column.value(record)
        return self.gettext(column.needed) if column.needed and (value is None or value == "") else ""

    def mark(self) -> None:
        """From now on, needed cells left empty are marked too (not while the person is still filling a new row)."""
        if not self.marking and self.records:
            self.marking = True
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1),
                                  [Role.BackgroundRole])

    def problems(self) -> list[tuple[int, int, str]]:
        return [(row, number, problem) for row in range(len(self.records)) for number in range(len(self.columns))
                if (problem := self.problem(row, number))]

    def problem_lines(self) -> list[str]:
        """Every problem as a line of the page's error area: "Row 2, Date: There is no day 31 in …"."""
        return [self.gettext(ROW_PROBLEM).format(row=row + 1, column=self.gettext(self.columns[number].title),
                                                 problem=problem) for row, number, problem in self.problems()]
