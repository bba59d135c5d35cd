"""claim_amount (issue 14): the amount claimed as a price reduction, an optional decimal string."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from reklamera.case import Case, CaseError, load_case
from reklamera.samples import SAMPLE_CASE


def test_claim_amount_is_optional_and_round_trips() -> None:
    data = json.loads(load_case(SAMPLE_CASE).to_json())
    assert Case.from_dict(data).claim_amount is None
    data["claim_amount"] = "1500.00"
    case = Case.from_dict(data)
    assert case.claim_amount == Decimal("1500.00")
    assert json.loads(case.to_json())["claim_amount"] == "1500.00"
    data["claim_amount"] = "a lot"
    with pytest.raises(CaseError, match="claim_amount"):
        Case.from_dict(data)


@pytest.mark.parametrize(("iban", "valid"), [
    ("SE45 5000 0000 0583 9825 7466", True),
    ("se45500000000583 9825 7466", True),  # as typed: small letters, spaces anywhere
    ("NO93 8601 1117 947", True),
    ("DK50 0040 0440 1162 43", True),
    ("FI21 1234 5600 0007 85", True),
    ("IS14 0159 2600 7654 5510 7303 39", True),
    ("SE45 5000 0000 0583 9825 7467", False),  # one digit wrong: the mod-97 check fails
    ("SE45 5000 0000 0583 9825 746", False),  # Sweden's IBAN is 24 characters
    ("5000 0000 0583 9825 7466", False),
    ("", False),
])
def test_iban_check_digits(iban: str, valid: bool) -> None:
    from reklamera.case import iban_valid

    assert iban_valid(iban) is valid


def test_new_claim_fields_are_optional_with_defaults_and_checked() -> None:
    """Older files load (every new key optional); what is given is checked and written back."""
    data = json.loads(load_case(SAMPLE_CASE).to_json())
    for key in ("claim_basis", "costs"):
        data.pop(key, None)
    for key in ("heavy", "unpaid"):
        data["product"].pop(key, None)
    data["consumer"].pop("iban", None)
    case = Case.from_dict(data)
    assert (case.claim_basis, case.costs, case.product.heavy, case.product.unpaid, case.consumer.iban) == \
        ("", [], False, False, "")
    data["consumer"]["iban"] = "SE45 5000 0000 0583 9825 7466"
    data["costs"] = [{"description": "Frakt till verkstaden", "amount": "249.00", "receipt": "frakt.pdf"}]
    data["claim_basis"] = "Offert från en verkstad"
    data["product"]["heavy"] = True
    case = Case.from_dict(data)
    assert case.costs[0].amount == Decimal("249.00") and case.product.heavy
    again = json.loads(case.to_json())
    assert again["costs"][0] == {"description": "Frakt till verkstaden", "amount": "249.00", "receipt": "frakt.pdf"}
    assert again["consumer"]["iban"] == "SE45 5000 0000 0583 9825 7466"
    data["consumer"]["iban"] = "SE45 5000 0000 0583 9825 7467"
    with pytest.raises(CaseError, match=r"consumer\.iban: .* is not an IBAN"):
        Case.from_dict(data)
    data["consumer"]["iban"] = ""
    data["costs"] = [{"description": "Frakt", "amount": "lots"}]
    with pytest.raises(CaseError, match=r"costs\[0\]\.amount"):
        Case.from_dict(data)
