"""Every follow-up kind for cases in each state (issue 14): what each letter may and may not claim.

States: no reply yet and the deadline not passed, deadline passed, reply recorded, escalated, closed, private
seller, too late. A letter that would not be true for the case is refused with a clear reason."""

from __future__ import annotations

import datetime as dt

import pytest

from reklamera.case import Case, Event
from reklamera.letter.compose import LetterError
from reklamera.letter.followup import compose_followup, followup_problem
from reklamera.session import CaseSession
from reklamera.vocabulary import FollowUpKind, values

D = dt.date.fromisoformat
SENT = Event(date=D("2026-10-05"), kind="letter_sent", channel="email")  # reply by 19 October (14 days)
REFUSED = Event(date=D("2026-10-14"), kind="reply_received", refusal="your_fault", summary="Fel diskmedel.")
ANSWERS = [kind for kind in values(FollowUpKind) if kind != "reminder"]


def state(case: Case, name: str) -> tuple[Case, dt.date]:
    """The sample case in state ``name``, and the day the follow-up would be written."""
    case.events = [SENT]
    today = D("2026-10-25")
    if name == "waiting":
        today = D("2026-10-19")  # the seller's last day to answer
    elif name == "answered":
        case.events = [SENT, REFUSED]
    elif name == "escalated":
        case.events = [SENT, REFUSED, Event(date=D("2026-11-01"), kind="escalated")]
    elif name == "closed":
        case.events = [SENT, REFUSED, Event(date=D("2026-11-01"), kind="closed", outcome="refused")]
    elif name == "private":
        case.events = [SENT, REFUSED]
        case.seller.private = True
    elif name == "too_late":
        case.events = [SENT, REFUSED]
        case.product.purchased = case.product.delivered = D("2022-04-20")  # 1990:932: three years to complain
        case.defect.discovered = D("2025-04-01")
    return case, today


# state -> (reminder allowed?, answers allowed?)
MATRIX = {
    "waiting": (False, False),
    "overdue": (True, False),
    "answered": (False, True),
    "escalated": (False, True),
    "closed": (False, False),
    "private": (False, False),
    "too_late": (False, False),
}


@pytest.mark.parametrize("name", list(MATRIX))
@pytest.mark.parametrize("kind", values(FollowUpKind))
def test_what_each_follow_up_may_claim(case: Case, name: str, kind: str) -> None:
    case, today = state(case, name)
    reminder_ok, answers_ok = MATRIX[name]
    allowed = reminder_ok if kind == "reminder" else answers_ok
    if not allowed:
        with pytest.raises(LetterError):
            compose_followup(case, kind, "en", today=today)
        return
    text = compose_followup(case, kind, "en", today=today).as_text()
    if kind == "reminder":
        assert "I have not received an answer" in text
        assert "asked you to answer by 19 October 2026" in text  # the deadline had passed when it was written
        assert "Thank you for your answer" not in text
    else:
        assert "I have not received an answer" not in text
        assert "Thank you for your answer of 14 October 2026" in text
        assert "Legal basis:" in text


def test_the_reasons_are_clear(case: Case) -> None:
    waiting, today = state(case, "waiting")
    assert "has until 2026-10-19 to answer" in str(followup_problem(waiting, "reminder", today))
    answered, today = state(case, "answered")
    problem = str(followup_problem(answered, "reminder", today))
    assert "answered on 2026-10-14" in problem and "reply-your-fault" in problem
    case.events = [SENT]
    assert "record the seller's answer" in str(followup_problem(case, "reply-your-fault", D("2026-10-25")))
    closed, today = state(case, "closed")
    assert "closed" in str(followup_problem(closed, "reply-your-fault", today))


def test_a_second_reminder_says_there_was_a_first(case: Case) -> None:
    case.events = [SENT, Event(date=D("2026-10-20"), kind="reminder_sent")]
    text = compose_followup(case, "reminder", "en", today=D("2026-11-04")).as_text()
    assert "I also sent you a reminder on 20 October 2026." in text


def test_the_session_refuses_with_the_same_reason(case: Case) -> None:
    waiting, today = state(case, "waiting")
    session = CaseSession(waiting, today=today)
    problem = session.followup_problem("reminder")
    assert problem is not None and problem.field == "events"
    with pytest.raises(LetterError, match="has until"):
        session.followup("reminder")
    session = CaseSession(waiting, today=D("2026-10-20"))
    assert session.followup_problem("reminder") is None


def test_the_command_line_refuses_in_one_line(tmp_path, capsys) -> None:
    import json

    from reklamera.cli import main
    from reklamera.samples import SAMPLE_CASE

    data = json.loads(SAMPLE_CASE.read_text(encoding="utf-8"))
    data["version"], data["events"] = 2, [{"date": "2026-10-05", "kind": "letter_sent", "channel": "email"}]
    path = tmp_path / "case.reklamera"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "reminder.docx"
    assert main(["followup", str(path), "--kind", "reminder", "-o", str(out), "--today", "2026-10-05"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "has until" in err and not out.exists()


# state -> the summary is refused (the body would not take the case), a draft, or ready
SUMMARY = {
    "waiting": "draft",
    "overdue": "ready",
    "answered": "ready",
    "escalated": "ready",
    "closed": "ready",
    "private": "refused",
    "too_late": "refused",
}


@pytest.mark.parametrize("name", list(SUMMARY))
def test_what_the_case_summary_may_claim(case: Case, name: str) -> None:
    from reklamera.letter.escalation import EscalationError, compose_escalation

    case, today = state(case, name)
    if SUMMARY[name] == "refused":
        with pytest.raises(EscalationError) as caught:
            compose_escalation(case, "en", today=today)
        field = {"private": "seller.private", "too_late": "complained"}[name]
        assert caught.value.field == field
        return
    content = compose_escalation(case, "en", today=today)
    text = content.as_text()
    assert content.recipient[0] == "Allmänna reklamationsnämnden (ARN)"  # addressed to the body
    assert "I am applying on ARN's own form at arn.se" in text
    assert "I complained to the seller in writing on 5 October 2026." in text
    assert "Your complaint" not in text and "Yes:" not in text
    refused = "The seller refused my complaint on 14 October 2026." in text
    unanswered = "The seller did not answer by 19 October 2026" in text
    assert refused is (name in ("answered", "escalated", "closed"))
    assert unanswered is (name == "overdue")
    if SUMMARY[name] == "draft":
        assert content.subject.startswith("Draft: ") and "Draft, not to be sent yet" in text
        assert "I made the complaint within the time limits of the act." in text
    else:
        assert "Draft" not in text


def test_nothing_sent_yet_is_no_case_for_the_body(case: Case) -> None:
    from reklamera.letter.escalation import EscalationError, compose_escalation

    case.events = []
    with pytest.raises(EscalationError, match="Complain to the seller in writing first"):
        compose_escalation(case, "en", today=D("2026-10-25"))


@pytest.mark.parametrize(("country", "language", "currency", "recipient", "way_in"), [
    ("DK", "da", "DKK", "Nævnenes Hus", "portalen på naevneneshus.dk"),
    ("FI", "fi", "EUR", "Kuluttajaneuvonta", "Kuluttajaneuvontaan"),
])
def test_each_body_is_named_with_its_own_way_in(case: Case, country, language, currency, recipient,
                                                way_in) -> None:
    from reklamera.letter.escalation import compose_escalation

    case, today = state(case, "overdue")
    case.country, case.language, case.product.currency = country, language, currency
    case.product.price = None if country == "DK" else case.product.price  # DK: the band is for the consumer
    content = compose_escalation(case, language, today=today)
    assert content.recipient[0] == recipient
    assert way_in in content.as_text()
