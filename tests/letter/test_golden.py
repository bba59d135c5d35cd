"""Golden tests: the sample letter's word/document.xml per language, pretty-printed, against a reference.

Volatile properties (created, modified) live in docProps/core.xml and are compared with those removed.
After an intended change: REKLAMERA_UPDATE_GOLDEN=1 pytest tests/letter/test_golden.py, then read the diff.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from pathlib import Path
from xml.dom import minidom

import pytest

from reklamera.i18n import LANGUAGES
from reklamera.letter.compose import compose
from reklamera.letter.render_docx import docx_bytes
from tests.letter.conftest import assessed

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"
VOLATILE = re.compile(r"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def pretty(xml: bytes) -> str:
    return minidom.parseString(xml).toprettyxml(indent="  ")


def parts(case, language: str) -> dict[str, str]:
    content = compose(case, assessed(case), language)
    data = docx_bytes(content, now=dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = pretty(archive.read("word/document.xml"))
        core = pretty(VOLATILE.sub("", archive.read("docProps/core.xml").decode("utf-8")).encode("utf-8"))
    return {"document": document, "core": core}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("part", ["document", "core"])
def test_letter_matches_golden(case, language: str, part: str) -> None:
    actual = parts(case, language)[part]
    path = GOLDEN / f"letter-{language}.{part}.xml"
    if os.environ.get("REKLAMERA_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with REKLAMERA_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")
