"""What people type: dates and money in every UI language, the bugs the old parsers had, and properties."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reklamera.i18n import LANGUAGES, translations
from reklamera.inputs import (
    FIRST_YEAR,
    LAST_YEAR,
    RELATIVE_DAYS,
    Parsed,
    format_amount,
    format_date,
    format_money,
    parse_date,
    parse_money,
)

D = dt.date.fromisoformat
TODAY = D("2026-06-20")
CURRENCIES = ("SEK", "NOK", "DKK", "EUR", "ISK", "GBP", "USD")
PROPERTY = settings(max_examples=200, deadline=None)


def english(message: str) -> str:
    return message


def date(text: str, language: str = "en", today: dt.date = TODAY) -> Parsed[dt.date]:
    return parse_date(text, language, today, english)


def money(text: str, language: str = "en", currency: str = "SEK", **options: bool) -> Parsed[Decimal]:
    return parse_money(text, language, currency, english, **options)


def test_the_module_imports_neither_qt_nor_babel() -> None:
    """Qt-free (DESIGN.md), and no CLDR data loaded at import: the purchase page imports it at start-up."""
    probe = (
        "import sys, reklamera.inputs\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'babel'))\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


# --- dates -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_day_first_in_every_language(language: str) -> None:
    """Bug: in day-first languages 14.03.2026 became 2 March 2026."""
    for text in ("14.03.2026", "14.3.2026", "14/3/2026", "14/03/2026", "14-03-2026", "14. 3. 2026", "2026-03-14"):
        assert date(text, language).value == D("2026-03-14"), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("sv", "2026-06-10", "2026-06-10"), ("sv", "2026-6-1", "2026-06-01"), ("en", "2026/06/10", "2026-06-10"),
    ("sv", "10 juni 2026", "2026-06-10"), ("sv", "den 10 juni 2026", "2026-06-10"),
    ("da", "10. juni 2026", "2026-06-10"), ("da", "d. 10. juni 2026", "2026-06-10"),
    ("nb", "10. juni 2026", "2026-06-10"), ("nb", "1. des. 2025", "2025-12-01"),
    ("fi", "10 kesäkuuta 2026", "2026-06-10"), ("fi", "10. kesäkuuta 2026", "2026-06-10"),
    ("fi", "10. kesäk. 2026", "2026-06-10"), ("fi", "10.6.2026", "2026-06-10"), ("fi", "10.6.", "2026-06-10"),
    ("fi", "10.6", "2026-06-10"), ("is", "10. júní 2026", "2026-06-10"), ("is", "10. juni 2026", "2026-06-10"),
    ("is", "3. ágúst 2025", "2025-08-03"), ("is", "10.6.2026", "2026-06-10"), ("sv", "14/3", "2026-03-14"),
    ("sv", "14/3 2026", "2026-03-14"), ("en", "10 June 2026", "2026-06-10"), ("en", "10 Jun 2026", "2026-06-10"),
    ("en", "14 Sept 2025", "2025-09-14"), ("en", "June 10, 2026", "2026-06-10"),
    ("en", "14th of March 2026", "2026-03-14"), ("en", " 14 \u00a0March\u202f2026 ", "2026-03-14"),
    ("sv", "10 JUNI", "2026-06-10"), ("fi", "1.1.1900", "1900-01-01"), ("fi", "31.12.2100", "2100-12-31"),
])
def test_dates_as_people_write_them(language: str, text: str, expected: str) -> None:
    parsed = date(text, language)
    assert parsed.value == D(expected) and not parsed.problem and parsed.echo.startswith("= ")


def test_the_echo_says_what_was_understood_in_the_ui_language() -> None:
    assert date("14.3.2026", "sv").echo == "= 14 mars 2026"
    assert date("14.3.2026", "fi").echo == "= 14. maaliskuuta 2026"
    assert date("2026-03-14", "en").echo == "= 14 March 2026"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_words_for_today_and_yesterday(language: str) -> None:
    for word, days_back in RELATIVE_DAYS[language].items():
        for text in (word, word.upper(), word.replace(" ", "")):
            assert date(text, language).value == TODAY - dt.timedelta(days=days_back), text


@pytest.mark.parametrize(("text", "days_back"), [
    ("i dag", 0), ("idag", 0), ("i går", 1), ("igår", 1), ("tänään", 0), ("eilen", 1), ("í dag", 0),
    ("í gær", 1), ("today", 0), ("yesterday", 1), ("Today", 0),
])
def test_relative_words_of_any_language_in_any_ui(text: str, days_back: int) -> None:
    """A Finnish speaker with the Swedish UI may type "eilen": no language's word means anything else."""
    for language in LANGUAGES:
        assert date(text, language, TODAY).value == TODAY - dt.timedelta(days=days_back)


def test_a_date_without_a_year_is_in_the_year_of_today_never_the_clock() -> None:
    assert date("10.6.", "fi", today=D("2031-01-05")).value == D("2031-06-10")
    assert date("10 juni", "sv", today=D("1999-12-31")).value == D("1999-06-10")
    assert date("i går", "sv", today=D("2026-01-01")).value == D("2025-12-31")


def test_a_us_date_is_reported_never_swapped() -> None:
    """The app's English is for Nordic users, so day first: 3/14/2026 has no month 14."""
    parsed = date("3/14/2026", "en")
    assert parsed.value is None and parsed.readings == ()
    assert parsed.problem == "Write the day first, then the month: 14/03/2026."
    assert date("12/31/2025", "en").problem == "Write the day first, then the month: 31/12/2025."
    # Both numbers 12 or less: read day first, as every other date in the app.
    assert date("3/4/2026", "en").value == D("2026-04-03")


@pytest.mark.parametrize(("text", "problem"), [
    ("14.13.2026", "There is no month 13."),
    ("31.2.2026", "There is no day 31 in February 2026."),
    ("29.2.2025", "There is no day 29 in February 2025."),
    ("0.3.2026", "There is no day 0 in March 2026."),
    ("14.3.26", "Write the year with four digits, for example 2026."),
    ("14.3.202", "Write the year with four digits, for example 2026."),
    ("14.3.1899", f"Write a year from {FIRST_YEAR} to {LAST_YEAR}."),
    ("2101-01-01", f"Write a year from {FIRST_YEAR} to {LAST_YEAR}."),
    ("yesterday evening", "Write a date such as 20/06/2026."),
    ("14 smarch 2026", "Write a date such as 20/06/2026."),
    ("20260314", "Write a date such as 20/06/2026."),
    ("14.3/2026", "Write a date such as 20/06/2026."),
])
def test_dates_that_are_refused_with_a_reason(text: str, problem: str) -> None:
    parsed = date(text)
    assert (parsed.value, parsed.echo, parsed.problem) == (None, "", problem)


def test_the_reason_is_translated_with_the_gettext_passed_in() -> None:
    swedish = parse_date("31.2.2026", "sv", TODAY, translations("sv").gettext)
    assert swedish.problem and "31" in swedish.problem and "februari 2026" in swedish.problem
    assert swedish.problem != date("31.2.2026", "sv").problem


def test_blank_is_neither_a_date_nor_a_problem() -> None:
    assert date("  \u00a0") == Parsed()


@pytest.mark.parametrize(("language", "shown"), [
    ("sv", "2026-03-04"), ("nb", "04.03.2026"), ("da", "04.03.2026"), ("fi", "4.3.2026"), ("is", "4.3.2026"),
    ("en", "04/03/2026"),
])
def test_format_date_is_the_short_form_with_four_digit_years(language: str, shown: str) -> None:
    assert format_date(D("2026-03-04"), language) == shown
    assert format_date(D("1900-01-01"), language).count("1900") == 1


def test_every_month_name_and_abbreviation_of_every_language_is_understood() -> None:
    from babel.dates import get_month_names

    from reklamera.inputs import LOCALES

    for locale in LOCALES.values():
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, locale).items():
                    assert date(f"2 {name} 2026").value == dt.date(2026, month, 2), (locale, name)


@PROPERTY
@given(st.dates(dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)), st.sampled_from(LANGUAGES))
def test_a_formatted_date_parses_back(day: dt.date, language: str) -> None:
    from babel.dates import format_date as babel_format_date

    from reklamera.inputs import LOCALES

    assert date(format_date(day, language), language).value == day
    for pattern in ("long", "medium", "d MMMM y"):
        assert date(babel_format_date(day, pattern, locale=LOCALES[language]), language).value == day, pattern


# --- money -----------------------------------------------------------------------------------------------

def test_english_ui_on_a_danish_case_reads_both_separators() -> None:
    """Bug: any comma was taken as the decimal mark and dots dropped, so 1,299.50 became 1,30 kr."""
    assert money("1,299.50", "en", "DKK").value == Decimal("1299.50")
    assert money("1.299,50", "en", "DKK").value == Decimal("1299.50")


def test_danish_dot_is_a_thousands_separator() -> None:
    """Bug: Danish 1.299 became 1.30."""
    assert money("1.299", "da", "DKK").value == Decimal("1299")
    assert money("1.299.000", "da", "DKK").value == Decimal("1299000")


def test_swedish_spaces_and_whole_amount_endings() -> None:
    """Bug: 1 299 kr and 1299:- were refused."""
    assert money("1 299 kr", "sv", "SEK").value == Decimal("1299")
    assert money("1299:-", "sv", "SEK").value == Decimal("1299")


@pytest.mark.parametrize(
    ("language", "currency", "text", "expected"),
    [
        ("sv", "SEK", "1 299,50", "1299.50"),
        ("sv", "SEK", "1.299,50", "1299.50"),
        ("sv", "SEK", "1299.50", "1299.50"),
        ("sv", "SEK", "1,299.50", "1299.50"),
        ("sv", "SEK", "1 299:-", "1299"),
        ("sv", "SEK", "1299,-", "1299"),
        ("sv", "SEK", "kr 1 299", "1299"),
        ("sv", "SEK", "1 299 kr", "1299"),
        ("sv", "SEK", "SEK 1299", "1299"),
        ("sv", "SEK", "1299 kronor", "1299"),
        ("sv", "SEK", "sek1299", "1299"),
        ("fi", "EUR", "€ 12,50", "12.50"),
        ("fi", "EUR", "12,50 €", "12.50"),
        ("fi", "EUR", "12,50€", "12.50"),
        ("fi", "EUR", "12,50 e", "12.50"),
        ("fi", "EUR", "12 euroa", "12"),
        ("da", "DKK", "DKK 1.299,00", "1299"),
        ("da", "DKK", "1.299,- kr.", "1299"),
        ("da", "DKK", "1.299,50 kr.", "1299.50"),
        ("nb", "NOK", "kr 1 299,-", "1299"),
        ("nb", "NOK", "1 299 Nkr", "1299"),
        ("is", "ISK", "1.299 kr.", "1299"),
        ("is", "ISK", "12.990 krónur", "12990"),
        ("en", "SEK", "1'299.50", "1299.50"),
        ("en", "SEK", "1’299.50", "1299.50"),
        ("fi", "EUR", "1'299,50", "1299.50"),
        ("sv", "SEK", "1\u00a0299,50", "1299.50"),
        ("sv", "SEK", "1\u202f299,50\u00a0kr", "1299.50"),
        ("fi", "EUR", "1\u2009299,5", "1299.50"),
        ("sv", "SEK", "12,5", "12.50"),
        ("en", "DKK", "12,5", "12.50"),
        ("en", "DKK", "1,29", "1.29"),
        ("sv", "SEK", ",50", "0.50"),
        ("en", "GBP", "£1,299", "1299"),
        ("en", "USD", "US$ 1,299.00", "1299"),
        ("sv", "SEK", "999 999 999 999,99", "999999999999.99"),
        ("sv", "SEK", "0,01", "0.01"),
    ],
)
def test_amounts_as_people_write_them(language: str, currency: str, text: str, expected: str) -> None:
    parsed = money(text, language, currency)
    assert parsed.value == Decimal(expected) and not parsed.problem and not parsed.readings, parsed
    assert parsed.echo == f"= {format_money(Decimal(expected), language, currency)}"


def test_the_echo_is_babel_money_in_the_ui_language() -> None:
    assert money("1299,5", "sv", "SEK").echo == "= 1\u00a0299,50\u00a0kr"
    assert money("1299,5", "en", "DKK").echo == "= DKK\u00a01,299.50"
    assert money("1299:-", "da", "DKK").echo == "= 1.299,00\u00a0kr."


def test_a_single_separator_before_three_digits_is_ambiguous_when_the_conventions_disagree() -> None:
    """The issue's example: English UI (comma = thousands), Danish case (comma = decimal mark)."""
    parsed = money("1,299", "en", "DKK")
    assert parsed.value is None and parsed.echo == ""
    assert parsed.readings == (Decimal("1299"), Decimal("1.299"))
    assert parsed.problem == (
        "This could mean 1,299.00 or 1.299. For 1,299.00, write 1299; an amount has at most two decimals."
    )
    assert money("1.299", "en", "DKK").readings == (Decimal("1299"), Decimal("1.299"))
    assert money("12.500 kr", "en", "SEK").readings == (Decimal("12500"), Decimal("12.5"))


@pytest.mark.parametrize(
    ("language", "currency", "text"),
    [
        ("da", "DKK", "1,299"),  # the decimal comma of both conventions; three decimals are no price
        ("sv", "SEK", "1,299"),
        ("fi", "EUR", "12,500"),
        ("en", "GBP", "1.299"),
        ("sv", "USD", "1,299"),
        ("en", "DKK", "999,999 kr"),
    ],
)
def test_ambiguous_amounts_give_both_readings_and_no_value(language: str, currency: str, text: str) -> None:
    parsed = money(text, language, currency)
    grouped = Decimal(text.split()[0].replace(",", "").replace(".", ""))
    assert (parsed.value, parsed.readings) == (None, (grouped, grouped / 1000)), parsed
    assert format_amount(grouped, language) in parsed.problem


@pytest.mark.parametrize(
    ("language", "currency", "text", "expected"),
    [
        ("da", "DKK", "1.299", "1299"),
        ("sv", "SEK", "1.299", "1299"),
        ("nb", "NOK", "12.500", "12500"),
        ("fi", "EUR", "1.299", "1299"),
        ("is", "ISK", "1.299", "1299"),
        ("en", "GBP", "1,299", "1299"),
        ("en", "USD", "12,500", "12500"),
        ("sv", "USD", "1.299", "1299"),  # a dollar has no convention of its own
        # A whole-amount ending says there are no decimals, whatever the conventions.
        ("en", "DKK", "1.299:-", "1299"),
        ("en", "DKK", "1,299.-", "1299"),
        ("en", "DKK", "1.299,-", "1299"),
        ("da", "DKK", "1,299:-", "1299"),
        # With two separators, or 1-2 digits after one, the shape decides: no convention is asked.
        ("en", "DKK", "1,299.50", "1299.50"),
        ("da", "DKK", "1,299.50", "1299.50"),
        ("en", "GBP", "1.299,50", "1299.50"),
        ("da", "DKK", "1,2", "1.20"),
        ("en", "DKK", "1.299.000", "1299000"),
        ("en", "DKK", "1,299,000", "1299000"),
    ],
)
def test_where_only_one_reading_is_possible_it_is_taken(language: str, currency: str, text: str, expected: str) -> None:
    assert money(text, language, currency).value == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("-5", "An amount cannot be negative."),
        ("−1 299,50", "An amount cannot be negative."),
        ("kr -5", "An amount cannot be negative."),
        ("-5 kr", "An amount cannot be negative."),
        ("– 5", "An amount cannot be negative."),
        ("0", "The amount must be more than zero."),
        ("0,00 kr", "The amount must be more than zero."),
        ("1,299", "This could mean 1,299.00 or 1.299. For 1,299.00, write 1299; an amount has at most two decimals."),
        (
            "12,345",
            "This could mean 12,345.00 or 12.345. For 12,345.00, write 12345; an amount has at most two decimals.",
        ),
        ("1,2995", "An amount has at most two decimals."),
        ("0,299", "An amount has at most two decimals."),
        ("12.5,3", "Write the amount as a number, for example 6490 or 6490.50."),
        ("1 000 000 000 000", "The amount is too large: at most 12 digits before the decimal mark."),
        ("€ 12,50", "“€” is not SEK. Leave it out, or choose the right currency."),
        ("12 EUR", "“EUR” is not SEK. Leave it out, or choose the right currency."),
        ("12 Dkr", "“Dkr” is not SEK. Leave it out, or choose the right currency."),
        ("12 99", "Write the amount as a number, for example 6490 or 6490.50."),
        ("1 29 900", "Write the amount as a number, for example 6490 or 6490.50."),
        ("01.299", "An amount has at most two decimals."),
        ("1.299 000", "Write the amount as a number, for example 6490 or 6490.50."),
        ("kr 12 kr", "Write the amount as a number, for example 6490 or 6490.50."),
        ("12 apples", "Write the amount as a number, for example 6490 or 6490.50."),
        ("1e5", "Write the amount as a number, for example 6490 or 6490.50."),
        ("NaN", "Write the amount as a number, for example 6490 or 6490.50."),
        ("١٢٣", "Write the amount as a number, for example 6490 or 6490.50."),
        ("12,50:-", "Write the amount as a number, for example 6490 or 6490.50."),
    ],
)
def test_amounts_refused_with_a_reason(text: str, problem: str) -> None:
    parsed = money(text, "en", "SEK")
    assert (parsed.value, parsed.echo, parsed.problem) == (None, "", problem)


def test_zero_is_the_callers_decision() -> None:
    """A purchase has a price, so zero is refused unless the caller allows it (a refund of nothing, say)."""
    assert money("0").problem and money("0").value is None
    assert money("0", allow_zero=True).value == Decimal("0")
    assert money("-0", allow_zero=True).problem == "An amount cannot be negative."


def test_the_limits_are_twelve_digits_and_two_decimals() -> None:
    assert money("999999999999.99").value == Decimal("999999999999.99")
    assert money("1000000000000").value is None
    assert money("000001299").value == Decimal("1299")  # leading zeros are not digits of the amount


def test_money_reasons_are_translated_and_name_the_locales_decimal_mark() -> None:
    finnish = parse_money("twelve", "fi", "EUR", translations("fi").gettext)
    assert "6490,50" in finnish.problem and finnish.problem != money("twelve", "fi", "EUR").problem
    assert "6490.50" in money("twelve", "en", "EUR").problem


def test_blank_is_neither_an_amount_nor_a_problem() -> None:
    assert money(" \u202f ") == Parsed()


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("sv", "1\u00a0299,50"),
        ("nb", "1\u00a0299,50"),
        ("da", "1.299,50"),
        ("fi", "1\u00a0299,50"),
        ("is", "1.299,50"),
        ("en", "1,299.50"),
    ],
)
def test_format_amount_for_the_field(language: str, shown: str) -> None:
    assert format_amount(Decimal("1299.5"), language) == shown


amounts = st.integers(min_value=1, max_value=10**14 - 1).map(lambda cents: Decimal(cents).scaleb(-2))


@PROPERTY
@given(amounts, st.sampled_from(LANGUAGES), st.sampled_from(CURRENCIES))
def test_formatted_money_parses_back(value: Decimal, language: str, currency: str) -> None:
    for text in (format_money(value, language, currency), format_amount(value, language)):
        parsed = money(text, language, currency)
        assert parsed.value == value, (text, parsed)
        assert parsed.echo == f"= {format_money(value, language, currency)}"


@PROPERTY
@given(amounts, st.sampled_from(LANGUAGES), st.sampled_from(CURRENCIES), st.sampled_from(["", " ", "'"]))
def test_both_separators_mean_the_same_in_every_language(
    value: Decimal, language: str, currency: str, group: str
) -> None:
    english_style = f"{value:,.2f}"
    nordic_style = english_style.replace(",", "_").replace(".", ",").replace("_", ".")
    for text in (english_style, nordic_style, english_style.replace(",", group), nordic_style.replace(".", group)):
        assert money(text, language, currency).value == value, text


@PROPERTY
@given(
    st.integers(min_value=1000, max_value=999_999),
    st.sampled_from(LANGUAGES),
    st.sampled_from(CURRENCIES),
    st.sampled_from([",", "."]),
)
def test_one_separator_before_three_digits_is_never_guessed_wrong(
    whole: int, language: str, currency: str, mark: str
) -> None:
    text = f"{whole // 1000}{mark}{whole % 1000:03d}"
    parsed = money(text, language, currency)
    if parsed.value is None:
        assert parsed.readings == (Decimal(whole), Decimal(whole) / 1000) and parsed.problem
    else:
        assert parsed.value == whole and not parsed.readings


@PROPERTY
@given(st.text(max_size=40), st.sampled_from(LANGUAGES), st.sampled_from(CURRENCIES))
def test_any_text_gives_a_value_or_a_reason_never_an_error(text: str, language: str, currency: str) -> None:
    _check_money(money(text, language, currency), text)
    _check_date(date(text, language), text)


@PROPERTY
@given(
    st.text(alphabet="0123456789 .,'-:−\u00a0\u202fkr€SEKe/", max_size=24),
    st.sampled_from(LANGUAGES),
    st.sampled_from(CURRENCIES),
)
def test_text_that_looks_like_numbers_gives_a_value_or_a_reason(text: str, language: str, currency: str) -> None:
    _check_money(money(text, language, currency), text)
    _check_date(date(text, language), text)


def _check_money(parsed: Parsed[Decimal], text: str) -> None:
    if parsed.value is not None:
        assert not parsed.problem and parsed.echo and not parsed.readings
        assert 0 < parsed.value < 10**12 and parsed.value == parsed.value.quantize(Decimal("0.01"))
    else:
        assert not parsed.echo and bool(parsed.problem) == bool(text.strip())
        assert not parsed.readings or len(parsed.readings) == 2


def _check_date(parsed: Parsed[dt.date], text: str) -> None:
    if parsed.value is not None:
        assert not parsed.problem and parsed.echo and FIRST_YEAR <= parsed.value.year <= LAST_YEAR
    else:
        assert not parsed.echo and bool(parsed.problem) == bool(text.strip()) and not parsed.readings
