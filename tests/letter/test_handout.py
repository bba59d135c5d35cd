"""The handout support staff print: the timeline picture and the table of key dates in the customer's language,
on one A4 page for every country's sample in every language, with and without the office's letterhead."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from reklamera.case import Case, load_case
from reklamera.i18n import LANGUAGES
from reklamera.letter.content import BlockKind, LetterContent
from reklamera.letter.render_pdf import pdf_bytes
from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY
from reklamera.session import CaseSession
from tests.letter.test_render_pdf import _letterhead

COUNTRIES = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "FI": "EUR", "IS": "ISK"}
D = dt.date.fromisoformat


def sample(country: str, **changes) -> Case:
    """The built-in sample as if bought in ``country``."""
    case = load_case(SAMPLE_CASE)
    case.country, case.product.currency = country, COUNTRIES[country]
    for name, value in changes.items():
        setattr(case, name, value)
    return case


def handout(case: Case, language: str, today: dt.date = SAMPLE_TODAY) -> LetterContent:
    return CaseSession(case, today=today).handout(language)


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


@pytest.fixture(scope="module")
def letterheads(tmp_path_factory) -> dict[str, Path | None]:
    folder = tmp_path_factory.mktemp("letterheads")
    return {"plain": None, "letterhead": _letterhead(folder / "office.docx"),
            "deep letterhead": _letterhead(folder / "deep.docx", top=45)}


@pytest.mark.parametrize("head", ["plain", "letterhead", "deep letterhead"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("country", COUNTRIES)
def test_one_page_for_every_country_and_language(country: str, language: str, head: str, letterheads) -> None:
    content = handout(sample(country), language)
    data = pdf_bytes(content, letterheads[head])
    assert pages(data) == 1
    words = text(data)
    for date, _meaning in next(block for block in content.body if block.kind is BlockKind.TABLE).rows:
        assert " ".join(date.split()) in words  # the table made it onto the page


@pytest.mark.parametrize(("name", "changes", "today"), [
    ("complained three days ago: eight dates", {"complained": D("2026-10-20")}, SAMPLE_TODAY),
    ("at risk: after the two months", {"complained": D("2027-01-05")}, D("2027-01-05")),
    ("long life, Norway's five years", {}, SAMPLE_TODAY),
])
@pytest.mark.parametrize("language", ["fi", "is"])  # the longest words
def test_one_page_in_the_other_states(name: str, changes: dict, today: dt.date, language: str, letterheads) -> None:
    case = sample("NO", **changes)
    if name.startswith("long life"):
        case.product.long_life = True
    assert pages(pdf_bytes(handout(case, language, today), letterheads["letterhead"])) == 1


def test_the_table_of_dates_says_what_each_means_in_the_customers_language() -> None:
    content = handout(sample("SE"), "fi")
    assert content.one_page and content.title == "Reklamaatiosi: mitä seuraavaksi tapahtuu"
    kinds = [block.kind for block in content.body]
    assert kinds.index(BlockKind.TIMELINE) + 1 == kinds.index(BlockKind.TABLE)  # the table right below the picture
    table = content.body[kinds.index(BlockKind.TABLE)]
    assert table.rows[0][0] == "17. tammikuuta 2025"  # Babel's Finnish long date
    assert all(meaning and meaning != english for (_date, meaning), (_d, english)
               in zip(table.rows, handout(sample("SE"), "en").body[kinds.index(BlockKind.TABLE)].rows, strict=True))
    picture = content.body[kinds.index(BlockKind.TIMELINE)].timeline
    assert picture is not None and picture.marks[0].name == "Toimitettu" and picture.marks[0].date == table.rows[0][0]
    assert "6. marraskuuta 2026" in [date for date, _meaning in table.rows]  # the seller's reply day


def test_the_pdf_is_in_the_handouts_language(tmp_path: Path) -> None:
    data = pdf_bytes(handout(sample("SE"), "fi"))
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"
    assert "Tärkeät päivämäärät" in text(data) and "Toimitettu" in text(data)


def test_too_small_to_read_takes_a_second_page_instead() -> None:
    """A document that would have to shrink below 80 % keeps its size and goes on to a second page."""
    import dataclasses

    content = handout(sample("SE"), "en")
    longer = dataclasses.replace(content, body=content.body * 3)
    data = pdf_bytes(longer)
    assert pages(data) > 1 and "1 (" in text(data)  # numbered, as every letter of more than one page
