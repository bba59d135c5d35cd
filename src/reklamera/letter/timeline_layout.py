"""Where each part of the handout's timeline goes, in points from the picture's top left corner: the one source
of its geometry, for the PDF and for the preview's SVG alike (timeline_drawing.py draws what this places).

No Qt, no ReportLab: the caller measures text (``measure(text, size, bold)``), so tests place labels of any width.

The labels never collide. Each hangs like a flag from a pole at its day, text to the right of the pole, above or
below the bands. On one side, a label that would reach another's pole goes one row further out, so every pole
passes only between the labels nearer to the line, never through one (the rows form a staircase). The line is
kept short enough that every label fits to the right of its pole; the strip goes on to the edge. Which side each
label takes is chosen to need the fewest rows. A period's caption is written in its band where it fits between
the poles; the others are explained in a legend below.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from reklamera.letter.timeline import Kind, Span, Timeline, scale

Measure = Callable[[str, float, bool], float]  # (text, font size, bold) -> width in points
MOST_MARKS_SEARCHED = 10  # 2 ** 10 side choices; more marks than the handout has take turns instead


@dataclass(frozen=True)
class Metrics:
    """Sizes in points."""

    label_size: float = 9.0
    caption_size: float = 8.0
    leading: float = 1.22  # the font's line height (Carlito: ascent 0.952 + descent 0.269)
    ascent: float = 0.952
    band: float = 10.0  # the height of the status strip and of the presumption band
    band_gap: float = 2.0
    pole: float = 5.0  # the shortest pole: from the bands to the first row of labels
    row_gap: float = 2.0
    inset: float = 2.5  # a label's text starts this far right of its pole
    gap: float = 6.0  # the least room between two labels in one row
    caption_pad: float = 5.5  # between a caption and the poles beside it (and their marks, 3.6 wide each side)
    legend_gap: float = 7.0  # between the labels and the legend
    swatch: float = 8.0


class Side(Enum):
    ABOVE = "above"
    BELOW = "below"


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class Text:
    text: str
    x: float  # where the text starts
    baseline: float
    size: float
    bold: bool = False


@dataclass(frozen=True)
class Label:
    index: int  # of the mark in Timeline.marks
    side: Side
    row: int  # 0 next to the bands
    box: Box  # the text's extent, from the pole (one of its edges) to the end of the longer line
    left: bool  # the text stands to the left of the pole
    pole: tuple[float, float]  # y from, y to: from the bands to the label
    lines: tuple[Text, Text]  # the name, the date


@dataclass(frozen=True)
class Strip:
    span: Span
    box: Box
    caption: Text | None  # None: too narrow, the legend explains it


@dataclass(frozen=True)
class LegendItem:
    span: Span
    swatch: Box
    caption: Text


class Stroke(Enum):
    """How a day's tick through the bands is drawn."""

    PLAIN = "plain"
    LIMIT = "limit"  # red and heavy: the last day the act allows
    TODAY = "today"  # dashed: where the customer stands


@dataclass(frozen=True)
class Tick:
    x: float
    top: float
    bottom: float
    stroke: Stroke


@dataclass(frozen=True)
class Glyph:
    """What marks a day on the line besides its tick: today a triangle pointing at the line, the complaint a dot,
    the seller's reply day a diamond."""

    kind: Kind
    points: tuple[float, ...]  # a polygon's corners x, y, x, y …; a dot: its centre x, y and radius


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    xs: tuple[float, ...]  # each mark's x, in the order of Timeline.marks
    bands: Box  # from the top of the highest band to the bottom of the status strip: where the ticks go
    axis_y: float  # the middle of the status strip: the line itself
    strips: tuple[Strip, ...]
    labels: tuple[Label, ...]
    legend: tuple[LegendItem, ...]
    ticks: tuple[Tick, ...] = ()
    glyphs: tuple[Glyph, ...] = ()


# How it looks: light tints under dark text, so that it also reads from a black-and-white printer.
INK = "#222222"
POLE = "#8a8a8a"
AXIS = "#555555"
FILLS = {Span.SAFE: "#a8dcb2", Span.RISK: "#f6d68f", Span.LATE: "#f0a6a1", Span.PRESUMPTION: "#b9cff2"}
LIMIT = "#b3261e"
COMPLAINT = "#e8940f"
REPLY = "#2f5f9e"
STROKES = {Stroke.PLAIN: (AXIS, 0.9), Stroke.LIMIT: (LIMIT, 1.8), Stroke.TODAY: (INK, 1.2)}
TODAY_DASHES = (2.2, 1.6)
POLE_WIDTH, AXIS_WIDTH, OUTLINE_WIDTH = 0.5, 0.75, 0.5


@functools.lru_cache(maxsize=32)  # the preview, its picture and the PDF place the same timeline
def handout_layout(timeline: Timeline, width: float) -> Layout:
    """The handout's picture, its text measured in the letter's font."""
    from reklamera.letter.font_metrics import text_width

    return layout(timeline, width, text_width)


def layout(timeline: Timeline, width: float, measure: Measure, metrics: Metrics = Metrics()) -> Layout:
    m = metrics
    marks = timeline.marks
    if not marks:
        return Layout(width, 0.0, (), Box(0, 0, width, 0), 0.0, (), (), ())
    widths = [m.inset + max(measure(mark.name, m.label_size, mark.bold), measure(mark.date, m.label_size, False))
              for mark in marks]
    fraction = scale([mark.day for mark in marks], 0.0, 1.0)
    end = _line_end(width, [fraction(mark.day) for mark in marks], widths)
    x_of = scale([mark.day for mark in marks], 0.0, end)
    xs = [x_of(mark.day) for mark in marks]
    plan, rows = _sides_and_rows(xs, widths, m.gap)

    line = m.label_size * m.leading
    height = 2 * line
    above = 1 + max((row for row, side in zip(rows, plan.sides, strict=True) if side is Side.ABOVE), default=-1)
    below = 1 + max((row for row, side in zip(rows, plan.sides, strict=True) if side is Side.BELOW), default=-1)
    bands_top = m.pole + above * height + (above - 1) * m.row_gap if above else 0.0
    presumption = any(period.span is Span.PRESUMPTION for period in timeline.periods)
    strip_top = bands_top + (m.band + m.band_gap if presumption else 0.0)
    bands_bottom = strip_top + m.band

    labels = []
    for index, mark in enumerate(marks):
        row, side, left = rows[index], plan.sides[index], plan.lefts[index]
        offset = m.pole + row * (height + m.row_gap)
        top = bands_bottom + offset if side is Side.BELOW else bands_top - offset - height
        pole = (bands_bottom, top) if side is Side.BELOW else (bands_top, top + height)
        texts = ((mark.name, mark.bold, top), (mark.date, False, top + line))
        lines = tuple(Text(words, _start(xs[index], measure(words, m.label_size, bold), left, m.inset),
                           line_top + m.ascent * m.label_size, m.label_size, bold)
                      for words, bold, line_top in texts)
        low, _high = _extent(xs[index], widths[index], left)
        labels.append(Label(index, side, row, Box(low, top, widths[index], height), left, pole, (lines[0], lines[1])))

    strips, unexplained = [], []
    for period in timeline.periods:
        start = x_of(period.start)
        stop = x_of(period.end) if period.end is not None else width
        top = bands_top if period.span is Span.PRESUMPTION else strip_top
        box = Box(start, top, max(stop - start, 1.0), m.band)
        caption = _caption(period.caption, box, xs, measure, m)
        strips.append(Strip(period.span, box, caption))
        if caption is None:
            unexplained.append(period)

    bottom = bands_bottom + (m.pole + below * height + (below - 1) * m.row_gap if below else 0.0)
    legend, bottom = _legend(unexplained, width, bottom + m.legend_gap, measure, m) if unexplained else ((), bottom)
    axis = strip_top + m.band / 2
    strokes = {Kind.LIMIT: Stroke.LIMIT, Kind.TODAY: Stroke.TODAY}
    ticks = tuple(Tick(x, bands_top + 2, bands_bottom - 2, strokes.get(mark.kind, Stroke.PLAIN))
                  for x, mark in zip(xs, marks, strict=True))
    glyphs = tuple(glyph for x, mark in zip(xs, marks, strict=True) if (glyph := _glyph(mark.kind, x, axis)))
    return Layout(width, bottom, tuple(xs), Box(0.0, bands_top, width, bands_bottom - bands_top), axis,
                  tuple(strips), tuple(labels), legend, ticks, glyphs)


def _glyph(kind: Kind, x: float, axis: float) -> Glyph | None:
    if kind is Kind.TODAY:
        return Glyph(kind, (x - 3.5, axis + 5, x + 3.5, axis + 5, x, axis - 1))
    if kind is Kind.COMPLAINT:
        return Glyph(kind, (x, axis, 3.2))
    if kind is Kind.REPLY:
        return Glyph(kind, (x, axis - 3.6, x + 3.2, axis, x, axis + 3.6, x - 3.2, axis))
    return None


def _start(pole: float, used: float, left: bool, inset: float) -> float:
    """Where a line of a label starts: just right of the pole, or ending just left of it."""
    return pole - inset - used if left else pole + inset


def _line_end(width: float, fractions: Sequence[float], widths: Sequence[float]) -> float:
    """The x of the last day: as far right as lets every label fit to the right of its pole (a label wider than
    the picture's half would squeeze the line below a third of it: such a label runs past the edge instead)."""
    end = width
    for share, label in zip(fractions, widths, strict=True):
        if share > 0:
            end = min(end, (width - label) / share)
    return max(end, width / 3)


@dataclass(frozen=True)
class _Plan:
    """Where each label hangs: on which side of the line, and to the left of its pole or (usually) the right."""

    sides: tuple[Side, ...]
    lefts: tuple[bool, ...]


def _extent(x: float, width: float, left: bool) -> tuple[float, float]:
    return (x - width, x) if left else (x, x + width)


def _rows(xs: Sequence[float], widths: Sequence[float], plan: _Plan, gap: float) -> list[int] | None:
    """The row of every label, or None when two labels would each need to be further out than the other.

    A label whose extent holds another's pole must be further out than that label, so the pole stops before it;
    two labels in one row must not overlap. Labels are placed in that order (from the right among equals), each
    in the first row that is free for it; a pole at exactly another's pole (the same day) is shared."""
    count = len(xs)
    lows, highs = [], []
    for i in range(count):
        low, high = _extent(xs[i], widths[i], plan.lefts[i])
        lows.append(low)
        highs.append(high)
    order = sorted(range(count), key=lambda i: (xs[i], i), reverse=True)
    rows = [-1] * count
    for side in Side:
        members = [i for i in order if plan.sides[i] is side]
        inner: dict[int, list[int]] = {}
        for a in members:  # the labels whose poles pass through a's label, unless a is further out
            if plan.lefts[a]:
                inner[a] = [b for b in members if lows[a] - gap < xs[b] < xs[a]]
            else:
                inner[a] = [b for b in members if xs[a] < xs[b] < highs[a] + gap]
        waiting = members
        while waiting:
            ready = next((a for a in waiting if all(rows[b] >= 0 for b in inner[a])), None)
            if ready is None:
                return None  # a cycle: these labels face each other
            a = ready
            waiting = [b for b in waiting if b != a]
            taken = {rows[b] for b in members if rows[b] >= 0 and lows[a] < highs[b] + gap and lows[b] < highs[a] + gap}
            row = 1 + max((rows[b] for b in inner[a]), default=-1)
            while row in taken:
                row += 1
            rows[a] = row
    return rows


def _score(plan: _Plan, rows: list[int]) -> tuple[int, int, int, int]:
    """Fewest rows in all, then the fewest on the busier side, then fewest labels to the left of their pole and
    above the line (the wizard has them below)."""
    depth = {side: 1 + max((row for row, placed in zip(rows, plan.sides, strict=True) if placed is side), default=-1)
             for side in Side}
    return (sum(depth.values()), max(depth.values()), sum(plan.lefts), plan.sides.count(Side.ABOVE))


def _staircase_depth(xs: Sequence[float], widths: Sequence[float], members: Sequence[int], gap: float) -> int:
    """How many rows :func:`_rows` gives the labels ``members`` (ordered from the right) when all stand to the right
    of their poles, quickly: each one row further out than every label whose pole it would reach."""
    placed: list[tuple[float, int]] = []
    for a in members:
        reach = xs[a] + widths[a] + gap
        row = 1 + max((row for x, row in placed if xs[a] < x < reach), default=-1)
        taken = {row for x, row in placed if x == xs[a]}  # the same day: the two would overlap
        while row in taken:
            row += 1
        placed.append((xs[a], row))
    return 1 + max((row for _x, row in placed), default=-1)


def _sides_and_rows(xs: Sequence[float], widths: Sequence[float], gap: float) -> tuple[_Plan, list[int]]:
    """Every side for every label, all to the right of their poles (a staircase: always possible); then, one label
    at a time, the other side or the left of its pole wherever that saves a row."""
    count = len(xs)
    order = sorted(range(count), key=lambda i: (xs[i], i), reverse=True)
    if count > MOST_MARKS_SEARCHED:
        starts = [tuple(Side.BELOW if i % 2 == 0 else Side.ABOVE for i in range(count))]
    else:
        starts = list(itertools.product((Side.BELOW, Side.ABOVE), repeat=count))
    depths: dict[tuple[int, ...], int] = {}  # one side's labels -> its rows (each set is on one side or the other)

    def depth(members: tuple[int, ...]) -> int:
        if members not in depths:
            depths[members] = _staircase_depth(xs, widths, members, gap)
        return depths[members]

    def quick(sides: tuple[Side, ...]) -> tuple[int, int, int, int]:
        above = depth(tuple(i for i in order if sides[i] is Side.ABOVE))
        below = depth(tuple(i for i in order if sides[i] is Side.BELOW))
        return (above + below, max(above, below), 0, sides.count(Side.ABOVE))

    sides = min(starts, key=quick)
    plan = _Plan(sides, (False,) * count)
    rows = _rows(xs, widths, plan, gap)
    assert rows is not None  # labels to the right of their poles never face each other
    best = (_score(plan, rows), plan, rows)
    improved = True
    while improved:
        improved = False
        for index in range(count):
            for side, left in itertools.product(Side, (False, True)):
                plan = best[1]
                if (side, left) == (plan.sides[index], plan.lefts[index]) or (left and xs[index] < widths[index]):
                    continue
                tried = _Plan(_replace(plan.sides, index, side), _replace(plan.lefts, index, left))
                rows = _rows(xs, widths, tried, gap)
                if rows is not None and _score(tried, rows) < best[0]:
                    best, improved = (_score(tried, rows), tried, rows), True
    return best[1], best[2]


def _replace(values: tuple, index: int, value) -> tuple:
    return (*values[:index], value, *values[index + 1:])


def _caption(text: str, box: Box, xs: Sequence[float], measure: Measure, m: Metrics) -> Text | None:
    """The caption in the band's widest stretch between two poles, when it fits there."""
    cuts = sorted({box.left, box.right, *(x for x in xs if box.left < x < box.right)})
    start, stop = max(itertools.pairwise(cuts), key=lambda pair: pair[1] - pair[0])
    used = measure(text, m.caption_size, False)
    if used + 2 * m.caption_pad > stop - start:
        return None
    baseline = box.top + box.height / 2 + 0.32 * m.caption_size  # the capital letters' middle on the band's
    return Text(text, (start + stop - used) / 2, baseline, m.caption_size)


def _legend(periods, width: float, top: float, measure: Measure, m: Metrics) -> tuple[tuple[LegendItem, ...], float]:
    """A swatch and its caption for each period, side by side, on as many lines as they need."""
    line = max(m.caption_size * m.leading, m.swatch) + 2
    items, x, y = [], 0.0, top
    for period in periods:
        used = m.swatch + 3 + measure(period.caption, m.caption_size, False)
        if x > 0 and x + used > width:
            x, y = 0.0, y + line
        swatch = Box(x, y + (line - 2 - m.swatch * 0.75) / 2, m.swatch, m.swatch * 0.75)
        baseline = y + (line - 2) / 2 + 0.32 * m.caption_size
        items.append(LegendItem(period.span, swatch, Text(period.caption, x + m.swatch + 3, baseline,
                                                          m.caption_size)))
        x += used + 12
    return tuple(items), y + line
