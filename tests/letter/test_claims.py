"""The claim, complete (issue 14): numbered claims with the fallback each act allows, the amount of a price
reduction and how it was reached, the account for a refund, costs with receipts, heavy goods collected,
payment withheld; a too-late letter asks for goodwill (tests/letter/test_compose.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reklamera.case import Cost, Event
from reklamera.letter.compose import compose
from reklamera.letter.followup import compose_followup
from tests.letter.conftest import TODAY, assessed

D = __import__("datetime").date.fromisoformat


def claims_of(case, language: str = "en") -> tuple[str, ...]:
    content = compose(case, assessed(case), language)
    index = next(i for i, block in enumerate(content.body) if block.kind == "heading" and block.text in
                 ("My claims", "Mina krav", "Mine krav", "Vaatimukseni", "Kröfur mínar"))
    return content.body[index + 1].items


def test_repair_first_then_the_fallback(case) -> None:
    assert claims_of(case) == (
        "I ask you to repair the defect free of charge and within a reasonable time.",
        "If the defect is not remedied within a reasonable time, I reserve the right to ask for a price "
        "reduction or to cancel the purchase.",
    )


def test_iceland_gives_the_seller_two_attempts(case) -> None:
    case.country, case.product.currency = "IS", "ISK"
    assert "or a second attempt fails" in claims_of(case)[1]


def test_price_reduction_with_amount_basis_and_account(case) -> None:
    case.remedy = "price_reduction"
    case.claim_amount = Decimal("1500")
    case.claim_basis = "a quote from a repair shop for a new door seal, 1 500 kr."
    case.consumer.iban = "se45 5000 0000 0583 9825 7466"
    first, *rest = claims_of(case)
    assert first == ("I ask for a price reduction of SEK\xa01,500.00, which corresponds to the defect. How I arrived "
                     "at the amount: a quote from a repair shop for a new door seal, 1 500 kr. Please pay the amount "
                     "to my bank account SE45\xa05000\xa00000\xa00583\xa09825\xa07466.")
    assert rest == []  # Sweden: no fallback to write for a price reduction


def test_denmark_says_the_seller_may_offer_repair_instead(case) -> None:
    case.country, case.product.currency, case.remedy = "DK", "DKK", "cancellation"
    items = claims_of(case)
    assert items[0].startswith("I wish to cancel the purchase")
    assert items[1].startswith("If you would rather offer to repair or replace the product")


def test_costs_heavy_goods_and_withheld_payment(case) -> None:
    case.costs = [Cost("Transport to the workshop", Decimal("249"), "freight.pdf"),
                  Cost("Inspection by an electrician", Decimal("600"))]
    case.product.heavy = True
    case.product.unpaid = True
    items = claims_of(case)
    assert items[2] == ("I also claim compensation for the costs and losses the defect has caused me (receipts "
                        "attached): Transport to the workshop: SEK\xa0249.00 (freight.pdf); Inspection by an "
                        "electrician: SEK\xa0600.00.")
    assert items[3].startswith("The product is heavy or installed: please collect it from my address")
    assert items[4].startswith("Until the defect has been remedied, I am withholding the part of the payment")


def test_a_private_sale_asks_without_the_acts_fallback(case) -> None:
    case.seller.private = True
    case.costs = [Cost("Transport", Decimal("249"))]
    case.product.unpaid = True
    # Not the consumer-sale act's "free of charge and within a reasonable time": a private seller is not bound by it.
    assert claims_of(case) == ("I ask you to repair the defect.",)


def test_the_inspection_fee_answer_accepts_the_examination_and_refuses_payment(case) -> None:
    case.events = [Event(date=D("2026-10-05"), kind="letter_sent"),
                   Event(date=D("2026-10-14"), kind="reply_received", refusal="inspection_fee")]
    text = compose_followup(case, "reply-inspection-fee", "en", today=TODAY).as_text()
    assert "You are welcome to examine the product." in text
    assert "I do not agree to pay for the examination" in text
    assert "before any cost arises" in text


@pytest.mark.parametrize("language", ["sv", "nb", "da", "fi", "is", "en"])
def test_numbered_claims_in_every_language(case, language: str) -> None:
    assert len(claims_of(case, language)) == 2
