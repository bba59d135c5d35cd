"""An assessment in words: the verdict sentence, labels, and the JSON shape of `reklamera check --json`.

Pure Python; the caller passes the translations, so the same code serves the UI, the command line and
the letter. Dates in JSON stay ISO; human-readable text formats them with Babel (imported only then).
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reklamera.i18n import LOCALES, N_
from reklamera.rules.citations import cite
from reklamera.rules.messages import render_note
from reklamera.rules.model import Assessment, LimitAppliesTo, Status
from reklamera.vocabulary import REMEDY_WORDS

DateFormatter = Callable[[dt.date], str]

STATUS_LABELS = {
    Status.IN_TIME: N_("In time"),
    Status.AT_RISK: N_("At risk"),
    Status.TOO_LATE: N_("Too late"),
    Status.NOT_COVERED: N_("Not covered by the act"),
}


class DateKind(StrEnum):
    DELIVERED = "delivered"
    DISCOVERED = "discovered"
    PRESUMPTION_END = "presumption_end"
    SAFE_END = "safe_end"
    LIMIT = "limit"
    COMPLAINT = "complaint"


DATE_LABELS = {
    DateKind.DELIVERED: N_("Delivered"),
    DateKind.DISCOVERED: N_("Defect noticed"),
    DateKind.PRESUMPTION_END: N_("Presumption period ends"),
    DateKind.SAFE_END: N_("Always in time until"),
    DateKind.LIMIT: N_("Final day for any complaint"),
    DateKind.COMPLAINT: N_("Complaint date"),
}
DISCOVERY_LIMIT = N_("The defect must become apparent by")  # Sweden from 2022: the limit is for the defect


@dataclass(frozen=True)
class KeyDate:
    """A dated milestone of the case, as the timeline, the table of dates and `check` show it."""

    kind: DateKind
    day: dt.date

    def label(self, assessment: Assessment) -> str:
        """The English label (mark for translation with ``N_``): the limit reads differently where it is for the
        defect to show itself rather than for the complaint."""
        if self.kind is DateKind.LIMIT and assessment.limit_applies_to is LimitAppliesTo.DISCOVERY:
            return DISCOVERY_LIMIT
        return DATE_LABELS[self.kind]


def key_dates(assessment: Assessment, delivered: dt.date, discovered: dt.date) -> list[KeyDate]:
    """The dates the timeline, the rights page and `reklamera check` show, in date order. The periods that give
    a right (presumption, always in time, the final limit) only while the act still gives a claim: a lost case
    never shows an "always in time" date."""
    dates = [KeyDate(DateKind.DELIVERED, delivered), KeyDate(DateKind.DISCOVERED, discovered)]
    if assessment.has_claim:
        for kind, day in ((DateKind.PRESUMPTION_END, assessment.presumption_until),
                          (DateKind.SAFE_END, assessment.reasonable_time_until),
                          (DateKind.LIMIT, assessment.absolute_deadline)):
            if day:
                dates.append(KeyDate(kind, day))
    dates.append(KeyDate(DateKind.COMPLAINT, assessment.complained))
    return sorted(dates, key=lambda date: (date.day, list(DateKind).index(date.kind)))


def long_date_formatter(language: str) -> DateFormatter:
    """'10 mars 2026', '10. maaliskuuta 2026', '10 March 2026' — Babel, in the language's own format."""
    from babel.dates import format_date

    locale = LOCALES.get(language, "en_GB")
    return lambda day: format_date(day, format="long", locale=locale)


def verdict(assessment: Assessment, translation: _gettext.NullTranslations, format_date: DateFormatter,
            today: dt.date | None = None) -> str:
    """The one big plain sentence: "You are in time. Complain by 10 March 2026 (37 days left).". ``today``: the
    day it is read; only when the complaint day is today does the sentence say "today" (a planned or an earlier
    complaint day gets the date alone). Without ``today`` the sentence never says "today"."""
    _ = translation.gettext
    a = assessment
    if a.status is Status.NOT_COVERED:
        return _("The consumer-sale rules do not cover a purchase from a private person.")
    if a.status is Status.TOO_LATE:
        assert a.absolute_deadline is not None  # only an absolute limit makes a complaint too late
        return _("It is too late to complain under the consumer-sale act: the time limit ended on {date}.").format(
            date=format_date(a.absolute_deadline)
        )
    if a.status is Status.AT_RISK:
        if a.limit_passed and a.guarantee_until is not None:
            return _(
                "The time limit of the act has passed, but the guarantee until {date} may still cover the defect. "
                "Check its terms and complain at once."
            ).format(date=format_date(a.guarantee_until))
        if a.limit_passed:
            return _("The time limit has passed, but it may not apply to this seller. Get advice before you complain.")
        if a.lifetime_decides and a.deadline is not None and a.complained <= a.deadline:
            return _(
                "Complain by {date}, but the outcome is uncertain: the goods are more than two years old, and how "
                "long they can be expected to last decides whether the seller is still responsible."
            ).format(date=format_date(a.deadline))
        if a.deadline is None:  # an act without a safe period (FI before 2002)
            return _(
                "Complain at once: for this purchase no period is always in time, the complaint must be made "
                "within a reasonable time of noticing the defect."
            )
        return _(
            "Complain at once: the two months after you noticed the defect, in which a complaint is always in "
            "time, ended on {date}. It may still be in time, but that is not certain."
        ).format(date=format_date(a.deadline))
    days = a.days_left
    assert a.deadline is not None and days is not None  # in time: the deadline lies ahead
    if today is not None and a.complained < today:  # the complaint was made on an earlier day
        return _("Your complaint of {complained} was in time: the last safe day was {date}.").format(
            complained=format_date(a.complained), date=format_date(a.deadline)
        )
    if days == 0 and a.complained == today:
        return _("You are in time. Today, {date}, is the last safe day to complain.").format(
            date=format_date(a.deadline)
        )
    if days == 0:  # a complaint planned for the last safe day
        return _("You are in time if you complain on {date}: it is the last safe day.").format(
            date=format_date(a.deadline)
        )
    return translation.ngettext(
        "You are in time. Complain by {date} ({days} day left).",
        "You are in time. Complain by {date} ({days} days left).",
        days,
    ).format(date=format_date(a.deadline), days=days)


def grouped_citations(sources, language: str) -> str:
    """The sources as the letter cites them, each act in its own style and named in ``language``'s text where
    it is another country's ('4 kap. 17 § och 5 kap. 2 § konsumentköplagen (2022:260)'; rules.citations)."""
    return cite(sources, language)


def number_formatter(language: str) -> Callable[[int], str]:
    """'1 110' in Swedish, '1.110' in Danish — Babel, beside :func:`long_date_formatter` (imported only then)."""
    from babel.numbers import format_decimal

    locale = LOCALES.get(language, "en_GB")
    return lambda number: format_decimal(number, locale=locale)


def may_ask(assessment: Assessment, _: Callable[[str], str], language: str = "en") -> str:
    """'You may ask for: repair, replacement, price reduction or cancellation.' in the acts' order, the last
    joined with ``language``'s "or"; "" when the act gives nothing."""
    if not assessment.remedies:
        return ""
    from babel.lists import format_list

    labels = [_(REMEDY_WORDS[remedy].noun) for remedy in assessment.remedies]
    return _("You may ask for: {remedies}.").format(
        remedies=format_list(labels, style="or", locale=LOCALES.get(language, "en_GB")))


def notes(assessment: Assessment, translation: _gettext.NullTranslations, format_date: DateFormatter,
          language: str | None = None) -> list[str]:
    """The assessment's notes as sentences. With ``language`` (the text's), amounts are formatted for it and a
    section of another country's act is named in it; without, plain numbers and each act's own words (JSON)."""
    if language is None:
        return [render_note(note, translation.gettext, format_date) for note in assessment.notes]
    number = number_formatter(language)
    return [render_note(note, translation.gettext, format_date, number,
                        lambda source: cite([source], language, short=True)) for note in assessment.notes]


def to_json(assessment: Assessment, translation: _gettext.NullTranslations) -> dict[str, Any]:
    """The object `reklamera check --json` prints (DESIGN.md: keys and meanings are a fixed contract)."""
    a = assessment
    iso = _iso
    body = a.dispute_body
    return {
        "country": a.country,
        "law": a.law,
        "status": str(a.status),
        "complained": iso(a.complained),
        "absolute_deadline": iso(a.absolute_deadline),
        "limit_applies_to": str(a.limit_applies_to) if a.limit_applies_to else None,
        "reasonable_time_until": iso(a.reasonable_time_until),
        "presumption_until": iso(a.presumption_until),
        "seller_must_prove": a.seller_must_prove,
        "deadline": iso(a.deadline),
        "days_left": a.days_left,
        "citations": [str(source) for source in a.citations],
        "remedies": [str(remedy) for remedy in a.remedies],
        "notes": notes(a, translation, dt.date.isoformat),
        "dispute_body": None
        if body is None
        else {
            "name": body.name,
            "route": body.route,
            "url": body.url,
            "conditions": [render_note(note, translation.gettext) for note in body.conditions],
        },
        # Added keys (DESIGN.md: keys may be added): the guarantee that keeps the claim alive past the limit.
        "guarantee_until": iso(a.guarantee_until),
        "withdrawal": None
        if a.withdrawal is None
        else {
            "until": iso(a.withdrawal.until),
            "extended_until": iso(a.withdrawal.extended_until),
            "citation": str(a.withdrawal.source),
        },
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
