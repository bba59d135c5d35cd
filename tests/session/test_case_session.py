"""The Qt-free application layer: one revision per edit, derived state computed once per revision, each step's
problems from the file format's declarations, and the actions the wizard, the CLI and the self-test share."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from reklamera.case import REPLY_DAYS, Case, load_case
from reklamera.letter.content import LetterContent
from reklamera.rules.model import Status
from reklamera.samples import SAMPLE_CASE, SAMPLE_TODAY
from reklamera.session import CaseSession, Step
from reklamera.settings import Settings
from reklamera.site import SiteConfig


@pytest.fixture()
def session() -> CaseSession:
    return CaseSession(load_case(SAMPLE_CASE), today=SAMPLE_TODAY)


def test_every_edit_is_a_new_revision_and_listeners_hear_it(session: CaseSession) -> None:
    heard: list[int] = []
    stop = session.subscribe(heard.append)
    session.edit("product.price", Decimal("1299.50"))
    session.edit("product.price", Decimal("1299.50"))  # unchanged: no new revision
    session.edit("consumer.name", "Anna Berg")
    stop()
    session.edit("consumer.name", "Anna Lind")
    assert heard == [1, 2]
    assert session.revision == 3
    assert session.case.product.price == Decimal("1299.50")


def test_derived_state_is_computed_once_per_revision(session: CaseSession, monkeypatch) -> None:
    import reklamera.rules as rules

    calls = []
    real = rules.assess
    monkeypatch.setattr(rules, "assess", lambda *args: calls.append(args) or real(*args))
    first = session.derived.assessment
    assert session.derived.assessment is first and session.derived.key_dates
    assert len(calls) == 1
    session.edit("complained", SAMPLE_TODAY + dt.timedelta(days=400))
    assert session.derived.assessment.status is not first.status or session.derived.assessment is not first
    assert len(calls) == 2


def test_an_incomplete_case_has_a_problem_instead_of_an_assessment() -> None:
    session = CaseSession(Case.new("NO"), today=SAMPLE_TODAY)
    assert session.derived.assessment is None
    assert session.derived.problem.field == "product.delivered"
    assert session.derived.eligibility is None and session.derived.key_dates == ()
    with pytest.raises(Exception, match=r"product\.delivered"):
        session.letter()


@pytest.mark.parametrize(("step", "expected"), [
    (Step.PURCHASE, {"product.description", "product.delivered"}),
    (Step.DEFECT, {"defect.description", "defect.discovered"}),
    (Step.PARTIES, {"consumer.name", "seller.name"}),
    (Step.REMEDY, set()),
    (Step.START, set()),
])
def test_each_step_names_what_is_missing(step: Step, expected: set[str]) -> None:
    assert set(CaseSession(Case.new(), today=SAMPLE_TODAY).problems(step)) == expected


def test_step_problems_come_from_the_file_format_and_the_rules(session: CaseSession) -> None:
    typed = {"consumer.email": "anna at home", "seller.email": "kundtjanst@example.se"}
    found = session.problems(Step.PARTIES, typed)
    assert set(found) == {"consumer.email"}
    assert "e-mail" in found["consumer.email"].reason()
    assert session.case.consumer.email != "anna at home"  # judged, not stored
    later = session.today + dt.timedelta(days=3)
    assert "after today" in session.problems(Step.PURCHASE, {"product.delivered": later})["product.delivered"].reason()
    early = session.case.product.delivered - dt.timedelta(days=1)
    assert (
        "before the delivery"
        in session.problems(Step.DEFECT, {"defect.discovered": early})["defect.discovered"].reason()
    )
    assert "7 to 90" in session.problems(Step.REMEDY, {"reply_days": 91})["reply_days"].reason()
    assert session.problems(Step.REMEDY, {"reply_days": 90}) == {}


def test_actions_return_letter_content(session: CaseSession) -> None:
    from reklamera.case import Event

    # The complaint went out on 5 October and the seller's 14 days have passed: a summary for the body is due.
    session.case.events = [Event(date=dt.date(2026, 10, 5), kind="letter_sent")]
    session.touch()
    for content in (
        session.letter(),
        session.escalation(),
        session.handout("fi"),
        session.followup("reminder") if session.case.events else session.letter("en"),
    ):
        assert isinstance(content, LetterContent) and content.subject
    assert session.handout("fi").language == "fi"


def test_the_office_line_comes_from_the_site(session: CaseSession) -> None:
    from reklamera.site import Office

    site = SiteConfig()
    site.office = Office(name="Konsumentvägledningen", phone="018-727 00 00")
    office_session = CaseSession(session.case, settings=Settings(site=site), today=SAMPLE_TODAY)
    assert "Konsumentvägledningen" in office_session.letter().footer


def test_reply_days_are_kept_to_the_declared_bounds(session: CaseSession) -> None:
    session.edit("reply_days", REPLY_DAYS.maximum)
    assert session.letter()  # 90 days is a valid choice, kept as it is
    assert session.case.reply_days == 90


def test_an_ellipsis_typed_by_the_consumer_survives_the_letter(session: CaseSession) -> None:
    session.edit("product.description", "Moccamaster...")
    text = session.letter().as_text()
    assert "Moccamaster..." in text and "Moccamaster.." + " " not in text.replace("Moccamaster...", "")


def test_save_and_open_round_trip(session: CaseSession, tmp_path: Path) -> None:
    target = tmp_path / "case.reklamera"
    session.edit("notes", "called the shop")
    assert session.dirty
    result = session.save(target)
    assert result.path == target and result.register_problem is None and not session.dirty
    other = CaseSession(today=SAMPLE_TODAY)
    other.open(target)
    assert other.case == session.case and other.path == target and not other.dirty


def test_a_new_case_takes_the_site_defaults() -> None:
    site = SiteConfig()
    site.defaults = {"country": "DK", "reply_days": 21}
    case = CaseSession(settings=Settings(site=site), today=SAMPLE_TODAY).case
    assert (case.country, case.language, case.product.currency, case.reply_days) == ("DK", "da", "DKK", 21)


def test_the_verdict_follows_the_complaint_day(session: CaseSession) -> None:
    assert session.derived.assessment.status is Status.IN_TIME
    session.edit("complained", session.case.defect.discovered + dt.timedelta(days=400))
    assert session.derived.assessment.status is not Status.IN_TIME
    assert dataclasses.is_dataclass(session.case)


def test_the_handout_lists_the_key_dates_in_the_customers_language(session: CaseSession) -> None:
    text = session.handout("sv").as_text()
    assert "Viktiga datum" in text
    assert "17 januari 2025" in text  # delivered, as the Swedish customer reads it
