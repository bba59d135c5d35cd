"""A bar chart of complaints per month with the median reply time as a line, painted with QPainter and
exportable as PNG (statistics for an office's report)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reklamera.register.statistics import Month


class MonthlyChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthly-chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.months: tuple[Month, ...] = ()
        self.labels = ("", "")  # (bars, line)

    def show_months(self, months: tuple[Month, ...], bars_label: str, line_label: str) -> None:
        self.months, self.labels = months, (bars_label, line_label)
        self.setAccessibleDescription("; ".join(f"{m.month}: {m.complaints}" for m in months))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        # The plot starts below the legend and a count's height, so neither is ever drawn over a bar.
        left, right, top, bottom = 40.0, self.width() - 40.0, line * 3.4, self.height() - line * 2.2
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        bar_colour, line_colour = QColor(31, 95, 168), QColor(230, 120, 20)
        painter.fillRect(QRectF(left, 4, 12, 12), bar_colour)
        painter.drawText(QPointF(left + 18, 4 + metrics.ascent()), self.labels[0])
        legend = left + 30 + metrics.horizontalAdvance(self.labels[0])
        painter.setPen(QPen(line_colour, 3))
        painter.drawLine(QPointF(legend, 10), QPointF(legend + 16, 10))
        painter.setPen(text)
        painter.drawText(QPointF(legend + 22, 4 + metrics.ascent()), self.labels[1])
        if not self.months:
            return
        most = max(month.complaints for month in self.months) or 1
        slowest = max((month.median_response_days or 0) for month in self.months) or 1
        step = (right - left) / len(self.months)
        points = []
        for index, month in enumerate(self.months):
            x = left + index * step
            height = (bottom - top) * month.complaints / most
            painter.fillRect(QRectF(x + step * 0.15, bottom - height, step * 0.7, height), bar_colour)
            painter.setPen(text)
            painter.drawText(QRectF(x, bottom - height - line, step, line), Qt.AlignmentFlag.AlignHCenter,
                             str(month.complaints))
            painter.drawText(QRectF(x, bottom + 4, step, line), Qt.AlignmentFlag.AlignHCenter, month.month)
            if month.median_response_days is not None:
                # The line uses 85 % of the height, so its points sit clear of the tallest bar's count.
                points.append(QPointF(x + step / 2,
                                      bottom - 0.85 * (bottom - top) * month.median_response_days / slowest))
        painter.setPen(QPen(line_colour, 3))
        for start, end in itertools.pairwise(points):
            painter.drawLine(start, end)
        for point in points:
            painter.drawEllipse(point, 3, 3)
        painter.end()
