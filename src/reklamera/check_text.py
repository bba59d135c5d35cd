"""The human-readable report of `reklamera check`: the verdict, the key dates, the notes, the sources.

Text for people in ``language`` (the UI's): amounts and lists in its own form, the sources cited as the letter
cites them (one act a line). No line breaks between a number and its "§" (the citations bind them)."""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import textwrap

from reklamera import verdict
from reklamera.countries import COUNTRY_NAMES
from reklamera.rules.citations import cite_each
from reklamera.rules.messages import render_note
from reklamera.rules.model import Assessment, Facts

WIDTH = 78


def render(
    assessment: Assessment, facts: Facts, translation: _gettext.NullTranslations, format_date: verdict.DateFormatter,
    today: dt.date | None = None, language: str = "en",
) -> str:
    _ = translation.gettext
    a = assessment
    country = _(COUNTRY_NAMES[a.country])
    lines = [f"{country} – {a.law}", "", *_wrap(verdict.verdict(a, translation, format_date, today)), ""]

    shown = [
        (_(date.label(a)), format_date(date.day)) for date in verdict.key_dates(a, facts.delivered, facts.discovered)
    ]
    width = max(len(label) for label, _value in shown)
    lines += [f"  {label.ljust(width)}  {value}" for label, value in shown]

    if a.remedies:
        lines += ["", *_wrap(verdict.may_ask(a, _, language))]
    if a.notes:
        lines.append("")
        for text in verdict.notes(a, translation, format_date, language):
            lines += _wrap(text, bullet=True)
    if a.dispute_body:
        body, number = a.dispute_body, verdict.number_formatter(language)
        lines += ["", *_wrap(_("If the seller says no: {name}, {url}").format(name=body.route, url=body.url))]
        for note in body.conditions:
            lines += _wrap(render_note(note, translation.gettext, format_date, number), bullet=True)
    lines += ["", _("Sources:")]
    for citation in cite_each(a.citations, language):
        lines += _wrap(citation, bullet=True)
    return "\n".join(lines)


def _wrap(text: str, *, bullet: bool = False) -> list[str]:
    if bullet:
        return textwrap.wrap(text, WIDTH, initial_indent="  - ", subsequent_indent="    ")
    return textwrap.wrap(text, WIDTH)
