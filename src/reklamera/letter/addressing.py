"""How a letter addresses the seller: a business in the plural or polite form (sv "ni", nb "dere", da "I",
is "þið"), a private person in the singular (sv "du", nb "du", da "du", is "þú").

The sentences that address the seller have a second translation in the context "private seller"; English has one
form for both. A sale a business arranged for a private seller goes to the business: the business form."""

from __future__ import annotations

from collections.abc import Callable
from gettext import NullTranslations

from reklamera.case import Case

PRIVATE_SELLER = "private seller"


def pgettext(context: str, message: str) -> str:
    """A marker: pybabel extracts each call below with its context; the letter translates at run time."""
    return message


# Every sentence that addresses the seller and may go to a private seller (the rest go only to a business, or
# only to a private person: claims.PRIVATE_REQUESTS).
TO_PRIVATE_SELLER = frozenset({
    pgettext("private seller", "Please reply in writing by {date} and tell me how you will handle my complaint."),
    pgettext("private seller", "Please also confirm that you have received this complaint."),
    pgettext("private seller", "I wish to cancel the purchase and ask you to refund the purchase price. I will "
                               "return the product."),
    pgettext("private seller", "Please pay the amount to my bank account {iban}."),
    pgettext("private seller", "On {date} I made a complaint to you about a defect in this product and asked you "
                               "to answer by {reply_by}. I have not received an answer."),
    pgettext("private seller", "I also sent you a reminder on {date}."),
    pgettext("private seller", "Please reply in writing by {date}."),
})


def private_seller(case: Case) -> bool:
    """The letter goes to a private person (not a business that sold the goods on the person's behalf)."""
    return case.seller.private and not case.seller.brokered


def seller_gettext(translation: NullTranslations, case: Case) -> Callable[[str], str]:
    """gettext for a sentence addressed to the case's seller: the private-seller form where there is one."""
    if not private_seller(case):
        return translation.gettext

    def say(message: str) -> str:
        if message not in TO_PRIVATE_SELLER:
            return translation.gettext(message)
        text = translation.pgettext(PRIVATE_SELLER, message)
        return text if text != message else translation.gettext(message)

    return say


__all__ = ["PRIVATE_SELLER", "TO_PRIVATE_SELLER", "private_seller", "seller_gettext"]
