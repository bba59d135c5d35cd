"""The real-client check: LibreOffice opens every language's letter, lays it out on one A4 page, and the
key text is there. Slow (one soffice run for all letters); `make test` installs LibreOffice when root."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reklamera.i18n import LANGUAGES
from reklamera.letter.compose import compose
from reklamera.letter.render_docx import render_docx
from tests.letter.conftest import assessed

pytestmark = pytest.mark.slow
SUBJECT_WORD = {"sv": "Reklamation", "nb": "Reklamasjon", "da": "Reklamation", "fi": "Reklamaatio", "is": "Kvörtun",
                "en": "Complaint"}
TOOLS = ("soffice", "pdfinfo", "pdftotext")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory, request) -> dict[str, Path]:
    missing = [tool for tool in TOOLS if not shutil.which(tool)]
    if missing:
        pytest.skip(
            f"needs {', '.join(missing)} (make test installs libreoffice-writer-nogui and poppler-utils as root)"
        )
    from reklamera.case import load_case
    from tests.letter.conftest import SAMPLE

    folder = tmp_path_factory.mktemp("letters")
    case = load_case(SAMPLE)
    documents = []
    for language in LANGUAGES:
        path = folder / f"letter-{language}.docx"
        render_docx(compose(case, assessed(case), language), path)
        documents.append(str(path))
    profile = tmp_path_factory.mktemp("lo-profile")  # a private profile: parallel runs never share one
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *documents,
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return {language: folder / f"letter-{language}.pdf" for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_a4_page_with_the_key_text(pdfs: dict[str, Path], language: str) -> None:
    pdf = pdfs[language]
    assert pdf.exists(), "LibreOffice did not convert the letter"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "Pages:           1\n" in info
    assert "595.3" in info and "841.89" in info  # A4 in points
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout.split()
    )
    for expected in (
        SUBJECT_WORD[language],
        "Anna Lindqvist",
        "Elektronikhuset i Uppsala AB",
        "2022:260",
        "EH-2025-118842",
        "kvitto.pdf",
    ):
        assert expected in text, expected
