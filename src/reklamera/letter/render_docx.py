"""LetterContent -> a Word document: A4, real styles (Title, Heading 2, Quote, List Number), properties set.

An office template (.docx letterhead) keeps its headers, footers, styles and page setup; only its body is
replaced. The file is written atomically and an existing file is never overwritten unless asked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from reklamera.i18n import N_
from reklamera.letter import layout
from reklamera.letter.compose import LetterError
from reklamera.letter.content import Block, BlockKind, LetterContent
from reklamera.letter.sanitize import bind_sections
from reklamera.storage import EXISTS, write_output

# Word language tags for the letter's language: spell checking and hyphenation in the recipient's Word.
WORD_LANGUAGES = {"sv": "sv-SE", "nb": "nb-NO", "da": "da-DK", "fi": "fi-FI", "is": "is-IS", "en": "en-GB"}
FONT = "Calibri"  # Word's default; LibreOffice shows it with the metric-compatible Carlito
FACTS_TAB = Mm(layout.FACTS_TAB)


def render_docx(
    content: LetterContent,
    path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    overwrite: bool = False,
    now: dt.datetime | None = None,
) -> Path:
    """Write ``content`` to ``path``. Raises :class:`LetterError` for a bad template or an existing file."""
    if not overwrite and Path(path).exists():  # refuse before the work, not only after it
        raise LetterError(str(path), EXISTS)
    return write_output(path, docx_bytes(content, template=template, now=now), overwrite=overwrite, error=LetterError)


def docx_bytes(content: LetterContent, *, template: str | os.PathLike[str] | None = None,
               now: dt.datetime | None = None) -> bytes:
    """The document in memory (for previews and tests)."""
    document = _open_template(template) if template else _blank_a4()
    _fill(document, content)
    if content.translation is not None:  # the same letter in the second language, from a new page
        document.add_page_break()
        _fill(document, content.translation)
    _typeset(document, content.keep_together)
    _later_pages(document, content)
    _set_properties(document, content, now or dt.datetime.now(dt.UTC))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add(document, text: str, style: ParagraphStyle | None):
    """A paragraph in ``style``. Its id is set on the paragraph itself: python-docx's ``style=`` looks the
    default style up in the whole style sheet on every call (a third of the rendering time)."""
    paragraph = document.add_paragraph(text)
    if style is not None:
        paragraph._p.style = style.style_id
    return paragraph


def _blank_a4():
    document = Document()
    section = document.sections[0]
    # python-docx's template is US Letter: a Nordic letter is A4 with comfortable margins.
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(layout.MARGIN_LEFT), Mm(layout.MARGIN_RIGHT)
    section.top_margin, section.bottom_margin = Mm(layout.MARGIN_TOP), Mm(layout.MARGIN_BOTTOM)
    _tune_styles(document)
    return document


def _open_template(template: str | os.PathLike[str]):
    name = Path(template).name
    if not Path(template).is_file():
        raise LetterError(name, N_("no such template file"))
    try:
        document = Document(str(template))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise LetterError(name, N_("is not a Word document (.docx) that can be used as a letterhead")) from None
    body = document.element.body
    for child in list(body):  # keep only the final section properties: page setup, header and footer links
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _fit_title(document)
    _tune_spacing(document)
    return document


def _tune_spacing(document) -> None:
    """On a letterhead, the office's fonts, sizes and colours stay; the spacing of our paragraphs becomes the
    letter's (LETTER_STYLES), as the PDF lays them out, so a normal letter fits one page on either (Word 2007's
    defaults, 10 pt after and 1.15 lines, would push it onto two)."""
    styles = _styles(document)
    for name, (_font, paragraph) in LETTER_STYLES.items():
        if name in styles and name != "Title":
            for attribute, value in paragraph.items():
                setattr(styles[name].paragraph_format, attribute, value)


def _fit_title(document) -> None:
    """Keep the office's styles, but a subject line is not a report title: Word's and python-docx's default
    Title (26–28 pt, a rule below) would push a one-page letter onto two. Cap it at 14 pt, no rule."""
    try:
        title = document.styles["Title"]
    except KeyError:
        return
    if title.font.size is None or title.font.size > Pt(16):
        title.font.size = Pt(14)
        title.paragraph_format.space_after = Pt(8)
    border = title.element.pPr.find(qn("w:pBdr")) if title.element.pPr is not None else None
    if border is not None:
        title.element.pPr.remove(border)


# Letter-sized styles: (font, paragraph format) attributes per style; the default template's Title (26 pt,
# blue rule) and headings are for reports, not letters.
LETTER_STYLES: dict[str, tuple[dict[str, object], dict[str, object]]] = {
    "Normal": ({"name": FONT, "size": Pt(11)}, {"space_after": Pt(6), "line_spacing": 1.0}),
    "Title": ({"name": FONT, "size": Pt(13), "bold": True}, {"space_before": Pt(12), "space_after": Pt(10)}),
    "Heading 2": ({"name": FONT, "size": Pt(11), "bold": True}, {"space_before": Pt(8), "space_after": Pt(2)}),
    "Quote": ({"name": FONT, "size": Pt(11)}, {"left_indent": Mm(8)}),
    "List Number": ({}, {"space_after": Pt(2)}),
    "List Bullet": ({}, {"space_after": Pt(2)}),
}
BLACK = ("Title", "Heading 2")


def _tune_styles(document) -> None:
    styles = _styles(document)
    for name, (font, paragraph) in LETTER_STYLES.items():
        for attribute, value in font.items():
            setattr(styles[name].font, attribute, value)
        for attribute, value in paragraph.items():
            setattr(styles[name].paragraph_format, attribute, value)
    for name in BLACK:
        styles[name].font.color.rgb = RGBColor(0, 0, 0)
    _fit_title(document)


STYLE_NAMES = tuple(LETTER_STYLES)


def _styles(document) -> dict[str, ParagraphStyle]:
    """Our styles the document has, looked up once (each lookup by name walks the whole style sheet);
    an office letterhead may lack some of them, and those paragraphs fall back to Normal."""
    found: dict[str, ParagraphStyle] = {}
    for name in STYLE_NAMES:
        with contextlib.suppress(KeyError):
            found[name] = document.styles[name]
    return found


def _lines(document, lines: tuple[str, ...], *, align=None, space_after: float = 12):
    paragraph = document.add_paragraph()
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index < len(lines) - 1:
            run.add_break()
    paragraph.paragraph_format.space_after = Pt(space_after)
    if align is not None:
        paragraph.alignment = align
    return paragraph


def _header(document, content: LetterContent) -> None:
    """The recipient's address where a window envelope shows it (layout.py has the figures and their sources),
    the sender's details and the place and date to its right: one table without borders, so Word and
    LibreOffice place it alike."""
    section = document.sections[-1]
    top = section.top_margin.mm if section.top_margin is not None else layout.MARGIN_TOP
    width = section.page_width - section.left_margin - section.right_margin
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    properties = table._tbl.tblPr
    margins = properties.makeelement(qn("w:tblCellMar"), {})
    for side in ("top", "left", "bottom", "right"):
        margins.append(margins.makeelement(qn(f"w:{side}"), {qn("w:w"): "0", qn("w:type"): "dxa"}))
    properties.append(margins)
    row = table.rows[0]
    row.height, row.height_rule = Mm(layout.header_height(top) if content.window else 0), WD_ROW_HEIGHT_RULE.AT_LEAST
    address, sender = row.cells
    address.width, sender.width = Mm(layout.ADDRESS_WIDTH), width - Mm(layout.ADDRESS_WIDTH)
    for column, cell_width in zip(table.columns, (address.width, sender.width), strict=True):
        column.width = cell_width
    _cell_lines(address.paragraphs[0], content.recipient)
    address.paragraphs[0].paragraph_format.space_before = Mm(layout.window_offset(top) if content.window else 0)
    _cell_lines(sender.paragraphs[0], content.sender)
    sender.paragraphs[0].paragraph_format.space_after = Pt(12)
    date = sender.add_paragraph(content.place_and_date)
    date.paragraph_format.space_after = Pt(0)


def _cell_lines(paragraph, lines: tuple[str, ...]) -> None:
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index < len(lines) - 1:
            run.add_break()
    paragraph.paragraph_format.space_after = Pt(0)


def _fill(document, content: LetterContent) -> None:
    styles = _styles(document)
    _set_language(styles["Normal"], WORD_LANGUAGES[content.language])
    if content.recipient:
        _header(document, content)
    else:  # the handout: no addresses, the date at the right
        _lines(document, content.sender, space_after=18)
        _lines(document, (content.place_and_date,), align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=6)
    title = _add(document, content.subject, styles.get("Title"))
    if "Title" not in styles:
        title.runs[0].bold = True
    if content.salutation:
        document.add_paragraph(content.salutation)
    signed = any(line.strip("_ ") for line in content.signature)
    for index, block in enumerate(content.body):
        added = _block(document, block, styles)
        if index == len(content.body) - 1 and (content.closing or signed):
            # The last block stays with the closing and the signature: they never stand alone on a page.
            for paragraph in added:
                paragraph.paragraph_format.keep_with_next = True
    if content.closing:
        closing = document.add_paragraph(content.closing)
        closing.paragraph_format.space_before = Pt(6)
        closing.paragraph_format.keep_with_next = True
    if signed:  # a summary for a dispute body has no closing, only the name (as its plain text)
        signature = _lines(document, content.signature, space_after=0)
        signature.paragraph_format.keep_together = True
    if content.footer:
        footer = document.add_paragraph()
        footer.paragraph_format.space_before = Pt(14)
        run = footer.add_run(content.footer)
        run.italic = True
        run.font.size = Pt(9)


def _block(document, block: Block, styles: dict[str, ParagraphStyle]) -> list[Paragraph]:
    """Add ``block``; returns its paragraphs (``document.paragraphs`` would build one object per paragraph)."""
    if block.kind is BlockKind.HEADING:
        paragraph = _add(document, block.text, styles.get("Heading 2"))
        paragraph.paragraph_format.keep_with_next = True
        if "Heading 2" not in styles:
            paragraph.runs[0].bold = True
        return [paragraph]
    if block.kind is BlockKind.QUOTE:
        paragraphs = block.text.split("\n")
        quote = _add(document, "", styles.get("Quote"))
        for index, part in enumerate(paragraphs):
            run = quote.add_run(part)
            if index < len(paragraphs) - 1:
                run.add_break()
        return [quote]
    if block.kind is BlockKind.FACTS:
        rows = []
        for index, (label, value) in enumerate(block.rows):
            paragraph = document.add_paragraph()
            rows.append(paragraph)
            paragraph.add_run(f"{label}:\t")
            paragraph.add_run(value)
            paragraph_format = paragraph.paragraph_format
            paragraph_format.tab_stops.add_tab_stop(FACTS_TAB)
            paragraph_format.left_indent, paragraph_format.first_line_indent = FACTS_TAB, -FACTS_TAB
            paragraph_format.space_after = Pt(8 if index == len(block.rows) - 1 else 0)
            paragraph_format.keep_with_next = index < len(block.rows) - 1  # the block stays on one page
        return rows
    if block.kind in (BlockKind.NUMBERED, BlockKind.BULLETED):
        style = styles.get("List Number" if block.kind is BlockKind.NUMBERED else "List Bullet")
        items = []
        for number, item in enumerate(block.items, 1):
            text = item if style else (f"{number}. {item}" if block.kind is BlockKind.NUMBERED else f"– {item}")
            items.append(_add(document, text, style))
        items[-1].paragraph_format.space_after = Pt(8)  # the last item: air before the next paragraph
        if block.kind is BlockKind.NUMBERED and style is not None:
            _number_from_one(document, style, items)
        return items
    return [document.add_paragraph(block.text)]


def _number_from_one(document, style: ParagraphStyle, paragraphs) -> None:
    """Each numbered list counts from 1 (the claims, then the attachments): its own numbering instance of the
    List Number style's list, started at 1. A letterhead whose style has no list keeps Word's behaviour."""
    try:
        numbering = document.part.numbering_part.element
        style_num = style.element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
    except (AttributeError, KeyError, NotImplementedError):
        return
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for paragraph in paragraphs:
        numbered = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numbered.get_or_add_ilvl().val = 0
        numbered.get_or_add_numId().val = num.numId


def _typeset(document, keep_together: tuple[str, ...]) -> None:
    """No line break between a number and its "§", nor inside a value that must stay whole (the order number:
    its hyphens become Word's own non-breaking hyphen, which Word and LibreOffice draw with the font's hyphen
    and copy as a plain one)."""
    for text in document.element.body.iter(qn("w:t")):
        value = text.text or ""
        bound = bind_sections(value)
        if bound != value:
            text.text = value = bound
        spans = [match.span() for token in keep_together if "-" in token
                 for match in re.finditer(re.escape(token), value)]
        if not spans:
            continue
        cuts = sorted(start + index for start, end in spans for index, character in enumerate(value[start:end])
                      if character == "-")
        pieces, previous = [], 0
        for cut in cuts:
            pieces.append(value[previous:cut])
            previous = cut + 1
        pieces.append(value[previous:])
        text.text = pieces[0]
        anchor = text
        for piece in pieces[1:]:
            hyphen = text.makeelement(qn("w:noBreakHyphen"), {})
            anchor.addnext(hyphen)
            following = text.makeelement(qn("w:t"), {})
            following.text = piece
            following.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            hyphen.addnext(following)
            anchor = following
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _later_pages(document, content: LetterContent) -> None:
    """From the second page on, the sender's name and "2 (3)" at the top, as Nordic business letters number
    their pages; the first page keeps its own header (empty, or the letterhead's). A letterhead that has one
    header for every page gets the line under its header on every page (its first page cannot be told apart
    without copying its pictures)."""
    if not content.author:
        return
    section = document.sections[-1]
    if not section.different_first_page_header_footer and not _header_has_content(section.header):
        section.different_first_page_header_footer = True  # our own blank page, or an empty letterhead header
    paragraph = section.header.add_paragraph() if _header_has_content(section.header) else \
        section.header.paragraphs[0]
    paragraph_format = paragraph.paragraph_format
    for inherited in (Inches(3.25), Inches(6.5)):  # the Header style's centre and right stops
        paragraph_format.tab_stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
    paragraph_format.tab_stops.add_tab_stop(section.page_width - section.left_margin - section.right_margin,
                                            WD_TAB_ALIGNMENT.RIGHT)
    paragraph_format.space_after = Pt(12)
    run = paragraph.add_run(f"{content.author}\t")
    run.font.size = Pt(9)
    for kind, after in (("PAGE", " ("), ("NUMPAGES", ")")):
        _field(paragraph, kind)
        paragraph.add_run(after).font.size = Pt(9)


def _header_has_content(header) -> bool:
    return not header.is_linked_to_previous and any(
        paragraph.text.strip() or paragraph._p.xpath(".//w:drawing") for paragraph in header.paragraphs)


def _field(paragraph, code: str) -> None:
    """A Word field ({ PAGE }, { NUMPAGES }) as begin, instruction, separator, a placeholder and end runs."""
    for kind, text in (("begin", ""), ("", f" {code} "), ("separate", ""), ("", "1"), ("end", "")):
        run = paragraph.add_run()
        run.font.size = Pt(9)
        if kind:
            run._r.append(run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind}))
        elif text == "1":  # what a reader shows until it updates the field
            run.text = "1"
        else:
            instruction = run._r.makeelement(qn("w:instrText"), {})
            instruction.text = text
            instruction.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run._r.append(instruction)


def _set_language(normal, tag: str) -> None:
    """Mark the text's language on the Normal style, so Word checks the spelling in the right language."""
    rpr = normal.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def _set_properties(document, content: LetterContent, now: dt.datetime) -> None:
    properties = document.core_properties
    properties.title = content.title
    properties.subject = content.subject
    properties.author = content.author
    properties.last_modified_by = content.author
    properties.keywords = content.keywords
    properties.language = WORD_LANGUAGES[content.language]
    properties.comments = ""
    properties.category = ""
    properties.revision = 1
    moment = now.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None)  # Word stores UTC
    properties.created = moment
    properties.modified = moment
