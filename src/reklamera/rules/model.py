"""The shapes of legal rule data and of an assessment. Pure data: no dates are read from the clock here.

Frozen dataclasses: rule data is shared by every assessment, so nothing may change it, and a source or a
dispute body can be a dictionary key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from reklamera.rules.calendar import add_months
from reklamera.vocabulary import Remedy


class Status(StrEnum):
    IN_TIME = "in_time"
    AT_RISK = "at_risk"
    TOO_LATE = "too_late"
    NOT_COVERED = "not_covered"


class LimitAppliesTo(StrEnum):
    COMPLAINT = "complaint"  # the complaint itself must be made within the absolute limit
    DISCOVERY = "discovery"  # the defect must show itself within the limit; the complaint follows reasonable time


@dataclass(frozen=True, slots=True)
class Source:
    """A statute section: ``law`` and ``section`` as the act writes them, an official ``url``, and where the
    wording was checked (``checked``), so a reviewer can follow every number back to its text."""

    law: str
    section: str
    url: str
    checked: str = ""

    def __str__(self) -> str:
        """'Konsumentköplag (2022:260) 5 kap. 2 §'; an Icelandic article after a comma, as Icelandic lawyers write
        it: 'Lög um neytendakaup nr. 48/2003, 27. gr.'."""
        if not self.section:
            return self.law
        return f"{self.law}{', ' if self.section.endswith(' gr.') else ' '}{self.section}"


@dataclass(frozen=True, slots=True)
class Period:
    """A length of time in calendar months and days, counted from a start day, with the section that sets it."""

    source: Source
    months: int = 0
    days: int = 0

    def end(self, start: dt.date) -> dt.date:
        """The last day of the period (a complaint made on this day is in time)."""
        return add_months(start, self.months) + dt.timedelta(days=self.days)


NO_PARAMS: Mapping[str, object] = MappingProxyType({})  # read-only: one empty mapping for every Note


@dataclass(frozen=True, slots=True)
class Note:
    """A plain-language remark: a message key and its parameters (dates stay dates until shown)."""

    key: str
    params: Mapping[str, object] = field(default_factory=lambda: NO_PARAMS)


@dataclass(frozen=True, slots=True)
class DisputeBody:
    """Where a consumer turns when the seller says no. ``name`` is what a letter names ("I intend to take the
    matter to …"); ``route`` the steps as shown to the consumer; ``conditions`` are notes (see messages.py)."""

    name: str
    route: str
    url: str
    conditions: tuple[Note, ...]
    source: Source | None = None
    apply_within_months: int = 0  # after the first complaint to the seller (ARN: one year); 0: no limit
    currency: str = ""  # of the value limits below
    min_value: int = 0  # the smallest price (or amount in dispute) the body takes, for every kind of goods
    usual_min_value: int = 0  # the floor for most goods, when some goods have a lower one (DK: clothes, shoes)
    max_value: int = 0  # 0: no upper limit
    limits_year: int = 0  # the year the value limits above are for, where they are indexed every year (DK)
    form: str = ""  # the note (messages.py) naming the body's own way in (ARN's form, the Danish portal)
    # Where the consumer must turn first, when that is not the body itself (FI: Kuluttajaneuvonta): the case
    # summary is addressed there.
    first_contact: str = ""
    first_contact_url: str = ""


@dataclass(frozen=True, slots=True)
class LawVersion:
    """One country's consumer-sale rules as they apply to contracts made on or after ``valid_from``."""

    country: str
    valid_from: dt.date
    law: str
    reasonable_time: Period  # the safe period after discovery (two months everywhere) and the section
    presumption: Period  # a defect showing itself within this period is presumed to have existed at delivery
    remedies: Source
    dispute_body: DisputeBody
    withdrawal: Period  # the 14-day right of withdrawal for distance and off-premises sales
    withdrawal_extension: Period  # how much longer when the trader did not give the withdrawal information
    absolute: Period | None = None
    absolute_long_life: Period | None = None  # goods meant to last substantially longer (NO, IS)
    limit_applies_to: LimitAppliesTo | None = None
    bad_faith: Source | None = None  # the section that lifts the absolute limit for a bad-faith seller
    bad_faith_note: str = "bad_faith_may_lift"  # what that section asks of the seller, in words (messages.py)
    guarantee: Source | None = None  # the section by which a longer guarantee keeps a claim past the absolute limit
    scope: Source | None = None  # the section that limits the act to sales by a business to a consumer
    brokered: Source | None = None  # the section that also covers a sale a business arranges for a private seller
    # A private sale falls under the general sale-of-goods act instead: its section on complaints, and the note
    # (messages.py) that names it and its limits.
    general_act: Source | None = None
    general_act_note: str = ""
    notes: tuple[Note, ...] = ()  # always worth saying for this version (e.g. FI: no fixed limit)
    # False where the act has no period in which a complaint is always in time, or no presumption (FI before
    # 2002): ``reasonable_time`` then only names the reasonable-time section, ``presumption`` is not used.
    safe_period: bool = True
    has_presumption: bool = True
    presumption_live_animals: Period | None = None  # a shorter presumption for live animals (SE 2022:260)
    # Where the act has no fixed limit (FI): after this period from delivery the goods' expected lifetime decides
    # whether the seller is still responsible, so no complaint is surely in time (at most at_risk).
    lifetime_decides_after: Period | None = None


@dataclass(frozen=True, slots=True)
class Facts:
    """What the consumer tells us. ``purchased`` (the contract date) picks the law version and defaults to
    ``delivered``; ``complained`` defaults to the day of the assessment."""

    country: str
    delivered: dt.date
    discovered: dt.date
    purchased: dt.date | None = None
    complained: dt.date | None = None
    long_life: bool = False
    private_seller: bool = False
    brokered: bool = False  # a business sold it on the private seller's behalf
    live_animal: bool = False  # the goods are a live animal (SE 2022:260: six months' presumption)
    seller_bad_faith: bool = False
    bought_online: bool = False
    guarantee_until: dt.date | None = None  # the last day of a guarantee or undertaking by the seller or the maker


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """The right of withdrawal (ångerrätt, angrerett, fortrydelsesret, peruuttamisoikeus, elfarsréttur)."""

    until: dt.date
    extended_until: dt.date  # when the trader never gave the withdrawal information
    source: Source


@dataclass(frozen=True, slots=True)
class Assessment:
    """The verdict for one case: in time or not, until when, and why (with the sections)."""

    country: str
    law: str
    status: Status
    complained: dt.date
    absolute_deadline: dt.date | None
    limit_applies_to: LimitAppliesTo | None
    reasonable_time_until: dt.date | None
    presumption_until: dt.date | None
    seller_must_prove: bool | None
    deadline: dt.date | None
    days_left: int | None
    limit_passed: bool  # the absolute limit has passed (the status is then too_late, or at_risk for bad faith)
    citations: tuple[Source, ...]
    remedies: tuple[Remedy, ...]
    notes: tuple[Note, ...]
    dispute_body: DisputeBody | None
    withdrawal: Withdrawal | None
    version: LawVersion
    # The last day of a longer guarantee that keeps the claim alive past the absolute limit, for what it covers
    # (the status is then at_risk); None when no guarantee does.
    guarantee_until: dt.date | None = None
    presumption: Period | None = None  # the presumption rule applied (None where the act has none)
    lifetime_decides: bool = False  # no fixed limit, and the goods are old enough for their lifetime to decide
    # The complaint is within the absolute limit only because the goods are meant to last substantially longer
    # (NO § 27 second paragraph, IS 27. gr.): the ordinary limit has passed, the five-year one has not.
    long_life_needed: bool = False

    @property
    def has_claim(self) -> bool:
        """The act still gives the consumer a claim: in time, or possibly in time (not too late, not excluded)."""
        return self.status in (Status.IN_TIME, Status.AT_RISK)

    @property
    def delay_to_explain(self) -> bool:
        """The complaint may still count, but it comes after the period in which it is always in time (or the
        act has no such period): the consumer should say why it took longer."""
        if self.status is not Status.AT_RISK:
            return False
        return self.reasonable_time_until is None or self.complained > self.reasonable_time_until
