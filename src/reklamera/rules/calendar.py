"""Calendar arithmetic as the Nordic statutes count it, and the days on which post and shops may be closed.

Months and years keep the day of the month, or take the last day of the month when that day does not exist
(SE lag 1930:173 1 §, NO domstolloven § 148, DK forældelsesloven § 27, FI 150/1930 3 §):
2023-12-31 + 2 months = 2024-02-29; 2024-02-29 + 3 years = 2027-02-28.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

SATURDAY = 5


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the end of the target month."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year = day.year + years
    month = month_index + 1
    if day.day <= 28:  # every month has it (most days; monthrange also works out a weekday, a third of the time)
        return dt.date(year, month, day.day)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_weekend(day: dt.date) -> bool:
    return day.weekday() >= SATURDAY


def holiday_name(country: str, day: dt.date) -> str | None:
    """The name of the public (or de-facto) holiday on ``day`` in ``country``, in that country's language."""
    return _holidays(country, day.year).get(day)


def last_working_day_on_or_before(country: str, day: dt.date) -> dt.date:
    while is_weekend(day) or holiday_name(country, day):
        day -= dt.timedelta(days=1)
    return day


def first_working_day_on_or_after(country: str, day: dt.date) -> dt.date:
    """``day``, or the next day that is neither a weekend nor a public (or de-facto) holiday in ``country``."""
    while is_weekend(day) or holiday_name(country, day):
        day += dt.timedelta(days=1)
    return day


def reply_deadline(country: str, sent: dt.date, days: int) -> dt.date:
    """The day by which the seller is asked to answer: ``days`` after ``sent``, moved to the next working day
    when it falls on a weekend or a public holiday (the seller's office is then closed). This is the deadline
    the consumer *gives*; the consumer's own deadlines are never moved (see DESIGN.md)."""
    return first_working_day_on_or_after(country, sent + dt.timedelta(days=days))


@lru_cache(maxsize=256)
def _holidays(country: str, year: int) -> dict[dt.date, str]:
    # A table generated from the `holidays` package keeps that package (about 0.1 s to import) off the
    # start-up path of `reklamera check`; years outside the table ask the package itself.
    from reklamera.rules import holiday_table

    if holiday_table.FIRST_YEAR <= year <= holiday_table.LAST_YEAR:
        entries = holiday_table.HOLIDAYS[country][year].split("|")
        return {dt.date(year, int(entry[:2]), int(entry[3:5])): entry[6:] for entry in entries}
    return holidays_from_package(country, year)


# Which of the `holidays` package's categories mean "the post office or the shop may be closed".
# Sweden's midsummer, Christmas and New Year's eves are in DE_FACTO; Denmark's Christmas Eve and
# New Year's Eve are OPTIONAL; Iceland's are HALF_DAY. Warning about too many days is the safe side.
HOLIDAY_CATEGORIES = {
    "SE": ("public", "de_facto"),
    "NO": ("public",),
    "DK": ("public", "optional"),
    "FI": ("public",),
    "IS": ("public", "half_day"),
}


HOLIDAY_LANGUAGES = {"SE": "sv", "NO": "no", "DK": "da", "FI": "fi", "IS": "is"}


def holidays_from_package(country: str, year: int) -> dict[dt.date, str]:
    import holidays  # heavy; only for years outside the generated table (and to generate it)

    found = holidays.country_holidays(
        country, years=year, categories=HOLIDAY_CATEGORIES[country], language=HOLIDAY_LANGUAGES[country]
    )
    return dict(sorted(found.items()))
