"""Case + assessment + language -> LetterContent: every sentence of the complaint letter, already formatted.

The letter is polite, factual and firm: it says what was bought, what is wrong and since when, that the
seller is responsible (with the sections relied on), what the consumer asks for and by when. It claims
only what the assessment supports: no legal basis when the act does not apply or the limit has passed,
"in time" only when the complaint surely is. Dates and money are formatted by Babel in the letter's locale.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TypeVar

from babel import Locale
from babel.numbers import format_currency, get_territory_currencies

from reklamera.case import Case
from reklamera.errors import InputError
from reklamera.evidence import attachment_lines
from reklamera.i18n import LOCALES, N_, translations
from reklamera.letter.addressing import seller_gettext
from reklamera.letter.citations import cite
from reklamera.letter.claims import claims, goodwill, receipts
from reklamera.letter.content import Block, BlockKind, LetterContent
from reklamera.letter.sanitize import clean, clean_line, single_stops
from reklamera.letter.timeliness import delay, long_life, long_life_source, notice
from reklamera.rules.calendar import reply_deadline
from reklamera.rules.model import Assessment, Status
from reklamera.verdict import long_date_formatter
from reklamera.vocabulary import CONTACT_CHANNEL_WORDS, ContactChannel

ORG_NUMBER_LABELS = {"SE": "Org.nr", "NO": "Org.nr.", "DK": "CVR-nr.", "FI": "Y-tunnus", "IS": "kt."}
# A formal letter in Swedish, Norwegian, Danish or Finnish goes from the subject line straight to the text: that is
# each language's business-letter convention (Finnish letters have no "Hyvä vastaanottaja,"; "Hej,"/"Hei," would
# open a message to a friend; Norwegian "Til rette vedkommende" is the old formula for an unknown recipient, which
# the subject line makes unnecessary). Icelandic letters open with "Góðan dag," and English with "Dear Sir or
# Madam," (the reviewers of issue 14).
SALUTATION_LANGUAGES = ("is", "en")
# Where the letter says it will take the matter next, the first step by its own name (LAW.md, "Dispute bodies"):
# Denmark's complaints go to Mæglingsteamet for Forbrugerklager (rules/dk.py) first; Norway's Forbrukertilsynet
# mediates ("klage saken inn til Forbrukertilsynet for mekling"); an Icelandic board's name is a common noun
# in running text ("kærunefnd vöru- og þjónustukaupa").
LETTER_BODY = {("DK", ""): "Mæglingsteamet for Forbrugerklager", ("NO", "nb"): "Forbrukertilsynet for mekling"}
# A body's official name in another language, where it has one: Finland's bodies in Swedish.
BODY_NAMES = {("Kuluttajariitalautakunta", "sv"): "Konsumenttvistenämnden",
              ("Kuluttajaneuvonta", "sv"): "Konsumentrådgivningen"}
# The presumption periods the acts use, in words (a letter reads better with "two years" than "24 months").
PERIODS = {6: N_("six months"), 12: N_("one year"), 24: N_("two years")}
class LetterError(InputError):
    """The letter cannot be written from this case; the message says which field to fill in or fix."""


T = TypeVar("T")


def needed(value: T | None, path: str) -> T:
    """A value the letter cannot do without (case.NEEDED, which ``letter_frame`` checks), at ``path``."""
    if value is None:
        raise LetterError(path, N_("is needed for the letter"))
    return value


def compose(
    case: Case,
    assessment: Assessment,
    language: str | None = None,
    *,
    reply_days: int | None = None,
    office: str = "",
) -> LetterContent:
    """Write the letter in ``language`` (default: the case's letter language), dated the assessment's complaint
    day. ``reply_days`` defaults to the case's; ``office`` (name, address, phone) adds a "written with help
    from" line."""
    language = language or case.language
    frame = letter_frame(case, language, letter_day=assessment.complained, office=office)
    translation = translations(language)
    _ = translation.gettext
    say = seller_gettext(translation, case)  # "du" to a private seller, "ni" to a business
    locale = LOCALES[language]
    date = long_date_formatter(language)
    product = clean_line(case.product.description)
    covered = assessment.has_claim

    body: list[Block] = [purchase_facts(case, date, locale, _,
                                        noticed=needed(case.defect.discovered, "defect.discovered"))]
    body.append(Block(BlockKind.HEADING, _("The defect")))
    body.append(Block(BlockKind.QUOTE, clean(case.defect.description)))
    reply_by = reply_deadline(case.country, assessment.complained, reply_days or case.reply_days_in_force())
    too_late = assessment.status is Status.TOO_LATE
    if too_late:  # the act no longer helps: a request for goodwill that claims no right
        body.append(_paragraph(goodwill(_)))
        body.append(_paragraph(_("Please let me know in writing by {date} whether you can help.").format(
            date=date(reply_by))))
    else:
        body.append(_paragraph(_complaint(case, assessment, covered, language, _, date)))
        if explained := delay(case, assessment, _):
            body.append(_paragraph(explained))
        if not covered and (general := assessment.version.general_act):  # a private sale: the general act
            body.append(_paragraph(_("Legal basis: {citations}.").format(citations=cite([general], language))))
        items = claims(case, covered=covered, money=lambda amount: _money(amount, case.product.currency, locale),
                       _=_, say=say)
        body += [Block(BlockKind.HEADING, _("My claims")), Block(BlockKind.NUMBERED, items=tuple(items))]
        reply = " ".join((
            say(N_("Please reply in writing by {date} and tell me how you will handle my complaint.")).format(
                date=date(reply_by)),
            say(N_("Please also confirm that you have received this complaint."))))
        if covered and assessment.dispute_body:
            reply += " " + _("If we cannot agree, I intend to take the matter to {body}.").format(
                body=body_in_letter(assessment.dispute_body.name, case.country, language))
        body.append(_paragraph(reply))
    contacts = [contact for contact in case.contacts if contact.date or clean(contact.summary)]
    if contacts:
        body.append(Block(BlockKind.HEADING, _("Earlier contact about the defect")))
        body.append(Block(BlockKind.BULLETED, items=tuple(_contact_line(c, date, _) for c in contacts)))
    # "E1 receipt.pdf – what it shows", the files named, the costs' receipts not listed yet
    body += attachment_blocks([*attachment_lines(case), *case.attachments, *receipts(case)], _,
                              labelled=bool(case.evidence))

    heading = _("Defect in goods: {product}") if too_late else _("Complaint: {product}")
    subject = with_order_number(heading.format(product=product), case, _)
    return dataclasses.replace(frame, title=subject, subject=subject, body=tuple(body))


def letter_frame(case: Case, language: str, *, letter_day: dt.date, office: str = "") -> LetterContent:
    """What every letter to the seller shares: sender, recipient, place and date, greeting, closing, signature
    and the office line; the caller adds the subject and the body."""
    if missing := case.missing():  # the same list the wizard asks for
        raise LetterError(missing[0], N_("is needed for the letter"))
    _ = translations(language).gettext
    date = long_date_formatter(language)
    consumer, seller = case.consumer, case.seller
    name = clean_line(consumer.name)
    place = clean_line(consumer.city)
    return LetterContent(
        language=language,
        title="",
        author=name,
        sender=_address(
            name, consumer.address, consumer.postcode, consumer.city, consumer.email, consumer.phone
        ),
        recipient=_address(seller.name, seller.address, seller.postcode, seller.city, _org_number(case)),
        place_and_date=_("{place}, {date}").format(place=place, date=date(letter_day)) if place else date(letter_day),
        subject="",
        salutation=_("Dear Sir or Madam,") if language in SALUTATION_LANGUAGES else "",
        body=(),
        closing=_("Yours faithfully,"),
        signature=("", "", name),  # room to sign by hand above the printed name (no rule: a window of its own)
        keywords=_("complaint"),
        footer=_("Written with help from {office}.").format(office=clean_line(office)) if clean_line(office) else "",
        keep_together=tuple(value for value in (clean_line(case.product.order_number),) if value),
        subject_label=_("Subject"),
    )


def body_in_letter(name: str, country: str, language: str) -> str:
    """The dispute body as a letter to the seller names it, in running text (LETTER_BODY)."""
    return running_name(LETTER_BODY.get((country, language)) or LETTER_BODY.get((country, "")) or name, language)


def running_name(name: str, language: str) -> str:
    """A body's name inside a sentence in ``language``: its official name in that language where it has one
    (BODY_NAMES), and an Icelandic board's name in lower case, a common noun in running text ("fyrir kærunefnd
    vöru- og þjónustukaupa")."""
    name = BODY_NAMES.get((name, language), name)
    return "k" + name[1:] if language == "is" and name.startswith("Kærunefnd") else name


def attachment_blocks(names, _, *, labelled: bool = False) -> list[Block]:
    """The list of attachments under its heading; nothing when there are none. Numbered, unless the evidence
    log's labels (E1, E2 …) already name the items: "1. E1 receipt.pdf" would give each two numbers."""
    names = tuple(name for name in map(clean_line, names) if name)
    kind = BlockKind.BULLETED if labelled else BlockKind.NUMBERED
    return [Block(BlockKind.HEADING, _("Attachments (copies)")), Block(kind, items=names)] if names else []


def with_order_number(subject: str, case: Case, _) -> str:
    """The order number in the subject line, where the shop's staff look for it first."""
    number = clean_line(case.product.order_number)
    return f"{subject} " + _("(order number {number})").format(number=number) if number else subject


def _paragraph(text: str) -> Block:
    # A value that ends in a full stop ("kr.", "27. gr.") must not get a second one from the sentence.
    return Block(BlockKind.PARAGRAPH, single_stops(text))


def _org_number(case: Case) -> str:
    """The seller's registration number under the name its own country gives it (CVR-nr., Y-tunnus, …)."""
    number = clean_line(case.seller.org_number)
    return f"{ORG_NUMBER_LABELS[case.country]} {number}" if number else ""


def purchase_facts(case: Case, date, locale: str, _, *, seller: bool = False, noticed: dt.date | None = None) -> Block:
    """The purchase as labelled facts (product, purchase and delivery date, price, order number, shop or
    online, a guarantee): the product's name stands as a value, never inside a sentence that would need an
    article or a case ending. ``seller``: the seller's name first (a summary for a third party); ``noticed``:
    the day the defect was noticed, last."""
    product = case.product
    rows: list[tuple[str, str]] = []
    if seller:
        rows.append((_("Seller"), clean_line(case.seller.name)))
    rows.append((_("Product"), clean_line(product.description)))
    purchased = product.purchased or product.delivered
    if purchased is not None:
        rows.append((_("Purchase date"), date(purchased)))
    if product.delivered is not None and product.delivered != purchased:
        rows.append((_("Delivery date"), date(product.delivered)))
    if product.price is not None:
        rows.append((_("Price"), _money(product.price, product.currency, locale)))
    if number := clean_line(product.order_number):
        rows.append((_("Order number"), number))
    rows.append((_("Bought"), _("online") if product.bought_online else _("in a shop")))
    if product.guarantee_until is not None:
        rows.append((_("Guarantee until"), date(product.guarantee_until)))
    if noticed is not None:
        rows.append((_("Defect noticed"), date(noticed)))
    return Block(BlockKind.FACTS, rows=tuple(rows))


def _complaint(case: Case, assessment: Assessment, covered: bool, language: str, _, date=dt.date.isoformat) -> str:
    sentences = [_("I hereby make a complaint about the defect.")]
    if not covered:
        return " ".join(sentences)
    sentences.append(
        _(
            "As the seller, you are responsible for defects that existed when the goods were delivered, even "
            "if they become apparent later."
        )
    )
    version = assessment.version
    if assessment.seller_must_prove:
        period = PERIODS[(assessment.presumption or version.presumption).months]
        sentences.append(
            _(
                "The defect became apparent within {period} of delivery, so it is presumed to have existed at "
                "delivery unless you prove otherwise."
            ).format(period=_(period))
        )
    if assessment.status is Status.IN_TIME:
        sentences.append(
            _("I am making this complaint within two months of noticing the defect, so it is made in time.")
        )
    if five_years := long_life(case, assessment, _):
        sentences.append(five_years)
    if first := notice(case, assessment, date, _):  # an earlier call or visit: the first notice of the defect
        sentences.append(first)
    if assessment.guarantee_until is not None:
        sentences.append(
            _("The product has a guarantee until {date}, which keeps my claim open for what the guarantee "
              "covers.").format(date=date(assessment.guarantee_until))
        )
    cited = [version.reasonable_time.source, *long_life_source(assessment), version.remedies]
    if assessment.seller_must_prove:
        cited.append((assessment.presumption or version.presumption).source)
    if assessment.guarantee_until is not None and version.guarantee is not None:
        cited.append(version.guarantee)
    sentences.append(_("Legal basis: {citations}.").format(citations=cite(cited, language)))
    return " ".join(sentences)


def _money(amount, currency: str, locale: str) -> str:
    """Babel's amount in the locale's pattern; a currency other than the locale's own by its ISO code ("6 490,00
    NOK", "6 490 ISK": Babel's Swedish "Nkr", "Dkr", "Ikr" are dated), with the currency's own decimals. Where the
    pattern puts the code before the number (SEK6,490.00 in English), add a no-break space."""
    parsed = Locale.parse(locale)
    if currency in get_territory_currencies(parsed.territory or "")[:1]:
        text = format_currency(amount, currency, locale=locale)
    else:
        pattern = parsed.currency_formats["standard"].pattern.replace("¤¤", "¤").replace("¤", "¤¤")
        text = format_currency(amount, currency, format=pattern, locale=locale)
    return re.sub(rf"^{currency}(?=\d)", f"{currency}\xa0", text)


def _contact_line(contact, date, _) -> str:
    when = date(contact.date) if contact.date else ""
    how = _(CONTACT_CHANNEL_WORDS[ContactChannel(contact.channel)].sentence)
    person = clean_line(contact.person)
    head = ", ".join(part for part in (when, how, person) if part)
    summary = clean_line(contact.summary)
    return f"{head}: {summary}" if summary else head


def _address(name: str, *lines: str) -> tuple[str, ...]:
    """Name, street, 'postcode city', and any further lines, leaving out what is empty."""
    name, address, postcode, city, *rest = (clean_line(value) for value in (name, *lines))
    town = " ".join(part for part in (postcode, city) if part)
    return tuple(line for line in (name, address, town, *rest) if line)


__all__ = ["LetterError", "compose"]
