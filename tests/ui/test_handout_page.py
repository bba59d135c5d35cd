"""The next-steps page: the handout in the customer's language while the program keeps its own; the preview,
the printout and the PDF all use the language chosen, and show the timeline picture."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from reklamera.case import load_case
from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY
from tests.ui.conftest import go_to


def _next_page(qtbot, make_wizard, sample, language: str = "en"):
    wizard = make_wizard(sample, language=language)
    go_to(qtbot, wizard, "next")
    return wizard, wizard.currentPage()


def test_the_handout_starts_in_the_letters_language(qtbot, make_wizard, sample) -> None:
    _wizard, page = _next_page(qtbot, make_wizard, sample)
    assert sample.language == "sv" and page.language.currentData() == "sv"
    assert "Viktiga datum" in page.text.toPlainText()  # the customer's Swedish …
    assert page.title() == "What happens next"  # … the desk's English
    assert page.labels["handout-language"].buddy() is page.language
    assert page.language.accessibleName() == "Handout language:"


def test_a_language_chosen_for_the_customer_is_used_everywhere(qtbot, make_wizard, sample, dialogs, tmp_path: Path,
                                                               monkeypatch) -> None:
    wizard, page = _next_page(qtbot, make_wizard, sample)
    page.language.setCurrentIndex(page.language.findData("fi"))
    assert "Tärkeät päivämäärät" in page.text.toPlainText()
    assert page.title() == "What happens next" and wizard.ctx.language.code == "en"
    assert wizard.case.language == "sv"  # the letter keeps its own language

    dialogs.answers.append(str(tmp_path / "handout.pdf"))
    assert page.save_handout()
    assert page.wait_for_saving()
    reader = PdfReader(io.BytesIO((tmp_path / "handout.pdf").read_bytes()))
    assert len(reader.pages) == 1 and reader.trailer["/Root"]["/Lang"] == "fi-FI"
    assert "Tärkeät päivämäärät" in reader.pages[0].extract_text()

    printed = []
    monkeypatch.setattr(dialogs, "print_document", lambda *_args: True)
    monkeypatch.setattr("reklamera.ui.printing.print_html",
                        lambda html, _printer, title, pictures, one_page: printed.append((html, pictures, one_page)))
    page.print_handout()
    (html, pictures, one_page), = printed
    assert "Tärkeät päivämäärät" in html and one_page
    assert list(pictures) == [name for name in pictures if f"src='{name}'" in html] != []


def test_the_preview_shows_the_picture(qtbot, make_wizard, sample) -> None:
    from reklamera.letter.html import pictures

    _wizard, page = _next_page(qtbot, make_wizard, sample)
    assert page.wait_for_preview()
    (name,) = pictures(page.content())
    image = page.text.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    assert image.width() >= 600 and image.height() > 100


def test_another_case_starts_from_its_own_language(qtbot, make_wizard, sample) -> None:
    wizard, page = _next_page(qtbot, make_wizard, sample)
    page.language.setCurrentIndex(page.language.findData("is"))
    page.load()  # a visit again, same case: the choice stays
    assert page.language.currentData() == "is"
    other = load_case(SAMPLE_CASE)
    other.language = "da"
    wizard.session.replace(other)
    page.load()
    assert page.language.currentData() == "da" and "Vigtige datoer" in page.text.toPlainText()


def test_printed_as_html_it_stays_one_page(qapp) -> None:
    from reklamera.letter.html import letter_html, pictures
    from reklamera.session import CaseSession
    from reklamera.ui.printing import pdf_bytes

    for language in ("fi", "is"):
        content = CaseSession(load_case(SAMPLE_CASE), today=SAMPLE_TODAY).handout(language)
        data = pdf_bytes(letter_html(content), content.title, pictures(content), one_page=True)
        assert len(PdfReader(io.BytesIO(data)).pages) == 1, language


def test_the_picture_fits_the_preview_and_follows_its_width(qtbot, make_wizard, sample) -> None:
    from reklamera.letter.html import pictures

    wizard, page = _next_page(qtbot, make_wizard, sample, language="fi")
    assert page.wait_for_preview()

    def drawn_width() -> int:
        (name,) = pictures(page.content())
        return page.text.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name)).width()

    wide = drawn_width()
    assert wide <= page.text.viewport().width()  # no sideways scrolling to see the last label
    wizard.resize(720, 700)
    qtbot.waitUntil(lambda: page._drawn_width < 400 and page.wait_for_preview(), timeout=5000)
    assert drawn_width() < wide and drawn_width() <= page.text.viewport().width()
