"""What the recipient of a letter will miss: advice before it goes out, never a reason to stop. The wizard's
letter page shows it (CaseSession.letter_advice) and `reklamera letter` prints it on stderr.

Qt-free and pure: each item is an InputError naming the field to fill in, with an English template marked
with N_ (shown in the UI language with ``localized`` or ``reason``)."""

from __future__ import annotations

import re

from reklamera.case import Case
from reklamera.errors import InputError
from reklamera.evidence import attachment_lines
from reklamera.i18n import N_

# Fewer words than this do not tell a seller what is wrong ("Broken.", "Does not work at all").
FEW_WORDS = 8
# Words a receipt or an order confirmation is usually named by, in the six languages (and the usual English).
RECEIPT_WORDS = re.compile(
    r"kvitto|kvitter|kvittun|receipt|kuitti|kassakvitto|faktura|invoice|lasku|reikning|order|ordre|tilaus|"
    r"pöntun|bekräftelse|bekreftelse|bekræftelse|vahvistus|staðfesting|confirmation|köpebevis|kjøpsbevis",
    re.IGNORECASE,
)


def advice(case: Case) -> list[InputError]:
    """What the letter's recipient will miss, in the order the letter shows it."""
    found = []
    seller = case.seller
    if not (seller.address.strip() and (seller.postcode.strip() or seller.city.strip())):
        found.append(InputError("seller.address", N_("the seller's postal address is missing: the letter has "
                                                     "nowhere to go by post, and the envelope window shows nothing")))
    if not seller.email.strip():
        found.append(InputError("seller.email", N_("the seller's e-mail address is missing: sending the letter by "
                                                   "e-mail as well gives you a dated copy")))
    if not case.product.order_number.strip():
        found.append(InputError("product.order_number", N_("no order or receipt number: the seller's staff look "
                                                           "for the purchase by it")))
    if case.product.price is None:
        found.append(InputError("product.price", N_("no price: the seller and a dispute body need it to weigh "
                                                    "your claim")))
    if len(case.defect.description.split()) < FEW_WORDS:
        found.append(InputError("defect.description", N_("the defect is described in only a few words: say what "
                                                         "happens, since when and how often")))
    if case.product.long_life and not case.product.long_life_reason.strip() and _long_life_rule(case.country):
        found.append(InputError("product.long_life_reason", N_("the product is marked as long-lasting, but the letter "
                                                               "does not say why: say on the purchase step how long "
                                                               "such goods are expected to last (the seller may "
                                                               "dispute it)")))
    if not any(RECEIPT_WORDS.search(name) for name in [*case.attachments, *attachment_lines(case)]):
        found.append(InputError("attachments", N_("no copy of the receipt or order confirmation is listed among "
                                                  "the attachments")))
    if (problem := case.reply_days_problem()) is not None:
        found.append(problem)
    return found


def _long_life_rule(country: str) -> bool:
    """Whether the country's act has a longer limit for long-life goods (NO, IS: five years)."""
    from reklamera.rules import VERSIONS

    return any(version.absolute_long_life for version in VERSIONS.get(country, ()))


__all__ = ["FEW_WORDS", "advice"]
