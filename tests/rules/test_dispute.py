"""Eligibility for the dispute body, per country: one row per scenario (LAW.md "Dispute bodies")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from reklamera.rules import VERSIONS
from reklamera.rules.dispute import eligibility
from reklamera.vocabulary import Remedy

D = dt.date.fromisoformat


def body(country: str):
    return VERSIONS[country][-1].dispute_body


ROWS = [
    # country, first complaint, price, currency, today, eligible, the keys of the failed/uncertain checks
    pytest.param("SE", "2026-01-10", "6490", "SEK", "2026-06-01", True, set(), id="SE ARN in time, 6 490 kr"),
    pytest.param("SE", "2026-01-10", "6490", "SEK", "2027-01-10", True, set(), id="SE ARN last day of one year"),
    pytest.param("SE", "2026-01-10", "6490", "SEK", "2027-01-11", False, {"eligibility_apply_by"},
                 id="SE ARN one year and a day"),
    pytest.param("SE", "2026-01-10", "499", "SEK", "2026-06-01", False, {"eligibility_value_outside"},
                 id="SE ARN below every value floor (500 kr)"),
    pytest.param("SE", "2026-01-10", "900", "SEK", "2026-06-01", None, {"eligibility_value_depends"},
                 id="SE ARN 900 kr depends on the kind of goods"),
    pytest.param("SE", "2026-01-10", "6490", "EUR", "2026-06-01", None, {"eligibility_value_unknown"},
                 id="SE ARN price in another currency"),
    pytest.param("SE", None, "6490", "SEK", "2026-06-01", False, {"eligibility_complain_first"},
                 id="SE complain to the seller first"),
    pytest.param("SE", "2026-07-01", "6490", "SEK", "2026-06-01", False, {"eligibility_complain_first"},
                 id="SE a planned complaint is not a complaint yet"),
    pytest.param("DK", "2026-01-10", "1110", "DKK", "2026-06-01", True, set(), id="DK 1 110 kr, the usual floor"),
    pytest.param("DK", "2026-01-10", "800", "DKK", "2026-06-01", None, {"eligibility_value_year"},
                 id="DK 800 kr only for clothes and shoes (2024 figures)"),
    pytest.param("DK", "2026-01-10", "719", "DKK", "2026-06-01", None, {"eligibility_value_year"},
                 id="DK below 720 kr in 2024: check, never refused on the band alone"),
    pytest.param("DK", "2026-01-10", "100001", "DKK", "2026-06-01", None, {"eligibility_value_year"},
                 id="DK above 100 000 kr in 2024: check, never refused on the band alone"),
    pytest.param("DK", "2026-01-10", None, "DKK", "2030-06-01", None, {"eligibility_value_unknown"},
                 id="DK no time limit, no price"),
    pytest.param("NO", "2026-01-10", "5000", "NOK", "2030-06-01", True, set(), id="NO mediation: complained first"),
    pytest.param("FI", "2026-01-10", None, "EUR", "2030-06-01", True, set(), id="FI complained first"),
    pytest.param("IS", None, None, "ISK", "2030-06-01", False, {"eligibility_complain_first"}, id="IS not yet"),
]


@pytest.mark.parametrize(("country", "first", "price", "currency", "today", "eligible", "open_checks"), ROWS)
def test_eligibility(country, first, price, currency, today, eligible, open_checks) -> None:
    result = eligibility(body(country), D(first) if first else None, Decimal(price) if price else None, currency,
                         D(today), remedy=Remedy.CANCELLATION)  # a refund: the value claimed is the price
    assert result.eligible is eligible
    assert {check.note.key for check in result.checks if check.ok is not True} == open_checks
    if country == "SE" and first:
        assert result.apply_by == dt.date(D(first).year + 1, D(first).month, D(first).day)
    assert all(note.key not in ("complain_to_seller_first", "arn_one_year") for note in result.notes)


ANSWERS = [
    # the seller's answer, the assessment's status, today -> eligible, the keys of the failed/uncertain checks
    pytest.param(dict(refused_on="2026-01-20"), "in_time", "2026-02-01", True, set(), id="refused, in time"),
    pytest.param(dict(answered_on="2026-01-20"), "in_time", "2026-02-01", None, {"eligibility_answered"},
                 id="answered without a refusal: check"),
    pytest.param(dict(reply_by="2026-01-24"), "in_time", "2026-01-25", True, set(), id="no answer by the deadline"),
    pytest.param(dict(reply_by="2026-01-24"), "in_time", "2026-01-24", False, {"eligibility_wait"},
                 id="the seller still has time"),
    pytest.param(dict(refused_on="2026-01-20"), "at_risk", "2026-02-01", None, {"eligibility_maybe_late"},
                 id="maybe late: the body judges"),
    pytest.param(dict(refused_on="2026-01-20"), "too_late", "2026-02-01", False, {"eligibility_too_late"},
                 id="too late"),
    pytest.param(dict(refused_on="2026-01-20"), "not_covered", "2026-02-01", False, {"eligibility_private"},
                 id="private seller"),
]


@pytest.mark.parametrize(("answer", "status", "today", "eligible", "open_checks"), ANSWERS)
def test_every_body_checks_the_seller_and_the_time(answer, status, today, eligible, open_checks) -> None:
    from reklamera.rules.dispute import SellerAnswer
    from reklamera.rules.model import Status

    seller = SellerAnswer(**{key: D(value) for key, value in answer.items()})
    result = eligibility(body("SE"), D("2026-01-10"), Decimal("6490"), "SEK", D(today), answer=seller,
                         status=Status(status), remedy=Remedy.CANCELLATION)
    assert result.eligible is eligible
    assert {check.note.key for check in result.checks if check.ok is not True} == open_checks


VALUES = [
    # remedy, price, claimed amount -> the value check (ARN: the value of what is claimed, arn.se)
    pytest.param("price_reduction", "12990", "400", False, "eligibility_value_outside",
                 id="SE ARN a 400 kr price reduction on a 12 990 kr product is below every floor"),
    pytest.param("price_reduction", "12990", "2500", True, "eligibility_value_ok", id="SE ARN a 2 500 kr reduction"),
    pytest.param("price_reduction", "12990", None, None, "eligibility_claim_unknown",
                 id="SE ARN a price reduction without its amount: check"),
    pytest.param("repair", "12990", None, None, "eligibility_value_repair",
                 id="SE ARN repair: the price is only an upper bound, check"),
    pytest.param("replacement", "450", None, False, "eligibility_value_outside",
                 id="SE ARN replacement of a 450 kr product is below every floor"),
    pytest.param("cancellation", "12990", None, True, "eligibility_value_ok", id="SE ARN cancellation: the refund"),
]


@pytest.mark.parametrize(("remedy", "price", "claimed", "ok", "key"), VALUES)
def test_the_value_limits_apply_to_what_is_claimed(remedy, price, claimed, ok, key) -> None:
    result = eligibility(body("SE"), D("2026-01-10"), Decimal(price), "SEK", D("2026-02-01"), remedy=Remedy(remedy),
                         claim_amount=Decimal(claimed) if claimed else None)
    check = result.checks[-1]
    assert (check.ok, check.note.key) == (ok, key)


def test_the_danish_band_names_its_year() -> None:
    from reklamera.rules.messages import render_note

    result = eligibility(body("DK"), D("2026-01-10"), Decimal("500"), "DKK", D("2026-02-01"),
                         remedy=Remedy.CANCELLATION)
    assert result.eligible is None  # never refused on the band alone
    text = render_note(result.checks[-1].note, lambda message: message)
    assert "In 2024" in text and "1110" in text and "720" in text
    band = next(note for note in body("DK").conditions if note.key == "dk_price_band")
    assert "In 2024" in render_note(band, lambda message: message)
