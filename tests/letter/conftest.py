from __future__ import annotations

import datetime as dt

import pytest

from reklamera.case import Case, load_case
from reklamera.rules import assess
from reklamera.samples import SAMPLE_CASE as SAMPLE

TODAY = dt.date(2026, 11, 24)


@pytest.fixture()
def case() -> Case:
    return load_case(SAMPLE)


def assessed(case: Case, today: dt.date = TODAY):
    return assess(case.facts(), today)
