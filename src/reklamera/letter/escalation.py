"""The escalation pack: one document for the country's dispute body — who, what was bought, what is wrong,
what the consumer asks for, everything that happened in date order, whether the body's conditions are met,
and a numbered list of attachments."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reklamera.case import Case
from reklamera.evidence import attachment_lines
from reklamera.followup import dated, first_sent, follow_up
from reklamera.i18n import LOCALES, N_, translations
from reklamera.letter.claims import BASIS, cost_lines, receipts
from reklamera.letter.compose import (
    BODY_NAMES,
    LetterError,
    _address,
    _contact_line,
    _money,
    _org_number,
    _paragraph,
    attachment_blocks,
    letter_frame,
    needed,
    purchase_facts,
    running_name,
)
from reklamera.letter.content import Block, BlockKind, LetterContent
from reklamera.letter.sanitize import clean, clean_line, end_sentence, fill
from reklamera.letter.timeliness import delay, long_life
from reklamera.rules import assess
from reklamera.rules.dispute import Eligibility, SellerAnswer, eligibility
from reklamera.rules.messages import MESSAGES, render_note
from reklamera.rules.model import Assessment, Note
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

# The conditions that are met, as the consumer states them to the body (the summary is addressed to the body).
STATEMENTS = {
    "eligibility_complained": N_("I complained to the seller in writing on {date}."),
    "eligibility_refused": N_("The seller refused my complaint on {date}."),
    "eligibility_no_answer": N_("The seller did not answer by {date}, the day I had asked for an answer by."),
    "eligibility_in_time": N_("I made the complaint within the time limits of the act."),
    "eligibility_apply_by": N_("I am applying within one year of my first complaint to the seller."),
    "eligibility_value_ok": N_("The value of my claim is within the amounts the board handles."),
}
# Where a refused summary points: the case field to fix.
FIELDS = {"eligibility_private": "seller.private", "eligibility_value_outside": "claim_amount",
          "eligibility_too_late": "complained"}


def seller_answer(case: Case, today: dt.date) -> SellerAnswer:
    """The seller's latest answer to the latest letter or reminder, or the deadline while none is recorded."""
    events = dated(case.events)
    outgoing = [day for day, event in events if event.kind in (EventKind.LETTER_SENT, EventKind.REMINDER_SENT)]
    if not outgoing:
        return SellerAnswer()
    replies = [(day, event) for day, event in events if event.kind == EventKind.REPLY_RECEIVED]
    refusals = [day for day, event in replies if event.refusal]
    if refusals:
        return SellerAnswer(refused_on=refusals[-1])
    if replies:
        return SellerAnswer(answered_on=replies[-1][0])
    state = follow_up(case, today)
    return SellerAnswer(reply_by=state.reply_by)


def case_eligibility(case: Case, today: dt.date, assessment: Assessment | None = None) -> Eligibility:
    """The dispute body's conditions checked for the case (the body is the one of the law for the contract):
    a business as the seller, the complaint first and in time, a refusal or no answer by the deadline, the
    body's own time and value limits."""
    first = first_sent(case.events)
    judged = as_complained(case, today)
    version = (assessment or judged).version
    return eligibility(version.dispute_body, first, case.product.price, case.product.currency, today,
                       answer=seller_answer(case, today), status=judged.status, remedy=case.remedy,
                       claim_amount=case.claim_amount)


def as_complained(case: Case, today: dt.date) -> Assessment:
    """The complaint as it was made: on the day the first letter went out (or the case's complaint day)."""
    first = first_sent(case.events)
    facts = dataclasses.replace(case.facts(), complained=first) if first else case.facts()
    return assess(facts, max(today, first or today))


# A condition that only time can meet: the summary is written, clearly marked as a draft not to be sent yet.
NOT_YET = {"eligibility_wait"}


def refusal(check: Eligibility) -> EscalationError | None:
    """A summary the body would refuse is not written: the first condition that fails, as the reason (one that
    only needs time, the seller's reply deadline, makes a draft instead: see :func:`compose_escalation`)."""
    failed = next((item for item in check.checks if item.ok is False and item.note.key not in NOT_YET), None)
    if failed is None:
        return None
    return EscalationError(FIELDS.get(failed.note.key, "events"), MESSAGES[failed.note.key], **failed.note.params)


class EscalationError(LetterError):
    """The dispute body would not take the case as it stands; the message says which condition fails."""


def compose_escalation(case: Case, language: str | None = None, *, today: dt.date, office: str = "",
                       check: Eligibility | None = None) -> LetterContent:
    """The case summary, addressed to the body (in Finland to Kuluttajaneuvonta, which must come first): the
    body's own way in, the facts, the history, and the conditions that are met, in the consumer's words. A case
    the body would refuse (a private seller, too late, nothing sent, past the body's time or value limits) raises
    :class:`EscalationError`; one where the seller still has time to answer is marked as a draft."""
    language = language or case.language
    frame = letter_frame(case, language, letter_day=today, office=office)
    _ = translations(language).gettext
    locale = LOCALES[language]
    date = long_date_formatter(language)

    check = check or case_eligibility(case, today)
    if problem := refusal(check):
        raise problem
    body = check.body
    official = body.first_contact or body.name  # FI: Kuluttajaneuvonta first
    # Its own name in the letter's language where it has one; inside a sentence as running text.
    body_name, in_text = BODY_NAMES.get((official, language), official), running_name(official, language)
    product = clean_line(case.product.description)
    seller = case.seller
    seller_line = ", ".join(_address(seller.name, seller.address, seller.postcode, seller.city, _org_number(case)))
    discovered, remedy = needed(case.defect.discovered, "defect.discovered"), Remedy(needed(case.remedy, "remedy"))
    waiting = [item.note for item in check.checks if item.ok is False and item.note.key in NOT_YET]
    blocks = [
        *(Block(BlockKind.HEADING, _("Draft, not to be sent yet: {reason}").format(
            reason=render_note(note, _, date))) for note in waiting),
        *([_paragraph(render_note(Note(body.form), _, date))] if body.form else []),
        Block(BlockKind.HEADING, _("The seller")), _paragraph(seller_line),
        Block(BlockKind.HEADING, _("The purchase")), purchase_facts(case, date, locale, _),
        Block(BlockKind.HEADING, _("The defect")), Block(BlockKind.QUOTE, clean(case.defect.description)),
        _paragraph(" ".join(text for text in (_("I noticed the defect on {date}.").format(date=date(discovered)),
                                              *_timing(case, today, _)) if text)),
        Block(BlockKind.HEADING, _("What I ask for")), _paragraph(_asked(case, remedy, locale, _)),
        Block(BlockKind.HEADING, _("What has happened")),
        Block(BlockKind.BULLETED, items=tuple(_history(case, date, _))),
        Block(BlockKind.HEADING, _("Conditions for {body}").format(body=in_text)),
        Block(BlockKind.BULLETED, items=tuple(_statement(item.note, _, date) for item in check.checks
                                              if item.ok and item.note.key in STATEMENTS)),
    ]
    blocks += attachment_blocks([*attachment_lines(case), *case.attachments, *receipts(case),
                                 *(event.file for _day, event in dated(case.events))], _,
                                labelled=bool(case.evidence))
    subject = _("Case summary for {body}: complaint about {product}").format(body=in_text, product=product)
    if waiting:
        subject = _("Draft: {subject}").format(subject=subject)
    url = body.first_contact_url if body.first_contact else body.url
    return dataclasses.replace(frame, title=subject, subject=subject, recipient=(body_name, url),
                               salutation="", closing="", body=tuple(blocks), window=False)


def _asked(case: Case, remedy: Remedy, locale: str, _) -> str:
    """The claim to the body: the remedy (a price reduction with its amount and basis) and the costs."""
    def money(amount):
        return _money(amount, case.product.currency, locale)

    if remedy is Remedy.PRICE_REDUCTION and case.claim_amount is not None:
        text = fill(_("A price reduction of {amount}."), amount=money(case.claim_amount))
    else:
        text = _(REMEDY_WORDS[remedy].claim)
    if remedy is Remedy.PRICE_REDUCTION and (basis := clean_line(case.claim_basis)):
        text += " " + end_sentence(fill(_(BASIS), basis=basis))
    if costs := cost_lines(case, money):
        claim = (_("Compensation for the costs and losses the defect has caused me (receipts attached): {costs}.")
                 if any(clean_line(cost.receipt) for cost in case.costs) else
                 _("Compensation for the costs and losses the defect has caused me: {costs}."))
        text += " " + fill(claim, costs="; ".join(costs))
    return text


def _timing(case: Case, today: dt.date, _) -> tuple[str, str]:
    """As the complaint said it: the five-year limit for long-life goods, and why the complaint took longer."""
    judged = as_complained(case, today)
    return long_life(case, judged, _), delay(case, judged, _)


def _statement(note: Note, _, date) -> str:
    """A met condition in the consumer's words to the body."""
    params = {name: date(value) if isinstance(value, dt.date) else value for name, value in note.params.items()}
    return _(STATEMENTS[note.key]).format(**params)


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
        # "Complaint sent to the seller by registered letter (RR123456785SE)": the channel completes the label.
        head = _(EVENT_KIND_WORDS[EventKind(event.kind)].label)
        if event.kind in ("letter_sent", "reminder_sent") and event.channel:
            head += " " + _(SEND_CHANNEL_WORDS[SendChannel(event.channel)].sentence)
        if reference := clean_line(event.reference):
            head += f" ({reference})"
        details = [head]
        reason = _(REFUSAL_WORDS[Refusal(event.refusal)].label) if event.refusal else ""
        if reason:
            details.append(_("refusal: {reason}").format(reason=reason))
        if event.outcome:
            details.append(_(OUTCOME_WORDS[Outcome(event.outcome)].label))
        line = f"{date(day)}: " + ", ".join(details)
        summary = clean_line(event.summary)
        if summary and not _same_words(summary, reason):  # the seller's words, unless they repeat the reason
            line += f" – {summary}"
        items.append((day, line))
    return [text for _day, text in sorted(items, key=lambda item: item[0])]


def _same_words(first: str, second: str) -> bool:
    """The same words, whatever the case and punctuation ("Kun producentens garanti gælder." and the reason)."""
    def words(text: str) -> list[str]:
        return "".join(character if character.isalnum() else " " for character in text.casefold()).split()

    return bool(second) and words(first) == words(second)


