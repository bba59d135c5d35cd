"""The human-readable report of `reklamera check`: the verdict, the key dates, the notes, the sources."""

from __future__ import annotations

import gettext as _gettext
import textwrap

from reklamera import verdict
from reklamera.countries import COUNTRY_NAMES
from reklamera.i18n import N_
from reklamera.rules.messages import render_note
from reklamera.rules.model import Assessment, Facts, LimitAppliesTo

WIDTH = 78


def render(
    assessment: Assessment, facts: Facts, translation: _gettext.NullTranslations, format_date: verdict.DateFormatter
) -> str:
    _ = translation.gettext
    a = assessment
    country = _(COUNTRY_NAMES[a.country])
    lines = [f"{country} — {a.law}", "", *_wrap(verdict.verdict(a, translation, format_date)), ""]

    limit_label = (
        N_("The defect must show itself by")
        if a.limit_applies_to is LimitAppliesTo.DISCOVERY
        else N_("Final day for any complaint")
    )
    rows = [(N_("Delivered"), facts.delivered), (N_("Defect noticed"), facts.discovered)]
    if a.has_claim:  # no "surely in time" date for a lost case
        rows += [
            (N_("Presumption period ends"), a.presumption_until),
            (N_("Always in time until"), a.reasonable_time_until),
            (limit_label, a.absolute_deadline),
        ]
    rows.append((N_("Complaint date"), a.complained))
    shown = [(_(label), format_date(day)) for label, day in rows if day]
    width = max(len(label) for label, _value in shown)
    lines += [f"  {label.ljust(width)}  {value}" for label, value in shown]

    if a.remedies:
        lines += ["", *_wrap(verdict.may_ask(a, _))]
    if a.notes:
        lines.append("")
        for text in verdict.notes(a, translation, format_date):
            lines += _wrap(text, bullet=True)
    if a.dispute_body:
        body = a.dispute_body
        lines += ["", *_wrap(_("If the seller says no: {name}, {url}").format(name=body.route, url=body.url))]
        for note in body.conditions:
            lines += _wrap(render_note(note, translation.gettext), bullet=True)
    lines += ["", _("Sources:")] + [f"  - {citation}" for citation in a.citations]
    return "\n".join(lines)


def _wrap(text: str, *, bullet: bool = False) -> list[str]:
    if bullet:
        return textwrap.wrap(text, WIDTH, initial_indent="  - ", subsequent_indent="    ")
    return textwrap.wrap(text, WIDTH)
