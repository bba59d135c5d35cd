"""A bilingual letter for a purchase across a border (issue 14): the letter in the seller's language, then the
same letter in the consumer's language on a new page, marked as a translation."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from reklamera.case import Event
from reklamera.errors import InputError
from reklamera.letter.render_docx import docx_bytes
from reklamera.letter.render_pdf import pdf_bytes
from reklamera.session import CaseSession

TODAY = dt.date(2026, 11, 24)


def test_the_letter_then_its_translation(case) -> None:
    session = CaseSession(case, today=TODAY)
    content = session.letter("sv", also_language="fi")
    assert content.language == "sv" and content.translation is not None
    assert content.translation.language == "fi"
    assert content.translation.body[0].text == ("Käännös tiedoksi. Edellisellä sivulla oleva kirje on "
                                                "alkuperäinen.")
    text = content.as_text()
    assert text.index("Reklamation: diskmaskin") < text.index("Reklamaatio: diskmaskin")


def test_a_new_page_in_word_and_two_letters_in_the_pdf(case, tmp_path: Path) -> None:
    content = CaseSession(case, today=TODAY).letter("sv", also_language="en")
    document = docx.Document(io.BytesIO(docx_bytes(content)))
    breaks = [node for node in document.element.body.iter(qn("w:br")) if node.get(qn("w:type")) == "page"]
    assert len(breaks) == 1
    assert len(document.tables) == 2  # each letter has its own header (addresses, sender, date)
    if shutil.which("pdftotext"):
        path = tmp_path / "two.pdf"
        path.write_bytes(pdf_bytes(content))
        pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                               check=True).stdout.split("\f")
        assert "Reklamation:" in pages[0] and "Complaint:" not in pages[0]
        assert "Translation for information." in pages[1]


def test_follow_ups_and_the_summary_too(case) -> None:
    case.events = [Event(date=dt.date(2026, 10, 5), kind="letter_sent")]
    session = CaseSession(case, today=TODAY)
    assert session.followup("reminder", "sv", also_language="nb").translation.language == "nb"
    assert session.escalation("sv", also_language="en").translation.language == "en"


@pytest.mark.parametrize(("second", "message"), [("sv", "is the letter's own language"), ("de", "is not one of")])
def test_a_second_language_must_be_another_of_ours(case, second: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        CaseSession(case, today=TODAY).letter("sv", also_language=second)
