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
