"""Letters after the first one: a reminder when the seller has not answered, and answers to the common
refusals, each grounded in the act with its sections. They reuse the first letter's frame (sender, recipient,
place and date, closing, signature) and replace the subject and the body."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reklamera.case import Case, Event
from reklamera.evidence import attachment_lines
from reklamera.followup import dated, first_sent, follow_up
from reklamera.i18n import LOCALES, N_, translations
from reklamera.letter.act_names import act_name
from reklamera.letter.addressing import seller_gettext
from reklamera.letter.citations import cite
from reklamera.letter.claims import remedy_claim
from reklamera.letter.compose import (
    PERIODS,
    LetterError,
    _money,
    _paragraph,
    attachment_blocks,
    body_in_letter,
    letter_frame,
    needed,
    with_order_number,
)
from reklamera.letter.content import LetterContent
from reklamera.letter.sanitize import clean_line
from reklamera.letter.timeliness import delay, long_life, long_life_source
from reklamera.rules import assess, check_facts
from reklamera.rules.calendar import reply_deadline
from reklamera.rules.model import Status
from reklamera.verdict import long_date_formatter
from reklamera.vocabulary import EventKind, FollowUpKind, NextStep, Refusal, values

NEW_DEADLINE_DAYS = 7  # a reminder asks for an answer within a week
# Translators: {act} is the consumer-sale act of the seller's country (letter/act_names.py): sv, nb, da in the
# definite form ("konsumentköplagen", "den danska köplagen (købeloven)"), fi in the genitive
# ("kuluttajansuojalain"), is in the dative ("lögum um neytendakaup").
REFUSAL_ANSWERS = {
    Refusal.MANUFACTURER_WARRANTY: N_(
        "You have answered that only the manufacturer's warranty applies. My complaint is not based on a "
        "warranty but on {act}, under which you as the seller are responsible for defects in the goods. A "
        "warranty can add to those rights but never take them away."),
    Refusal.CONTACT_MANUFACTURER: N_(
        "You have asked me to contact the manufacturer. My contract is with you, and under {act} it is the "
        "seller who is responsible for defects in the goods. My complaint is addressed to you."),
    # The agencies' advice (Hallå konsument, Forbrukerrådet, KKV): let the seller examine the goods, but a defect
    # the seller answers for is remedied free of charge, the examination included.
    Refusal.INSPECTION_FEE: N_(
        "You have asked me to pay for an inspection of the product. You are welcome to examine the product. A "
        "defect that the seller is responsible for must be remedied free of charge, and examining it is part of "
        "that, so I do not agree to pay for the examination. If you believe that the defect is not one you are "
        "responsible for, please tell me in writing, with your reasons, before any cost arises."),
    Refusal.YOUR_FAULT: N_("You have answered that I caused the defect. I have used the product as intended."),
    Refusal.WARRANTY_EXPIRED: N_(
        "You have answered that the warranty has expired. My complaint is not based on a warranty but on {act}, "
        "which gives a longer time to complain."),
}


def followup_problem(case: Case, kind: str, today: dt.date) -> LetterError | None:
    """Why a follow-up of ``kind`` cannot be written today, or None. A reminder only once the seller's reply
    deadline has passed with no answer recorded; an answer to a refusal only once an answer is recorded; nothing
    once the case is closed. The wizard shows the reason beside the disabled button; the command line prints it."""
    if kind not in values(FollowUpKind):
        return LetterError("--kind", N_("\"{value}\" is not one of {choices}"), value=kind,
                           choices=", ".join(values(FollowUpKind)))
    if first_sent(case.events) is None:
        return LetterError("events", N_("record when you sent your complaint before writing a follow-up letter"))
    state = follow_up(case, today)
    if state.next_step is NextStep.CLOSED:
        return LetterError("events", N_("the case is closed, so no follow-up letter is written"))
    answer = latest_answer(dated(case.events))
    if FollowUpKind(kind) is FollowUpKind.REMINDER:
        if state.next_step is NextStep.ESCALATED:
            return LetterError("events", N_("the case is with the dispute body, so no reminder is sent to the seller"))
        if answer is not None:
            return LetterError("--kind", N_("the seller answered on {date}: answer that reply instead of sending a "
                                            "reminder ({choices})"), date=answer,
                               choices=", ".join(kind for kind in values(FollowUpKind) if kind != "reminder"))
        if state.reply_by is not None and not state.overdue:
            return LetterError("events", N_("the seller has until {date} to answer, so a reminder can be written "
                                            "from the day after"), date=state.reply_by)
    elif answer is None:
        return LetterError("events", N_("record the seller's answer (its date and what it said) before answering "
                                        "it"))
    return None


def compose_followup(case: Case, kind: str, language: str | None = None, *, today: dt.date,
                     office: str = "") -> LetterContent:
    """A follow-up letter of ``kind`` (a FollowUpKind value) in ``language``, dated ``today``. Refuses
    (LetterError) what :func:`followup_problem` refuses."""
    if problem := followup_problem(case, kind, today):
        raise problem
    kind = FollowUpKind(kind)
    events = dated(case.events)
    first = first_sent(case.events)
    assert first is not None  # followup_problem refuses a case with no letter sent
    # The law as it stood for the first letter: was that complaint covered and in time?
    original = assess(dataclasses.replace(case.facts(), complained=first), max(today, first))
    covered = original.has_claim
    if kind != "reminder" and not covered:
        raise LetterError("--kind", N_("the consumer-sale act does not cover this case, so this answer cannot rely "
                                       "on it"))
    language = language or case.language
    frame = letter_frame(case, language, letter_day=today, office=office)
    check_facts(dataclasses.replace(case.facts(), complained=today), today)  # the letter is dated today
    translation = translations(language)
    _ = translation.gettext
    say = seller_gettext(translation, case)  # "du" to a private seller, "ni" to a business
    date = long_date_formatter(language)

    product = clean_line(case.product.description)
    needed(case.remedy, "remedy")
    locale = LOCALES[language]
    # The claim as the complaint made it: a price reduction's amount, the account for the money.
    remedy = remedy_claim(case, covered=covered, money=lambda amount: _money(amount, case.product.currency, locale),
                          _=_, say=say)
    deadline = date(reply_deadline(case.country, today, NEW_DEADLINE_DAYS))
    version = original.version
    cited = [version.reasonable_time.source, *long_life_source(original), version.remedies]
    # Why the complaint was in time (five years for long-life goods) and why it took longer, as the first letter
    # said: where the follow-up speaks of the complaint's timing (the reminder restates it, and the answer to
    # "the warranty has expired").
    timing = " ".join(text for text in (long_life(case, original, _), delay(case, original, _)) if text)
    paragraphs = []
    refusal = kind.answers
    if refusal is None:  # the reminder
        reply_by = reply_deadline(case.country, first, case.reply_days_in_force())
        subject = _("Reminder: complaint about {product}").format(product=product)
        paragraphs.append(say(N_("On {date} I made a complaint to you about a defect in this product and asked "
                                 "you to answer by {reply_by}. I have not received an answer.")).format(
            date=date(first), reply_by=date(reply_by)))
        if timing:
            paragraphs.append(timing)
        reminders = [day for day, event in events if event.kind == EventKind.REMINDER_SENT]
        if reminders:
            paragraphs.append(say(N_("I also sent you a reminder on {date}.")).format(date=date(reminders[-1])))
        paragraphs.append(_("I maintain my complaint.") + " " + remedy)
    else:
        subject = _("Your answer to my complaint about {product}").format(product=product)
        answer = latest_answer(events)
        assert answer is not None  # followup_problem asks for the answer first
        paragraphs.append(_("Thank you for your answer of {answer} to my complaint of {date}.").format(
            answer=date(answer), date=date(first)))
        text = _(REFUSAL_ANSWERS[refusal]).format(act=act_name(case.country, language))
        maintain = _("I therefore maintain my complaint.")
        if refusal is Refusal.YOUR_FAULT:
            if original.seller_must_prove:
                text += " " + _("The defect became apparent within {period} of delivery, so it is presumed to have "
                                "existed at delivery, and it is for you to prove otherwise.").format(
                    period=_(PERIODS[(original.presumption or version.presumption).months]))
                cited.append((original.presumption or version.presumption).source)
            else:  # a request stands before it: no "therefore"
                text += " " + _("Please tell me in writing what you base this on.")
                maintain = _("I maintain my complaint.")
        if refusal is Refusal.WARRANTY_EXPIRED:
            if version.absolute:
                cited.append(version.absolute.source)
            if original.status is Status.IN_TIME:
                text += " " + _("My complaint was made within that time.")
            if timing:
                text += " " + timing
        paragraphs.append(text)
        paragraphs.append(maintain + " " + remedy)
    # The legal basis before the reply date, so that "by then" follows the date it means.
    if covered:
        paragraphs.append(_("Legal basis: {citations}.").format(citations=cite(cited, language)))
    paragraphs.append(say(N_("Please reply in writing by {date}.")).format(date=deadline))
    if covered and original.dispute_body:
        paragraphs.append(_("If I have not received an acceptable answer by then, I intend to take the matter to "
                            "{body}.").format(body=body_in_letter(original.dispute_body.name, case.country, language)))
    subject = with_order_number(subject, case, _)
    # The evidence under the same numbers as in the complaint (E1, E2 …), so the seller can match them up.
    body = (*(_paragraph(text) for text in paragraphs), *attachment_blocks(attachment_lines(case), _, labelled=True))
    return dataclasses.replace(frame, title=subject, subject=subject, body=body)


def latest_answer(events: list[tuple[dt.date, Event]]) -> dt.date | None:
    """The day of the seller's latest answer, if one is recorded."""
    replies = [day for day, event in events if event.kind == EventKind.REPLY_RECEIVED]
    return replies[-1] if replies else None
