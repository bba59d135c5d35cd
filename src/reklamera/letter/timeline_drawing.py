"""The handout's timeline as a ReportLab drawing, a flowable of the PDF. Where everything goes, and in which
colour, comes from timeline_layout.py; timeline_svg.py draws the same for the preview and the printout."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from reklamera.letter.render_pdf import FONT, _register_fonts
from reklamera.letter.timeline import Timeline
from reklamera.letter.timeline_layout import (
    AXIS,
    AXIS_WIDTH,
    FILLS,
    INK,
    OUTLINE_WIDTH,
    POLE,
    POLE_WIDTH,
    STROKES,
    TODAY_DASHES,
    Box,
    Stroke,
    Text,
    handout_layout,
)
from reklamera.letter.timeline_layout import COMPLAINT as COMPLAINT_FILL
from reklamera.letter.timeline_layout import REPLY as REPLY_FILL

BOLD_FONT = f"{FONT}-Bold"


def drawing(timeline: Timeline, width: float) -> Drawing:
    """The picture, ``width`` points wide and as tall as its labels need (whole points, as the SVG)."""
    _register_fonts()
    placed = handout_layout(timeline, width)
    height = math.ceil(placed.height)
    canvas = Drawing(width, height)

    def y(top: float) -> float:  # the layout measures from the top, ReportLab from the bottom
        return height - top

    def box(area: Box, fill: str, outline: bool = False) -> Rect:
        return Rect(area.left, y(area.bottom), area.width, area.height, fillColor=HexColor(fill),
                    strokeColor=HexColor(AXIS) if outline else None, strokeWidth=OUTLINE_WIDTH)

    def text(words: Text) -> String:
        return String(words.x, y(words.baseline), words.text, fontName=BOLD_FONT if words.bold else FONT,
                      fontSize=words.size, fillColor=HexColor(INK))

    group = Group()
    group.add(Line(0, y(placed.axis_y), width, y(placed.axis_y), strokeColor=HexColor(AXIS), strokeWidth=AXIS_WIDTH))
    for strip in placed.strips:
        group.add(box(strip.box, FILLS[strip.span]))
    for strip in placed.strips:
        if strip.caption is not None:
            group.add(text(strip.caption))
    for label in placed.labels:
        x = placed.xs[label.index]
        group.add(Line(x, y(label.pole[0]), x, y(label.pole[1]), strokeColor=HexColor(POLE), strokeWidth=POLE_WIDTH))
    for tick in placed.ticks:
        colour, stroke = STROKES[tick.stroke]
        dashes = list(TODAY_DASHES) if tick.stroke is Stroke.TODAY else None
        group.add(Line(tick.x, y(tick.top), tick.x, y(tick.bottom), strokeColor=HexColor(colour), strokeWidth=stroke,
                       strokeDashArray=dashes))
    for glyph in placed.glyphs:
        fill = {"complaint": COMPLAINT_FILL, "reply": REPLY_FILL}.get(glyph.kind.value, INK)
        if glyph.kind.value == "complaint":
            cx, cy, radius = glyph.points
            group.add(Circle(cx, y(cy), radius, fillColor=HexColor(fill), strokeColor=HexColor(INK), strokeWidth=0.6))
        else:
            corners = [value if index % 2 == 0 else y(value) for index, value in enumerate(glyph.points)]
            outline = HexColor(INK) if glyph.kind.value == "reply" else None
            group.add(Polygon(corners, fillColor=HexColor(fill), strokeColor=outline, strokeWidth=OUTLINE_WIDTH))
    for label in placed.labels:
        group.add(text(label.lines[0]))
        group.add(text(label.lines[1]))
    for item in placed.legend:
        group.add(box(item.swatch, FILLS[item.span], outline=True))
        group.add(text(item.caption))
    canvas.add(group)
    return canvas


class TimelineFlowable(Flowable):
    """The picture in a PDF's text: as wide as the text, as tall as its labels need, never split."""

    def __init__(self, timeline: Timeline, space_after: float = 6.0) -> None:
        super().__init__()
        self.timeline, self.space_after = timeline, space_after
        self.picture: Drawing | None = None

    def wrap(self, available_width, available_height):
        self.picture = drawing(self.timeline, available_width)
        self.width, self.height = available_width, self.picture.height
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.graphics import renderPDF

        assert self.picture is not None
        renderPDF.draw(self.picture, self.canv, 0, 0)

    def getSpaceAfter(self):
        return self.space_after
