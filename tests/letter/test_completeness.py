"""Completeness before it goes out (issue 14): what the recipient will miss, as advice, never a block."""

from __future__ import annotations

import json
from pathlib import Path

from reklamera.cli import main
from reklamera.i18n import translations
from reklamera.letter.completeness import advice
from reklamera.samples import SAMPLE_CASE
from reklamera.session import CaseSession

TODAY = ["--today", "2026-11-24"]


def fields(case) -> list[str]:
    return [item.field for item in advice(case)]


def test_the_sample_lacks_nothing(case) -> None:
    assert advice(case) == []


def test_each_missing_piece_is_named(case) -> None:
    case.product.order_number = ""
    case.seller.address = case.seller.postcode = case.seller.city = ""
    case.seller.email = ""
    case.attachments = ["foto-läckage.jpg"]  # photos, but no receipt
    case.defect.description = "Läcker vatten."
    case.product.price = None
    assert fields(case) == ["seller.address", "seller.email", "product.order_number", "product.price",
                            "defect.description", "attachments"]
    case.attachments = ["Kvitto Elektronikhuset.pdf"]
    assert "attachments" not in fields(case)


def test_an_old_file_with_too_few_reply_days_is_advised(case) -> None:
    case.reply_days = 3
    assert fields(case) == ["reply_days"]


def test_the_session_gives_the_advice_in_the_ui_language(case) -> None:
    case.product.order_number = ""
    session = CaseSession(case)
    (item,) = session.letter_advice()
    assert item.field == "product.order_number"
    assert item.reason(translations("en").gettext).startswith("no order or receipt number")


def test_the_letter_command_prints_advice_and_still_writes(tmp_path: Path, capsys) -> None:
    data = json.loads(Path(SAMPLE_CASE).read_text(encoding="utf-8"))
    data["product"]["order_number"] = ""
    data["seller"]["email"] = ""
    path = tmp_path / "case.reklamera"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "letter.docx"
    assert main(["--lang", "en", "letter", str(path), "-o", str(out), *TODAY]) == 0
    assert out.exists()
    err = capsys.readouterr().err.splitlines()
    assert err == ["reklamera: advice: seller.email: the seller's e-mail address is missing: sending the letter by "
                   "e-mail as well gives you a dated copy",
                   "reklamera: advice: product.order_number: no order or receipt number: the seller's staff look "
                   "for the purchase by it"]
