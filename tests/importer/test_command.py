"""`reklamera import`: JSON as DESIGN.md's contract says, a new case written atomically, bad input exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reklamera.case import load_case
from reklamera.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(CORPUS / "no_kjokkenkroken.eml"), "--json", "--today", "2026-06-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "reklamera-import" and data["version"] == 1 and data["file"] == "no_kjokkenkroken.eml"
    assert data["fields"]["seller.org_number"] == {"value": "912 345 661", "source": "Org.nr. 912 345 661 MVA",
                                                   "confidence": 0.97}
    assert data["fields"]["product.price"]["value"] == "3299.00"
    assert data["fields"]["product.bought_online"]["value"] is True
    assert "product.delivered" not in data["fields"]
    assert data["other_items"][0]["description"] == "Melkeskummer Aerolatte"
    assert data["warnings"] == []


def test_a_new_case_never_over_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "case.reklamera"
    assert main(["import", str(CORPUS / "fi_kodinkone.eml"), "-o", str(output), "--today", "2026-06-01"]) == 0
    case = load_case(output)
    assert case.country == "FI" and case.seller.org_number == "2345678-0" and case.product.currency == "EUR"
    before = output.read_bytes()
    assert main(["import", str(CORPUS / "se_kvitto.txt"), "-o", str(output)]) == 2
    assert output.read_bytes() == before
    assert "already exists" in capsys.readouterr().err
    assert main(["import", str(CORPUS / "se_kvitto.txt"), "-o", str(output), "--force"]) == 0
    assert load_case(output).seller.name == "HEMELEKTRONIK KALMAR AB"


def test_several_files_fill_one_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(CORPUS / "dk_boligudstyr.txt"), str(CORPUS / "dk_cykelsmeden.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["files"] == ["dk_boligudstyr.txt", "dk_cykelsmeden.txt"]
    assert data["fields"]["seller.name"]["value"] == "Boligudstyr Aarhus A/S"
    assert data["fields"]["product.delivered"]["value"] == "2026-02-20"  # only the second says it


@pytest.mark.parametrize(("argv", "words"), [
    (["import", "missing.eml"], "missing.eml: no such file"),
    (["import", str(CORPUS / "se_kvitto.txt"), "--country", "US"], "--country"),
    (["import", str(CORPUS / "se_kvitto.txt"), "--today", "2026-13-01"], "--today"),
])
def test_bad_input(argv: list[str], words: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(CORPUS / "is_utivist.pdf")]) == 0
    out = capsys.readouterr().out
    assert "seller.org_number" in out and "601298-0079" in out and "← Kt. 601298-0079" in out
    assert "Not found" in out and "seller.email" in out
