"""Month arithmetic, holidays and the deadline-day notes."""

from __future__ import annotations

import datetime as dt

import pytest

from reklamera.rules import Facts, assess, calendar, holiday_table
from reklamera.rules.calendar import add_months, holiday_name, last_working_day_on_or_before
from reklamera.rules.messages import MESSAGES, render_note

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        ("2023-12-31", 2, "2024-02-29"),  # LAW.md: discovered 2023-12-31 -> safe until 2024-02-29
        ("2024-02-29", 36, "2027-02-28"),  # LAW.md: delivered 2024-02-29 + 3 years
        ("2024-02-29", 48, "2028-02-29"),
        ("2025-01-31", 1, "2025-02-28"),
        ("2025-03-31", 1, "2025-04-30"),
        ("2025-11-30", 2, "2026-01-30"),
        ("2025-12-15", 0, "2025-12-15"),
        ("2025-10-31", 14, "2026-12-31"),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_month_end(start: str, months: int, end: str) -> None:
    assert add_months(D(start), months) == D(end)


@pytest.mark.parametrize(
    ("country", "day", "name"),
    [
        ("SE", "2026-12-24", "Julafton"),  # de facto holiday in Sweden
        ("SE", "2026-06-19", "Midsommarafton"),
        ("NO", "2026-05-17", "Grunnlovsdag"),
        ("DK", "2026-06-05", "Grundlovsdag"),
        ("FI", "2026-12-06", "Itsenäisyyspäivä"),
        ("IS", "2026-06-17", "Þjóðhátíðardagurinn"),
        ("SE", "2026-03-10", None),
    ],
)
def test_holiday_names_in_the_country_language(country: str, day: str, name: str | None) -> None:
    assert holiday_name(country, D(day)) == name


def test_years_outside_the_table_ask_the_holidays_package() -> None:
    year = holiday_table.LAST_YEAR + 5
    assert holiday_name("SE", dt.date(year, 12, 25)) == "Juldagen"


@pytest.mark.parametrize("country", ["SE", "NO", "DK", "FI", "IS"])
def test_generated_table_matches_the_holidays_package(country: str) -> None:
    """The table is generated from `holidays`; regenerate with scripts/update_holidays.py when this fails."""
    for year in (holiday_table.FIRST_YEAR, 2026, holiday_table.LAST_YEAR):
        from_package = calendar.holidays_from_package(country, year)
        calendar._holidays.cache_clear()
        assert calendar._holidays(country, year) == from_package, (country, year)


def test_last_working_day_skips_weekends_and_holidays() -> None:
    # Saturday 26 December 2026 (Annandag jul) -> Friday 25 (Juldag) -> Thursday 24 (Julafton) -> Wednesday 23.
    assert last_working_day_on_or_before("SE", D("2026-12-26")) == D("2026-12-23")
    assert last_working_day_on_or_before("SE", D("2026-03-10")) == D("2026-03-10")


def _notes(country: str, discovered: str) -> dict[str, dict]:
    result = assess(Facts(country, D("2026-01-02"), D(discovered), complained=D(discovered)), D(discovered))
    return {note.key: note.params for note in result.notes}


def test_the_reply_deadline_given_to_the_seller_moves_to_a_working_day() -> None:
    """The deadline the consumer gives the seller (not the consumer's own): off a weekend to the Monday."""
    assert calendar.reply_deadline("SE", dt.date(2026, 3, 6), 1) == dt.date(2026, 3, 9)
    assert calendar.reply_deadline("SE", dt.date(2026, 3, 2), 1) == dt.date(2026, 3, 3)


def test_deadline_on_a_saturday_says_send_it_on_friday() -> None:
    notes = _notes("SE", "2026-01-14")  # + 2 months = Saturday 14 March 2026
    assert notes["deadline_saturday"] == {"deadline": D("2026-03-14"), "send_by": D("2026-03-13")}


def test_deadline_on_a_sunday() -> None:
    notes = _notes("SE", "2026-01-15")
    assert notes["deadline_sunday"] == {"deadline": D("2026-03-15"), "send_by": D("2026-03-13")}


def test_deadline_on_a_public_holiday_names_it() -> None:
    notes = _notes("SE", "2026-10-24")  # + 2 months = Thursday 24 December 2026
    assert notes["deadline_holiday"] == {"deadline": D("2026-12-24"), "send_by": D("2026-12-23"), "holiday": "Julafton"}


def test_deadline_on_a_working_day_has_no_note() -> None:
    notes = _notes("SE", "2026-01-10")  # Tuesday 10 March 2026
    assert not {"deadline_saturday", "deadline_sunday", "deadline_holiday"} & set(notes)


def test_passed_deadline_gets_no_weekend_note() -> None:
    result = assess(Facts("SE", D("2026-01-02"), D("2026-01-14"), complained=D("2026-03-16")), D("2026-03-16"))
    assert "deadline_saturday" not in {note.key for note in result.notes}


@pytest.mark.parametrize(
    ("complained", "key"),
    [("2026-01-10", "withdrawal_open"), ("2026-03-01", "withdrawal_extended_only"), ("2027-02-01", None)],
)
def test_withdrawal_right_for_online_purchases(complained: str, key: str | None) -> None:
    facts = Facts("SE", D("2026-01-01"), D("2026-01-05"), complained=D(complained), bought_online=True)
    result = assess(facts, D(complained))
    assert result.withdrawal.until == D("2026-01-15")
    assert result.withdrawal.extended_until == D("2027-01-15")
    assert str(result.withdrawal.source) == "Lag (2005:59) om distansavtal och avtal utanför affärslokaler 2 kap. 12 §"
    keys = {note.key for note in result.notes}
    assert ({key} if key else set()) == keys & {"withdrawal_open", "withdrawal_extended_only"}


def test_no_withdrawal_for_shop_purchases() -> None:
    assert assess(Facts("SE", D("2026-01-01"), D("2026-01-05")), D("2026-01-06")).withdrawal is None


def test_every_message_renders_with_its_parameters() -> None:
    sample = {
        "reasonable_time_until": D("2026-03-10"), "absolute_deadline": D("2028-03-14"),
        "long_life_deadline": D("2029-03-14"), "presumption_until": D("2027-03-14"), "deadline": D("2026-03-14"),
        "send_by": D("2026-03-13"), "holiday": "Julafton", "withdrawal_until": D("2026-01-15"),
        "extended_until": D("2027-01-15"), "date": D("2027-01-05"), "min": 500, "usual": 2000, "max": 0,
        "currency": "SEK", "guarantee_until": D("2029-01-01"),
        "act": "Köplag (1990:931) 32 §", "year": 2024, "since": D("2027-01-01"),
    }
    from reklamera.rules.model import Note

    for key in MESSAGES:
        text = render_note(Note(key, sample), lambda message: message)
        assert "{" not in text and "!" not in text, key
        assert text.endswith("."), key
