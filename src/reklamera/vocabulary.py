"""Every choice reklamera offers, declared once with its words.

Each choice is a ``StrEnum`` (its values are what the case file, the register and the command line store) and a
table of its words, marked with ``N_`` and translated when shown. The case model's field types, argparse's
``choices``, the letters and the wizard's lists all derive from these declarations; a test fails when a module
declares a list of its own (tests/test_vocabulary.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from reklamera.i18n import N_


class Remedy(StrEnum):
    """What the consumer may ask for, in the order the acts give them."""

    REPAIR = "repair"
    REPLACEMENT = "replacement"
    PRICE_REDUCTION = "price_reduction"
    CANCELLATION = "cancellation"


@dataclass(frozen=True)
class RemedyWords:
    """How one remedy is worded: on its radio button, under it, and in the claim."""

    option: str  # the wizard's radio button, with its Alt-letter
    explanation: str  # one plain sentence under it
    noun: str  # inside a list: "You may ask for: repair, replacement, …"
    request: str  # the first letter to the seller: "I ask you to …"
    claim: str  # the case summary for the dispute body: "That the seller …"


REMEDY_WORDS: Final[Mapping[Remedy, RemedyWords]] = {
    Remedy.REPAIR: RemedyWords(
        N_("&Repair"),
        N_("The seller fixes the defect free of charge and within a reasonable time. Usually the first thing to "
           "ask for."),
        N_("repair"),
        N_("I ask you to repair the defect free of charge and within a reasonable time."),
        N_("That the seller repairs the defect free of charge and within a reasonable time."),
    ),
    Remedy.REPLACEMENT: RemedyWords(
        N_("Re&placement"),
        N_("You get a new product without the defect instead, free of charge."),
        N_("replacement"),
        N_("I ask you to replace the product free of charge with a new one that has no defect."),
        N_("That the seller replaces the product free of charge with one that has no defect."),
    ),
    Remedy.PRICE_REDUCTION: RemedyWords(
        N_("Price re&duction"),
        N_("You keep the product as it is and get part of the price back."),
        N_("price reduction"),
        N_("I ask for a price reduction that corresponds to the defect."),
        N_("A price reduction that corresponds to the defect."),
    ),
    Remedy.CANCELLATION: RemedyWords(
        N_("&Cancellation and refund"),
        N_("You return the product and get your money back. Not for a minor defect, and usually only when repair "
           "or replacement has failed or is not offered."),
        N_("cancellation with a refund"),
        N_("I wish to cancel the purchase and ask you to refund the purchase price. I will return the product."),
        N_("To cancel the purchase and have the purchase price refunded."),
    ),
}


@dataclass(frozen=True)
class Words:
    """How one choice is worded: as a label, and inside a sentence."""

    label: str  # a list entry or a table cell: "E-mail"
    sentence: str = ""  # inside a sentence: "by e-mail"


class ContactChannel(StrEnum):
    """How the consumer was in touch with the seller before the letter."""

    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"
    WEB_FORM = "web_form"
    CHAT = "chat"
    OTHER = "other"


CONTACT_CHANNEL_WORDS: Final[Mapping[ContactChannel, Words]] = {
    ContactChannel.PHONE: Words(N_("Phone"), N_("by phone")),
    ContactChannel.EMAIL: Words(N_("E-mail"), N_("by e-mail")),
    ContactChannel.LETTER: Words(N_("Letter"), N_("by letter")),
    ContactChannel.IN_PERSON: Words(N_("In the shop"), N_("in the shop")),
    ContactChannel.WEB_FORM: Words(N_("Web form"), N_("via the web form")),
    ContactChannel.CHAT: Words(N_("Chat"), N_("in the chat")),
    ContactChannel.OTHER: Words(N_("Other"), N_("other contact")),
}


class SendChannel(StrEnum):
    """How a letter or reminder went out (a registered letter carries its number as the event's reference)."""

    EMAIL = "email"
    REGISTERED_LETTER = "registered_letter"
    LETTER = "letter"
    WEB_FORM = "web_form"
    IN_PERSON = "in_person"
    OTHER = "other"


SEND_CHANNEL_WORDS: Final[Mapping[SendChannel, Words]] = {
    SendChannel.EMAIL: Words(N_("by e-mail"), N_("by e-mail")),
    SendChannel.REGISTERED_LETTER: Words(N_("by registered letter"), N_("by registered letter")),
    SendChannel.LETTER: Words(N_("by letter"), N_("by letter")),
    SendChannel.WEB_FORM: Words(N_("via the web form"), N_("via the web form")),
    SendChannel.IN_PERSON: Words(N_("in the shop"), N_("in the shop")),
    SendChannel.OTHER: Words(N_("other contact"), N_("other contact")),
}


class EventKind(StrEnum):
    """What happened after the complaint."""

    LETTER_SENT = "letter_sent"
    REPLY_RECEIVED = "reply_received"
    REMINDER_SENT = "reminder_sent"
    ESCALATED = "escalated"
    CLOSED = "closed"


EVENT_KIND_WORDS: Final[Mapping[EventKind, Words]] = {
    EventKind.LETTER_SENT: Words(N_("Complaint sent to the seller")),
    EventKind.REPLY_RECEIVED: Words(N_("Answer from the seller")),
    EventKind.REMINDER_SENT: Words(N_("Reminder sent")),
    EventKind.ESCALATED: Words(N_("Case taken to the dispute body")),
    EventKind.CLOSED: Words(N_("Case closed")),
}


class Refusal(StrEnum):
    """The common ways a seller says no."""

    MANUFACTURER_WARRANTY = "manufacturer_warranty"
    CONTACT_MANUFACTURER = "contact_manufacturer"
    INSPECTION_FEE = "inspection_fee"
    YOUR_FAULT = "your_fault"
    WARRANTY_EXPIRED = "warranty_expired"
    OTHER = "other"


REFUSAL_WORDS: Final[Mapping[Refusal, Words]] = {
    Refusal.MANUFACTURER_WARRANTY: Words(N_("only the manufacturer's warranty applies")),
    Refusal.CONTACT_MANUFACTURER: Words(N_("contact the manufacturer")),
    Refusal.INSPECTION_FEE: Words(N_("you must pay for an inspection")),
    Refusal.YOUR_FAULT: Words(N_("the defect is your fault")),
    Refusal.WARRANTY_EXPIRED: Words(N_("the warranty has expired")),
    Refusal.OTHER: Words(N_("another reason")),
}


class FollowUpKind(StrEnum):
    """The follow-up letters: a reminder, and an answer to each refusal that has one (``answers``)."""

    REMINDER = "reminder"
    REPLY_MANUFACTURER_WARRANTY = "reply-manufacturer-warranty"
    REPLY_CONTACT_MANUFACTURER = "reply-contact-manufacturer"
    REPLY_INSPECTION_FEE = "reply-inspection-fee"
    REPLY_YOUR_FAULT = "reply-your-fault"
    REPLY_WARRANTY_EXPIRED = "reply-warranty-expired"

    @property
    def answers(self) -> Refusal | None:
        """The refusal this letter answers (None for the reminder)."""
        return _ANSWERS.get(self)

    @classmethod
    def answering(cls, refusal: Refusal | str | None) -> FollowUpKind | None:
        """The letter that answers ``refusal``, if there is one ("other" has none)."""
        return next((kind for kind, answered in _ANSWERS.items() if answered == refusal), None)


_ANSWERS: Final[Mapping[FollowUpKind, Refusal]] = {
    FollowUpKind.REPLY_MANUFACTURER_WARRANTY: Refusal.MANUFACTURER_WARRANTY,
    FollowUpKind.REPLY_CONTACT_MANUFACTURER: Refusal.CONTACT_MANUFACTURER,
    FollowUpKind.REPLY_INSPECTION_FEE: Refusal.INSPECTION_FEE,
    FollowUpKind.REPLY_YOUR_FAULT: Refusal.YOUR_FAULT,
    FollowUpKind.REPLY_WARRANTY_EXPIRED: Refusal.WARRANTY_EXPIRED,
}


class Outcome(StrEnum):
    """How a case ended."""

    REPAIRED = "repaired"
    REPLACED = "replaced"
    PRICE_REDUCED = "price_reduced"
    REFUNDED = "refunded"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    OTHER = "other"


OUTCOME_WORDS: Final[Mapping[Outcome, Words]] = {
    Outcome.REPAIRED: Words(N_("repaired")),
    Outcome.REPLACED: Words(N_("replaced")),
    Outcome.PRICE_REDUCED: Words(N_("price reduced")),
    Outcome.REFUNDED: Words(N_("refunded")),
    Outcome.REFUSED: Words(N_("refused")),
    Outcome.WITHDRAWN: Words(N_("complaint withdrawn")),
    Outcome.OTHER: Words(N_("other outcome")),
}


class NextStep(StrEnum):
    """Where a complaint stands after the letter, as the follow-up state says it."""

    SEND_LETTER = "send_letter"
    WAIT = "wait"
    REMINDER = "reminder"
    RESPOND = "respond"
    ESCALATE = "escalate"
    ESCALATED = "escalated"
    CLOSED = "closed"


class RegisterStatus(StrEnum):
    """A case's status in an office's register."""

    DRAFT = "draft"
    SENT = "sent"
    ANSWERED = "answered"
    ESCALATED = "escalated"
    CLOSED = "closed"


REGISTER_STATUS_WORDS: Final[Mapping[RegisterStatus, Words]] = {
    RegisterStatus.DRAFT: Words(N_("not sent")),
    RegisterStatus.SENT: Words(N_("sent")),
    RegisterStatus.ANSWERED: Words(N_("answered")),
    RegisterStatus.ESCALATED: Words(N_("with the dispute body")),
    RegisterStatus.CLOSED: Words(N_("closed")),
}


class RegisterSort(StrEnum):
    """The columns an office's register list can be sorted by (newest change first by default)."""

    UPDATED_AT = "updated_at"
    CONSUMER_NAME = "consumer_name"
    SELLER_NAME = "seller_name"
    PRODUCT = "product"
    COUNTRY = "country"
    STATUS = "status"
    NEXT_DEADLINE = "next_deadline"


# The register list's columns, each sortable (the list starts newest change first, which has no column).
REGISTER_COLUMN_WORDS: Final[Mapping[RegisterSort, Words]] = {
    RegisterSort.CONSUMER_NAME: Words(N_("Consumer")),
    RegisterSort.SELLER_NAME: Words(N_("Seller")),
    RegisterSort.PRODUCT: Words(N_("Product")),
    RegisterSort.COUNTRY: Words(N_("Country")),
    RegisterSort.STATUS: Words(N_("Status")),
    RegisterSort.NEXT_DEADLINE: Words(N_("Next deadline")),
}


class GoodsKind(StrEnum):
    """The kind of goods, for an office's statistics and for the long-life hint (NO, IS)."""

    ELECTRONICS = "electronics"
    WHITE_GOODS = "white_goods"
    FURNITURE = "furniture"
    CLOTHES_SHOES = "clothes_shoes"
    VEHICLES = "vehicles"
    LIVE_ANIMALS = "live_animals"  # SE 2022:260: a presumption of six months, not two years
    OTHER = "other"

    @property
    def coicop(self) -> str | None:
        """The kind's code in COICOP 2018 (see GOODS_KIND_COICOP), None for "something else"."""
        return GOODS_KIND_COICOP[self]

    @property
    def usually_long_life(self) -> bool:
        """Goods that complaints boards usually hold are meant to last substantially longer than two years
        (white goods, furniture, vehicles): the wizard suggests the five-year rule, the consumer decides."""
        return self in (GoodsKind.WHITE_GOODS, GoodsKind.FURNITURE, GoodsKind.VEHICLES)


GOODS_KIND_WORDS: Final[Mapping[GoodsKind, Words]] = {
    GoodsKind.ELECTRONICS: Words(N_("electronics")),
    GoodsKind.WHITE_GOODS: Words(N_("white goods (washing machines, fridges …)")),
    GoodsKind.FURNITURE: Words(N_("furniture")),
    GoodsKind.CLOTHES_SHOES: Words(N_("clothes and shoes")),
    GoodsKind.VEHICLES: Words(N_("cars, bicycles and other vehicles")),
    GoodsKind.LIVE_ANIMALS: Words(N_("live animals (pets, horses …)")),
    GoodsKind.OTHER: Words(N_("something else")),
}


# Each kind's code in COICOP 2018, the UN's Classification of Individual Consumption According to Purpose (United
# Nations Statistics Division; endorsed by the UN Statistical Commission at its 49th session, March 2018;
# unstats.un.org/unsd/classifications), the classification national statistics of household spending and the
# Swedish municipal consumer advisers' Konstat register use: an office's figures compare with them. Each code is
# the most detailed level the kind fits as a whole: a class (05.1.1), else a group (07.1) or a division (03).
# Changing a code needs a register migration step that re-codes the stored rows (register/store.py).
GOODS_KIND_COICOP: Final[Mapping[GoodsKind, str | None]] = {
    GoodsKind.ELECTRONICS: "08.1",  # information and communication equipment (phones, computers, sound and vision)
    GoodsKind.WHITE_GOODS: "05.3.1",  # major household appliances whether electric or not
    GoodsKind.FURNITURE: "05.1.1",  # furniture and furnishings
    GoodsKind.CLOTHES_SHOES: "03",  # clothing and footwear (03.1 clothing, 03.2 footwear)
    GoodsKind.VEHICLES: "07.1",  # purchase of vehicles (cars, motor cycles, bicycles …)
    GoodsKind.LIVE_ANIMALS: "09.3.2",  # pets and related products
    GoodsKind.OTHER: None,  # no one code: left blank rather than guessed
}


def values(choice: type[StrEnum]) -> tuple[str, ...]:
    """The stored values of a choice, in declaration order (argparse's ``choices``, messages)."""
    return tuple(member.value for member in choice)
