"""The PDF letter: every language and its letters, page, properties, letterhead, safe writing, no Qt."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.shared import Mm, Pt
from PIL import Image

import reklamera.letter
from reklamera.letter.compose import LetterError, compose
from reklamera.letter.content import Block, BlockKind
from reklamera.letter.escalation import compose_escalation
from reklamera.letter.render_pdf import PDF_LANGUAGES, pdf_bytes, render_pdf
from reklamera.samples import SAMPLE_CASE
from tests.letter.conftest import TODAY, assessed

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (scripts/bootstrap.sh test)")
LANGUAGES = ("sv", "nb", "da", "fi", "is", "en")
# Every letter the six languages need beyond ASCII, and the punctuation Babel and the letters use.
SPECIAL = "åäö ÅÄÖ æø ÆØ þ Þ ð Ð á é í ó ú ý Á É Í Ó Ú Ý š ž Š Ž „quoted“ ”quoted” – — … § 12"


def pdf_text(data: bytes, tmp_path: Path, name: str = "letter.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.replace("\xa0", " ").split())


def pdf_info(data: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


@pytest.fixture()
def nordic(case):
    """The sample case with a name and a defect that use every special letter."""
    case.consumer.name = "Þórunn Ðís Ægisdóttir Søreide"
    case.defect.description = f"Luckan läcker. {SPECIAL}"
    return case


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_renders_with_its_letters(nordic, language: str, tmp_path: Path) -> None:
    content = compose(nordic, assessed(nordic), language)
    data = pdf_bytes(content)
    text = pdf_text(data, tmp_path)
    for expected in (content.subject, "Þórunn Ðís Ægisdóttir Søreide", SPECIAL, content.closing,
                     content.recipient[0], content.place_and_date):
        assert " ".join(expected.replace("\xa0", " ").split()) in text, expected
    assert re.search(rb"/Lang \(" + PDF_LANGUAGES[language].encode() + rb"\)", data)


def test_properties_and_one_a4_page(content, tmp_path: Path) -> None:
    info = pdf_info(pdf_bytes(content), tmp_path)
    assert info["Title"] == content.title == content.subject
    assert info["Author"] == "Anna Lindqvist"
    assert info["Subject"] == content.subject
    assert info["Keywords"] == content.keywords
    assert info["Creator"] == "reklamera"
    assert info["Pages"] == "1"
    assert info["Page size"].startswith("595.276 x 841.89 pts (A4)")


def test_layout_follows_the_word_letter(content, tmp_path: Path) -> None:
    """Sender first, then recipient, date, subject; list numbers and bullets; no page number on one page."""
    text = pdf_text(pdf_bytes(content), tmp_path)
    order = [content.sender[0], content.recipient[0], content.place_and_date, content.subject, content.closing]
    positions = [text.index(" ".join(part.replace("\xa0", " ").split())) for part in order]
    assert positions == sorted(positions)
    assert text.endswith(f"{content.closing} {content.signature[-1]}")  # room to sign, no rule
    assert "1. kvitto.pdf 2. foto-läckage.jpg" in text
    assert "\u2022 3 oktober 2026" in text
    assert "1 (1)" not in text and "(2)" not in text


def test_a_long_letter_numbers_its_pages(case, tmp_path: Path) -> None:
    case.defect.description = "\n".join(f"Stycke {n}: diskmaskinen läcker vatten under luckan. " * 6
                                        for n in range(1, 14))
    data = pdf_bytes(compose(case, assessed(case), "sv"))
    pages = int(pdf_info(data, tmp_path)["Pages"])
    assert pages >= 2
    text = pdf_text(data, tmp_path)
    assert all(f"{page} ({pages})" in text for page in range(1, pages + 1))


def test_control_characters_are_dropped(content, tmp_path: Path) -> None:
    dirty = dataclasses.replace(content, body=(Block(BlockKind.PARAGRAPH, "Noll\x00 och klocka\x07 och\x1b slut."),
                                               Block(BlockKind.QUOTE, "rad ett\r\nrad två")))
    text = pdf_text(pdf_bytes(dirty), tmp_path)
    assert "Noll och klocka och slut." in text
    assert "rad ett rad två" in text


def test_escalation_summary_as_pdf(case, tmp_path: Path) -> None:
    from reklamera.case import Event

    case.events = [Event(date=TODAY - dt.timedelta(days=30), kind="letter_sent")]  # unanswered for 30 days
    content = compose_escalation(case, "sv", today=TODAY)
    text = pdf_text(pdf_bytes(content), tmp_path)
    assert " ".join(content.subject.split()) in text


def test_the_tags_are_the_word_letters(content) -> None:
    from reklamera.letter.render_docx import WORD_LANGUAGES

    assert PDF_LANGUAGES == WORD_LANGUAGES


def _logo() -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), (20, 80, 160)).save(buffer, "PNG")
    buffer.seek(0)
    return buffer


def _letterhead(path: Path, *, top: float | None = None) -> Path:
    template = docx.Document()
    section = template.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if top is not None:  # else python-docx's inch
        section.top_margin = Mm(top)
    header = section.header.paragraphs[0]
    header.add_run().add_picture(_logo(), width=Mm(25))
    header.add_run("\tKonsumentvägledningen i Uppsala kommun").bold = True
    footer = section.footer.paragraphs[0]
    footer.text = "Stationsgatan 12 · 753 75 Uppsala\t018-727 00 00\tkonsument@uppsala.se"
    footer.runs[0].font.size = Pt(8)
    template.add_paragraph("Brödtext som ska bort")
    template.save(str(path))
    return path


def test_letterhead_header_footer_and_logo(content, tmp_path: Path) -> None:
    data = pdf_bytes(content, _letterhead(tmp_path / "office.docx"))
    text = pdf_text(data, tmp_path)
    pages = int(pdf_info(data, tmp_path)["Pages"])
    numbered = f"1 ({pages}) " if pages > 1 else ""
    assert text.startswith(f"{numbered}Konsumentvägledningen i Uppsala kommun")
    assert "Stationsgatan 12 · 753 75 Uppsala 018-727 00 00 konsument@uppsala.se" in text
    assert "Brödtext" not in text
    assert data.count(b"/Subtype /Image") == 1  # one image object, drawn on every page
    # python-docx's template (25.4 mm margins, 146 mm of text) and a logo: one page, or a clean break
    assert pages == 1 or f"{pages} ({pages}) {content.closing}" in _last_page(data, tmp_path)
    assert content.closing in _last_page(data, tmp_path)


def _last_page(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "last.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.rstrip("\f").split("\f")[-1].split())


def test_letterhead_margin_moves_the_text(content, tmp_path: Path) -> None:
    def sender_top(top: float) -> float:
        path = tmp_path / f"page-{top}.pdf"
        path.write_bytes(pdf_bytes(content, _letterhead(tmp_path / f"office-{top}.docx", top=top)))
        html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        return float(re.search(r'yMin="([\d.]+)"[^>]*>Anna<', html).group(1))

    assert sender_top(60) - sender_top(40) == pytest.approx(20 * 72 / 25.4, abs=1)


@pytest.mark.parametrize(("junk", "message"), [(None, "no such template file"),
                                               (b"not a zip", "is not a Word document")])
def test_bad_letterhead(content, tmp_path: Path, junk: bytes | None, message: str) -> None:
    template = tmp_path / "office.docx"
    if junk is not None:
        template.write_bytes(junk)
    with pytest.raises(LetterError, match=message):
        render_pdf(content, tmp_path / "letter.pdf", letterhead=template)
    assert not (tmp_path / "letter.pdf").exists()


def test_letterhead_that_leaves_no_room(content, tmp_path: Path) -> None:
    template = docx.Document()
    template.sections[0].header.paragraphs[0].add_run().add_picture(_logo(), height=Mm(230))
    template.save(str(tmp_path / "office.docx"))
    with pytest.raises(LetterError, match=r"office\.docx: leaves too little room on the page for the letter"):
        render_pdf(content, tmp_path / "letter.pdf", letterhead=tmp_path / "office.docx")
    assert not (tmp_path / "letter.pdf").exists()


def test_never_overwrites_unless_asked(content, tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(LetterError, match="already exists"):
        render_pdf(content, target)
    assert target.read_bytes() == b"mine"
    render_pdf(content, target, overwrite=True)
    assert target.read_bytes().startswith(b"%PDF-")


def test_unwritable_folder_is_one_clear_line(content, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes anywhere it has a normal folder; the kernel's /sys refuses everyone
        folder = Path("/sys")
    try:
        with pytest.raises(LetterError) as raised:
            render_pdf(content, folder / "letter.pdf")
    finally:
        (tmp_path / "read-only").chmod(0o700)
    assert str(raised.value).count("\n") == 0
    assert "letter.pdf: cannot be written" in str(raised.value)
    assert not (folder / "letter.pdf").exists()
    assert not list((tmp_path / "read-only").iterdir())


@pytest.mark.parametrize("command", ["escalate", "letter"])
def test_cli_writes_pdf_without_display_or_qt(command: str, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    data = json.loads(SAMPLE_CASE.read_text(encoding="utf-8"))  # the complaint went out, unanswered since
    data["version"], data["events"] = 2, [{"date": "2026-10-05", "kind": "letter_sent", "channel": "email"}]
    case_file = tmp_path / "case.reklamera"
    case_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    argv = ["reklamera", command, str(case_file), "-o", str(out), "--today", "2026-11-24"]
    probe = (
        "import runpy, sys\n"
        f"sys.argv = {argv!r}\n"
        "try:\n"
        "    runpy.run_module('reklamera', run_name='__main__')\n"
        "except SystemExit as stop:\n"
        "    code = stop.code\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not qt, qt\n"
        "sys.exit(code)\n"
    )
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Anna Lindqvist" in pdf_text(out.read_bytes(), tmp_path, "check.pdf")


def test_cli_pdf_on_the_letterhead_and_bad_names(tmp_path: Path, capsys) -> None:
    from reklamera.cli import main

    template = _letterhead(tmp_path / "office.docx")
    out = tmp_path / "brev.pdf"
    assert main(["letter", str(SAMPLE_CASE), "-o", str(out), "--template", str(template),
                 "--today", "2026-11-24"]) == 0
    assert "Konsumentvägledningen" in pdf_text(out.read_bytes(), tmp_path, "check.pdf")
    assert main(["letter", str(SAMPLE_CASE), "-o", str(tmp_path / "brev.txt"), "--today", "2026-11-24"]) == 2
    assert "name it *.docx or *.pdf" in capsys.readouterr().err
    assert main(["letter", str(SAMPLE_CASE), "-o", str(out), "--today", "2026-11-24"]) == 2
    assert "already exists" in capsys.readouterr().err


def test_letter_package_imports_no_qt() -> None:
    """Static: no module in reklamera/letter imports Qt or the UI, at the top or inside a function."""
    forbidden = ("PySide6", "shiboken6", "reklamera.ui")
    offenders = []
    for path in Path(reklamera.letter.__path__[0]).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {name}" for name in names
                          if any(name == bad or name.startswith(f"{bad}.") for bad in forbidden)]
    assert offenders == []


@pytest.fixture()
def content(case):
    return compose(case, assessed(case), "sv")
