"""Site configuration for offices: where it is read from, precedence over the user's settings, locks."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from reklamera.cli import main
from reklamera.samples import SAMPLE_CASE
from reklamera.settings import Settings
from reklamera.site import ENVIRONMENT, load_site_config

SITE = """
[office]
name = "Konsumentvägledningen i Uppsala kommun"
address = "Stationsgatan 12, 753 75 Uppsala"
phone = "018-727 00 00"
letterhead = "brevmall.docx"

[defaults]
country = "NO"
ui_language = "nb"
letter_language = "sv"
reply_days = 10

[locked]
country = true
"""


def letterhead(folder: Path) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "KONSUMENTVÄGLEDNINGEN UPPSALA"
    document.add_paragraph("mallens brödtext")
    path = folder / "brevmall.docx"
    document.save(str(path))
    return path


@pytest.fixture()
def site_file(tmp_path: Path) -> Path:
    letterhead(tmp_path)
    path = tmp_path / "site.toml"
    path.write_text(SITE, encoding="utf-8")
    return path


def test_built_in_defaults_without_any_file(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json", site=load_site_config([]))
    assert [settings.value(name) for name in ("country", "reply_days", "ui_language")] == ["SE", 14, ""]


def test_precedence_site_default_then_user_then_lock(tmp_path: Path, site_file: Path) -> None:
    site = load_site_config([site_file])
    assert not site.problems
    settings = Settings.load(tmp_path / "settings.json", site=site)
    assert settings.value("reply_days") == 10  # the site's default
    assert settings.choose("reply_days", 21)
    assert settings.value("reply_days") == 21  # the user's choice wins over a default
    assert settings.value("ui_language") == "nb"
    assert not settings.choose("country", "DK")  # locked by the office
    assert settings.value("country") == "NO"
    settings.save()
    again = Settings.load(tmp_path / "settings.json", site=site)
    assert again.value("reply_days") == 21 and again.value("country") == "NO"


def test_a_lock_beats_an_earlier_user_choice(tmp_path: Path, site_file: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "preferences": {"country": "FI"}}))
    assert Settings.load(tmp_path / "settings.json", site=load_site_config([])).value("country") == "FI"
    assert Settings.load(tmp_path / "settings.json", site=load_site_config([site_file])).value("country") == "NO"


def test_later_files_override_earlier_ones(tmp_path: Path, site_file: Path) -> None:
    desk = tmp_path / "desk.toml"
    desk.write_text('[defaults]\nreply_days = 7\n[locked]\ncountry = false\n', encoding="utf-8")
    site = load_site_config([site_file, desk])
    assert site.defaults["reply_days"] == 7 and "country" not in site.locked
    assert site.office.name == "Konsumentvägledningen i Uppsala kommun"


def test_problems_are_reported_and_the_rest_is_used(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text('[defaults]\ncountry = "DE"\nreply_days = 10\ncolour = "red"\n[office]\nletterhead = "x.docx"\n'
                    '[misc]\na = 1\n', encoding="utf-8")
    site = load_site_config([path])
    assert site.defaults == {"reply_days": 10}
    messages = [str(problem) for problem in site.problems]
    assert any("defaults.country" in m for m in messages)
    assert any("defaults.colour" in m for m in messages)
    assert any("office.letterhead" in m and "does not exist" in m for m in messages)
    assert any("misc" in m for m in messages)
    broken = tmp_path / "broken.toml"
    broken.write_text("[defaults\n", encoding="utf-8")
    assert "is not valid TOML" in str(load_site_config([broken]).problems[0])


def test_environment_variable_names_a_file(monkeypatch: pytest.MonkeyPatch, site_file: Path, tmp_path: Path) -> None:
    monkeypatch.setenv(ENVIRONMENT, str(site_file))
    assert load_site_config().defaults["country"] == "NO"
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path / "missing.toml"))
    assert "does not exist" in str(load_site_config().problems[0])


def test_system_folder_is_read(monkeypatch: pytest.MonkeyPatch, site_file: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site_file.parent.parent))
    target = site_file.parent.parent / "reklamera"
    target.mkdir(exist_ok=True)
    (target / "site.toml").write_text('[defaults]\nreply_days = 12\n', encoding="utf-8")
    assert load_site_config().defaults == {"reply_days": 12}


def test_letter_with_the_office_letterhead(monkeypatch: pytest.MonkeyPatch, site_file: Path, tmp_path: Path,
                                           capsys) -> None:
    monkeypatch.setenv(ENVIRONMENT, str(site_file))
    out = tmp_path / "brev.docx"
    assert main(["letter", str(SAMPLE_CASE), "-o", str(out), "--today", "2026-10-23"]) == 0
    document = docx.Document(str(out))
    assert document.sections[0].header.paragraphs[0].text == "KONSUMENTVÄGLEDNINGEN UPPSALA"
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "mallens brödtext" not in texts
    assert texts[-1] == ("Skrivet med hjälp av Konsumentvägledningen i Uppsala kommun, Stationsgatan 12, "
                         "753 75 Uppsala, 018-727 00 00.")
    assert capsys.readouterr().err == ""
