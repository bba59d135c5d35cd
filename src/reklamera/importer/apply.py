"""The import's values into a case: one mapping for the wizard (after the user accepted each value) and the
command line (every value found). Each value is checked by the case's own rules (Case.check_value); one that
fails is left out and reported, never cut to fit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from reklamera.case import Case, CaseError
from reklamera.importer.result import ImportResult, Value

# The result's keys that are case fields, and the type each holds in the case ("total" is only shown).
CASE_FIELDS: dict[str, type] = {
    "seller.name": str, "seller.org_number": str, "seller.address": str, "seller.postcode": str,
    "seller.city": str, "seller.email": str, "product.description": str, "product.price": Decimal,
    "product.currency": str, "product.order_number": str, "product.purchased": dt.date,
    "product.delivered": dt.date, "product.bought_online": bool,
}


def apply_to_case(result: ImportResult, case: Case, accepted: Iterable[str] | None = None,
                  corrected: dict[str, Value] | None = None) -> list[CaseError]:
    """Set the ``accepted`` fields (all that were found when None) on ``case``, a value from ``corrected``
    taking the place of the one found. Returns the problems of the values the case refused (left unchanged)."""
    keys = [key for key in CASE_FIELDS if key in result.fields] if accepted is None else list(accepted)
    values = {key: result.fields[key].value for key in keys if key in result.fields}
    values.update(corrected or {})
    problems = []
    for key, value in values.items():
        kind = CASE_FIELDS.get(key)
        if kind is None or not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            continue
        before = case.get(key)
        case.set(key, value)
        if (problem := case.check_value(key)) is not None:
            case.set(key, before)
            problems.append(problem)
    return problems


def new_case(result: ImportResult, country: str | None = None) -> tuple[Case, list[CaseError]]:
    """A new case in the result's country (or ``country``) with every value found."""
    case = Case.new(country or result.country)
    return case, apply_to_case(result, case)
