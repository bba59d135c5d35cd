"""Typography and layout (issue 14): no break between a number and "§" or inside the order number, the closing
kept with the signature, the sender's name and "2 (3)" on later pages, the recipient in the envelope window,
and a plain text that starts with its subject as an e-mail's."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from reklamera.letter.compose import compose
from reklamera.letter.render_docx import docx_bytes
from reklamera.letter.render_pdf import _markup, pdf_bytes
from reklamera.letter.sanitize import bind_sections
from tests.letter.conftest import assessed


def long_case(case):
    case.defect.description = "\n".join(f"Stycke {n}: diskmaskinen läcker vatten under luckan. " * 6
                                        for n in range(1, 9))
    return case


def test_numbers_stay_with_their_section_sign() -> None:
    assert bind_sections("4 kap. 17 § och §§ 26 og 27, § 83") == "4 kap. 17\xa0§ och §§\xa026 og 27, §\xa083"


def test_the_order_number_does_not_break_in_word_or_the_pdf(case) -> None:
    content = compose(case, assessed(case), "sv")
    xml = docx.Document(io.BytesIO(docx_bytes(content))).element.body.xml
    assert xml.count("<w:noBreakHyphen/>") == 4  # EH-2025-118842 in the subject and among the facts
    assert "EH-2025-118842" not in xml
    # ReportLab breaks at spaces only: the PDF keeps plain hyphens (copied as they are) and never breaks there
    assert _markup("Ordernummer EH-2025-118842, 5 kap. 2 §") == "Ordernummer EH-2025-118842, 5 kap. 2\xa0§"
    assert "EH-2025-118842" in content.as_text()  # the e-mail keeps plain hyphens (it is searched for)


def test_the_closing_is_kept_with_the_signature(case) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(compose(case, assessed(case), "sv"))))
    closing = next(p for p in document.paragraphs if p.text == "Med vänliga hälsningar")
    assert closing.paragraph_format.keep_with_next is True


def test_later_pages_carry_the_sender_and_the_page_number_in_word(case) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(compose(long_case(case), assessed(case), "sv"))))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header = section.header.paragraphs[0]
    assert header.text.startswith("Anna Lindqvist\t")
    codes = [node.text.strip() for node in header._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_later_pages_carry_the_sender_and_the_page_number_in_the_pdf(case, tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes(compose(long_case(case), assessed(case), "sv")))
    pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    assert re.match(r"\s*1 \(2\)", pages[0])
    assert re.match(r"\s*Anna Lindqvist\s+2 \(2\)", pages[1])


def test_the_plain_text_starts_with_the_subject_and_has_no_signature_rule(case) -> None:
    text = compose(case, assessed(case), "en").as_text()
    assert text.startswith("Subject: Complaint: diskmaskin Electra DW-450 (order number EH-2025-118842)\n\n"
                           "Anna Lindqvist\n")
    assert "___" not in text
    assert text.rstrip().endswith("Yours faithfully,\nAnna Lindqvist")


def test_a_letterhead_keeps_its_fonts_and_takes_the_letters_spacing(case, tmp_path: Path) -> None:
    """Word 2007's defaults (10 pt after, 1.15 lines) pushed a normal letter onto two pages; the office's font
    stays, the spacing is the letter's, as in the PDF."""
    from docx.shared import Mm, Pt

    template = docx.Document()
    template.sections[0].top_margin = Mm(35)
    template.styles["Normal"].font.name = "Garamond"
    template.save(str(tmp_path / "office.docx"))
    document = docx.Document(io.BytesIO(docx_bytes(compose(case, assessed(case), "sv"),
                                                   template=tmp_path / "office.docx")))
    normal = document.styles["Normal"]
    assert normal.font.name == "Garamond"
    assert normal.paragraph_format.space_after == Pt(6) and normal.paragraph_format.line_spacing == 1.0


def test_the_summary_for_the_body_is_not_placed_for_an_envelope(case) -> None:
    import datetime as dt

    from reklamera.case import Event
    from reklamera.letter.escalation import compose_escalation

    case.events = [Event(date=dt.date(2026, 10, 5), kind="letter_sent")]
    content = compose_escalation(case, "sv", today=dt.date(2026, 11, 20))
    assert content.window is False  # it goes with the body's own form, not by post in a window envelope
    document = docx.Document(io.BytesIO(docx_bytes(content)))
    address = document.tables[0].rows[0].cells[0].paragraphs[0]
    assert not address.paragraph_format.space_before
