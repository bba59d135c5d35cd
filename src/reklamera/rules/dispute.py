"""May the consumer take the case to the country's dispute body? The checks of LAW.md, as data.

Each check is ``True`` (met), ``False`` (not met: the body will not take the case) or ``None`` (cannot be told
from the case, or depends on the kind of goods: the consumer must check). Pure: ``today`` is passed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reklamera.rules.calendar import add_months
from reklamera.rules.model import DisputeBody, Note, Status
from reklamera.vocabulary import Remedy


@dataclass(frozen=True, slots=True)
class Check:
    ok: bool | None
    note: Note


@dataclass(frozen=True, slots=True)
class Eligibility:
    body: DisputeBody
    eligible: bool | None  # False: at least one check failed; None: something must be checked by the consumer
    checks: tuple[Check, ...]
    apply_by: dt.date | None  # the last day to apply, where the body has a time limit
    notes: tuple[Note, ...]  # the body's other conditions (fees, steps), not checked here


@dataclass(frozen=True, slots=True)
class SellerAnswer:
    """What the seller did with the complaint, as far as the case records it: a refusal, another answer, or
    the last day to answer while no answer is recorded."""

    refused_on: dt.date | None = None
    answered_on: dt.date | None = None  # an answer that was not a refusal
    reply_by: dt.date | None = None


# Conditions the checks above already cover, so they are not repeated as notes.
CHECKED = {"complain_to_seller_first", "arn_one_year", "arn_value_floor", "dk_price_band"}


def eligibility(body: DisputeBody, first_complaint: dt.date | None, price: Decimal | None, currency: str,
                today: dt.date, *, answer: SellerAnswer | None = None, status: Status | None = None,
                remedy: Remedy | None = None, claim_amount: Decimal | None = None) -> Eligibility:
    """The body's conditions for the case. ``answer`` and ``status`` (the assessment's) add the checks every
    body makes: a business as the seller, a refusal or no answer by the deadline, a complaint made in time.
    The value limits apply to the value of what is claimed (ARN: "Värdet av det du kräver"), not the price: a
    price reduction is ``claim_amount``, a cancellation the refund (the price), a repair or replacement at most
    the price (so the price can only show that a claim is too small). Limits that are indexed every year (DK)
    are stated with their year and never refuse a case on their own."""
    checks = []
    if status is Status.NOT_COVERED:
        checks.append(Check(False, Note("eligibility_private")))
    if first_complaint is None or first_complaint > today:
        checks.append(Check(False, Note("eligibility_complain_first")))
    else:
        checks.append(Check(True, Note("eligibility_complained", {"date": first_complaint})))
        if answer is not None:
            checks.append(_answer_check(answer, today))
    if status is Status.TOO_LATE:
        checks.append(Check(False, Note("eligibility_too_late")))
    elif status is Status.AT_RISK:
        checks.append(Check(None, Note("eligibility_maybe_late")))
    elif status is Status.IN_TIME:
        checks.append(Check(True, Note("eligibility_in_time")))
    apply_by = None
    if body.apply_within_months and first_complaint is not None:
        apply_by = add_months(first_complaint, body.apply_within_months)
        checks.append(Check(today <= apply_by, Note("eligibility_apply_by", {"date": apply_by})))
    if body.min_value:
        checks.append(_value_check(body, price, currency, remedy, claim_amount))
    verdicts = [check.ok for check in checks]
    eligible = False if False in verdicts else (None if None in verdicts else True)
    notes = tuple(note for note in body.conditions if note.key not in CHECKED)
    return Eligibility(body, eligible, tuple(checks), apply_by, notes)


def _answer_check(answer: SellerAnswer, today: dt.date) -> Check:
    """The body takes a case the seller has refused, or left unanswered past the deadline."""
    if answer.refused_on is not None:
        return Check(True, Note("eligibility_refused", {"date": answer.refused_on}))
    if answer.answered_on is not None:
        return Check(None, Note("eligibility_answered", {"date": answer.answered_on}))
    if answer.reply_by is not None and today > answer.reply_by:
        return Check(True, Note("eligibility_no_answer", {"date": answer.reply_by}))
    return Check(False, Note("eligibility_wait", {"date": answer.reply_by}))


def _value_check(body: DisputeBody, price: Decimal | None, currency: str, remedy: Remedy | None,
                 claim_amount: Decimal | None) -> Check:
    params: dict[str, object] = {"currency": body.currency, "min": body.min_value, "usual": body.usual_min_value,
                                 "max": body.max_value, "year": body.limits_year}
    reduction = remedy is Remedy.PRICE_REDUCTION
    value = claim_amount if reduction else price
    if value is None or currency != body.currency:
        return Check(None, Note("eligibility_claim_unknown" if reduction else "eligibility_value_unknown", params))
    exact = reduction or remedy is Remedy.CANCELLATION  # else the price is only an upper bound of the value
    too_small = value < body.min_value
    too_large = bool(body.max_value) and value > body.max_value and exact
    if body.limits_year and (too_small or too_large or value < body.usual_min_value or not exact):
        return Check(None, Note("eligibility_value_year", params))  # indexed limits: say the year, never refuse
    if too_small or too_large:
        return Check(False, Note("eligibility_value_outside", params))
    if not exact:
        return Check(None, Note("eligibility_value_repair", params))
    if value < body.usual_min_value:
        return Check(None, Note("eligibility_value_depends", params))
    return Check(True, Note("eligibility_value_ok", params))
