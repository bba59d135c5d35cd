"""An assessment in words: the verdict sentence, labels, and the JSON shape of `reklamera check --json`.

Pure Python; the caller passes the translations, so the same code serves the UI, the command line and
the letter. Dates in JSON stay ISO; human-readable text formats them with Babel (imported only then).
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
from collections.abc import Callable
from typing import Any

from reklamera.i18n import N_
from reklamera.rules.messages import render_note
from reklamera.rules.model import Assessment, Status
from reklamera.vocabulary import REMEDY_WORDS

DateFormatter = Callable[[dt.date], str]

STATUS_LABELS = {
    Status.IN_TIME: N_("In time"),
    Status.AT_RISK: N_("At risk"),
    Status.TOO_LATE: N_("Too late"),
    Status.NOT_COVERED: N_("Not covered by the act"),
}
# Babel locales for formatting; English uses the British day-month-year order familiar in the Nordics.
BABEL_LOCALES = {"sv": "sv_SE", "nb": "nb_NO", "da": "da_DK", "fi": "fi_FI", "is": "is_IS", "en": "en_GB"}


def long_date_formatter(language: str) -> DateFormatter:
    """'10 mars 2026', '10. maaliskuuta 2026', '10 March 2026' — Babel, in the language's own format."""
    from babel.dates import format_date

    locale = BABEL_LOCALES.get(language, "en_GB")
    return lambda day: format_date(day, format="long", locale=locale)


def verdict(assessment: Assessment, translation: _gettext.NullTranslations, format_date: DateFormatter) -> str:
    """The one big plain sentence: "You are in time. Complain by 10 March 2026 (37 days left)."."""
    _ = translation.gettext
    a = assessment
    if a.status is Status.NOT_COVERED:
        return _("The consumer-sale rules do not cover a purchase from a private person.")
    if a.status is Status.TOO_LATE:
        return _("It is too late to complain under the consumer-sale act: the time limit ended on {date}.").format(
            date=format_date(a.absolute_deadline)
        )
    if a.status is Status.AT_RISK:
        if a.limit_passed:
            return _("The time limit has passed, but it may not apply to this seller. Get advice before you complain.")
        return _(
            "Complain at once: the two months after you noticed the defect, in which a complaint is always in "
            "time, ended on {date}. It may still be in time, but that is not certain."
        ).format(date=format_date(a.deadline))
    days = a.days_left
    if days == 0:
        return _("You are in time. Today, {date}, is the last safe day to complain.").format(
            date=format_date(a.deadline)
        )
    return translation.ngettext(
        "You are in time. Complain by {date} ({days} day left).",
        "You are in time. Complain by {date} ({days} days left).",
        days,
    ).format(date=format_date(a.deadline), days=days)


def grouped_citations(sources, language: str) -> str:
    """'Konsumentköplag (2022:260) 4 kap. 14 §, 4 kap. 17 § och 5 kap. 2 §; Lag (2005:59) … 2 kap. 12 §':
    each act named once, its sections in statute order, joined the way ``language`` joins a list."""
    import re

    from babel.lists import format_list

    by_law: dict[str, list[str]] = {}
    for source in sources:
        sections = by_law.setdefault(source.law, [])
        if source.section and source.section not in sections:
            sections.append(source.section)
    locale = BABEL_LOCALES.get(language, "en_GB")
    parts = []
    for law, sections in by_law.items():
        ordered = sorted(sections, key=lambda section: [int(n) for n in re.findall(r"\d+", section)])
        parts.append(f"{law} {format_list(ordered, locale=locale)}" if ordered else law)
    return "; ".join(parts)


def may_ask(assessment: Assessment, _: Callable[[str], str]) -> str:
    """'You may ask for: repair, replacement, …' in the acts' order, or "" when the act gives nothing."""
    if not assessment.remedies:
        return ""
    labels = ", ".join(_(REMEDY_WORDS[remedy].noun) for remedy in assessment.remedies)
    return _("You may ask for: {remedies}.").format(remedies=labels)


def notes(assessment: Assessment, translation: _gettext.NullTranslations, format_date: DateFormatter) -> list[str]:
    return [render_note(note, translation.gettext, format_date) for note in assessment.notes]


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
