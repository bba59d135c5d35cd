"""The case model and its *.reklamera file: load, validate, save, round trip."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reklamera.case import Case, CaseError, load_case, save_case
from reklamera.samples import SAMPLE_CASE as SAMPLE
from reklamera.storage import TargetExistsError


def sample_dict() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_sample_loads_with_typed_values() -> None:
    case = load_case(SAMPLE)
    assert case.country == "SE"
    assert case.product.price == Decimal("6490.00")
    assert case.product.delivered == dt.date(2025, 1, 17)
    assert case.defect.discovered == dt.date(2026, 10, 2)
    assert case.contacts[0].channel == "phone"
    assert case.seller.private is False  # optional key, default
    assert case.complained is None


def test_round_trip_is_lossless(tmp_path: Path) -> None:
    case = load_case(SAMPLE)
    save_case(case, tmp_path / "copy.reklamera")
    assert load_case(tmp_path / "copy.reklamera") == case
    written = json.loads((tmp_path / "copy.reklamera").read_text(encoding="utf-8"))
    assert written["product"]["price"] == "6490.00"
    assert written["format"] == "reklamera-case" and written["version"] == 2


def test_unknown_keys_survive_a_round_trip(tmp_path: Path) -> None:
    data = sample_dict()
    data["future_top"] = {"anything": [1, 2]}
    data["product"]["serial_number"] = "SN-1"
    data["contacts"][0]["recording"] = "call.ogg"
    path = tmp_path / "future.reklamera"
    path.write_text(json.dumps(data), encoding="utf-8")
    save_case(load_case(path), path)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["future_top"] == {"anything": [1, 2]}
    assert again["product"]["serial_number"] == "SN-1"
    assert again["contacts"][0]["recording"] == "call.ogg"


def test_new_case_takes_country_defaults() -> None:
    case = Case.new("FI")
    assert (case.language, case.product.currency) == ("fi", "EUR")
    assert Case.from_dict(case.to_dict()) == case


def _broken(mutate) -> dict:
    data = copy.deepcopy(sample_dict())
    mutate(data)
    return data


BROKEN = [
    ('product.delivered: "2025-02-30" is not a real date', lambda d: d["product"].update(delivered="2025-02-30")),
    (
        'product.delivered: "17/01/2025" is not a date (YYYY-MM-DD)',
        lambda d: d["product"].update(delivered="17/01/2025"),
    ),
    ("product.purchased: should be a date (YYYY-MM-DD)", lambda d: d["product"].update(purchased=20250115)),
    ("defect.discovered: is missing", lambda d: d["defect"].pop("discovered")),
    ("seller: is missing", lambda d: d.pop("seller")),
    ("consumer.name: should be text", lambda d: d["consumer"].update(name=42)),
    ('country: "DE" is not one of SE, NO, DK, FI, IS', lambda d: d.update(country="DE")),
    ('language: "de" is not one of sv, nb, da, fi, is, en', lambda d: d.update(language="de")),
    (
        'remedy: "money back" is not one of repair, replacement, price_reduction, cancellation',
        lambda d: d.update(remedy="money back"),
    ),
    ('product.price: "lots" is not an amount', lambda d: d["product"].update(price="lots")),
    ('product.price: "-5" is not an amount', lambda d: d["product"].update(price="-5")),
    (
        'product.price: should be an amount written as text, such as "12990.00"',
        lambda d: d["product"].update(price=12990),
    ),
    ('product.currency: "kr" is not a currency code such as SEK or EUR', lambda d: d["product"].update(currency="kr")),
    ("product.long_life: should be true or false", lambda d: d["product"].update(long_life="yes")),
    ('consumer.email: "anna at home" is not an e-mail address', lambda d: d["consumer"].update(email="anna at home")),
    (
        'contacts[0].channel: "pigeon" is not one of phone, email, letter, in_person, web_form, chat, other',
        lambda d: d["contacts"][0].update(channel="pigeon"),
    ),
    ("contacts: should be a list", lambda d: d.update(contacts={})),
    ("contacts[0]: should be a group of fields (a JSON object)", lambda d: d.update(contacts=["call"])),
    ("attachments[2]: should be a file name", lambda d: d["attachments"].append(7)),
    ("attachments: should be a list", lambda d: d.update(attachments="kvitto.pdf")),
    ("defect.description: is longer than 10000 characters", lambda d: d["defect"].update(description="x" * 10_001)),
    (
        "version: 3 is newer than this reklamera can read (it reads up to version 2); please update reklamera",
        lambda d: d.update(version=3),
    ),
    ("version: 0 is not a known version", lambda d: d.update(version=0)),
    ("version: is missing or not a whole number", lambda d: d.update(version="1")),
    ('format: is not "reklamera-case"', lambda d: d.update(format="something-else")),
    ("product: should be a group of fields (a JSON object)", lambda d: d.update(product=[])),
]


@pytest.mark.parametrize(("message", "mutate"), BROKEN, ids=[message for message, _ in BROKEN])
def test_validation_names_the_field(message: str, mutate) -> None:
    with pytest.raises(CaseError) as caught:
        Case.from_dict(_broken(mutate))
    assert str(caught.value) == message


def test_null_dates_and_price_are_allowed_for_unfinished_cases() -> None:
    data = _broken(lambda d: (d["product"].update(purchased=None, price=""), d["defect"].update(discovered=None)))
    case = Case.from_dict(data)
    assert case.product.purchased is None and case.product.price is None and case.defect.discovered is None


def test_not_an_object() -> None:
    with pytest.raises(CaseError, match="is not a reklamera case file"):
        Case.from_dict([1, 2])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"format": "reklamera-case",\n  "version": 1,\n  "country" "SE"}',
            "broken.reklamera: is damaged at line 3, column 13",
        ),
        (b'{"format": "reklamera-case",\n  "version": 1,\n  ',
         "broken.reklamera: ends too early: the file is incomplete"),
        (b"\xff\xfe\x00junk", "broken.reklamera: is not a text file (not UTF-8)"),
        (b"[" * 100_000, "broken.reklamera: is nested too deeply"),
        (b'{"format": "reklamera-case", "version": 1, "country": "SE"}', "broken.reklamera: language: is missing"),
    ],
)
def test_file_errors_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "broken.reklamera"
    path.write_bytes(content)
    with pytest.raises(CaseError) as caught:
        load_case(path)
    assert str(caught.value).startswith(message)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match=r"nothing\.reklamera: no such file"):
        load_case(tmp_path / "nothing.reklamera")
    with pytest.raises(CaseError, match="is a folder"):
        load_case(tmp_path)


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.reklamera"
    path.write_bytes(b" " * 2_000_001)
    with pytest.raises(CaseError, match="too large"):
        load_case(path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.reklamera"
    path.write_text("{}")

    real_open = os.open

    def denied(name, *args, **kwargs) -> int:
        if Path(name) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)  # chmod 0 does not stop root, who runs CI
    with pytest.raises(CaseError, match=r"cannot be read \(Permission denied\)"):
        load_case(path)


def test_save_refuses_to_overwrite_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "case.reklamera"
    path.write_text("precious", encoding="utf-8")
    with pytest.raises(TargetExistsError):
        save_case(Case.new(), path, overwrite=False)
    assert path.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["case.reklamera"]  # no temp file left behind


# NUL and lone surrogates are refused on load (the register, and UTF-8 cannot hold a lone surrogate).
@given(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=300))
def test_any_typed_text_round_trips(text: str) -> None:
    case = Case.new()
    case.defect.description = text
    case.consumer.name = text
    assert Case.from_dict(json.loads(case.to_json())) == case


def test_version_1_files_open_and_save_as_version_2_without_losing_anything(tmp_path: Path) -> None:
    original = sample_dict()
    assert original["version"] == 1
    original["unknown_later_key"] = {"kept": True}
    source = tmp_path / "old.reklamera"
    source.write_text(json.dumps(original, ensure_ascii=False), encoding="utf-8")
    case = load_case(source)
    assert case.events == []
    save_case(case, tmp_path / "new.reklamera")
    upgraded = json.loads((tmp_path / "new.reklamera").read_text(encoding="utf-8"))
    assert upgraded["version"] == 2 and upgraded["events"] == []

    def kept(old, new) -> bool:  # every old key and value is still there (new optional keys may be added)
        if isinstance(old, dict):
            return all(key in new and kept(value, new[key]) for key, value in old.items())
        return old == new

    assert kept({k: v for k, v in original.items() if k != "version"}, upgraded)


def test_events_round_trip_and_are_validated(tmp_path: Path) -> None:
    data = sample_dict()
    data["version"] = 2
    data["events"] = [
        {"date": "2026-10-05", "kind": "letter_sent", "channel": "registered_letter", "reference": "RR123456785SE"},
        {"date": "2026-10-12", "kind": "reply_received", "refusal": "contact_manufacturer", "summary": "Nej."},
        {"date": "2026-11-02", "kind": "closed", "outcome": "repaired", "scanner": "kept"},
    ]
    case = Case.from_dict(data)
    assert [event.kind for event in case.events] == ["letter_sent", "reply_received", "closed"]
    assert case.events[0].reference == "RR123456785SE" and case.events[1].refusal == "contact_manufacturer"
    assert Case.from_dict(json.loads(case.to_json())) == case
    assert json.loads(case.to_json())["events"][2]["scanner"] == "kept"
    data["events"][1]["refusal"] = "bribe"
    with pytest.raises(CaseError, match=r"events\[1\].refusal"):
        Case.from_dict(data)
