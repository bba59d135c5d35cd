"""Plain-language texts for assessment notes and dispute-body conditions, keyed as in the rule data.

English source strings marked with ``N_`` for gettext; they are translated when shown, in whatever language
the caller's ``gettext`` speaks. Placeholders are filled by :func:`render_note` after dates are formatted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reklamera.i18n import N_
from reklamera.rules.citations import cite
from reklamera.rules.model import Note, Source

MESSAGES: dict[str, str] = {
    "private_seller": N_(
        "You bought from a private person, so the consumer-sale act does not apply. The general "
        "sale-of-goods act gives you weaker rights: ask a consumer adviser before you complain."
    ),
    "brokered_question": N_(
        "If a shop or another business sold it on the private seller's behalf, the consumer-sale act applies "
        "after all: say so, and the assessment changes."
    ),
    "brokered_sale": N_(
        "A business arranged the sale for the private seller, so the consumer-sale act applies: the business "
        "and the seller both answer for the seller's obligations."
    ),
    "general_act_two_years": N_(
        "The general sale-of-goods act applies instead ({act}): complain within a reasonable time of noticing "
        "the defect, and at the latest two years after you received the goods, unless a guarantee gives longer. "
        "A private seller may have sold it \"as is\"."
    ),
    "general_act_one_year": N_(
        "The general sale-of-goods act applies instead ({act}): complain without undue delay after noticing the "
        "defect, and at the latest one year after you received the goods, unless a guarantee gives longer. A "
        "private seller may have sold it \"as is\"."
    ),
    "general_act_unverified": N_(
        "The general sale-of-goods act applies instead ({act}): complain as soon as you can after noticing the "
        "defect. Its time limits have not been checked for this app: ask a consumer adviser."
    ),
    "safe_period_passed": N_(
        "More than two months have passed since you noticed the defect (a complaint was always in time until "
        "{reasonable_time_until}). A complaint may still count as made within a reasonable time, but that "
        "is not certain: complain at once and explain why it took time."
    ),
    "no_safe_period": N_(
        "For a purchase made before 2002 the act gives no period in which a complaint is always in time: it "
        "must be made within a reasonable time of noticing the defect. Complain at once and explain any delay."
    ),
    "no_presumption": N_(
        "For a purchase made before 2002 the act has no rule that a defect is presumed to have been there at "
        "delivery: you may have to show that it was there from the start."
    ),
    "absolute_passed": N_(
        "The final time limit for complaints ended on {absolute_deadline}. After that, the seller does not "
        "have to accept a complaint about this defect."
    ),
    "discovery_after_limit": N_(
        "The defect became apparent more than three years after delivery (the limit was {absolute_deadline}). "
        "The seller is not responsible for defects that appear later than that."
    ),
    "discovery_limit_kept": N_(
        "The defect became apparent within three years of delivery, so you may complain after "
        "{absolute_deadline} as long as you do so within a reasonable time of noticing it."
    ),
    "absolute_limit_first": N_(
        "The final time limit, {absolute_deadline}, comes before two months have passed since you noticed "
        "the defect: complain by then."
    ),
    "bad_faith_may_lift": N_(
        "The time limit has passed, but it does not apply if the seller acted with gross negligence or "
        "in bad faith, for example knew of the defect and kept quiet. Your complaint may still be valid: "
        "get advice from a consumer adviser."
    ),
    "bad_faith_honesty": N_(
        "The time limit has passed, but it does not apply if the seller acted against ordinary honesty, for "
        "example knew of the defect and kept quiet. Your complaint may still be valid: get advice from a "
        "consumer adviser."
    ),
    "guarantee_may_help": N_(
        "If the seller or the maker gave a guarantee that lasts longer than this time limit, it may still cover "
        "the defect: look at its terms, and enter the day it ends."
    ),
    "guarantee_keeps_claim": N_(
        "The time limit of the act ended on {absolute_deadline}, but the guarantee until {guarantee_until} keeps "
        "your claim alive for what the guarantee covers. Check its terms, complain at once and refer to it."
    ),
    "guarantee_does_not_reach": N_(
        "The guarantee until {guarantee_until} does not help here: it does not last beyond the time limit of the "
        "act, or the defect became apparent after it ended."
    ),
    "long_life_may_apply": N_(
        "If the product is meant to last substantially longer than most goods (a fridge, a sofa or a car, "
        "for example), the limit is five years, until {long_life_deadline}. If that is so, mark the product as "
        "long-lasting and explain why in your complaint."
    ),
    "long_life_applied": N_(
        "You said the product is meant to last substantially longer than most goods, so the five-year "
        "limit applies. The seller may dispute this; explain why the product should last that long."
    ),
    "lifetime_decides": N_(
        "The defect became apparent more than two years after delivery (after {since}). Finnish law has no fixed "
        "limit, so whether the seller is still responsible depends on how long goods of this kind can be "
        "expected to last: that is not certain. Complain at once and say why the product should have lasted "
        "longer."
    ),
    "no_absolute_limit": N_(
        "Finnish law sets no fixed final time limit: how long the seller is responsible depends on how long "
        "a product of this kind can be expected to last."
    ),
    "presumption_seller": N_(
        "The defect became apparent within the presumption period, which lasts until {presumption_until}, so "
        "it is presumed to have been there at delivery: the seller must prove otherwise."
    ),
    "presumption_consumer": N_(
        "The defect became apparent after the presumption period ended on {presumption_until}, so you may have "
        "to show that it was there from the start (for example a manufacturing fault) and was not caused by "
        "wear or misuse."
    ),
    "deadline_saturday": N_(
        "The deadline, {deadline}, is a Saturday. Send your complaint by {send_by}; do not count on the "
        "deadline moving to the next working day."
    ),
    "deadline_sunday": N_(
        "The deadline, {deadline}, is a Sunday. Send your complaint by {send_by}; do not count on the "
        "deadline moving to the next working day."
    ),
    "deadline_holiday": N_(
        "The deadline, {deadline}, is a public holiday or a day when many businesses are closed ({holiday}). "
        "Send your complaint by {send_by}; do not count on the deadline moving to the next working day."
    ),
    "withdrawal_open": N_(
        "You bought online, by phone or at your door, so you may also withdraw from the purchase without "
        "giving a reason until {withdrawal_until} (14 days from delivery), or until {extended_until} if the "
        "seller never told you about this right."
    ),
    "withdrawal_extended_only": N_(
        "The 14-day right of withdrawal ended on {withdrawal_until}. If the seller never told you about "
        "it, it lasts until {extended_until}."
    ),
    # Dispute bodies: what a consumer must know before turning to them.
    "complain_to_seller_first": N_("Complain to the seller in writing first."),
    "arn_one_year": N_("Your complaint must reach ARN within one year of your first complaint to the seller."),
    "arn_value_floor": N_(
        "The value of what you claim must be at least 500, 1 000 or 2 000 kronor, depending on the kind of "
        "goods."
    ),
    "arn_free": N_("Free of charge. A recommendation usually takes about six months."),
    "no_mediation_first": N_(
        "Forbrukertilsynet mediates first; if that fails, Forbrukerklageutvalget decides. Its decision "
        "becomes binding unless a party takes the case to court within the time limit."
    ),
    "no_fees": N_(
        "Fees: a fifth of the court fee (rettsgebyr) for mediation and one court fee if the case goes to "
        "Forbrukerklageutvalget. The fees are not refunded."
    ),
    "dk_price_band": N_(
        "In {year} the value of the claim had to be between {usual} and {max} kroner (clothes and shoes from "
        "{min} kroner); the limits change every year. The trader must be Danish."
    ),
    "dk_fees": N_(
        "Mediation costs 100 kroner. If it fails, you have four weeks to take the case to "
        "Forbrugerklagenævnet for another 400 kroner."
    ),
    "fi_advice_first": N_(
        "Contact Kuluttajaneuvonta (consumer advice) first; after that, Kuluttajariitalautakunta can give "
        "a recommendation. Both are free of charge."
    ),
    "is_fee": N_("The fee is 5 000 krónur, refunded if the decision goes your way in whole or in part."),
    # Eligibility for the dispute body (rules/dispute.py).
    "eligibility_complain_first": N_(
        "Complain to the seller in writing first: the body only takes cases the seller has refused or not "
        "answered."
    ),
    "eligibility_complained": N_("You complained to the seller on {date}."),
    "eligibility_private": N_(
        "The seller is a private person: the body only hears complaints against businesses."
    ),
    "eligibility_refused": N_("The seller refused your complaint on {date}."),
    "eligibility_answered": N_(
        "The seller answered on {date}: the body takes the case only if that answer did not settle it."
    ),
    "eligibility_no_answer": N_("The seller did not answer by {date}."),
    "eligibility_wait": N_(
        "The seller has until {date} to answer: the body takes the case after a refusal, or once that day has "
        "passed without an answer."
    ),
    "eligibility_too_late": N_(
        "The complaint was made after the act's time limit, so the body will not find for you under the act."
    ),
    "eligibility_maybe_late": N_(
        "The complaint may have been made late (more than two months after you noticed the defect): the body "
        "will judge whether it was made within a reasonable time."
    ),
    "eligibility_in_time": N_("The complaint was made in time under the act."),
    # How each body is applied to, in the case summary addressed to it (first person, the consumer writing).
    "form_arn": N_(
        "I am applying on ARN's own form at arn.se; this summary and the numbered copies are attached to the "
        "application."
    ),
    "form_dk": N_(
        "I am submitting the complaint through the portal at naevneneshus.dk; this summary and the numbered "
        "copies are attached to it."
    ),
    "form_fi": N_(
        "I am contacting Kuluttajaneuvonta first, as the case must go there before Kuluttajariitalautakunta can "
        "give a recommendation."
    ),
    "form_no": N_(
        "I ask Forbrukertilsynet to mediate in the case; this summary and the numbered copies are attached."
    ),
    "form_is": N_(
        "I am referring the case to Kærunefnd vöru- og þjónustukaupa; this summary and the numbered copies are "
        "attached."
    ),
    "eligibility_apply_by": N_("Apply by {date}, one year after your first complaint to the seller."),
    "eligibility_value_unknown": N_(
        "The body only takes cases above a certain amount (from {min} {currency}): enter the price in "
        "{currency} to check yours."
    ),
    "eligibility_claim_unknown": N_(
        "The body's limits apply to the value of what you claim (from {min} {currency}): enter the price "
        "reduction you claim, in {currency}, to check yours."
    ),
    "eligibility_value_outside": N_("The value of what you claim is outside the amounts the body handles."),
    "eligibility_value_repair": N_(
        "The limits apply to the value of the repair or replacement, which is at most the price: check that it "
        "reaches {min} {currency} (for most goods {usual} {currency})."
    ),
    "eligibility_value_depends": N_(
        "The value of what you claim is enough only for some kinds of goods (the lowest limit is {min} "
        "{currency}, for most goods it is {usual} {currency}): check the body's rules for your kind of goods."
    ),
    "eligibility_value_year": N_(
        "In {year} the body took claims worth {usual} to {max} {currency} (clothes and shoes from {min} "
        "{currency}); the limits change every year: check this year's before you apply."
    ),
    "eligibility_value_ok": N_("The value of what you claim is within the amounts the body handles."),
}


def render_note(
    note: Note,
    gettext: Callable[[str], str],
    format_date: Callable[[dt.date], str] = dt.date.isoformat,
    format_number: Callable[[int], str] = str,
    format_source: Callable[[Source], str] = lambda source: cite([source], short=True),
) -> str:
    """The note as a sentence in ``gettext``'s language: dates formatted by ``format_date``, amounts by
    ``format_number`` ("1 110" in Swedish, "1.110" in Danish; a year stays "2024"), a statute section by
    ``format_source`` (by default in the act's own style, without its number: "kjøpsloven § 32"). The defaults
    load no locale data (`reklamera check --json`)."""
    params = {name: _param(name, value, format_date, format_number, format_source)
              for name, value in note.params.items()}
    return gettext(MESSAGES[note.key]).format(**params)


YEARS = frozenset({"year"})  # a year is a name, not an amount: never "2 024"


def _param(name: str, value: object, format_date: Callable[[dt.date], str], format_number: Callable[[int], str],
           format_source: Callable[[Source], str]) -> object:
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Source):
        return format_source(value)
    if isinstance(value, int) and not isinstance(value, bool) and name not in YEARS:
        return format_number(value)
    return value
