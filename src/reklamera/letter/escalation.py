"""The escalation pack: one document for the country's dispute body — who, what was bought, what is wrong,
what the consumer asks for, everything that happened in date order, whether the body's conditions are met,
and a numbered list of attachments."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reklamera.case import Case
from reklamera.followup import dated, first_sent
from reklamera.i18n import LOCALES, N_, translations
from reklamera.letter.compose import (
    _address,
    _contact_line,
    _paragraph,
    _purchase,
    attachment_blocks,
    letter_frame,
    needed,
)
from reklamera.letter.content import Block, BlockKind, LetterContent
from reklamera.letter.sanitize import clean, clean_line
from reklamera.rules import assess
from reklamera.rules.dispute import Eligibility, eligibility
from reklamera.rules.messages import render_note
from reklamera.rules.model import Assessment
from reklamera.verdict import long_date_formatter
from reklamera.vocabulary import (
    EVENT_KIND_WORDS,
    OUTCOME_WORDS,
    REFUSAL_WORDS,
    REMEDY_WORDS,
    SEND_CHANNEL_WORDS,
    EventKind,
    Outcome,
    Refusal,
    Remedy,
    SendChannel,
)

CHECK_MARKS = {True: N_("Yes"), False: N_("No"), None: N_("Check")}


def case_eligibility(case: Case, today: dt.date, assessment: Assessment | None = None) -> Eligibility:
    """The dispute body's conditions checked for the case (the body is the one of the law for the contract)."""
    version = (assessment or assess(dataclasses.replace(case.facts(), complained=None), today)).version
    return eligibility(version.dispute_body, first_sent(case.events), case.product.price, case.product.currency,
                       today)


def compose_escalation(case: Case, language: str | None = None, *, today: dt.date, office: str = "",
                       check: Eligibility | None = None) -> LetterContent:
    language = language or case.language
    frame = letter_frame(case, language, letter_day=today, office=office)
    _ = translations(language).gettext
    locale = LOCALES[language]
    date = long_date_formatter(language)

    check = check or case_eligibility(case, today)
    body_name = check.body.name
    product = clean_line(case.product.description)
    seller = case.seller
    seller_line = ", ".join(_address(seller.name, seller.address, seller.postcode, seller.city, seller.org_number))
    bought = _purchase(case, product, date, locale, _, seller=clean_line(seller.name))
    discovered, remedy = needed(case.defect.discovered, "defect.discovered"), Remedy(needed(case.remedy, "remedy"))
    blocks = [
        Block(BlockKind.HEADING, _("The seller")), _paragraph(seller_line),
        Block(BlockKind.HEADING, _("The purchase")), _paragraph(bought),
        Block(BlockKind.HEADING, _("The defect")), Block(BlockKind.QUOTE, clean(case.defect.description)),
        _paragraph(_("I noticed the defect on {date}.").format(date=date(discovered))),
        Block(BlockKind.HEADING, _("What I ask for")), _paragraph(_(REMEDY_WORDS[remedy].claim)),
        Block(BlockKind.HEADING, _("What has happened")),
        Block(BlockKind.BULLETED, items=tuple(_history(case, date, _))),
        Block(BlockKind.HEADING, _("Conditions for {body}").format(body=body_name)),
        Block(BlockKind.BULLETED, items=tuple(f"{_(CHECK_MARKS[item.ok])}: {render_note(item.note, _, date)}"
                                              for item in check.checks)
              + tuple(render_note(note, _, date) for note in check.notes)),
    ]
    blocks += attachment_blocks([*case.attachments, *(event.file for _day, event in dated(case.events))], _)
    subject = _("Case summary for {body}: complaint about {product}").format(body=body_name, product=product)
    return dataclasses.replace(frame, title=subject, subject=subject, recipient=(body_name, check.body.url),
                               salutation="", closing="", body=tuple(blocks))


def _history(case: Case, date, _) -> list[str]:
    """Every dated step, oldest first: purchase, delivery, discovery, contacts, and the events after."""
    items: list[tuple[dt.date, str]] = []
    product = case.product
    purchase, delivery, noticed = _("Purchase"), _("Delivery"), _("Defect noticed")
    if product.purchased and product.purchased != product.delivered:
        items.append((product.purchased, f"{date(product.purchased)}: {purchase}"))
    if product.delivered:
        items.append((product.delivered, f"{date(product.delivered)}: {delivery}"))
    if case.defect.discovered:
        items.append((case.defect.discovered, f"{date(case.defect.discovered)}: {noticed}"))
    for contact in case.contacts:
        if contact.date:
            items.append((contact.date, _contact_line(contact, date, _)))
    for day, event in dated(case.events):
        details = [_(EVENT_KIND_WORDS[EventKind(event.kind)].label)]
        if event.kind in ("letter_sent", "reminder_sent") and event.channel:
            details.append(_(SEND_CHANNEL_WORDS[SendChannel(event.channel)].sentence))
        if clean_line(event.reference):
            details.append(clean_line(event.reference))
        if event.refusal:
            details.append(_("refusal: {reason}").format(reason=_(REFUSAL_WORDS[Refusal(event.refusal)].label)))
        if event.outcome:
            details.append(_(OUTCOME_WORDS[Outcome(event.outcome)].label))
        line = f"{date(day)}: " + ", ".join(details)
        if clean_line(event.summary):
            line += f" — {clean_line(event.summary)}"
        items.append((day, line))
    return [text for _day, text in sorted(items, key=lambda item: item[0])]


