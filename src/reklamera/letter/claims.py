"""What the consumer claims, numbered: the remedy (with the amount of a price reduction and how it was reached,
the account for a refund), the fallback the country's act allows, costs and losses with their receipts, the
collection of heavy goods, and withholding payment. A letter the act no longer supports (too late) claims no
right: it asks for goodwill instead."""

from __future__ import annotations

from reklamera.case import Case, grouped_iban
from reklamera.i18n import N_
from reklamera.letter.sanitize import clean_line
from reklamera.vocabulary import REMEDY_WORDS, Remedy

FALLBACK = N_("If the defect is not remedied within a reasonable time, I reserve the right to ask for a price "
              "reduction or to cancel the purchase.")
# Iceland: the seller has two attempts to repair or replace (LAW.md, "Remedies").
FALLBACK_IS = N_("If the defect is not remedied within a reasonable time, or a second attempt fails, I reserve "
                 "the right to ask for a price reduction or to cancel the purchase.")
# Denmark: the seller may answer a refund or price-reduction claim by offering repair or replacement (LAW.md).
SELLER_MAY_REMEDY = N_("If you would rather offer to repair or replace the product, please tell me so by the date "
                       "below; it must then be done within a reasonable time, free of charge and without "
                       "significant inconvenience to me.")
PRICE_REDUCTION = N_("I ask for a price reduction of {amount}, which corresponds to the defect.")
BASIS = N_("How I arrived at the amount: {basis}")
REFUND_TO = N_("Please pay the amount to my bank account {iban}.")
COSTS = N_("I also claim compensation for the costs and losses the defect has caused me (receipts attached): "
           "{costs}.")
COLLECT = N_("The product is heavy or installed: please collect it from my address, or repair it where it "
             "stands, at your expense.")
WITHHOLD = N_("Until the defect has been remedied, I am withholding the part of the payment that corresponds to "
              "my claim, as the act allows.")
GOODWILL = N_("I am aware that the time limit of the consumer-sale act has passed, so I am not making a legal "
              "claim. I ask you, as a gesture of goodwill, to consider whether you can repair or replace the "
              "product or offer another solution.")


def claims(case: Case, *, covered: bool, money, _) -> list[str]:
    """The numbered claims of a letter the act supports (``covered``); ``money(amount)`` formats an amount in
    the letter's locale."""
    remedy = Remedy(case.remedy) if case.remedy else Remedy.REPAIR
    if remedy is Remedy.PRICE_REDUCTION and case.claim_amount is not None:
        first = _(PRICE_REDUCTION).format(amount=money(case.claim_amount))
    else:
        first = _(REMEDY_WORDS[remedy].request)
    if remedy is Remedy.PRICE_REDUCTION and (basis := clean_line(case.claim_basis)):
        first += " " + _(BASIS).format(basis=basis.rstrip("."))+ "."
    if remedy in (Remedy.PRICE_REDUCTION, Remedy.CANCELLATION) and case.consumer.iban:
        first += " " + _(REFUND_TO).format(iban=grouped_iban(case.consumer.iban))
    items = [first]
    if not covered:
        return items
    if remedy in (Remedy.REPAIR, Remedy.REPLACEMENT):
        fallback = FALLBACK_IS if case.country == "IS" else FALLBACK
        items.append(_(fallback))
    elif case.country == "DK":
        items.append(_(SELLER_MAY_REMEDY))
    if costs := cost_lines(case, money):
        items.append(_(COSTS).format(costs="; ".join(costs)))
    if case.product.heavy:
        items.append(_(COLLECT))
    if case.product.unpaid:
        items.append(_(WITHHOLD))
    return items


def cost_lines(case: Case, money) -> list[str]:
    """Each cost as "what: amount", the receipt's file name in brackets."""
    lines = []
    for cost in case.costs:
        what = clean_line(cost.description)
        if not what and cost.amount is None:
            continue
        line = ": ".join(part for part in (what, money(cost.amount) if cost.amount is not None else "") if part)
        if receipt := clean_line(cost.receipt):
            line += f" ({receipt})"
        lines.append(line)
    return lines


def goodwill(_) -> str:
    return _(GOODWILL)
