"""Two Platypus flowables a Word header or footer needs and ReportLab lacks: a row of pictures and text side by
side (a logo and the office's name), and a line whose parts sit at tab stops."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Image, Paragraph


def _natural_width(flowable, width: float, height: float) -> float:
    """How wide a one-line paragraph or inline row is when it is not stretched to the line's width."""
    if isinstance(flowable, InlineRow):
        return flowable.natural(width, height)
    flowable.wrap(width, height)
    return max(flowable.getActualLineWidths0() or [0]) + 0.5


class InlineRow(Flowable):
    """A line of pictures and text side by side (a logo and the office's name), bottoms aligned like Word's
    pictures on the text's baseline, the whole row aligned as its paragraph."""

    @classmethod
    def of(cls, pieces: list, style: ParagraphStyle) -> Flowable:
        if all(isinstance(piece, str) for piece in pieces):
            return Paragraph("".join(pieces), style)
        row, text = [], []
        for piece in [*pieces, None]:
            if isinstance(piece, str):
                text.append(piece)
                continue
            if "".join(text).strip():
                row.append(Paragraph("".join(text), style))
            text = []
            if piece is not None:
                row.append(piece)
        return cls(row, style)

    def __init__(self, row: list[Flowable], style: ParagraphStyle) -> None:
        super().__init__()
        self.row, self.style = row, style
        self.placed: list[tuple[Flowable, float, float]] = []

    def natural(self, width: float, height: float) -> float:
        return sum(piece.drawWidth if isinstance(piece, Image) else _natural_width(piece, width, height)
                   for piece in self.row)

    def wrap(self, available_width, available_height):
        self.placed, x, tallest = [], 0.0, 0.0
        for piece in self.row:
            if isinstance(piece, Image):
                used_width, used = piece.wrap(available_width, available_height)
            else:
                used_width = min(_natural_width(piece, available_width, available_height), max(available_width - x, 1))
                _, used = piece.wrap(used_width, available_height)
            self.placed.append((piece, x, used))
            x, tallest = x + used_width, max(tallest, used)
        shift = {TA_CENTER: (available_width - x) / 2, TA_RIGHT: available_width - x}.get(self.style.alignment, 0)
        self.placed = [(piece, start + max(shift, 0), used) for piece, start, used in self.placed]
        self.width, self.height = available_width, tallest
        return available_width, tallest

    def draw(self) -> None:
        for piece, start, _used in self.placed:
            piece.drawOn(self.canv, start, 0)

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter


class TabLine(Flowable):
    """A line whose parts sit at tab stops ("Office name <tab> Street 1 <tab> 08-123 45"), the way Word's
    Header and Footer styles align them: left, centred and right. Without stops, every half inch."""

    def __init__(self, parts: list[Paragraph], stops: list[tuple[float, str]], style: ParagraphStyle) -> None:
        super().__init__()
        self.parts, self.stops, self.style = parts, stops, style
        self.placed: list[tuple[Paragraph, float, float]] = []

    def wrap(self, available_width, available_height):
        self.placed, x, height = [], 0.0, 0.0
        for index, part in enumerate(self.parts):
            natural = _natural_width(part, available_width, available_height)
            if index == 0:
                anchor, align = 0.0, "left"
            elif index - 1 < len(self.stops):
                anchor, align = self.stops[index - 1]
            else:
                anchor, align = (int(x / 36) + 1) * 36, "left"
            start = {"left": anchor, "center": anchor - natural / 2, "right": anchor - natural}[align]
            start = max(start, x) if index else start  # like Word, a stop past the margin reaches into it
            _, used = part.wrap(natural, available_height)
            self.placed.append((part, start, used))
            x, height = start + natural, max(height, used)
        self.width, self.height = available_width, height
        return available_width, height

    def draw(self) -> None:
        for part, start, used in self.placed:
            part.drawOn(self.canv, start, self.height - used)

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter
