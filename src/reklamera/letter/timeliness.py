"""What the letters say about a complaint's timing beyond the verdict's own sentence (issue 14): the five-year
limit for long-life goods with the consumer's reason (NO § 27 second paragraph, IS 27. gr.), why a complaint made
after the always-in-time period took longer, and an earlier contact as the first notice of the defect.

Each statement is made only where it matters: the five-year limit only when the ordinary two years have passed
(``Assessment.long_life_needed``), the delay only when the complaint is at risk for coming late
(``Assessment.delay_to_explain``), the first notice only when the letter claims a right."""

from __future__ import annotations

from reklamera.case import Case, Contact
from reklamera.i18n import N_
from reklamera.letter.sanitize import clean_line, end_sentence
from reklamera.rules.model import Assessment, Source
from reklamera.vocabulary import CONTACT_CHANNEL_WORDS, ContactChannel

# Translators: {reason} is the consumer's own sentence (it brings its full stop), e.g. "a washing machine of this
# kind is expected to last 10 years."
LONG_LIFE = N_("My complaint is within the five-year time limit for goods that by ordinary use are meant to last "
               "substantially longer than two years: {reason}")
LONG_LIFE_WITHOUT_REASON = N_("My complaint is within the five-year time limit for goods that by ordinary use are "
                              "meant to last substantially longer than two years.")
# Translators: {reason} is the consumer's own sentence (it brings its full stop).
DELAY = N_("I did not complain earlier for the following reason: {reason}")
# Translators: {how} is "by phone", "by e-mail", "in the shop" …
NOTICE = N_("I first notified you of the defect on {date} ({how}), and the time limits are to be assessed from "
            "that day.")
NOTICE_WITHOUT_HOW = N_("I first notified you of the defect on {date}, and the time limits are to be assessed from "
                        "that day.")


def long_life(case: Case, assessment: Assessment, _) -> str:
    """The five-year sentence with the consumer's reason, when only that limit keeps the complaint in time."""
    if not assessment.long_life_needed:
        return ""
    reason = _sentence(case.product.long_life_reason)
    return _(LONG_LIFE).format(reason=reason) if reason else _(LONG_LIFE_WITHOUT_REASON)


def long_life_source(assessment: Assessment) -> list[Source]:
    """The five-year rule for the legal basis, when the letter relies on it (NO § 27 annet ledd, IS 27. gr.)."""
    period = assessment.version.absolute_long_life
    return [period.source] if assessment.long_life_needed and period is not None else []


def delay(case: Case, assessment: Assessment, _) -> str:
    """Why the complaint took longer, in the consumer's words, when it comes after the always-in-time period."""
    reason = _sentence(case.defect.delay_reason)
    return _(DELAY).format(reason=reason) if reason and assessment.delay_to_explain else ""


def first_notice(case: Case, assessment: Assessment) -> Contact | None:
    """The earliest dated contact about the defect before the complaint day (and not before it was noticed)."""
    noticed = case.defect.discovered
    earlier = [contact for contact in case.contacts if contact.date is not None
               and contact.date < assessment.complained and (noticed is None or contact.date >= noticed)]
    return min(earlier, key=lambda contact: contact.date or assessment.complained, default=None)


def notice(case: Case, assessment: Assessment, date, _) -> str:
    """The earlier contact as the first notice of the defect, from which the time limits are to be assessed.

    Why the verdict itself stays on the letter's complaint day: LAW.md asks of a complaint that the consumer
    invokes the defect and says what it is (NO § 27, IS 27. gr.), and the dispute bodies want it in writing;
    a contact the case records (a call, a visit to the shop) may or may not have done that, and the app cannot
    tell. So the app never promises time on the strength of it (DESIGN.md: never more time than the law surely
    gives), while the letter states the earlier notice as the consumer's position, for the seller to weigh."""
    contact = first_notice(case, assessment) if assessment.has_claim else None
    if contact is None or contact.date is None:
        return ""
    channel = ContactChannel(contact.channel)
    if channel is ContactChannel.OTHER:  # "other contact" says nothing about how
        return _(NOTICE_WITHOUT_HOW).format(date=date(contact.date))
    return _(NOTICE).format(date=date(contact.date), how=_(CONTACT_CHANNEL_WORDS[channel].sentence))


def _sentence(text: str) -> str:
    """The consumer's words on one line, ending as a sentence does."""
    return end_sentence(clean_line(text))


__all__ = ["delay", "first_notice", "long_life", "long_life_source", "notice"]
