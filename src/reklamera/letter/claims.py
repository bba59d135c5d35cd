"""What the consumer claims, numbered: the remedy (with the amount of a price reduction and how it was reached,
the account for a refund), the fallback the country's act allows, costs and losses with their receipts, the
collection of heavy goods, and withholding payment. A letter the act no longer supports (too late) claims no
right: it asks for goodwill instead. A private seller is not bound by the consumer-sale act: the letter asks for the
remedy without the act's terms ("free of charge and within a reasonable time") and claims nothing further."""

from __future__ import annotations

from reklamera.case import Case, grouped_iban
from reklamera.evidence import file_name, label
from reklamera.i18n import N_
from reklamera.letter.sanitize import clean_line, end_sentence, fill
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
COSTS_WITHOUT_RECEIPTS = N_("I also claim compensation for the costs and losses the defect has caused me: {costs}.")
# Heavy or installed goods: a repair can be made where they stand; a replacement or a refund needs them collected.
# A price reduction leaves the goods with the consumer, so nothing is collected.
COLLECT = N_("The product is heavy or installed: please collect it from my address, or repair it where it "
             "stands, at your expense.")
COLLECT_RETURN = N_("The product is heavy or installed: please collect it from my address at your expense.")
# Withholding lasts until the defect is remedied (repair, replacement) or the money claim is settled.
WITHHOLD = N_("Until the defect has been remedied, I am withholding the part of the payment that corresponds to "
              "my claim, as the act allows.")
WITHHOLD_CLAIM = N_("Until my claim has been settled, I am withholding the part of the payment that corresponds to "
                    "it, as the act allows.")
# A private seller: the request without the consumer-sale act's terms (repair and replacement; the other two
# requests claim nothing the act alone gives).
PRIVATE_REQUESTS = {
    Remedy.REPAIR: N_("I ask you to repair the defect."),
    Remedy.REPLACEMENT: N_("I ask you to replace the product with one that has no defect."),
}
GOODWILL = N_("I am aware that the time limit of the consumer-sale act has passed, so I am not making a legal "
              "claim. I ask you, as a gesture of goodwill, to consider whether you can repair or replace the "
              "product or offer another solution.")


def claims(case: Case, *, covered: bool, money, _, say=None) -> list[str]:
    """The numbered claims of a letter the act supports (``covered``); ``money(amount)`` formats an amount in
    the letter's locale; ``say`` translates a sentence addressed to the seller (addressing.seller_gettext)."""
    remedy = Remedy(case.remedy) if case.remedy else Remedy.REPAIR
    items = [remedy_claim(case, covered=covered, money=money, _=_, say=say)]
    if not covered:
        return items
    if remedy in (Remedy.REPAIR, Remedy.REPLACEMENT):
        fallback = FALLBACK_IS if case.country == "IS" else FALLBACK
        items.append(_(fallback))
    elif case.country == "DK":
        items.append(_(SELLER_MAY_REMEDY))
    if costs := cost_lines(case, money):
        receipts = any(clean_line(cost.receipt) for cost in case.costs)
        items.append(fill(_(COSTS if receipts else COSTS_WITHOUT_RECEIPTS), costs="; ".join(costs)))
    if case.product.heavy and remedy is not Remedy.PRICE_REDUCTION:
        items.append(_(COLLECT if remedy is Remedy.REPAIR else COLLECT_RETURN))
    if case.product.unpaid:
        items.append(_(WITHHOLD if remedy in (Remedy.REPAIR, Remedy.REPLACEMENT) else WITHHOLD_CLAIM))
    return items


def remedy_claim(case: Case, *, covered: bool, money, _, say=None) -> str:
    """The first claim: the remedy asked for, a price reduction with its amount and how it was reached, and the
    account a refund goes to (also what a follow-up letter restates)."""
    say = say or _
    remedy = Remedy(case.remedy) if case.remedy else Remedy.REPAIR
    if remedy is Remedy.PRICE_REDUCTION and case.claim_amount is not None:
        first = fill(_(PRICE_REDUCTION), amount=money(case.claim_amount))
    elif not covered and remedy in PRIVATE_REQUESTS:
        first = say(PRIVATE_REQUESTS[remedy])
    else:
        first = say(REMEDY_WORDS[remedy].request)
    if remedy is Remedy.PRICE_REDUCTION and (basis := clean_line(case.claim_basis)):
        first += " " + end_sentence(fill(_(BASIS), basis=basis))
    if remedy in (Remedy.PRICE_REDUCTION, Remedy.CANCELLATION) and case.consumer.iban:
        first += " " + fill(say(REFUND_TO), iban=grouped_iban(case.consumer.iban))
    return fill(first)


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


def receipts(case: Case) -> list[str]:
    """The costs' receipts that the attachments do not list yet (by file name, also as evidence), each once."""
    listed = {*map(clean_line, case.attachments), *map(file_name, case.evidence),
              *(label(index, item).split(" ", 1)[1] for index, item in enumerate(case.evidence))}
    found: list[str] = []
    for cost in case.costs:
        receipt = clean_line(cost.receipt)
        if receipt and receipt not in listed and receipt not in found:
            found.append(receipt)
    return found


def goodwill(_) -> str:
    return _(GOODWILL)
