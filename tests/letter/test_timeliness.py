"""Issue 14: what the letters say about the complaint's timing, one row per statement.

Long-life goods (NO forbrukerkjøpsloven § 27 annet ledd, IS 27. gr. laga nr. 48/2003): a complaint that only the
five-year limit keeps in time cites that rule and gives the consumer's reason; one in time anyway claims nothing
more. A complaint after the always-in-time period gives the consumer's reason for the delay (the letter, the
reminder, the answer to "the warranty has expired", the summary for the dispute body); one in time does not. An
earlier contact is the first notice of the defect, with its date and how it was made."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from reklamera.case import Case, CaseError, Contact, Event
from reklamera.letter.completeness import advice
from reklamera.letter.compose import compose
from reklamera.letter.escalation import compose_escalation
from reklamera.letter.followup import compose_followup
from reklamera.rules import assess

D = dt.date.fromisoformat
REASON = "a washing machine of this kind is expected to last 10 years"
FIVE_YEARS = "My complaint is within the five-year time limit for goods that by ordinary use are meant to last " \
             "substantially longer than two years"
DELAY = "I did not complain earlier for the following reason: I was in hospital from June to September."


def long_life_case(case: Case, country: str, *, delivered: str, discovered: str, reason: str = REASON) -> Case:
    case.country, case.product.currency = country, {"NO": "NOK", "IS": "ISK"}[country]
    case.product.purchased = case.product.delivered = D(delivered)
    case.defect.discovered = D(discovered)
    case.product.long_life, case.product.long_life_reason = True, reason
    case.contacts = []
    return case


def letter(case: Case, today: str, language: str = "en") -> str:
    return compose(case, assess(case.facts(), D(today)), language).as_text()


@pytest.mark.parametrize(("country", "language", "cited"), [
    pytest.param("NO", "en", "sections\xa026, 27(1) and 27(2)", id="NO fkjl § 27 annet ledd, English"),
    pytest.param("NO", "nb", "forbrukerkjøpsloven §§\xa026 og 27 første og annet ledd", id="NO fkjl § 27 annet ledd"),
    pytest.param("IS", "is", "26. og 27.\xa0gr. laga nr. 48/2003 um neytendakaup", id="IS 48/2003 27. gr."),
])
def test_in_time_only_through_five_years_cites_the_rule_and_gives_the_reason(case, country, language, cited) -> None:
    case = long_life_case(case, country, delivered="2022-01-10", discovered="2024-10-02")
    assessment = assess(case.facts(), D("2024-11-24"))
    assert assessment.long_life_needed
    text = compose(case, assessment, language).as_text()
    assert REASON in text and cited in text
    if language == "en":
        assert f"{FIVE_YEARS}: {REASON}." in text


def test_a_long_life_case_in_time_anyway_claims_no_five_years(case) -> None:
    case = long_life_case(case, "NO", delivered="2023-06-10", discovered="2024-10-02")
    text = letter(case, "2024-11-24")
    assert "five-year" not in text and REASON not in text and "27(2)" not in text
    assert "sections\xa026 and 27(1)" in text


def test_without_a_reason_the_five_years_are_still_said_and_the_advice_asks_for_it(case) -> None:
    case = long_life_case(case, "NO", delivered="2022-01-10", discovered="2024-10-02", reason="  ")
    assert f"{FIVE_YEARS}." in letter(case, "2024-11-24")  # advice, never a block
    assert "product.long_life_reason" in [item.field for item in advice(case)]
    case.product.long_life_reason = REASON
    assert "product.long_life_reason" not in [item.field for item in advice(case)]


def test_no_advice_about_a_reason_where_the_act_has_no_five_years(case) -> None:
    case.product.long_life = True  # Sweden
    assert "product.long_life_reason" not in [item.field for item in advice(case)]


def late(case: Case) -> Case:
    """Noticed on 2 June 2026, complained on 24 November 2026: after the two months, at risk."""
    case.defect.discovered = D("2026-06-02")
    case.defect.delay_reason = "I was in hospital from June to September"
    case.contacts = []
    return case


def test_a_complaint_at_risk_gives_the_reason_for_the_delay(case) -> None:
    case = late(case)
    assessment = assess(case.facts(), D("2026-11-24"))
    assert assessment.delay_to_explain
    text = compose(case, assessment, "en").as_text()
    assert f"\n\n{DELAY}\n\n" in text  # a short paragraph of its own


def test_a_complaint_in_time_gives_no_reason_for_a_delay(case) -> None:
    case.defect.delay_reason = "I was in hospital from June to September"  # typed earlier, no longer asked
    assert "I did not complain earlier" not in letter(case, "2026-11-24")


def test_the_follow_ups_and_the_summary_give_the_reason_for_the_delay(case) -> None:
    case = late(case)
    case.events = [Event(date=D("2026-11-24"), kind="letter_sent", channel="email")]
    reminder = compose_followup(case, "reminder", "en", today=D("2026-12-20")).as_text()
    assert DELAY in reminder
    answered = copy.deepcopy(case)
    answered.events.append(Event(date=D("2026-12-01"), kind="reply_received", refusal="warranty_expired"))
    expired = compose_followup(answered, "reply-warranty-expired", "en", today=D("2026-12-02")).as_text()
    assert DELAY in expired
    fault = compose_followup(answered, "reply-your-fault", "en", today=D("2026-12-02")).as_text()
    assert DELAY not in fault  # that answer is not about time
    summary = compose_escalation(answered, "en", today=D("2026-12-02")).as_text()
    assert f"I noticed the defect on 2 June 2026. {DELAY}" in summary


def test_the_follow_ups_and_the_summary_say_five_years_when_only_they_keep_it_in_time(case) -> None:
    case = long_life_case(case, "NO", delivered="2022-01-10", discovered="2024-10-02")
    case.events = [Event(date=D("2024-10-10"), kind="letter_sent", channel="email"),
                   Event(date=D("2024-10-20"), kind="reply_received", refusal="warranty_expired")]
    expired = compose_followup(case, "reply-warranty-expired", "nb", today=D("2024-10-25")).as_text()
    assert REASON in expired and "§§\xa026 og 27 første og annet ledd" in expired
    summary = compose_escalation(case, "en", today=D("2024-10-25")).as_text()
    assert f"{FIVE_YEARS}: {REASON}." in summary


def test_earlier_contacts_give_the_first_notice_with_the_earliest_date(case) -> None:
    case.contacts = [Contact(date=D("2026-10-20"), channel="email", summary="Sent photos."),
                     Contact(date=D("2026-10-06"), channel="in_person", summary="Showed the leak in the shop."),
                     Contact(date=D("2026-11-30"), channel="phone", summary="After the letter.")]
    text = letter(case, "2026-11-24")
    assert ("I first notified you of the defect on 6 October 2026 (in the shop), and the time limits are to be "
            "assessed from that day.") in text
    # The verdict stays on the letter's own day (see letter/timeliness.notice): the contact is the consumer's case.
    assert assess(case.facts(), D("2026-11-24")).complained == D("2026-11-24")


def test_the_sample_names_its_phone_call_as_the_first_notice(case) -> None:
    assert "I first notified you of the defect on 3 October 2026 (by phone)" in letter(case, "2026-11-24")
    swedish = letter(case, "2026-11-24", "sv")
    assert "3 oktober 2026 (per telefon)" in swedish


def test_a_contact_of_another_kind_is_a_notice_without_how(case) -> None:
    case.contacts = [Contact(date=D("2026-10-06"), channel="other", summary="A message through a friend.")]
    assert ("I first notified you of the defect on 6 October 2026, and the time limits are to be assessed from "
            "that day.") in letter(case, "2026-11-24")


def test_no_notice_without_a_dated_earlier_contact_or_without_a_claim(case) -> None:
    case.contacts = [Contact(date=None, channel="phone", summary="Some time in October.")]
    assert "first notified" not in letter(case, "2026-11-24")
    case.contacts = [Contact(date=D("2026-10-03"), channel="phone", summary="Called.")]
    case.product.delivered = case.product.purchased = D("2022-01-10")  # too late: a request for goodwill
    assert "first notified" not in letter(case, "2026-11-24")


def test_the_new_keys_survive_a_round_trip_and_older_files_load(case) -> None:
    case.product.long_life_reason = REASON
    case.defect.delay_reason = "I was abroad."
    again = Case.from_dict(case.to_dict())
    assert again.product.long_life_reason == REASON and again.defect.delay_reason == "I was abroad."
    data = case.to_dict()
    del data["product"]["long_life_reason"], data["defect"]["delay_reason"]
    older = Case.from_dict(data)
    assert older.product.long_life_reason == "" and older.defect.delay_reason == ""
    data["defect"]["delay_reason"] = 12
    with pytest.raises(CaseError, match=r"defect\.delay_reason: should be text"):
        Case.from_dict(data)
