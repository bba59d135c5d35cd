"""The case fields issue 14 adds: optional keys with defaults, so older files still load, and what they do."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from reklamera.case import Case, CaseError, load_case
from reklamera.samples import SAMPLE_CASE

D = dt.date.fromisoformat


def data_of(case: Case) -> dict:
    return json.loads(case.to_json())


def test_an_older_file_loads_with_the_defaults() -> None:
    case = load_case(SAMPLE_CASE)
    assert case.product.guarantee_until is None


def test_guarantee_until_round_trips_and_reaches_the_facts(tmp_path) -> None:
    data = data_of(load_case(SAMPLE_CASE))
    data["product"]["guarantee_until"] = "2030-01-15"
    case = Case.from_dict(data)
    assert case.product.guarantee_until == D("2030-01-15")
    assert case.facts().guarantee_until == D("2030-01-15")
    assert data_of(case)["product"]["guarantee_until"] == "2030-01-15"
    data["product"]["guarantee_until"] = "soon"
    with pytest.raises(CaseError, match=r"product\.guarantee_until"):
        Case.from_dict(data)


def test_live_animals_are_a_kind_of_goods_the_rules_see() -> None:
    from reklamera.vocabulary import GoodsKind

    data = data_of(load_case(SAMPLE_CASE))
    data["product"]["category"] = "live_animals"
    case = Case.from_dict(data)
    assert case.product.category is GoodsKind.LIVE_ANIMALS and case.facts().live_animal
    assert not load_case(SAMPLE_CASE).facts().live_animal


def test_a_live_animal_letter_names_six_months_and_its_section() -> None:
    from reklamera.letter.compose import compose
    from reklamera.rules import assess
    from reklamera.vocabulary import GoodsKind

    case = load_case(SAMPLE_CASE)
    case.product.category = GoodsKind.LIVE_ANIMALS
    case.product.purchased = case.product.delivered = D("2026-06-01")
    text = compose(case, assess(case.facts(), D("2026-10-10")), "en").as_text()
    assert "within six months of delivery" in text and "chapter\xa04 section\xa018" in text  # the English citation
