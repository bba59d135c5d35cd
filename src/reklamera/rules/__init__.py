"""The Nordic consumer-sale rules: is the complaint in time, until when, and what may the consumer ask for.

``assess(facts, today)`` is a pure function; ``today`` is always passed in. Rule data lives in one module per
country (se, no, dk, fi, is_) with the statute section and official address next to every number.
"""

from __future__ import annotations

import datetime as dt

from reklamera.errors import InputError
from reklamera.i18n import N_
from reklamera.rules import dk, fi, is_, no, se
from reklamera.rules.calendar import holiday_name, is_weekend, last_working_day_on_or_before
from reklamera.rules.model import (
    Assessment,
    Facts,
    LawVersion,
    LimitAppliesTo,
    Note,
    Source,
    Status,
    Withdrawal,
)
from reklamera.vocabulary import Remedy

__all__ = ["COUNTRIES", "Assessment", "Facts", "LimitAppliesTo", "Remedy", "Status", "assess", "law_for"]

VERSIONS: dict[str, tuple[LawVersion, ...]] = {
    "SE": se.VERSIONS,
    "NO": no.VERSIONS,
    "DK": dk.VERSIONS,
    "FI": fi.VERSIONS,
    "IS": is_.VERSIONS,
}
COUNTRIES = tuple(VERSIONS)
REMEDIES = tuple(Remedy)  # repair, replacement, price reduction, cancellation: the acts' order everywhere


def law_for(country: str, contract_date: dt.date) -> LawVersion:
    """The version of the country's act that governs a contract made on ``contract_date``."""
    versions = VERSIONS[country]
    chosen = versions[0]  # contracts older than our oldest version: its rules are the closest we hold
    for version in versions:
        if version.valid_from <= contract_date:
            chosen = version
    return chosen


def date_problems(delivered: dt.date | None, discovered: dt.date | None, purchased: dt.date | None,
                  complained: dt.date | None, today: dt.date) -> list[InputError]:
    """Every impossible date, each an :class:`InputError` naming the fact at fault: a day after today, discovery
    before delivery, a complaint before discovery (a future complaint day is allowed: planning). Dates that are
    not given yet are skipped, so the wizard can ask while the case is incomplete."""
    found = []
    for name, day in (("delivered", delivered), ("purchased", purchased), ("discovered", discovered)):
        if day is not None and day > today:
            found.append(InputError(name, N_("{date} is after today ({today})"), date=day, today=today))
    if discovered is not None and delivered is not None and discovered < delivered:
        found.append(InputError("discovered", N_("{date} is before the delivery ({delivered})"),
                                date=discovered, delivered=delivered))
    if complained is not None and discovered is not None and complained < discovered:
        found.append(InputError("complained", N_("{date} is before the defect was discovered ({discovered})"),
                                date=complained, discovered=discovered))
    return found


def check_facts(facts: Facts, today: dt.date) -> None:
    """Reject impossible facts with an :class:`InputError` naming the field at fault."""
    if facts.country not in VERSIONS:
        raise InputError(
            "country", N_('"{value}" is not one of {choices}'), value=facts.country, choices=", ".join(COUNTRIES)
        )
    problems = date_problems(facts.delivered, facts.discovered, facts.purchased, facts.complained, today)
    if problems:
        raise problems[0]
    if facts.guarantee_until is not None and facts.guarantee_until < facts.delivered:
        raise InputError("guarantee_until", N_("{date} is before the delivery ({delivered})"),
                         date=facts.guarantee_until, delivered=facts.delivered)


def assess(facts: Facts, today: dt.date) -> Assessment:
    """Assess a complaint as of ``today``. Raises :class:`InputError` for impossible facts."""
    check_facts(facts, today)
    version = law_for(facts.country, facts.purchased or facts.delivered)
    complained = facts.complained or today
    brokered = facts.private_seller and facts.brokered and version.brokered is not None
    if facts.private_seller and not brokered:
        return _not_covered(facts, version, complained)

    reasonable_until = version.reasonable_time.end(facts.discovered) if version.safe_period else None
    presumption = version.presumption if version.has_presumption else None
    if presumption is not None and facts.live_animal and version.presumption_live_animals is not None:
        presumption = version.presumption_live_animals
    presumption_until = presumption.end(facts.delivered) if presumption else None
    seller_must_prove = facts.discovered <= presumption_until if presumption_until else None
    limit = version.absolute
    if facts.long_life and version.absolute_long_life:
        limit = version.absolute_long_life
    absolute = limit.end(facts.delivered) if limit else None

    notes: list[Note] = []
    citations: list[Source] = [version.reasonable_time.source]
    if limit:
        citations.append(limit.source)
    if presumption is not None:
        citations.append(presumption.source)

    # When does the absolute limit shut the door, and which day is the last one that is surely in time?
    # No day is, when the defect showed itself only after the limit: then there is no deadline at all.
    deadline: dt.date | None = reasonable_until
    expired = False
    if absolute is not None and version.limit_applies_to is LimitAppliesTo.DISCOVERY:
        expired = facts.discovered > absolute
        if expired:
            deadline = None
            notes.append(Note("discovery_after_limit", {"absolute_deadline": absolute}))
        elif complained > absolute:
            notes.append(Note("discovery_limit_kept", {"absolute_deadline": absolute}))
    elif absolute is not None and version.limit_applies_to is LimitAppliesTo.COMPLAINT:
        expired = complained > absolute
        if facts.discovered > absolute:
            deadline = None
        elif reasonable_until is not None and absolute < reasonable_until:
            deadline = absolute
            if not expired:
                notes.append(Note("absolute_limit_first", {"absolute_deadline": absolute}))
        if expired:
            notes.append(Note("absolute_passed", {"absolute_deadline": absolute}))

    kept_until = None  # a longer guarantee that keeps the claim alive past the limit
    if expired:
        status = Status.TOO_LATE
        if facts.seller_bad_faith and version.bad_faith:
            status = Status.AT_RISK
            citations.append(version.bad_faith)
            notes.append(Note(version.bad_faith_note))
        assert absolute is not None  # only an absolute limit expires
        kept = _guarantee(facts, version, absolute, notes)
        if kept is not None:
            status = Status.AT_RISK
            kept_until, section = kept
            citations.append(section)
        if version.absolute_long_life and not facts.long_life:
            long_life_deadline = version.absolute_long_life.end(facts.delivered)
            if complained <= long_life_deadline:
                notes.append(Note("long_life_may_apply", {"long_life_deadline": long_life_deadline}))
    elif deadline is not None and complained <= deadline:  # only an expired limit leaves no deadline
        status = Status.IN_TIME
    else:
        status = Status.AT_RISK
        if reasonable_until is None:
            notes.append(Note("no_safe_period"))
        else:
            notes.append(Note("safe_period_passed", {"reasonable_time_until": reasonable_until}))

    lifetime = version.lifetime_decides_after
    lifetime_decides = lifetime is not None and facts.discovered > lifetime.end(facts.delivered)
    if lifetime_decides and status is Status.IN_TIME:
        assert lifetime is not None
        status = Status.AT_RISK  # conservative: the two months hold, but whether the seller still answers is open
        notes.append(Note("lifetime_decides", {"since": lifetime.end(facts.delivered)}))
    if brokered:
        assert version.brokered is not None
        citations.append(version.brokered)
        notes.append(Note("brokered_sale"))
    if facts.long_life and version.absolute_long_life:
        notes.append(Note("long_life_applied"))
    # The lifetime note already says the act has no fixed limit: the version's own note would say it twice.
    said = {"no_absolute_limit"} if any(note.key == "lifetime_decides" for note in notes) else set()
    notes.extend(note for note in version.notes if note.key not in said)
    if presumption_until is None:
        notes.append(Note("no_presumption"))
    else:
        notes.append(
            Note(
                "presumption_seller" if seller_must_prove else "presumption_consumer",
                {"presumption_until": presumption_until},
            )
        )
    if status is Status.IN_TIME and deadline is not None:  # only then is the deadline still ahead
        notes.extend(_deadline_day_notes(facts.country, deadline))

    withdrawal = _withdrawal(facts, version, complained, notes)
    citations.append(version.remedies)
    return Assessment(
        country=facts.country,
        law=version.law,
        status=status,
        complained=complained,
        absolute_deadline=absolute,
        limit_applies_to=version.limit_applies_to,
        reasonable_time_until=reasonable_until,
        presumption_until=presumption_until,
        seller_must_prove=seller_must_prove,
        deadline=deadline,
        days_left=(deadline - complained).days if deadline else None,
        limit_passed=expired,
        citations=_unique(citations),
        remedies=() if status is Status.TOO_LATE else REMEDIES,
        notes=tuple(notes),
        dispute_body=version.dispute_body,
        withdrawal=withdrawal,
        version=version,
        guarantee_until=kept_until,
        presumption=presumption,
        lifetime_decides=lifetime_decides,
        # Past the ordinary limit, within the five years: the letter must say why the goods should last.
        long_life_needed=_long_life_needed(facts, version, complained, expired),
    )


def _long_life_needed(facts: Facts, version: LawVersion, complained: dt.date, expired: bool) -> bool:
    """The complaint is past the ordinary limit and within the five years for goods meant to last substantially
    longer (NO § 27 second paragraph, IS 27. gr.): only that rule keeps it in time."""
    if not (facts.long_life and version.absolute_long_life and version.absolute) or expired:
        return False
    return complained > version.absolute.end(facts.delivered)


def _unique(citations: list[Source]) -> tuple[Source, ...]:
    """Each section once: one act may cite one section for two rules (DK § 83, stk. 1: the limit and the
    guarantee), with different notes on where it was checked."""
    unique: dict[tuple[str, str], Source] = {}
    for source in citations:
        unique.setdefault((source.law, source.section), source)
    return tuple(unique.values())


def _guarantee(facts: Facts, version: LawVersion, absolute: dt.date,
               notes: list[Note]) -> tuple[dt.date, Source] | None:
    """After the absolute limit: a guarantee or undertaking that lasts longer keeps the claim alive for what it
    covers, when the defect showed itself while it ran (NO § 27 second paragraph, SE 1990:932 23 §, DK § 83,
    IS 27. gr.). The app cannot read the guarantee's terms, so such a claim is at most at risk. Without a
    guarantee, the too-late advice says to look for one."""
    until, section = facts.guarantee_until, version.guarantee
    assert section is not None  # every version with an absolute limit names its guarantee section
    if until is None:
        notes.append(Note("guarantee_may_help"))
        return None
    if until > absolute and facts.discovered <= until:
        notes.append(Note("guarantee_keeps_claim", {"guarantee_until": until, "absolute_deadline": absolute}))
        return until, section
    notes.append(Note("guarantee_does_not_reach", {"guarantee_until": until}))
    return None


def _deadline_day_notes(country: str, deadline: dt.date) -> list[Note]:
    """No statute moves a consumer's complaint deadline off a weekend or holiday: say so, keep the date."""
    holiday = holiday_name(country, deadline)
    if not (holiday or is_weekend(deadline)):
        return []
    params: dict[str, object] = {
        "deadline": deadline,
        "send_by": last_working_day_on_or_before(country, deadline),
    }
    if holiday:
        return [Note("deadline_holiday", {**params, "holiday": holiday})]
    return [Note("deadline_saturday" if deadline.weekday() == 5 else "deadline_sunday", params)]


def _withdrawal(facts: Facts, version: LawVersion, complained: dt.date, notes: list[Note]) -> Withdrawal | None:
    if not facts.bought_online:
        return None
    until = version.withdrawal.end(facts.delivered)
    extended = version.withdrawal_extension.end(until)
    params = {"withdrawal_until": until, "extended_until": extended}
    if complained <= until:
        notes.append(Note("withdrawal_open", params))
    elif complained <= extended:
        notes.append(Note("withdrawal_extended_only", params))
    return Withdrawal(until=until, extended_until=extended, source=version.withdrawal.source)


def _not_covered(facts: Facts, version: LawVersion, complained: dt.date) -> Assessment:
    """A private sale: the consumer act does not apply. Name the general sale-of-goods act and its limits, and,
    where the act also covers a sale a business arranges for a private seller, ask about that."""
    notes = [Note("private_seller")]
    citations = [version.scope] if version.scope else []
    if version.brokered is not None:
        notes.append(Note("brokered_question"))
    assert version.general_act is not None  # every version names the general sale-of-goods act
    # The section itself: shown in the note's language and the act's style, "kjøpsloven § 32" (messages.py).
    notes.append(Note(version.general_act_note, {"act": version.general_act}))
    citations.append(version.general_act)
    return Assessment(
        country=facts.country,
        law=version.law,
        status=Status.NOT_COVERED,
        complained=complained,
        absolute_deadline=None,
        limit_applies_to=None,
        reasonable_time_until=None,
        presumption_until=None,
        seller_must_prove=None,
        deadline=None,
        days_left=None,
        limit_passed=False,
        citations=tuple(citations),
        remedies=(),
        notes=tuple(notes),
        dispute_body=None,
        withdrawal=None,
        version=version,
    )
