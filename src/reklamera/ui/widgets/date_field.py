"""A date field people can type into: the language's own format, ISO, "14.3.", "i går"; it echoes what it understood
("= 14 mars 2026"), opens a calendar on Alt+Down or F4, and is left with one Tab. Parsing is reklamera.inputs'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reklamera.i18n import LOCALES, N_

if TYPE_CHECKING:
    from reklamera.inputs import Parsed

# QtCore.Qt and reklamera.inputs are imported where they are used: together they cost about 18 ms at start-up,
# and the first page has no date field.

CALENDAR_HINT = N_("Type the date, or press Alt+Down or F4 for a calendar.")


class DateField(QWidget):
    """``value()`` is a ``datetime.date`` or None (empty, or not understood: ``problem()`` says why)."""

    is_date_field = True  # BasePage parses such fields' text before storing it (without importing this module)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        """``compact``: for a table cell, the echo is the field's tooltip instead of text beside it."""
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.language = "en"
        self.gettext: Callable[[str], str] = str
        self.today: Callable[[], dt.date] = dt.date.today
        from reklamera.inputs import Parsed

        self._parsed: Parsed[dt.date] = Parsed()
        self.edit = QLineEdit()
        self.edit.setObjectName("date-text")
        self.edit.setMaxLength(40)
        # Wide enough for "30.12.2026" or "2026-12-30" and a little more; the echo takes the rest of the row.
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 16)
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.button = QToolButton()
        self.button.setObjectName("date-calendar")
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down and F4 open it from the text: one Tab stop
        self.button.clicked.connect(self.open_calendar)
        self.compact = compact
        self.echo = QLabel()
        self.echo.setObjectName("date-echo")
        self.echo.setVisible(not compact)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addWidget(self.echo, 1)
        self.setFocusProxy(self.edit)
        self.focus_target = self.edit  # where the focus and a reason go (see BasePage.watch)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)
        self._popup: _CalendarPopup | None = None

    # --- the language ------------------------------------------------------------------------------------
    def apply_language(self, language: str, gettext: Callable[[str], str],
                       today: Callable[[], dt.date] | None = None) -> None:
        """Read and write dates the way ``language`` does; reasons in ``gettext``'s language."""
        value = self.value()
        self.language, self.gettext = language, gettext
        if today is not None:
            self.today = today
        from reklamera.inputs import format_date

        self.edit.setPlaceholderText(format_date(self.today(), language))
        self.edit.setToolTip(gettext(CALENDAR_HINT))
        self.edit.setAccessibleDescription(gettext(CALENDAR_HINT))
        self.button.setToolTip(gettext(CALENDAR_HINT))
        self.button.setAccessibleName(gettext("Calendar"))
        if value is not None:
            self.set_value(value)
        else:
            self._parse()

    # --- the value ---------------------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        return self._parsed.value

    def problem(self) -> str:
        """Why the text is not a date (translated), or "" when it is one or the field is empty."""
        return self._parsed.problem

    def set_value(self, value: dt.date | None) -> None:
        from reklamera.inputs import format_date

        before = self.value()
        self.edit.setText("" if value is None else format_date(value, self.language))
        self._parse()
        if self.value() != before:
            self.edited.emit()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override: the text field is what is read
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _parse(self) -> None:
        from reklamera.inputs import parse_date

        self._parsed = parse_date(self.edit.text(), self.language, self.today(), self.gettext)
        self.echo.setText(self._parsed.echo)
        if self.compact:
            self.edit.setToolTip(self._parsed.echo or self._parsed.problem)

    def _typed(self, _text: str) -> None:
        self._parse()
        self.edited.emit()

    def _tidy(self) -> None:
        """On leaving the field, a date that was understood is written the language's way ("i går" -> 1.12.2026)."""
        from reklamera.inputs import format_date

        if self._parsed.value is not None:
            tidy = format_date(self._parsed.value, self.language)
            if tidy != self.edit.text():
                self.edit.setText(tidy)

    # --- the calendar ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import Qt

        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return False

    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.chosen.connect(self._chosen)
        self._popup.show_for(self, self.value() or self.today(), self.language)

    def _chosen(self, value: dt.date) -> None:
        from PySide6.QtCore import Qt

        self.set_value(value)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


class _CalendarPopup(QFrame):
    chosen = Signal(object)

    def __init__(self, owner: QWidget) -> None:
        from PySide6.QtCore import Qt

        super().__init__(owner, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("date-calendar-popup")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.activated.connect(self._activated)
        self.calendar.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def show_for(self, owner: QWidget, day: dt.date, language: str) -> None:
        from PySide6.QtCore import QLocale, Qt

        self.calendar.setLocale(QLocale(LOCALES.get(language, "en_GB")))
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.move(owner.mapToGlobal(owner.rect().bottomLeft()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _activated(self, date: QDate) -> None:
        self.hide()
        self.chosen.emit(dt.date(date.year(), date.month(), date.day()))
