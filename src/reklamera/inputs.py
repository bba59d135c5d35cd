"""What people type, understood: dates and amounts of money, per UI language. Pure functions, no Qt.

Every parse returns a :class:`Parsed`: the value and a short echo of what was understood ("= 14 mars 2026",
"= 1 299,50 kr"), or a translated reason and no value. Blank input gives neither a value nor a reason: whether
a field may stay empty is the caller's decision. Nothing is read from the clock: ``today`` is passed in.
Parsing runs on every keystroke; Babel's data is looked up once per language and kept (``lru_cache``).

Dates
    All six languages are read day first; the app's English is for Nordic users, so it is British English
    (14/03/2026). Accepted everywhere: ISO 2026-03-14 (leading zeros optional); day, month and year
    separated by ``.``, ``/``, ``-`` or spaces (14.03.2026, 14.3.2026, 14/3/2026, 14. 3. 2026); a month
    name or its abbreviation in any of the six languages, accents optional (10 juni 2026, 10. júní 2026,
    10 kesäkuuta 2026, 10 Jun 2026, den 10 juni); the words for today and yesterday (``RELATIVE_DAYS``).
    Without a year (10.6., 10 juni) the date is in the year of ``today``. A year has four digits, from
    1900 to 2100: "14.3.26" is refused with a reason, not guessed. A month-first US date is never swapped:
    3/14/2026 is reported ("write the day first: 14/03/2026") and gives no value.

Money
    An amount may carry the currency before or after it (``kr``, ``kr.``, ``€``, ``DKK``, Babel's symbols
    such as ``Nkr``, the words ``kronor``, ``euroa`` …), Scandinavian whole-amount endings (``1299:-``,
    ``1299,-``, ``1299.-``), and spaces, no-break spaces, narrow no-break spaces or apostrophes between
    groups of thousands. A currency that is not the case's (``€`` on a Swedish case) is reported, never
    converted. A minus sign is refused; zero is refused unless the caller passes ``allow_zero=True`` (a
    purchase has a price). At most 12 digits before the decimal mark and 2 after it.

    Which of ``,`` and ``.`` is the decimal mark is decided by the shape of the input, not by the locale,
    wherever the shape decides it. A *reading* takes one mark (or none) as the decimal mark; it is possible
    only when that mark occurs once with 1 or 2 digits after it, and the integer part is plain digits or
    groups of exactly three digits (after a first group of 1 to 3 digits, not starting with 0) separated
    by one kind of separator: space, apostrophe, or the other mark. So ``1.299,50``, ``1,299.50``,
    ``1 299,50``, ``1299.50``, ``12,5`` and ``1.299.000`` each have exactly one possible reading, in every
    language, and it is taken.

    One shape is left over: a single ``,`` or ``.`` with exactly three digits after it and one to three
    before (``1,299``, ``12.500``). As a decimal it would have three decimals, so the only possible reading
    is thousands, but the user may well have meant the mark as a decimal and mistyped (the case of the
    English UI turning Danish ``1,299.50`` into 1,30). Two conventions are in play: the UI language's and
    the case currency's home country (SEK Swedish, NOK Norwegian, DKK Danish, EUR Finnish, ISK Icelandic;
    other currencies add none). If neither uses that mark as its decimal mark, the thousands reading is
    what everyone means and it is taken (Danish or Swedish ``1.299`` = 1 299; English ``1,299`` on a pound
    case). Otherwise the input is *ambiguous*: no value, both readings in ``readings`` (1299 and 1.299),
    and a reason that names them and says how to write the amount unmistakably (``1,299`` in an English UI
    on a Danish case; ``1,299`` in a Danish UI, where a comma is a decimal mark but three decimals are not a
    price). A whole-amount ending settles it: ``1.299:-`` and ``1,299.-`` have no decimals, so 1 299.

:func:`format_date`, :func:`format_money` and :func:`format_amount` write values so that parsing gives them
back in every language and for every currency (amounts always with two decimals, so never ambiguous).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Generic, TypeVar

from reklamera.countries import DEFAULT_CURRENCY, DEFAULT_LANGUAGE
from reklamera.i18n import LOCALES, N_

T = TypeVar("T")
Gettext = Callable[[str], str]

# Babel locale per UI language; English is British English (day first), as for the letters.
FIRST_YEAR, LAST_YEAR = 1900, 2100
MAX_INTEGER_DIGITS, MAX_DECIMALS = 12, 2
MAX_LENGTH = 80  # longer text is neither a date nor an amount; it also bounds the work per keystroke

# Days before today, by the words each language has for them (accents and the space are optional).
RELATIVE_DAYS = {
    "sv": {"i dag": 0, "i går": 1}, "nb": {"i dag": 0, "i går": 1}, "da": {"i dag": 0, "i går": 1},
    "fi": {"tänään": 0, "eilen": 1}, "is": {"í dag": 0, "í gær": 1}, "en": {"today": 0, "yesterday": 1},
}
# Currency words people write that Babel's symbols and ISO codes do not cover.
CURRENCY_WORDS = {
    "kr": ("SEK", "NOK", "DKK", "ISK"), "kronor": ("SEK",), "kroner": ("NOK", "DKK"), "krónur": ("ISK",),
    "€": ("EUR",), "e": ("EUR",), "euro": ("EUR",), "euroa": ("EUR",), "evrur": ("EUR",),
}


@dataclass(frozen=True)
class Parsed(Generic[T]):
    """``value`` when understood (with ``echo``); else a translated ``problem``; blank input has neither.
    An ambiguous input has no value and its possible ``readings``."""

    value: T | None = None
    echo: str = ""
    problem: str = ""
    readings: tuple[T, ...] = ()


def _fold(text: str) -> str:
    """Lower case, accents dropped, every kind of space (no-break, narrow no-break …) one plain space."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain).strip()


def _locale(language: str) -> str:
    return LOCALES.get(language, LOCALES["en"])


# --- dates -----------------------------------------------------------------------------------------------

_DATE_MSG = N_("Write a date such as {example}.")
_YEAR_DIGITS_MSG = N_("Write the year with four digits, for example {year}.")
_YEAR_RANGE_MSG = N_("Write a year from {first} to {last}.")
_MONTH_MSG = N_("There is no month {month}.")
_DAY_FIRST_MSG = N_("Write the day first, then the month: {suggestion}.")
_DAY_MSG = N_("There is no day {day} in {month}.")

_ISO = re.compile(r"(\d{4}) ?([-./]) ?(\d{1,2}) ?\2 ?(\d{1,2})", re.ASCII)
_NUMERIC = re.compile(r"(\d{1,2}) ?([-./ ]) ?(\d{1,2})(?:(?: ?\2 ?| )(\d+))?\.?", re.ASCII)
_PREFIX = r"(?:den |d\. ?)?"  # "den 10 juni", "d. 10. juni"
_DAY_MONTH = re.compile(_PREFIX + r"([0-9]{1,2})(?:st|nd|rd|th)?\.? ?(?:of )?([^\W\d_]+)\.?(?:,? ?([0-9]+))?\.?")
_MONTH_DAY = re.compile(r"([^\W\d_]+)\.? ([0-9]{1,2})(?:st|nd|rd|th)?(?:,? ([0-9]+))?")


@cache
def _relative_words() -> dict[str, int]:
    return {_fold(word).replace(" ", ""): days for words in RELATIVE_DAYS.values() for word, days in words.items()}


@cache
def _month_words() -> dict[str, int]:
    """Month names and abbreviations of the six languages (folded, without the dot) and their unique
    prefixes of three letters or more ("kesäk", "sept"). A word shared by two months counts for neither."""
    from babel.dates import get_month_names

    names: dict[str, set[int]] = {}
    for locale in LOCALES.values():
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, locale).items():
                    names.setdefault(_fold(name).rstrip("."), set()).add(month)
    prefixes: dict[str, set[int]] = {}
    for name, months in names.items():
        for end in range(3, len(name)):
            prefixes.setdefault(name[:end], set()).update(months)
    unique = {word: next(iter(months)) for word, months in prefixes.items() if len(months) == 1}
    unique.update({word: next(iter(months)) for word, months in names.items() if len(months) == 1})
    return unique


@cache
def _short_pattern(language: str) -> str:
    """The locale's short date pattern with the full year: sv 2026-03-14, da 14.03.2026, fi 14.3.2026."""
    from babel.dates import get_date_format

    return re.sub("y+", "y", get_date_format("short", locale=_locale(language)).pattern)


def format_date(value: dt.date, language: str) -> str:
    """The short form a date field shows, with a four-digit year (en 14/03/2026, nb 14.03.2026)."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, _short_pattern(language), locale=_locale(language))


def _long_date(value: dt.date, language: str) -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, "long", locale=_locale(language))


def parse_date(text: str, language: str, today: dt.date, gettext: Gettext) -> Parsed[dt.date]:
    """A date as typed in ``language``'s UI; ``today`` is what "today", "i går" and a missing year mean."""
    if not text.strip():
        return Parsed()
    folded = _fold(text)
    if len(folded) <= MAX_LENGTH:
        if (days := _relative_words().get(folded.replace(" ", ""))) is not None:
            return _date(today - dt.timedelta(days=days), language)
        if match := _ISO.fullmatch(folded):
            year, _sep, month, day = match.groups()
            return _checked(int(day), int(month), year, language, today, gettext, numeric=False)
        if match := _NUMERIC.fullmatch(folded):
            day, _sep, month, year = match.groups()
            return _checked(int(day), int(month), year, language, today, gettext, numeric=True)
        for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
            match = pattern.fullmatch(folded)
            if match and (month := _month_words().get(match[month_group])):
                return _checked(int(match[day_group]), month, match[3], language, today, gettext, numeric=False)
    return Parsed(problem=gettext(_DATE_MSG).format(example=format_date(today, language)))


def _checked(day: int, month: int, year_text: str | None, language: str, today: dt.date, gettext: Gettext,
             *, numeric: bool) -> Parsed[dt.date]:
    if year_text is None:
        year = today.year
    elif len(year_text) != 4:
        return Parsed(problem=gettext(_YEAR_DIGITS_MSG).format(year=today.year))
    else:
        year = int(year_text)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return Parsed(problem=gettext(_YEAR_RANGE_MSG).format(first=FIRST_YEAR, last=LAST_YEAR))
    if not 1 <= month <= 12:
        if numeric and 1 <= day <= 12 and 13 <= month <= calendar.monthrange(year, day)[1]:  # 3/14/2026, US order
            suggestion = format_date(dt.date(year, day, month), language)
            return Parsed(problem=gettext(_DAY_FIRST_MSG).format(suggestion=suggestion))
        return Parsed(problem=gettext(_MONTH_MSG).format(month=month))
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        from babel.dates import format_date as babel_format_date

        month_name = babel_format_date(dt.date(year, month, 1), "LLLL y", locale=_locale(language))
        return Parsed(problem=gettext(_DAY_MSG).format(month=month_name, day=day))
    return _date(dt.date(year, month, day), language)


def _date(value: dt.date, language: str) -> Parsed[dt.date]:
    return Parsed(value, echo=f"= {_long_date(value, language)}")


# --- money -----------------------------------------------------------------------------------------------

_AMOUNT_MSG = N_("Write the amount as a number, for example {whole} or {fraction}.")
_DECIMALS_MSG = N_("An amount has at most two decimals.")
_TOO_LARGE_MSG = N_("The amount is too large: at most {digits} digits before the decimal mark.")
_NEGATIVE_MSG = N_("An amount cannot be negative.")
_ZERO_MSG = N_("The amount must be more than zero.")
_CURRENCY_MSG = N_("“{symbol}” is not {currency}. Leave it out, or choose the right currency.")
_AMBIGUOUS_MSG = N_("This could mean {first} or {second}. For {first}, write {plain}; "
                    "an amount has at most two decimals.")

_TOKEN = r"[^\d\s.,':\-−–]+\.?"  # a currency before or after the number: kr, kr., €, SEK, Nkr, US$
_AMOUNT = re.compile(
    rf"(?:(?P<before>{_TOKEN}) ?)?(?P<minus>[-−–] ?)?(?P<number>[\d.,' ]*\d)"
    rf"(?: ?(?P<whole>[:,.]-))?(?: ?(?P<after>{_TOKEN}))?", re.ASCII,
)
_APOSTROPHES = str.maketrans("’‘´`", "''''")  # 1’299.50 as the Swiss write it
_DIGITS = re.compile(r"\d*", re.ASCII)
_GROUPS = re.compile(r"[1-9]\d{0,2}(?:(?P<sep>[ '.,])\d{3})(?:(?P=sep)\d{3})*", re.ASCII)


@dataclass(frozen=True)
class _Reading:
    """One way to read an amount: with this decimal mark, this value."""

    mark: str | None  # the decimal mark this reading takes, None when it has no decimals
    value: Decimal
    decimals: int


@cache
def _decimal_mark(locale: str) -> str:
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(locale)


@cache
def _decimal_marks(language: str, currency: str) -> frozenset[str]:
    """The decimal marks of the conventions in play: the UI language's and the currency's home country's."""
    marks = {_decimal_mark(_locale(language))}
    for country, code in DEFAULT_CURRENCY.items():
        if code == currency:
            marks.add(_decimal_mark(_locale(DEFAULT_LANGUAGE[country])))
    return frozenset(marks)


@cache
def _currency_tokens(currency: str) -> dict[str, frozenset[str]]:
    """Folded currency sign (without a final dot) -> the currencies it can stand for."""
    from babel.numbers import get_currency_symbol

    tokens: dict[str, set[str]] = {}
    for word, codes in CURRENCY_WORDS.items():
        tokens.setdefault(_fold(word), set()).update(codes)
    for code in {*DEFAULT_CURRENCY.values(), currency}:
        tokens.setdefault(_fold(code), set()).add(code)
        for locale in LOCALES.values():
            tokens.setdefault(_fold(get_currency_symbol(code, locale)).rstrip("."), set()).add(code)
    return {token: frozenset(codes) for token, codes in tokens.items()}


def _readings(number: str, whole: str | None) -> list[_Reading]:
    """Every possible reading of ``number`` (digits and separators): see the module's docstring."""
    found = []
    for mark in (",", ".", None):
        if mark is None:
            integer, fraction = number, ""
        elif whole is None and number.count(mark) == 1:
            integer, fraction = number.split(mark)
            if not fraction or not _DIGITS.fullmatch(fraction):
                continue
        else:
            continue
        if _DIGITS.fullmatch(integer):
            digits = integer
        elif (groups := _GROUPS.fullmatch(integer)) and groups["sep"] not in (mark, whole and whole[0]):
            digits = integer.replace(groups["sep"], "")
        else:
            continue
        if digits or fraction:
            found.append(_Reading(mark, Decimal(f"{digits or 0}.{fraction}" if fraction else digits), len(fraction)))
    return found


def parse_money(text: str, language: str, currency: str, gettext: Gettext, *,
                allow_zero: bool = False) -> Parsed[Decimal]:
    """An amount as typed in ``language``'s UI for a case in ``currency`` (ISO 4217)."""
    typed = re.sub(r"\s+", " ", text).strip().translate(_APOSTROPHES)
    if not typed:
        return Parsed()
    match = _AMOUNT.fullmatch(typed) if len(typed) <= MAX_LENGTH else None
    if match is None or (match["before"] and match["after"]):
        return _not_understood(language, gettext)
    if symbol := match["before"] or match["after"]:
        codes = _currency_tokens(currency).get(_fold(symbol).rstrip("."))
        if codes is None:
            return _not_understood(language, gettext)
        if currency not in codes:
            return Parsed(problem=gettext(_CURRENCY_MSG).format(symbol=symbol, currency=currency))
    if match["minus"]:
        return Parsed(problem=gettext(_NEGATIVE_MSG))
    readings = _readings(match["number"], match["whole"])
    possible = [reading for reading in readings if reading.decimals <= MAX_DECIMALS]
    if len(possible) != 1:
        if readings and not possible:
            return Parsed(problem=gettext(_DECIMALS_MSG))
        return _not_understood(language, gettext)
    reading = possible[0]
    three_decimals = [other for other in readings if other.decimals == 3]
    if reading.mark is None and three_decimals and three_decimals[0].mark in _decimal_marks(language, currency):
        second = three_decimals[0].value
        first = format_amount(reading.value, language)
        shown = _format_number(second, "#,##0.00#", language)
        return Parsed(problem=gettext(_AMBIGUOUS_MSG).format(first=first, second=shown, plain=reading.value),
                      readings=(reading.value, second))
    if reading.value >= 10**MAX_INTEGER_DIGITS:
        return Parsed(problem=gettext(_TOO_LARGE_MSG).format(digits=MAX_INTEGER_DIGITS))
    if reading.value == 0 and not allow_zero:
        return Parsed(problem=gettext(_ZERO_MSG))
    value = reading.value.quantize(Decimal("0.01"))
    return Parsed(value, echo=f"= {format_money(value, language, currency)}")


def _not_understood(language: str, gettext: Gettext) -> Parsed[Decimal]:
    mark = _decimal_mark(_locale(language))
    return Parsed(problem=gettext(_AMOUNT_MSG).format(whole="6490", fraction=f"6490{mark}50"))


def format_money(value: Decimal, language: str, currency: str) -> str:
    """An amount with its currency, as the UI language writes it: sv "1 299,50 kr", en "DKK 1,299.50"."""
    from babel.numbers import format_currency

    text = format_currency(value, currency, locale=_locale(language), currency_digits=False)
    # CLDR's currency spacing, which Babel leaves out: "DKK 1,299.50", not "DKK1,299.50".
    return re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", "\xa0", text)


def format_amount(value: Decimal, language: str) -> str:
    """An amount without currency, with two decimals, for an entry field next to a currency choice."""
    return _format_number(value, "#,##0.00", language)


def _format_number(value: Decimal, pattern: str, language: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, format=pattern, locale=_locale(language))
