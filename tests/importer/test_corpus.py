"""The corpus (tests/data/import): every expected value found, and no value where the document says nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from reklamera.importer import import_file
from reklamera.importer.result import json_value

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"
DOCUMENTS = sorted(path for path in CORPUS.iterdir() if path.suffix in (".eml", ".msg", ".pdf", ".txt"))
TODAY = dt.date(2026, 6, 1)


def test_the_corpus_covers_every_country_and_format() -> None:
    kinds = {(path.name[:2], path.suffix) for path in DOCUMENTS}
    for country in ("se", "no", "dk", "fi", "is", "en"):
        for suffix in (".eml", ".msg", ".pdf", ".txt"):
            assert (country, suffix) in kinds, (country, suffix)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_each_expected_value_and_nothing_else(path: Path) -> None:
    expected = json.loads(path.with_name(path.name + ".expected.json").read_text("utf-8"))
    result = import_file(path, today=TODAY)
    got = {key: json_value(found.value) for key, found in result.fields.items()}
    for key, want in expected.items():
        assert got.get(key) == want, (key, result.fields.get(key))
    assert set(got) <= set(expected)
    for found in result.fields.values():
        assert found.source and 0 < found.confidence <= 1


def test_other_items_are_offered_but_never_shipping_vat_or_discounts() -> None:
    result = import_file(CORPUS / "se_vitvaruhuset.txt", today=TODAY)
    assert [(item.description, str(item.price)) for item in result.other_items] == [
        ("Avkalkningsmedel 250 ml", "99.00")]
    invoice = import_file(CORPUS / "no_elektro_faktura.pdf", today=TODAY)
    assert [item.description for item in invoice.other_items] == ["Installasjon og tilkobling"]


def test_the_country_can_be_given() -> None:
    result = import_file(CORPUS / "dk_boligudstyr.txt", country="DK", today=TODAY)
    assert result.country == "DK"
    assert result.fields["seller.org_number"].value == "29156700"


def test_an_estimated_delivery_is_not_a_delivery() -> None:
    result = import_file(CORPUS / "se_vitvaruhuset.txt", today=TODAY)
    assert "product.delivered" not in result.fields
