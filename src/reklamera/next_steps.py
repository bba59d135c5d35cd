"""What happens after the letter is sent: when the seller should answer, what typical answers mean and how to
respond, where to turn next, and what to keep. Plain data for the wizard page and the printed handout."""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
from dataclasses import dataclass

from reklamera.case import Case
from reklamera.i18n import N_, translations
from reklamera.letter.content import Block, BlockKind, LetterContent
from reklamera.letter.timeline import Kind, Mark, handout_timeline
from reklamera.rules.calendar import reply_deadline
from reklamera.rules.messages import render_note
from reklamera.rules.model import Assessment, LimitAppliesTo

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
     N_("If the defect became apparent within the presumption period (see “Your rights”), the seller must prove "
        "it. Otherwise, describe how you used the product and, if needed, get an independent opinion.")),
    (N_("They do not answer by the deadline"),
     N_("Send a short reminder with a new, short deadline, and keep a copy. If that does not help either, "
        "turn to the dispute body.")),
)
# What each key date means, for the handout's table beside the picture.
MEANINGS = {
    Kind.DELIVERED: N_("You received the goods. The periods of the act count from this day."),
    Kind.DISCOVERED: N_("You noticed the defect. The two months in which a complaint is always in time count from "
                        "this day."),
    Kind.COMPLAINT: N_("The date of your complaint."),
    Kind.TODAY: N_("The day this handout was printed."),
    Kind.SAFE_END: N_("A complaint made by this day is always in time."),
    Kind.PRESUMPTION_END: N_("A defect that becomes apparent by this day is presumed to have been there at delivery: "
                             "the seller must prove that it was not."),
    Kind.LIMIT: N_("After this day the act gives no right to complain."),
    Kind.REPLY: N_("The seller should answer your complaint by this day. If not, send a reminder."),
}
COMPLAINED_TODAY = N_("Your complaint is dated today, the day this handout was printed.")
DISCOVERY_LIMIT_MEANING = N_("A defect that becomes apparent after this day is not covered by the act.")
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
    """``reply_by``: ``reply_days`` after ``letter_day``, on the next working day of the assessment's country
    (the same day the letter asks for)."""
    _ = translation.gettext
    body = assessment.dispute_body
    return NextSteps(
        reply_by=reply_deadline(assessment.country, letter_day, reply_days),
        answers=tuple((_(question), _(answer)) for question, answer in ANSWERS),
        body_route=body.route if body else "",
        body_url=body.url if body else "",
        body_conditions=tuple(render_note(note, _) for note in body.conditions) if body else (),
        keep=tuple(_(item) for item in KEEP),
    )


def meaning(mark: Mark, assessment: Assessment) -> str:
    """What a key date means, in English (mark for translation with ``N_``)."""
    if mark.kind is Kind.LIMIT and assessment.limit_applies_to is LimitAppliesTo.DISCOVERY:
        return DISCOVERY_LIMIT_MEANING
    if mark.kind is Kind.TODAY and assessment.complained == mark.day:
        return COMPLAINED_TODAY
    return MEANINGS[mark.kind]


def handout_content(case: Case, assessment: Assessment, language: str, today: dt.date | None = None) -> LetterContent:
    """The one-page handout support staff print for the customer, in ``language``, as a document any renderer
    (preview, printer, PDF) lays out; ``today``: the day it is printed (the verdict says "today" only then)."""
    from reklamera import verdict

    translation = translations(language)
    _ = translation.gettext
    format_date = verdict.long_date_formatter(language)
    steps = next_steps(assessment, assessment.complained, case.reply_days_in_force(), translation)
    title = _("Your complaint: what happens next")
    body = [
        Block(BlockKind.PARAGRAPH, verdict.verdict(assessment, translation, format_date, today)),
        Block(BlockKind.PARAGRAPH, _("The seller should answer by {date}.").format(date=format_date(steps.reply_by))),
    ]
    if case.product.delivered is not None and case.defect.discovered is not None:  # the timeline's dates
        picture = handout_timeline(assessment, case.product.delivered, case.defect.discovered, today,
                                   steps.reply_by, _, format_date)
        rows = tuple((mark.date, _(meaning(mark, assessment))) for mark in picture.marks)
        body += [Block(BlockKind.HEADING, _("Key dates")),
                 Block(BlockKind.TIMELINE, picture.description(), timeline=picture),
                 Block(BlockKind.TABLE, rows=rows)]
    body += [
        Block(BlockKind.HEADING, _("How the seller may answer, and what you can do")),
        Block(BlockKind.BULLETED, items=tuple(f"{question} – {answer}" for question, answer in steps.answers)),
    ]
    if steps.body_route:
        body += [Block(BlockKind.HEADING, _("If you cannot agree")),
                 Block(BlockKind.PARAGRAPH, f"{steps.body_route} – {steps.body_url}"),
                 Block(BlockKind.BULLETED, items=steps.body_conditions)]
    body += [Block(BlockKind.HEADING, _("Keep")), Block(BlockKind.BULLETED, items=steps.keep)]
    return LetterContent(language=language, title=title, author="", sender=(), recipient=(),
                         place_and_date=format_date(assessment.complained), subject=title, salutation="",
                         body=tuple(body), closing="", signature=(), keywords=_("complaint"), one_page=True)
