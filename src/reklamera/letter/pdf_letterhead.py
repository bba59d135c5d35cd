"""An office letterhead (.docx) for the PDF letter: its page size and margins, and its header and footer
(paragraphs of text with their alignment, bold, italic, size and colour; pictures in line with the text or
placed on the page; simple tables; text aligned at tab stops), read with python-docx and drawn with ReportLab.

Not carried over, because the PDF has no Word layout engine behind it: the office's fonts (the PDF uses the
letter's font, Carlito, for all text), text boxes, shapes and WordArt, table borders and shading, fields (page
numbers in the letterhead show the text Word last saved; the PDF numbers its own pages "1 (2)"), even-page
headers, and pictures in formats other than PNG, JPEG, GIF and BMP (EMF and WMF logos; SVG logos are drawn
from the PNG copy Word saves beside them).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Table, TableStyle

from reklamera.i18n import N_
from reklamera.letter.compose import LetterError
from reklamera.letter.pdf_flowables import InlineRow, TabLine
from reklamera.letter.render_pdf import FONT, LINE, MARGINS, PAGE

EMU_PER_POINT = 12700
ALIGNMENTS = {WD_ALIGN_PARAGRAPH.CENTER: TA_CENTER, WD_ALIGN_PARAGRAPH.RIGHT: TA_RIGHT,
              WD_ALIGN_PARAGRAPH.JUSTIFY: TA_JUSTIFY}
NS = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}


def load_letterhead(path) -> Letterhead:
    """Read ``path``; a missing file or one that is not a Word document is a :class:`LetterError`, with the
    same words as for the Word letter."""
    name = Path(path).name
    if not Path(path).is_file():
        raise LetterError(name, N_("no such template file"))
    try:
        document = Document(str(path))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise LetterError(name, N_("is not a Word document (.docx) that can be used as a letterhead")) from None
    section = document.sections[-1]
    top, right, bottom, left = (_pt(value, default) for value, default in zip(
        (section.top_margin, section.right_margin, section.bottom_margin, section.left_margin), MARGINS, strict=True))
    head = Letterhead(
        page_size=(_pt(section.page_width, PAGE[0]), _pt(section.page_height, PAGE[1])),
        margins=(top, right, bottom, left),
        header_distance=_pt(section.header_distance, 12.5 * mm),
        footer_distance=_pt(section.footer_distance, 12.5 * mm),
    )
    footer_top = head.page_size[1] - head.margins[2]  # where a footer's paragraph-anchored pictures start
    head.header = _Part.read(section.header, head, head.header_distance)
    head.footer = _Part.read(section.footer, head, footer_top)
    first = section.different_first_page_header_footer
    head.first_header = _Part.read(section.first_page_header, head, head.header_distance) if first else head.header
    head.first_footer = _Part.read(section.first_page_footer, head, footer_top) if first else head.footer
    return head


def _pt(length, default: float) -> float:
    return length / EMU_PER_POINT if length is not None else default


@dataclass
class Picture:
    """A picture placed on the page (a floating logo): its position from the page's top left corner."""
    image: ImageReader
    x: float
    y: float
    width: float
    height: float


@dataclass
class _Part:
    """A header or a footer: its flowables (paragraphs, tables) and the pictures placed on the page."""
    flowables: list = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)

    @classmethod
    def read(cls, docx_part, head: Letterhead, origin: float) -> _Part:
        part = cls()
        source = _Source(docx_part, head, part.pictures, origin)
        for item in docx_part.iter_inner_content():
            if isinstance(item, DocxParagraph):
                part.flowables.append(_paragraph(item, source))
            elif isinstance(item, DocxTable):
                table = _table(item, source)
                if table is not None:
                    part.flowables.append(table)
        return part

    def height(self, width: float) -> float:
        return sum(flowable.getSpaceBefore() + flowable.wrap(width, 10_000)[1] + flowable.getSpaceAfter()
                   for flowable in self.flowables)


@dataclass
class _Source:
    """What reading one paragraph needs: the part its pictures live in, the page they are placed on, and how
    far from the page's top edge the header or footer begins."""
    part: object
    head: Letterhead
    pictures: list[Picture]
    origin: float


@dataclass
class Letterhead:
    page_size: tuple[float, float]
    margins: tuple[float, float, float, float]  # top, right, bottom, left
    header_distance: float
    footer_distance: float
    header: _Part = field(default_factory=_Part)
    footer: _Part = field(default_factory=_Part)
    first_header: _Part = field(default_factory=_Part)
    first_footer: _Part = field(default_factory=_Part)

    @property
    def width(self) -> float:
        return self.page_size[0] - self.margins[1] - self.margins[3]

    def body_margins(self) -> tuple[float, float, float, float]:
        """Top, right, bottom, left for the letter's text: as in Word, a header or footer taller than its
        margin pushes the text away from it (on every page, the taller of the first and the other pages')."""
        top, right, bottom, left = self.margins
        header = max(self.header.height(self.width), self.first_header.height(self.width))
        footer = max(self.footer.height(self.width), self.first_footer.height(self.width))
        if header:
            top = max(top, self.header_distance + header + 6)
        if footer:
            bottom = max(bottom, self.footer_distance + footer + 6)
        return top, right, bottom, left

    def draw(self, canvas, *, first: bool) -> None:
        _width, height = self.page_size
        left = self.margins[3]
        canvas.saveState()
        header, footer = (self.first_header, self.first_footer) if first else (self.header, self.footer)
        for picture in header.pictures + footer.pictures:
            canvas.drawImage(picture.image, picture.x, height - picture.y - picture.height,
                             picture.width, picture.height, mask="auto")
        top = height - self.header_distance
        for flowable in header.flowables:
            _, used = flowable.wrap(self.width, height)
            top -= flowable.getSpaceBefore()
            flowable.drawOn(canvas, left, top - used)
            top -= used + flowable.getSpaceAfter()
        bottom = self.footer_distance + footer.height(self.width)
        for flowable in footer.flowables:
            _, used = flowable.wrap(self.width, height)
            bottom -= flowable.getSpaceBefore()
            flowable.drawOn(canvas, left, bottom - used)
            bottom -= used + flowable.getSpaceAfter()
        canvas.restoreState()


def _style_chain(paragraph: DocxParagraph):
    style = paragraph.style
    while style is not None:
        yield style
        style = style.base_style


def _inherited(paragraph: DocxParagraph, get, default=None):
    for style in _style_chain(paragraph):
        value = get(style)
        if value is not None:
            return value
    return default


def _paragraph(paragraph: DocxParagraph, source: _Source) -> Flowable:
    fmt = paragraph.paragraph_format
    alignment = fmt.alignment if fmt.alignment is not None else _inherited(
        paragraph, lambda style: style.paragraph_format.alignment)
    size = _inherited(paragraph, lambda style: style.font.size)
    size = size.pt if size is not None else 11
    before = fmt.space_before if fmt.space_before is not None else _inherited(
        paragraph, lambda style: style.paragraph_format.space_before)
    after = fmt.space_after if fmt.space_after is not None else _inherited(
        paragraph, lambda style: style.paragraph_format.space_after)
    style = ParagraphStyle(
        "Letterhead", fontName=FONT, fontSize=size, leading=size * LINE, autoLeading="max",
        alignment=ALIGNMENTS.get(alignment, TA_LEFT), spaceBefore=before.pt if before else 0,
        spaceAfter=after.pt if after else 0,
    )
    segments: list[list] = [[]]  # the paragraph split at its tabs: markup strings and inline pictures
    for run in paragraph.runs:
        font = _run_font(run, paragraph, size)
        for child in run.element.iterchildren():
            if child.tag == qn("w:t"):
                segments[-1].append(_span(child.text or "", font))
            elif child.tag == qn("w:tab"):
                segments.append([])
            elif child.tag in (qn("w:br"), qn("w:cr")):
                segments[-1].append("<br/>")
            else:
                segments[-1].extend(filter(None, (_picture(drawing, source) for drawing in _drawings(child))))
    parts = [InlineRow.of(pieces, style) for pieces in segments]
    return parts[0] if len(parts) == 1 else TabLine(parts, _tab_stops(paragraph), style)


def _run_font(run, paragraph: DocxParagraph, size: float) -> tuple[str, float, str]:
    bold = run.bold if run.bold is not None else _inherited(paragraph, lambda style: style.font.bold, False)
    italic = run.italic if run.italic is not None else _inherited(paragraph, lambda style: style.font.italic, False)
    name = FONT + ("-BoldItalic" if bold and italic else "-Bold" if bold else "-Italic" if italic else "")
    run_size = run.font.size.pt if run.font.size is not None else size
    try:
        color = run.font.color.rgb
    except (ValueError, AttributeError):
        color = None
    return name, run_size, f"#{color}" if color is not None else "#000000"


def _span(text: str, font: tuple[str, float, str]) -> str:
    """A run's text as markup (XML already keeps control characters out of a .docx)."""
    name, size, color = font
    return f'<font name="{name}" size="{size:g}" color="{color}">{escape(text)}</font>' if text else ""


def _drawings(element):
    """The w:drawing elements of a run child: directly, or in the chosen branch of mc:AlternateContent."""
    if element.tag == qn("w:drawing"):
        yield element
    elif element.tag == f"{{{NS['mc']}}}AlternateContent":
        yield from element.findall(f"{{{NS['mc']}}}Choice/{qn('w:drawing')}")


def _picture(drawing, source: _Source) -> Image | None:
    """An inline picture -> an Image to set in the line; a floating one goes to ``source.pictures``."""
    blip = drawing.find(".//a:blip", NS)
    holder = drawing[0] if len(drawing) else None
    extent = holder.find("wp:extent", NS) if holder is not None else None
    if blip is None or holder is None or extent is None:
        return None  # a shape, a text box or a chart: not carried over
    data = _image_data(source.part, blip.get(f"{{{NS['r']}}}embed"))
    if data is None:
        return None
    width, height = int(extent.get("cx")) / EMU_PER_POINT, int(extent.get("cy")) / EMU_PER_POINT
    if holder.tag == f"{{{NS['wp']}}}anchor":
        x, y = _offset(holder, "positionH", width, source), _offset(holder, "positionV", height, source)
        source.pictures.append(Picture(ImageReader(io.BytesIO(data)), x, y, width, height))
        return None
    return Image(io.BytesIO(data), width, height)


def _image_data(part, rid: str | None) -> bytes | None:
    """The picture, or None when it is missing or in a format Pillow cannot read (EMF, WMF)."""
    try:
        blob = part.part.related_parts[rid].blob
        with PILImage.open(io.BytesIO(blob)) as image:
            image.verify()
        return blob
    except (KeyError, OSError, UnidentifiedImageError, ValueError, SyntaxError):
        return None


def _offset(anchor, axis: str, size: float, source: _Source) -> float:
    """Where a floating picture goes on one axis, from the page's top or left edge. The reference is the page,
    the margin, or (vertically) the header's or footer's paragraph; any other counts from the margin."""
    position = anchor.find(f"wp:{axis}", NS)
    if position is None:
        return 0.0
    top, right, bottom, left = source.head.margins
    page, before, after = ((source.head.page_size[0], left, right) if axis == "positionH"
                           else (source.head.page_size[1], top, bottom))
    relative = position.get("relativeFrom", "margin")
    start, span = (0.0, page) if relative == "page" else (before, page - before - after)
    if axis == "positionV" and relative in ("paragraph", "line"):
        start = source.origin
    offset = position.find("wp:posOffset", NS)
    if offset is not None and (offset.text or "").strip().lstrip("-").isdigit():
        return start + int(offset.text) / EMU_PER_POINT
    align = position.find("wp:align", NS)
    where = align.text if align is not None else "left"
    if where in ("center",):
        return start + (span - size) / 2
    if where in ("right", "bottom", "outside"):
        return start + span - size
    return start


def _tab_stops(paragraph: DocxParagraph) -> list[tuple[float, str]]:
    stops: dict[float, WD_TAB_ALIGNMENT] = {}
    for style in reversed(list(_style_chain(paragraph))):
        for stop in style.paragraph_format.tab_stops:
            stops[stop.position.pt] = stop.alignment
    for stop in paragraph.paragraph_format.tab_stops:
        stops[stop.position.pt] = stop.alignment
    kept = [(position, alignment) for position, alignment in sorted(stops.items())
            if alignment != WD_TAB_ALIGNMENT.CLEAR]
    return [(position, {WD_TAB_ALIGNMENT.CENTER: "center", WD_TAB_ALIGNMENT.RIGHT: "right",
                        WD_TAB_ALIGNMENT.DECIMAL: "right"}.get(alignment, "left")) for position, alignment in kept]


def _table(table: DocxTable, source: _Source) -> Table | None:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            cells.append([_paragraph(paragraph, source) for paragraph in cell.paragraphs])
        rows.append(cells)
    if not rows:
        return None
    grid = table._tbl.tblGrid
    widths = [int(column.get(qn("w:w"))) / 20 for column in grid.findall(qn("w:gridCol"))] if grid is not None else []
    columns = max(len(row) for row in rows)
    col_widths = widths if len(widths) == columns and all(widths) else None
    result = Table(rows, colWidths=col_widths, hAlign="LEFT")
    result.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 5.4), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return result
