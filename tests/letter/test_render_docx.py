"""The Word document: page, styles, properties, letterhead templates, safe writing."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from reklamera.letter.compose import LetterError, compose
from reklamera.letter.render_docx import docx_bytes, render_docx
from tests.letter.conftest import assessed


@pytest.fixture()
def content(case):
    return compose(case, assessed(case), "sv")


def open_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


def test_a4_with_real_styles_and_properties(content) -> None:
    moment = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
    document = open_docx(docx_bytes(content, now=moment))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 25
    styles = {paragraph.style.name for paragraph in document.paragraphs}
    assert {"Normal", "Title", "Heading 2", "Quote", "List Number", "List Bullet"} <= styles
    title = next(p for p in document.paragraphs if p.style.name == "Title")
    assert title.text == content.subject
    properties = document.core_properties
    assert properties.title == content.subject
    assert properties.author == "Anna Lindqvist"
    assert properties.language == "sv-SE"
    assert properties.created == moment
    lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "sv-SE"


def test_sender_lines_stay_in_one_paragraph(content) -> None:
    """The header is one borderless table: the recipient in the window column, the sender and the date beside."""
    document = open_docx(docx_bytes(content))
    address, sender = document.tables[0].rows[0].cells
    assert address.paragraphs[0].text == "\n".join(content.recipient)
    assert sender.paragraphs[0].text == "\n".join(content.sender)
    assert sender.paragraphs[1].text == content.place_and_date
    # 47 mm from the page's top edge: the 20 mm margin and 27 mm before the first line (layout.py's sources)
    assert abs(address.paragraphs[0].paragraph_format.space_before - Mm(27)) < Mm(0.1)


def _letterhead(path: Path) -> Path:
    template = docx.Document()
    section = template.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = Mm(30)
    section.header.paragraphs[0].text = "Konsumentvägledningen i Uppsala kommun"
    section.footer.paragraphs[0].text = "Stationsgatan 12 · 753 75 Uppsala · 018-727 00 00"
    template.add_paragraph("Brödtext som ska bort")
    template.save(str(path))
    return path


def test_letterhead_keeps_header_footer_and_page_setup(content, tmp_path: Path) -> None:
    template = _letterhead(tmp_path / "office.docx")
    document = open_docx(docx_bytes(content, template=template))
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "Konsumentvägledningen i Uppsala kommun"
    assert section.footer.paragraphs[0].text.startswith("Stationsgatan 12")
    assert round(section.left_margin.mm) == 30
    texts = [p.text for p in document.paragraphs]
    assert "Brödtext som ska bort" not in texts
    assert content.subject in texts


def test_letterhead_without_our_styles_still_works(content, tmp_path: Path) -> None:
    template = _letterhead(tmp_path / "office.docx")
    stripped = docx.Document(str(template))
    for name in ("Title", "Heading 2", "Quote", "List Number", "List Bullet"):
        element = stripped.styles[name].element
        element.getparent().remove(element)
    stripped.save(str(template))
    document = open_docx(docx_bytes(content, template=template))
    texts = [p.text for p in document.paragraphs]
    assert content.subject in texts
    assert "1. kvitto.pdf" in texts


@pytest.mark.parametrize("junk", [b"", b"not a zip", b"PK\x03\x04 broken"])
def test_bad_template(content, tmp_path: Path, junk: bytes) -> None:
    template = tmp_path / "office.docx"
    template.write_bytes(junk)
    with pytest.raises(LetterError, match="is not a Word document"):
        docx_bytes(content, template=template)
    with pytest.raises(LetterError, match="no such template"):
        docx_bytes(content, template=tmp_path / "missing.docx")


def test_never_overwrites_unless_asked(content, tmp_path: Path) -> None:
    target = tmp_path / "letter.docx"
    target.write_bytes(b"mine")
    with pytest.raises(LetterError, match="already exists"):
        render_docx(content, target)
    assert target.read_bytes() == b"mine"
    render_docx(content, target, overwrite=True)
    assert open_docx(target.read_bytes()).core_properties.title == content.subject
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]


def test_missing_folder(content, tmp_path: Path) -> None:
    with pytest.raises(LetterError, match="does not exist"):
        render_docx(content, tmp_path / "nowhere" / "letter.docx")
