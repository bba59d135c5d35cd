"""LetterContent -> a PDF with the layout of the Word letter: A4, the same margins, styles and spacing, the
letter's font embedded, the office letterhead's header and footer, properties and the document language set.

Made with ReportLab's open-source toolkit (BSD licence), in pure Python: no Qt, no display, no system library,
so `reklamera letter|followup|escalate -o x.pdf` runs on a server and in the Windows bundle alike.

Why ReportLab and not fpdf2 (LGPL-3.0, also pure Python and fit for a GPL-3.0-or-later app):
- Layout: ReportLab's Platypus is a real page-layout engine (paragraphs that break across pages with widow and
  orphan control, keep-with-next, keep-together, hanging indents for lists); fpdf2 gives cells and columns and
  leaves keeping a heading with its text, or a closing with its signature, to the caller.
- Fonts: both embed subsets of a TrueType font with a ToUnicode map (the text can be searched and copied).
  ReportLab reads and subsets the font itself; fpdf2 needs fontTools (about 30 MB installed). Neither needs a
  shaping engine for the Nordic languages (both can use uharfbuzz when asked; we do not).
- Metadata: both set title, author, subject, keywords and the document language (/Lang).
- Tagged PDF / PDF/UA: neither can. The open-source ReportLab writes no structure tree at all; fpdf2 tags only
  images, links and outline entries, through internal API, and has no PDF/UA mode (PDF/A only).
  The letter is an untagged PDF with its language and title set; Word's "Save as PDF" of the .docx remains the
  way to an accessible, tagged file.
- Line breaking: both break at spaces and respect no-break spaces (Babel's `\\xa0` in "6 490,00 kr"). Neither
  hyphenates on its own (ReportLab can with the optional pyphen package); the Word letter is not hyphenated
  either, and a ragged-right letter needs none.
- Cost: `import reportlab.platypus` takes about 0.1 s (fpdf2 with fontTools about 0.2 s), only when a PDF is
  made. Both need Pillow, which is most of what the bundle gains (docs/pdf.md has the figures).

The font is Carlito (SIL OFL 1.1, shipped in ``reklamera/fonts``): metric-compatible with Calibri, the Word
letter's font, so both documents break their lines alike. It covers every letter of the six languages.
"""

from __future__ import annotations

import functools
import io
import os
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from reklamera.i18n import N_
from reklamera.letter import layout
from reklamera.letter.compose import LetterError
from reklamera.letter.content import Block, BlockKind, LetterContent
from reklamera.letter.sanitize import bind_sections, clean
from reklamera.storage import EXISTS, write_output

# BCP 47 tags for /Lang: screen readers and "read aloud" pick their voice by it. The same tags as render_docx's
# WORD_LANGUAGES (a test keeps them equal; importing them would load python-docx for every PDF).
PDF_LANGUAGES = {"sv": "sv-SE", "nb": "nb-NO", "da": "da-DK", "fi": "fi-FI", "is": "is-IS", "en": "en-GB"}
FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FONT = "Carlito"
FONT_FILES = {FONT: "Carlito-Regular.ttf", f"{FONT}-Bold": "Carlito-Bold.ttf",
              f"{FONT}-Italic": "Carlito-Italic.ttf", f"{FONT}-BoldItalic": "Carlito-BoldItalic.ttf"}
# The Word letter's page: A4, margins top, right, bottom, left (render_docx._blank_a4).
PAGE = A4
MARGINS = (layout.MARGIN_TOP * mm, layout.MARGIN_RIGHT * mm, layout.MARGIN_BOTTOM * mm, layout.MARGIN_LEFT * mm)
# Word's line height for Calibri/Carlito is 1.2207 of the size (ascender + descender + line gap); Normal's
# spacing is "single" (w:line 240), as DIN 5008 and Nordic business letters set it.
LINE = 1.2207
SIZE = 11
FACTS_TAB = layout.FACTS_TAB * mm
NO_ROOM = N_("leaves too little room on the page for the letter")
SMALLEST = 0.75  # a one-page document is set at 75 % of its size at least (8.25 pt); else it takes two pages


def render_pdf(content: LetterContent, path: str | os.PathLike[str], *, overwrite: bool = False,
               letterhead: str | os.PathLike[str] | None = None) -> Path:
    """Write ``content`` to ``path`` as a PDF, atomically. Raises :class:`LetterError` for a bad letterhead,
    an existing file (unless ``overwrite``) or a folder that cannot be written to; nothing is written then."""
    if not overwrite and Path(path).exists():  # refuse before the work, not only after it
        raise LetterError(str(path), EXISTS)
    return write_output(path, pdf_bytes(content, letterhead), overwrite=overwrite, error=LetterError)


def pdf_bytes(content: LetterContent, letterhead: str | os.PathLike[str] | Path | None = None) -> bytes:
    """The PDF in memory. Page numbers "1 (2)" appear only when the letter needs more than one page, so a
    longer letter is laid out twice: once to count its pages, once with the numbers."""
    _register_fonts()
    head = None
    if letterhead:
        from reklamera.letter.pdf_letterhead import load_letterhead  # python-docx only for a letterhead

        head = load_letterhead(letterhead)
        top, _, bottom, _ = head.body_margins()
        if head.page_size[1] - top - bottom < head.page_size[1] / 4:  # a header or footer of half a page
            raise LetterError(Path(letterhead).name, NO_ROOM)
    try:
        data, pages = _build(content, head, pages=None)
        if pages > 1:
            data, _ = _build(content, head, pages=pages)
    except LayoutError:  # a text frame of a quarter page or more holds every paragraph; a letterhead's may not
        if letterhead is None:
            raise
        raise LetterError(Path(letterhead).name, NO_ROOM) from None
    return data


@functools.cache
def _register_fonts() -> None:
    for name, file in FONT_FILES.items():
        font = TTFont(name, str(FONT_DIR / file))
        glyphs, widths = font.face.charToGlyph, font.face.charWidths
        # Carlito has no non-breaking hyphen: draw a hyphen (line breaking still treats it as non-breaking).
        if 0x2011 not in glyphs and 0x2D in glyphs:
            glyphs[0x2011], widths[0x2011] = glyphs[0x2D], widths[0x2D]
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Italic",
                                  boldItalic=f"{FONT}-BoldItalic")


def _style(name: str, **attributes) -> ParagraphStyle:
    base = {"fontName": FONT, "fontSize": SIZE, "leading": SIZE * LINE, "spaceAfter": 6,
            "allowWidows": 0, "allowOrphans": 0, "bulletFontName": FONT, "bulletFontSize": SIZE,
            "autoLeading": "max"}
    return ParagraphStyle(name, **(base | attributes))


# The Word letter's styles (render_docx.LETTER_STYLES on python-docx's template), point for point.
STYLES = {
    "normal": _style("Normal"),
    "title": _style("Title", fontName=f"{FONT}-Bold", fontSize=13, leading=13 * LINE, spaceBefore=12,
                    spaceAfter=10, keepWithNext=1),
    "heading": _style("Heading2", fontName=f"{FONT}-Bold", spaceBefore=8, spaceAfter=2, keepWithNext=1),
    "quote": _style("Quote", fontName=f"{FONT}-Italic", leftIndent=8 * mm),
    # List Number / List Bullet: the number at the margin, the text a quarter inch in; no space between items.
    "item": _style("ListItem", leftIndent=0.25 * 72, spaceAfter=0),
    "fact": _style("Fact", spaceAfter=0),
    "cell": _style("Cell", fontSize=9.5, leading=9.5 * LINE, spaceAfter=0),
    "footer": _style("Footer", fontName=f"{FONT}-Italic", fontSize=9, leading=9 * LINE, spaceBefore=14),
    "page": _style("PageNumber", fontSize=9, leading=9 * LINE, alignment=TA_RIGHT),
    "page_name": _style("PageName", fontSize=9, leading=9 * LINE),
}


def _markup(text: str) -> str:
    """Plain text -> Platypus markup: escaped, line breaks kept, '§' bound to its number. (ReportLab breaks
    lines at spaces only, never at a hyphen, so the order number stays whole and is copied with its plain
    hyphens.)"""
    return "<br/>".join(escape(line) for line in bind_sections(clean(text)).split("\n"))


def _lines(values: tuple[str, ...]) -> str:
    return "<br/>".join(escape(clean(value)) for value in values)


def _paragraph(markup: str, style: str, **changes) -> Paragraph:
    chosen = STYLES[style]
    if changes:
        chosen = ParagraphStyle(f"{chosen.name}-{len(changes)}", parent=chosen, **changes)
    return Paragraph(markup, chosen)


def _header(content: LetterContent, top: float, width: float) -> Table:
    """The Word letter's header table: the recipient where a window envelope shows it (layout.py), the sender
    and the place and date beside it."""
    address = _paragraph(_lines(content.recipient), "normal", spaceAfter=0)
    sender = [_paragraph(_lines(content.sender), "normal", spaceAfter=12),
              _paragraph(escape(clean(content.place_and_date)), "normal", spaceAfter=0)]
    table = Table([[address, sender]], colWidths=[layout.ADDRESS_WIDTH * mm, width - layout.ADDRESS_WIDTH * mm],
                  hAlign="LEFT", spaceAfter=6)
    offset, least = (layout.window_offset(top / mm), layout.header_height(top / mm)) if content.window else (0, 0)
    table.setStyle(TableStyle([*_NO_PADDING, ("TOPPADDING", (0, 0), (0, 0), offset * mm)]))
    return _AtLeast(table, least * mm)


def story(content: LetterContent, top: float = MARGINS[0], width: float = PAGE[0] - MARGINS[1] - MARGINS[3]) -> list:
    """The letter as Platypus flowables, in the order and with the spacing of the Word letter; ``top`` and
    ``width``: the first page's top margin and the text's width (a letterhead's)."""
    if content.recipient:
        flowables: list = [_header(content, top, width)]
    else:  # the handout: no addresses (nor the room for them), the date at the right
        flowables = [_paragraph(_lines(content.sender), "normal", spaceAfter=18)] if content.sender else []
        flowables.append(_paragraph(escape(clean(content.place_and_date)), "normal", alignment=TA_RIGHT, spaceAfter=0))
    flowables.append(_paragraph(_markup(content.subject), "title"))
    if content.salutation:
        flowables.append(_paragraph(_markup(content.salutation), "normal"))
    blocks = [_block(block) for block in content.body]
    # The closing and the signature stay on the page of the last block (never alone on a page of their own); a
    # summary for a dispute body has no closing, only the name (render_docx does the same).
    ending = []
    if content.closing:
        ending.append(_paragraph(_markup(content.closing), "normal", spaceBefore=6, keepWithNext=1))
    if any(line.strip("_ ") for line in content.signature):
        ending.append(_paragraph(_lines(content.signature), "normal", spaceAfter=0))
    last: list = []
    if ending and blocks:  # the last block, with the heading above it (the attachments and their list)
        last = blocks.pop()
        while blocks and content.body[len(blocks) - 1].kind is BlockKind.HEADING:
            last = [*blocks.pop(), *last]
    for block_flowables in blocks:
        flowables.extend(block_flowables)
    if ending:
        flowables.append(KeepTogether([*last, *ending]))

    if content.footer:
        flowables.append(_paragraph(_markup(content.footer), "footer"))
    return flowables


def _block(block: Block) -> list:
    if block.kind is BlockKind.HEADING:
        return [_paragraph(_markup(block.text), "heading")]
    if block.kind is BlockKind.QUOTE:
        return [_paragraph(_markup(block.text), "quote")]
    if block.kind is BlockKind.FACTS:
        # Label and value in two columns, as the Word letter's tab stop at FACTS_TAB sets them.
        rows = [[_paragraph(_markup(f"{label}:"), "fact"), _paragraph(_markup(value), "fact")]
                for label, value in block.rows]
        table = Table(rows, colWidths=[FACTS_TAB, None], hAlign="LEFT", spaceAfter=8)
        table.setStyle(TableStyle(_NO_PADDING))
        return [KeepTogether([table])]
    if block.kind is BlockKind.TABLE:
        return [_TwoColumns(block)]
    if block.kind is BlockKind.TIMELINE and block.timeline is not None:
        from reklamera.letter.timeline_drawing import TimelineFlowable

        return [TimelineFlowable(block.timeline)]
    if block.kind in (BlockKind.NUMBERED, BlockKind.BULLETED):
        numbered = block.kind is BlockKind.NUMBERED
        items = []
        for number, item in enumerate(block.items, 1):
            last = number == len(block.items)
            items.append(Paragraph(_markup(item), STYLES["item"] if not last else _last_item(),
                                   bulletText=f"{number}." if numbered else "\u2022"))
        return items
    return [_paragraph(_markup(block.text), "normal")]


class _TwoColumns(Flowable):
    """Two columns, the first as wide as its longest entry (the dates), a hairline between the rows; the table is
    made again for every width it is offered (ReportLab's Table keeps the column widths of its first layout, and
    the one-page handout is laid out at several widths)."""

    def __init__(self, block: Block) -> None:
        super().__init__()
        self.block = block
        self.table: Table | None = None

    def wrap(self, available_width, available_height):
        block = self.block
        first = 10 + max(pdfmetrics.stringWidth(clean(row[0]), FONT, STYLES["cell"].fontSize) for row in block.rows)
        rows = [[_paragraph(_markup(a), "cell"), _paragraph(_markup(b), "cell")] for a, b in block.rows]
        if block.head[0]:
            rows.insert(0, [_paragraph(_markup(text), "cell", fontName=f"{FONT}-Bold") for text in block.head])
        self.table = Table(rows, colWidths=[first, max(available_width - first, 1)], hAlign="LEFT")
        self.table.setStyle(TableStyle([*_NO_PADDING, ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                        ("LINEBELOW", (0, 0), (-1, -2), 0.25, "#b0b0b0")]))
        self.width, self.height = self.table.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        assert self.table is not None
        self.table.drawOn(self.canv, 0, 0)

    def getSpaceAfter(self):
        return 8


_NO_PADDING = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
               ("VALIGN", (0, 0), (-1, -1), "TOP")]


class _AtLeast(Flowable):
    """A flowable that takes at least ``height`` (Word's row height "at least")."""

    def __init__(self, inner, height: float) -> None:
        super().__init__()
        self.inner, self.least = inner, height

    def wrap(self, available_width, available_height):
        width, used = self.inner.wrap(available_width, available_height)
        self.width, self.height = width, max(used, self.least)
        return self.width, self.height

    def draw(self) -> None:
        _, used = self.inner.wrap(self.width, self.height)
        self.inner.drawOn(self.canv, 0, self.height - used)

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()


@functools.cache
def _last_item() -> ParagraphStyle:
    return ParagraphStyle("ListItemLast", parent=STYLES["item"], spaceAfter=8)  # air before the next paragraph


class _LetterDocument(BaseDocTemplate):
    """One page template: the body frame inside the margins (moved in where the letterhead needs room), the
    letterhead drawn on every page, and "n (total)" at the top right when there is more than one page."""

    def __init__(self, buffer, content: LetterContent, head, pages: int | None) -> None:
        self.head, self.total = head, pages
        self.author = clean(content.author)
        width, height = head.page_size if head else PAGE
        top, right, bottom, left = head.body_margins() if head else MARGINS
        super().__init__(
            buffer, pagesize=(width, height), leftMargin=left, rightMargin=right, topMargin=top,
            bottomMargin=bottom, title=clean(content.title or content.subject), author=clean(content.author),
            subject=clean(content.subject), keywords=clean(content.keywords), creator="reklamera",
            lang=PDF_LANGUAGES[content.language], displayDocTitle=1, pageCompression=1, initialFontName=FONT,
        )
        frame = Frame(left, bottom, width - left - right, height - top - bottom, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("letter", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas, document) -> None:
        if self.head:
            self.head.draw(canvas, first=document.page == 1)
        if self.total:
            width, height = self.pagesize
            label = Paragraph(f"{document.page} ({self.total})", STYLES["page"])
            top = self.head.header_distance if self.head else 12.5 * mm
            _, used = label.wrap(30 * mm, 20 * mm)
            label.drawOn(canvas, width - self.rightMargin - 30 * mm, height - top - used)
            if document.page > 1 and self.author:  # the sender's name on the later pages, as in the Word letter
                name = Paragraph(escape(self.author), STYLES["page_name"])
                name.wrap(width - self.leftMargin - self.rightMargin - 35 * mm, 20 * mm)
                name.drawOn(canvas, self.leftMargin, height - top - used)


def _build(content: LetterContent, head, *, pages: int | None) -> tuple[bytes, int]:
    if content.one_page and pages is None:
        # The whole text set smaller, and its lines longer, just enough to fit the page (ReportLab's "shrink"),
        # unless that would make it too small to read: then it takes a second page at its own size.
        buffer = io.BytesIO()
        document = _LetterDocument(buffer, content, head, None)
        fitted = KeepInFrame(document.width, document.height, _flowables(content, document), mode="shrink")
        document.build([fitted])
        if getattr(fitted, "_scale", 1.0) <= 1 / SMALLEST:  # how much wider than the page it was laid out
            return buffer.getvalue(), document.page
    buffer = io.BytesIO()
    document = _LetterDocument(buffer, content, head, pages)
    document.build(_flowables(content, document))
    return buffer.getvalue(), document.page


def _flowables(content: LetterContent, document: _LetterDocument) -> list:
    flowables = story(content, document.topMargin, document.width)
    if content.translation is not None:  # the same letter in the second language, from a new page
        flowables += [PageBreak(), *story(content.translation, document.topMargin, document.width)]
    return flowables


__all__ = ["PDF_LANGUAGES", "pdf_bytes", "render_pdf", "story"]
