"""What happens after the letter is sent: when the seller should answer, what typical answers mean and how to
respond, where to turn next, and what to keep. Plain data for the wizard page and the printed handout."""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from reklamera.i18n import N_
from reklamera.rules.messages import render_note
from reklamera.rules.model import Assessment

ANSWERS = (
    (N_("They offer to repair or replace the product"),
     N_("Accept it if it is free of charge and done within a reasonable time. Ask for the offer in writing, "
        "with the date when the work will be done.")),
    (N_("They tell you to contact the manufacturer"),
     N_("You may do so, but you do not have to: your agreement is with the seller, and the seller answers "
        "for the defect under the consumer-sale act.")),
    (N_("They say the guarantee has expired"),
     N_("A guarantee is extra. Your right to complain under the law is separate and often lasts longer; refer "
        "to the sections in your letter.")),
    (N_("They want you to pay for an inspection"),
     N_("If the seller is responsible for the defect, the seller pays for the inspection. Ask them to confirm "
        "that in writing before you agree to pay anything.")),
    (N_("They say you caused the defect"),
     N_("If the defect showed itself within the presumption period (see “Your rights”), the seller must prove "
        "it. Otherwise, describe how you used the product and, if needed, get an independent opinion.")),
    (N_("They do not answer by the deadline"),
     N_("Send a short reminder with a new, short deadline, and keep a copy. If that does not help either, "
        "turn to the dispute body.")),
)
KEEP = (
    N_("the receipt or order confirmation"),
    N_("photos or a video of the defect"),
    N_("a copy of your letter and proof of when you sent it"),
    N_("a log of calls: date, who you spoke to, what was said"),
    N_("every answer from the seller"),
)


@dataclass(frozen=True)
class NextSteps:
    reply_by: dt.date
    answers: tuple[tuple[str, str], ...]
    body_route: str
    body_url: str
    body_conditions: tuple[str, ...]
    keep: tuple[str, ...]


def next_steps(assessment: Assessment, letter_day: dt.date, reply_days: int,
               translation: _gettext.NullTranslations) -> NextSteps:
    _ = translation.gettext
    body = assessment.dispute_body
    return NextSteps(
        reply_by=letter_day + dt.timedelta(days=reply_days),
        answers=tuple((_(question), _(answer)) for question, answer in ANSWERS),
        body_route=body.route if body else "",
        body_url=body.url if body else "",
        body_conditions=tuple(render_note(note, _) for note in body.conditions) if body else (),
        keep=tuple(_(item) for item in KEEP),
    )


def handout_html(steps: NextSteps, verdict_text: str, translation: _gettext.NullTranslations,
                 format_date: Callable[[dt.date], str]) -> str:
    """The one-page handout support staff print for the customer."""
    _ = translation.gettext
    # Texts are looked up outside the f-strings: the message extractor does not look inside them.
    title = _("Your complaint: what happens next")
    reply = _("The seller should answer by {date}.").format(date=format_date(steps.reply_by))
    answers_title, disagree_title, keep_title = _("How the seller may answer, and what you can do"), _("If you cannot agree"), _("Keep")
    parts = [f"<h2>{escape(title)}</h2>", f"<p><b>{escape(verdict_text)}</b></p>", f"<p>{escape(reply)}</p>",
             f"<h3>{escape(answers_title)}</h3>"]
    parts += [f"<p><b>{escape(question)}</b><br>{escape(answer)}</p>" for question, answer in steps.answers]
    if steps.body_route:
        parts.append(f"<h3>{escape(disagree_title)}</h3>")
        parts.append(f"<p>{escape(steps.body_route)} — {escape(steps.body_url)}</p>")
        parts.append("<ul>" + "".join(f"<li>{escape(c)}</li>" for c in steps.body_conditions) + "</ul>")
    parts.append(f"<h3>{escape(keep_title)}</h3>")
    parts.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in steps.keep) + "</ul>")
    return "\n".join(parts)
