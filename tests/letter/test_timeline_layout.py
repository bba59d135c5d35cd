"""The handout's timeline: what it shows (per country and status) and where it puts it. Labels never overlap, no
pole runs through another label, nothing leaves the picture, captions sit between the poles."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reklamera.case import load_case
from reklamera.i18n import LANGUAGES, translations
from reklamera.letter.timeline import Kind, Mark, Period, Span, Timeline, handout_timeline
from reklamera.letter.timeline_layout import Layout, Metrics, Side, layout
from reklamera.rules import assess
from reklamera.rules.calendar import reply_deadline
from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY
from reklamera.verdict import long_date_formatter

D = dt.date.fromisoformat
COUNTRIES = ("SE", "NO", "DK", "FI", "IS")
EPSILON = 1e-6


METRICS = Metrics()


def problems(timeline: Timeline, placed: Layout, measured=None, metrics: Metrics = METRICS) -> list[str]:
    """Every way the picture could be unreadable; [] when it is clean."""
    found = []
    labels = placed.labels
    for label in labels:
        box = label.box
        if box.left < -EPSILON or box.right > placed.width + EPSILON:
            found.append(f"label {label.index} leaves the picture: {box}")
        if box.top < -EPSILON or box.bottom > placed.height + EPSILON:
            found.append(f"label {label.index} is cut off at the top or bottom: {box}")
        if box.bottom > placed.bands.top + EPSILON and box.top < placed.bands.bottom - EPSILON:
            found.append(f"label {label.index} lies on the bands")
        for line in label.lines:
            if line.x < box.left - EPSILON:
                found.append(f"label {label.index}: a line starts left of its box")
        pole = placed.xs[label.index]
        if not box.left - EPSILON <= pole <= box.right + EPSILON:
            found.append(f"label {label.index} is not at its pole")
    for a, b in itertools.permutations(labels, 2):
        if a.side is b.side and a.row == b.row and a.index < b.index:
            apart = max(b.box.left - a.box.right, a.box.left - b.box.right)
            if apart < metrics.gap - EPSILON:
                found.append(f"labels {a.index} and {b.index} overlap in row {a.row} ({apart:.1f} pt apart)")
        # a's pole, from the bands to a's label, must not pass through b's text
        low, high = sorted(a.pole)
        x = placed.xs[a.index]
        crosses_rows = low < b.box.bottom - EPSILON and b.box.top + EPSILON < high
        if crosses_rows and b.box.left + EPSILON < x < b.box.right - EPSILON:
            found.append(f"the pole of label {a.index} runs through label {b.index}")
    order = sorted(range(len(timeline.marks)), key=lambda i: timeline.marks[i].day)
    if any(placed.xs[i] > placed.xs[j] + EPSILON for i, j in itertools.pairwise(order)):
        found.append("the days are out of order")
    for strip in placed.strips:
        if strip.caption is None:
            continue
        used = (measured or measure)(strip.caption.text, strip.caption.size, False)
        start, stop = strip.caption.x, strip.caption.x + used
        if start < strip.box.left - EPSILON or stop > strip.box.right + EPSILON:
            found.append(f"the caption of {strip.span} leaves its band")
        if any(start - metrics.caption_pad + EPSILON < x < stop + metrics.caption_pad - EPSILON for x in placed.xs):
            found.append(f"a pole crosses the caption of {strip.span}")
    lowest = max((label.box.bottom for label in labels), default=0.0)
    for a, b in itertools.combinations(placed.legend, 2):
        if a.swatch.top == b.swatch.top and a.caption.x >= b.swatch.left and a.swatch.left <= b.caption.x:
            found.append("two legend entries overlap")
    for item in placed.legend:
        if item.swatch.top < lowest or item.swatch.top < placed.bands.bottom:
            found.append(f"the legend entry {item.span} is not below the labels")
    return found


def measure(text: str, size: float, _bold: bool) -> float:
    return len(text) * size * 0.5


# --- generated timelines: any days, any label lengths ---------------------------------------------------------

@st.composite
def timelines(draw) -> tuple[Timeline, float]:
    start = D("2024-01-01")
    offsets = draw(st.lists(st.integers(0, 2500), min_size=1, max_size=9))
    kinds = draw(st.lists(st.sampled_from(list(Kind)), min_size=len(offsets), max_size=len(offsets)))
    names = draw(st.lists(st.integers(1, 32), min_size=len(offsets), max_size=len(offsets)))
    dates = draw(st.lists(st.integers(8, 20), min_size=len(offsets), max_size=len(offsets)))
    marks = sorted((Mark(kind, start + dt.timedelta(days=offset), "N" * name, "d" * date)
                    for kind, offset, name, date in zip(kinds, offsets, names, dates, strict=True)),
                   key=lambda mark: mark.day)
    days = sorted({mark.day for mark in marks})
    periods = []
    for span in draw(st.lists(st.sampled_from(list(Span)), max_size=4, unique=True)):
        first = draw(st.sampled_from(days))
        end = draw(st.sampled_from([None, *[day for day in days if day > first]]))
        periods.append(Period(span, first, end, "c" * draw(st.integers(3, 45))))
    width = draw(st.floats(300, 600))
    return Timeline(tuple(marks), tuple(periods), "t"), width


@given(timelines())
def test_generated_timelines_are_placed_without_collisions(case: tuple[Timeline, float]) -> None:
    timeline, width = case
    placed = layout(timeline, width, measure)
    assert problems(timeline, placed) == []
    assert len(placed.labels) == len(timeline.marks)


@given(timelines())
def test_every_band_is_named_in_it_or_in_the_legend(case: tuple[Timeline, float]) -> None:
    timeline, width = case
    placed = layout(timeline, width, measure)
    named = [strip.span for strip in placed.strips if strip.caption] + [item.span for item in placed.legend]
    assert sorted(named) == sorted(period.span for period in timeline.periods)


def test_a_crowded_month_takes_rows_and_both_sides() -> None:
    """Eight days within four weeks on a narrow picture: a staircase of rows, on both sides of the line."""
    start = D("2026-10-01")
    marks = tuple(Mark(Kind.DISCOVERED, start + dt.timedelta(days=4 * i), f"Label number {i}", "23 October 2026")
                  for i in range(8))
    placed = layout(Timeline(marks, (), "t"), 320, measure)
    assert problems(Timeline(marks, (), "t"), placed) == []
    assert {label.side for label in placed.labels} == {Side.ABOVE, Side.BELOW}
    assert max(label.row for label in placed.labels) >= 1


def test_one_day_only() -> None:
    timeline = Timeline((Mark(Kind.TODAY, D("2026-10-23"), "Today", "23 October 2026"),), (), "t")
    placed = layout(timeline, 400, measure)
    assert problems(timeline, placed) == [] and placed.height > 0


def test_nothing_to_show() -> None:
    assert layout(Timeline((), (), "t"), 400, measure).height == 0


# --- what the handout shows, from real assessments ------------------------------------------------------------

def _picture(country: str, language: str = "en", *, complained: dt.date | None = None,
             discovered: dt.date | None = None, today: dt.date = SAMPLE_TODAY) -> Timeline:
    case = load_case(SAMPLE_CASE)
    case.country = country
    case.complained = complained
    if discovered:
        case.defect.discovered = discovered
    assessment = assess(case.facts(), today)
    return handout_timeline(assessment, case.product.delivered, case.defect.discovered, today,
                            reply_deadline(country, assessment.complained, 14), translations(language).gettext,
                            long_date_formatter(language))


def _spans(timeline: Timeline) -> dict[Span, tuple[dt.date, dt.date | None]]:
    return {period.span: (period.start, period.end) for period in timeline.periods}


def test_sweden_the_limit_is_for_the_defect_so_no_complaint_is_cut_off() -> None:
    picture = _picture("SE")
    assert [mark.kind for mark in picture.marks] == [Kind.DELIVERED, Kind.DISCOVERED, Kind.TODAY, Kind.REPLY,
                                                     Kind.SAFE_END, Kind.PRESUMPTION_END, Kind.LIMIT]
    assert _spans(picture) == {Span.SAFE: (D("2026-10-02"), D("2026-12-02")),
                               Span.RISK: (D("2026-12-02"), None),  # reasonable time goes on past the limit
                               Span.PRESUMPTION: (D("2025-01-17"), D("2027-01-17"))}
    assert picture.marks[-1].name == "The defect must become apparent by"


def test_norway_too_late_after_the_limit() -> None:
    spans = _spans(_picture("NO"))
    assert spans[Span.RISK] == (D("2026-12-02"), D("2027-01-17")) and spans[Span.LATE] == (D("2027-01-17"), None)


def test_finland_has_no_limit() -> None:
    picture = _picture("FI")
    assert Kind.LIMIT not in {mark.kind for mark in picture.marks}
    assert _spans(picture)[Span.RISK][1] is None and Span.LATE not in _spans(picture)


def test_a_limit_before_the_two_months_end_cuts_them_short() -> None:
    """Norway, two years: a defect noticed three weeks before the limit is always in time only until the limit."""
    spans = _spans(_picture("NO", discovered=D("2026-12-27"), complained=D("2026-12-28"), today=D("2026-12-28")))
    assert spans[Span.SAFE] == (D("2026-12-27"), D("2027-01-17")) and Span.RISK not in spans


def test_too_late_shows_no_periods() -> None:
    picture = _picture("NO", complained=D("2027-02-01"))
    assert picture.periods == () and Kind.COMPLAINT in {mark.kind for mark in picture.marks}


def test_a_complaint_made_today_is_shown_as_today() -> None:
    kinds = [mark.kind for mark in _picture("SE").marks]
    assert Kind.TODAY in kinds and Kind.COMPLAINT not in kinds


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("country", COUNTRIES)
def test_the_samples_in_every_language_are_clean_with_the_real_font(country: str, language: str) -> None:
    from reklamera.letter.font_metrics import text_width as carlito

    picture = _picture(country, language, complained=D("2026-10-20"))  # a complaint three days ago: 8 marks
    for width in (415.0, 453.0):  # a letterhead's text and the plain page's
        placed = layout(picture, width, carlito)
        assert problems(picture, placed, carlito) == []
        assert placed.height < 160  # under 6 cm: the handout keeps its room


def test_the_font_is_measured_as_the_pdf_sets_it() -> None:
    """The picture is placed with widths read from Carlito's own tables: the same as ReportLab's, to the point."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reklamera.letter.font_metrics import text_width
    from reklamera.letter.render_pdf import FONT, _register_fonts

    _register_fonts()
    for text in ("Virheen on ilmettävä viimeistään", "17. tammikuuta 2028", "Þú fékkst vöruna afhenta – „já“ …",
                 "Ætti að svara í síðasta lagi", "6\xa0490,00\xa0kr ŠŽ šž Ðð Øø Åå", "\u2011\uffff"):
        for bold in (False, True):
            assert text_width(text, 9, bold) == pytest.approx(stringWidth(text, f"{FONT}-Bold" if bold else FONT, 9))


def test_the_svg_and_the_pdf_drawing_come_from_one_layout() -> None:
    from reklamera.letter.timeline_drawing import drawing
    from reklamera.letter.timeline_layout import handout_layout
    from reklamera.letter.timeline_svg import svg

    picture = _picture("NO", "is", complained=D("2026-10-20"))
    placed = handout_layout(picture, 453.0)
    written = svg(picture, 453.0)
    strings = {(round(s.x, 2), round(s.y, 2), s.text) for s in _strings(drawing(picture, 453.0))}
    height = drawing(picture, 453.0).height
    for label in placed.labels:
        for line in label.lines:
            assert f'x="{line.x:.2f}'.rstrip("0").rstrip(".") in written and f">{line.text}</text>" in written
            assert (round(line.x, 2), round(height - line.baseline, 2), line.text) in strings
    assert written.count("<rect") == 1 + len(placed.strips) + len(placed.legend)  # the white page, bands, swatches


def _strings(group):
    from reportlab.graphics.shapes import Group, String

    for item in group.contents:
        if isinstance(item, String):
            yield item
        elif isinstance(item, Group):
            yield from _strings(item)


def test_the_preview_never_loads_reportlab() -> None:
    """The preview's picture is SVG written from the layout: the window never waits for ReportLab to load."""
    import subprocess
    import sys

    probe = ("import sys\n"
             "from reklamera.case import load_case\n"
             "from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY\n"
             "from reklamera.session import CaseSession\n"
             "from reklamera.letter.html import letter_html, pictures\n"
             "content = CaseSession(load_case(SAMPLE_CASE), today=SAMPLE_TODAY).handout('fi')\n"
             "assert 'picture:' in letter_html(content) and pictures(content)\n"
             "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'PySide6', 'docx'))\n"
             "assert not loaded, loaded\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
