"""The complaint window at a glance: delivery, discovery, the presumption and the always-in-time periods,
the final limit, today and the complaint day, painted with QPainter. What it shows, and the scale of its line,
come from reklamera.letter.timeline, which the printed handout's picture shares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reklamera.letter.timeline import BAND_LABELS, BOLD, TODAY_LABEL, Band, Event, Kind, scale, timeline_items
from reklamera.rules.model import Assessment, Status
from reklamera.verdict import DateKind, KeyDate


class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # labels move to extra rows on a narrow window
        self.setSizePolicy(policy)
        self.events: list[Event] = []
        self.bands: list[Band] = []
        self.gettext: Callable[[str], str] = str
        self.format_date: Callable[[dt.date], str] = dt.date.isoformat
        self.status = Status.IN_TIME
        self.assessment: Assessment | None = None
        # Tab reaches the picture, so a screen reader reads its description (every date in words).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def label(self, kind: Kind) -> str:
        if kind is Kind.TODAY or self.assessment is None:
            return self.gettext(TODAY_LABEL)
        return self.gettext(KeyDate(DateKind(kind.value), dt.date.min).label(self.assessment))

    def show_assessment(self, assessment: Assessment, delivered: dt.date, discovered: dt.date, today: dt.date,
                        gettext: Callable[[str], str], format_date: Callable[[dt.date], str]) -> None:
        self.events, self.bands = timeline_items(assessment, delivered, discovered, today)
        self.gettext, self.format_date, self.status = gettext, format_date, assessment.status
        self.assessment = assessment
        summary = "; ".join(f"{self.label(e.kind)}: {format_date(e.day)}" for e in self.events)
        self.setAccessibleName(gettext("Timeline of the complaint"))
        self.setAccessibleDescription(summary)
        self.setToolTip(summary.replace("; ", "\n"))
        self.updateGeometry()
        self.update()

    MARGIN = 12.0

    def _axis_y(self) -> float:
        return QFontMetrics(self.font()).height() * 3.2

    def _x_of(self, width: float):
        return scale([e.day for e in self.events], self.MARGIN + 8, width - self.MARGIN - 8)

    def _labels(self, width: float) -> list[tuple[Event, float, float, int]]:
        """(event, left, label width, row) for every event: a label moves down a row while it would overlap."""
        metrics, bold = QFontMetrics(self.font()), QFontMetrics(self._bold())
        x_of = self._x_of(width)
        placed: list[tuple[Event, float, float, int]] = []
        for event in self.events:
            name, date = self.label(event.kind), self.format_date(event.day)
            name_metrics = bold if event.kind in BOLD else metrics
            label_width = max(name_metrics.horizontalAdvance(name), metrics.horizontalAdvance(date)) + 10
            left = min(max(self.MARGIN, x_of(event.day) - label_width / 2), width - self.MARGIN - label_width)
            row = 0
            while any(row == p_row and left < p_left + p_width and p_left < left + label_width
                      for _e, p_left, p_width, p_row in placed):
                row += 1
            placed.append((event, left, label_width, row))
        return placed

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        line = QFontMetrics(self.font()).height()
        rows = 1 + max((row for *_rest, row in self._labels(width)), default=0)
        return int(self._axis_y() + 14 + rows * line * 2.2)

    def sizeHint(self) -> QSize:
        return QSize(560, self.heightForWidth(max(self.width(), 560)))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(max(self.width(), 320)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.height() < self.heightForWidth(self.width()):
            self.setMinimumHeight(self.heightForWidth(self.width()))

    def paintEvent(self, _event) -> None:
        if not self.events:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if self.hasFocus():  # a clear ring, in the palette's highlight colour, 2 px
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        margin = self.MARGIN
        x_of = self._x_of(self.width())
        axis_y = self._axis_y()

        # Today: a dashed line through the bands, so "where am I" reads at a glance.
        today = next((e for e in self.events if e.kind is Kind.TODAY), None)
        if today:
            painter.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x_of(today.day), axis_y - line * 2.4), QPointF(x_of(today.day), axis_y))

        # Bands above the axis: the presumption (blue) and the always-in-time period (green).
        band_colours = {"presumption": QColor(70, 130, 220, 90), "safe": QColor(40, 170, 90, 120)}
        background = palette.color(QPalette.ColorRole.Window)
        for row, band in enumerate(self.bands):
            top = axis_y - line * (2.2 - row * 1.05)
            rect = QRectF(x_of(band.start), top, max(3.0, x_of(band.end) - x_of(band.start)), line * 0.95)
            painter.fillRect(rect, band_colours[band.key])
            painter.setPen(text)
            label = metrics.elidedText(self.gettext(BAND_LABELS[band.key]), Qt.TextElideMode.ElideRight,
                                       int(max(rect.width(), self.width() - rect.left() - margin) - 4))
            # The caption on a solid patch of the band's colour: the today line and the ticks never cross it.
            caption = QRectF(rect.left() + 2, top, metrics.horizontalAdvance(label) + 4, rect.height())
            painter.fillRect(caption, _over(band_colours[band.key], background))
            painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             label)

        # The axis, red beyond the final limit.
        painter.setPen(QPen(text, 2))
        painter.drawLine(QPointF(margin, axis_y), QPointF(self.width() - margin, axis_y))
        limit = next((e for e in self.events if e.kind is Kind.LIMIT), None)
        if limit:
            red = QColor(200, 40, 40)
            painter.setPen(QPen(red, 3))
            painter.drawLine(QPointF(x_of(limit.day), axis_y), QPointF(self.width() - margin, axis_y))
            painter.drawLine(QPointF(x_of(limit.day), axis_y - line * 2.4), QPointF(x_of(limit.day), axis_y + 6))

        # Markers and two-line labels (name, date) below, moved down a row when they would overlap.
        # The connectors first, then every label on the page colour: a connector to a lower row passes
        # behind the labels above it instead of through their text.
        bold = self._bold()
        labels = self._labels(self.width())
        for event, _left, _width, row in labels:
            x = x_of(event.day)
            self._marker(painter, event.kind, x, axis_y, text)
            if row:
                painter.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, axis_y + 8), QPointF(x, axis_y + 10 + row * line * 2.2))
        for event, left, width, row in labels:
            name = self.label(event.kind)
            date = self.format_date(event.day)
            top = axis_y + 10 + row * line * 2.2
            name_metrics = QFontMetrics(bold) if event.kind in BOLD else metrics
            for words, y, used in ((name, top, name_metrics), (date, top + line, metrics)):
                advance = used.horizontalAdvance(words) + 4
                painter.fillRect(QRectF(left + (width - advance) / 2, y, advance, line), background)
            painter.setFont(bold if event.kind in BOLD else self.font())
            painter.setPen(text)
            painter.drawText(QRectF(left, top, width, line), Qt.AlignmentFlag.AlignHCenter, name)
            painter.setFont(self.font())
            painter.drawText(QRectF(left, top + line, width, line), Qt.AlignmentFlag.AlignHCenter, date)
        painter.end()

    @staticmethod
    def _marker(painter: QPainter, kind: Kind, x: float, y: float, text: QColor) -> None:
        painter.setPen(QPen(text, 2))
        if kind is Kind.TODAY:
            path = QPainterPath()
            path.moveTo(x, y + 1)
            path.lineTo(x - 6, y + 10)
            path.lineTo(x + 6, y + 10)
            path.closeSubpath()
            painter.fillPath(path, text)
        elif kind is Kind.COMPLAINT:
            painter.setBrush(QColor(240, 160, 20))
            painter.drawEllipse(QPointF(x, y), 6, 6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.drawLine(QPointF(x, y - 6), QPointF(x, y + 6))


def _over(colour: QColor, background: QColor) -> QColor:
    """A translucent colour laid over an opaque background, as one opaque colour."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(*(alpha * getattr(colour, part)() + (1 - alpha) * getattr(background, part)()
                             for part in ("redF", "greenF", "blueF")))
