"""The handout's timeline as SVG, for the preview and the printout: the same layout and colours as the PDF's
drawing (timeline_layout.py), written out as plain SVG that Qt's renderer (SVG Tiny) draws. No ReportLab here:
the preview shows without loading it."""

from __future__ import annotations

import functools
import math
from html import escape as _escape  # not xml.sax.saxutils: it loads urllib and http (a fifth of a second)

from reklamera.letter.font_metrics import FAMILY
from reklamera.letter.timeline import Timeline
from reklamera.letter.timeline_layout import (
    AXIS,
    AXIS_WIDTH,
    COMPLAINT,
    FILLS,
    INK,
    OUTLINE_WIDTH,
    POLE,
    POLE_WIDTH,
    REPLY,
    STROKES,
    TODAY_DASHES,
    Box,
    Stroke,
    Text,
    handout_layout,
)


@functools.lru_cache(maxsize=16)
def svg(timeline: Timeline, width: float) -> str:
    """The picture ``width`` points wide (one SVG unit a point), titled and described for a screen reader."""
    placed = handout_layout(timeline, width)
    height = math.ceil(placed.height)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="{_n(width)}" '
             f'height="{height}" viewBox="0 0 {_n(width)} {height}">',
             f"<title>{_escape(timeline.title)}</title>", f"<desc>{_escape(timeline.description())}</desc>",
             f'<rect x="0" y="0" width="{_n(width)}" height="{height}" fill="#ffffff"/>',
             _line(0, placed.axis_y, width, placed.axis_y, AXIS, AXIS_WIDTH)]
    parts += [_box(strip.box, FILLS[strip.span]) for strip in placed.strips]
    parts += [_text(strip.caption) for strip in placed.strips if strip.caption is not None]
    parts += [_line(placed.xs[label.index], label.pole[0], placed.xs[label.index], label.pole[1], POLE, POLE_WIDTH)
              for label in placed.labels]
    for tick in placed.ticks:
        colour, stroke = STROKES[tick.stroke]
        parts.append(_line(tick.x, tick.top, tick.x, tick.bottom, colour, stroke,
                           TODAY_DASHES if tick.stroke is Stroke.TODAY else None))
    for glyph in placed.glyphs:
        if glyph.kind.value == "complaint":
            cx, cy, radius = glyph.points
            parts.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(radius)}" fill="{COMPLAINT}" stroke="{INK}" '
                         'stroke-width="0.6"/>')
        else:
            corners = " ".join(_n(value) for value in glyph.points)
            outline = f' stroke="{INK}" stroke-width="{OUTLINE_WIDTH}"' if glyph.kind.value == "reply" else ""
            parts.append(f'<polygon points="{corners}" fill="{REPLY if outline else INK}"{outline}/>')
    for label in placed.labels:
        parts += [_text(label.lines[0]), _text(label.lines[1])]
    for item in placed.legend:
        parts += [_box(item.swatch, FILLS[item.span], outline=True), _text(item.caption)]
    parts.append("</svg>")
    return "\n".join(parts)


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _line(x1: float, y1: float, x2: float, y2: float, colour: str, width: float,
          dashes: tuple[float, ...] | None = None) -> str:
    dash = f' stroke-dasharray="{",".join(_n(d) for d in dashes)}"' if dashes else ""
    return (f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" stroke="{colour}" '
            f'stroke-width="{_n(width)}"{dash}/>')


def _box(area: Box, fill: str, outline: bool = False) -> str:
    edge = f' stroke="{AXIS}" stroke-width="{OUTLINE_WIDTH}"' if outline else ""
    return (f'<rect x="{_n(area.left)}" y="{_n(area.top)}" width="{_n(area.width)}" height="{_n(area.height)}" '
            f'fill="{fill}"{edge}/>')


def _text(words: Text) -> str:
    weight = ' font-weight="bold"' if words.bold else ""
    return (f'<text x="{_n(words.x)}" y="{_n(words.baseline)}" font-family="{_escape(FAMILY)}" '
            f'font-size="{_n(words.size)}"{weight} fill="{INK}">{_escape(words.text)}</text>')
