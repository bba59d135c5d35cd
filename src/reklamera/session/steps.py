"""The wizard's steps and what stops each one: one list of fields per step, and the problems of those fields
from the declarations the file format checks (case.NEEDED, the field rules, rules.date_problems)."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final

from reklamera.case import FACT_FIELDS, NEEDED, Case
from reklamera.errors import InputError
from reklamera.i18n import N_


class Step(StrEnum):
    START = "start"
    PURCHASE = "purchase"
    DEFECT = "defect"
    RIGHTS = "rights"
    REMEDY = "remedy"
    PARTIES = "parties"
    LETTER = "letter"
    NEXT = "next"
    FOLLOWUP = "followup"


STEP_FIELDS: Final[Mapping[Step, tuple[str, ...]]] = {
    Step.PURCHASE: ("product.description", "product.purchased", "product.delivered", "product.price",
                    "product.currency", "product.order_number", "product.guarantee_until",
                    "product.long_life_reason"),
    Step.DEFECT: ("defect.description", "defect.discovered", "defect.delay_reason"),
    Step.RIGHTS: ("complained",),
    Step.REMEDY: ("remedy", "reply_days", "claim_amount", "claim_basis", "consumer.iban", "product.heavy",
                  "product.unpaid"),
    Step.PARTIES: ("consumer.name", "consumer.address", "consumer.postcode", "consumer.city", "consumer.email",
                   "consumer.phone", "seller.name", "seller.address", "seller.postcode", "seller.city",
                   "seller.email", "seller.org_number"),
}


def step_problems(case: Case, step: Step, today: dt.date,
                  candidates: Mapping[str, Any] | None = None) -> dict[str, InputError]:
    """Field path -> what is wrong with it, for the fields of ``step`` (the first problem of each field).
    ``candidates``: values typed but not yet in the case (path -> value), judged as if they were."""
    if candidates:
        case = copy.deepcopy(case)
        for path, value in candidates.items():
            case.set(path, value)
    fields = STEP_FIELDS.get(step, ())
    missing = case.missing()
    found: dict[str, InputError] = {}
    for path in fields:
        if path in missing:
            found[path] = InputError(path, NEEDED[path])
        elif (problem := case.check_value(path)) is not None:
            found[path] = problem
    from reklamera.rules import date_problems  # on first use: the first page needs no rule data

    for date_problem in date_problems(case.product.delivered, case.defect.discovered, case.product.purchased,
                                      case.complained, today):
        path = FACT_FIELDS[date_problem.field]
        if path in fields and path not in found:
            found[path] = InputError(path, date_problem.template, **date_problem.params)
    if step is Step.REMEDY:
        found.update(cost_problems(case))
    return found


COST_WITHOUT_WHAT = N_("Say what the cost was for.")


def cost_problems(case: Case) -> dict[str, InputError]:
    """The costs claimed ("costs[0].description" -> problem): an amount needs its description, the seller cannot
    pay for "249 kr" alone; each field within the file format's limits."""
    found: dict[str, InputError] = {}
    for index, cost in enumerate(case.costs):
        where = f"costs[{index}]"
        if cost.amount is not None and not cost.description.strip():
            found[f"{where}.description"] = InputError(f"{where}.description", COST_WITHOUT_WHAT)
        for name in ("description", "amount", "receipt"):
            path = f"{where}.{name}"
            if path not in found and (problem := case.check_value(path)) is not None:
                found[path] = problem
    return found
