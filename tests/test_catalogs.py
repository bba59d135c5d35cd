"""Every shipped catalog loads as a real catalog, is complete, keeps its placeholders; the .pot is current."""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from reklamera.catalogs import compile_catalogs
from reklamera.i18n import DOMAIN, LANGUAGES, LOCALE_DIR, translations

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [language for language in LANGUAGES if language != "en"]
PLACEHOLDER = re.compile(r"\{\w+\}")


def msgids(path: Path) -> set:
    with path.open("rb") as handle:
        return {message.id for message in read_po(handle) if message.id}


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_loads_as_a_real_catalog(language: str) -> None:
    compile_catalogs()
    catalog = gettext.translation(DOMAIN, LOCALE_DIR, languages=[language])
    assert type(catalog) is gettext.GNUTranslations  # Babel and gettext fall back silently otherwise
    assert translations(language).gettext("Sweden") != "Sweden"


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_is_complete_and_keeps_placeholders(language: str) -> None:
    path = Path(LOCALE_DIR) / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(" ".join(ids)))
        for string in strings:
            if message.fuzzy or not string:
                problems.append(f"untranslated: {ids[0]!r}")
            elif set(PLACEHOLDER.findall(string)) != wanted:
                problems.append(f"placeholders differ: {ids[0]!r}")
            elif "!" in string:
                problems.append(f"exclamation mark: {string!r}")
    assert not problems, problems
    assert msgids(path) == msgids(Path(LOCALE_DIR) / "messages.pot"), "run `make update`"


def test_pot_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(ROOT / "babel.cfg"),
         "-k", "N_", "-k", "_", "-k", "ngettext:1,2", "--no-location", "-o", str(fresh), str(ROOT / "src")],
        check=True, capture_output=True,
    )
    assert msgids(fresh) == msgids(Path(LOCALE_DIR) / "messages.pot"), "run `make update` and translate"
