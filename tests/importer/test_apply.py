"""The import's values into a case: what the case accepts is set, what it refuses is reported and left out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from reklamera.case import Case
from reklamera.importer import CASE_FIELDS, Found, ImportResult, apply_to_case, import_file, new_case

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def test_a_new_case_from_an_order() -> None:
    result = import_file(CORPUS / "dk_cykelsmeden.eml", today=dt.date(2026, 6, 1))
    case, problems = new_case(result)
    assert problems == []
    assert case.country == "DK" and case.language == "da"
    assert case.seller.name == "Cykelsmeden Fyn ApS" and case.seller.org_number == "31748321"
    assert case.product.price == Decimal("14999.00") and case.product.currency == "DKK"
    assert case.product.purchased == dt.date(2026, 2, 14) and case.product.delivered == dt.date(2026, 2, 20)
    assert case.product.bought_online is True
    assert Case.from_dict(case.to_dict()) == case


def test_only_the_accepted_fields_and_the_corrections() -> None:
    result = import_file(CORPUS / "se_vitvaruhuset.txt", today=dt.date(2026, 6, 1))
    case = Case.new("SE")
    problems = apply_to_case(result, case, accepted=["seller.name", "product.price"],
                             corrected={"product.price": Decimal("6000.00")})
    assert problems == []
    assert case.seller.name == "Vitvaruhuset i Norrland AB"
    assert case.product.price == Decimal("6000.00")
    assert case.seller.org_number == "" and case.product.order_number == ""


def test_a_value_the_case_refuses_is_reported_and_left_out() -> None:
    result = ImportResult("x.txt", "SE", fields={
        "seller.email": Found("not an address", "E-post: not an address", 0.9),
        "seller.city": Found("x" * 500, "x", 0.9),
        "total": Found(Decimal("10.00"), "Totalt 10,00", 0.9),
    })
    case = Case.new("SE")
    problems = apply_to_case(result, case)
    assert sorted(problem.field for problem in problems) == ["seller.city", "seller.email"]
    assert case.seller.email == "" and case.seller.city == ""


def test_every_case_field_exists_in_the_case() -> None:
    case = Case.new("SE")
    for key in CASE_FIELDS:
        case.get(key)
    assert "total" not in CASE_FIELDS
