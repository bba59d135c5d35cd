"""A date picker that can also be empty ("not set"), in the UI locale's format, with a calendar popup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QDateEdit, QSizePolicy

UNSET = QDate(1900, 1, 1)  # shown as the special "not set" text; never a real purchase date


class DateField(QDateEdit):
    """``value()`` is a ``datetime.date`` or None. The first step down from "not set" jumps to today."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumDate(UNSET)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText("—")
        self.setDate(UNSET)
        self.apply_locale(QLocale())
        self.dateChanged.connect(lambda _date: self.edited.emit())

    def apply_locale(self, locale: QLocale) -> None:
        # The locale's short format, but always with a four-digit year (dd.MM.yy is ambiguous in a letter).
        pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        self.setDisplayFormat(pattern)
        self.setLocale(locale)
        self.calendarWidget().setLocale(locale)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == UNSET else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(UNSET if value is None else QDate(value.year, value.month, value.day))

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.date() == UNSET:
            today = QDate.currentDate()
            self.setDate(today)
            return
        super().stepBy(steps)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Open the calendar on today rather than on the year 1900 when nothing is set yet.
        if self.date() == UNSET:
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        super().mousePressEvent(event)
