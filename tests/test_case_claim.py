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
