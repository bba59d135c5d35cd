"""The case: everything the consumer tells us, and its ``*.reklamera`` file format (UTF-8 JSON).

Loading validates every value and names the field at fault ('product.delivered: "2025-02-30" is not a real date');
keys this version does not know are kept and written back (forward compatibility). Saving is atomic.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, Union, get_args, get_origin, get_type_hints

from reklamera.countries import COUNTRIES, DEFAULT_CURRENCY, DEFAULT_LANGUAGE
from reklamera.errors import InputError
from reklamera.i18n import LANGUAGES, N_
from reklamera.storage import atomic_write_bytes
from reklamera.vocabulary import ContactChannel, EventKind, GoodsKind, Outcome, Refusal, Remedy, SendChannel

if TYPE_CHECKING:
    from reklamera.rules.model import Facts

FORMAT = "reklamera-case"
VERSION = 2  # 2: the case's events (letter sent, replies, reminders, escalation, closing); 1 is read and upgraded
SUFFIX = ".reklamera"
MAX_FILE_BYTES = 2_000_000  # a case is a few kilobytes; anything far larger is not a case file
MAX_ROWS = 200  # contacts or events in one case

# Lengths a person can reasonably type; longer values are refused, not cut.
SHORT, LINE, LONG, TEXT = 100, 300, 10_000, 50_000
# What the office register can store (register/store.py): a case file that holds more is refused, not cut.
ID_LIMIT = 64  # cases.id is String(64)
MAX_PRICE = Decimal("999999999999.99")  # cases.price is Numeric(14, 2)
# A lone surrogate cannot be written as UTF-8 (every save would fail), and PostgreSQL refuses NUL in text.
_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Bounds:
    """The whole numbers a field accepts, with the message that says so: one declaration for the file format,
    the command line, the site configuration and the wizard's spin boxes."""

    minimum: int
    maximum: int
    message: str
    # Older versions accepted values down to this: such a file still loads (the value kept as it is), and the
    # field's check (the wizard's, the letter's) names the problem instead of changing it silently.
    loads_from: int | None = None

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and self.minimum <= value <= self.maximum

    def loads(self, value: object) -> bool:
        """Whether a file may hold ``value`` (the bounds, or an older version's wider range)."""
        if value in self:
            return True
        low = self.loads_from
        whole = isinstance(value, int) and not isinstance(value, bool)
        return low is not None and whole and low <= value <= self.maximum  # type: ignore[operator]


# The days the seller is given to answer: at least a week (the consumer agencies advise 10-14 days), at most
# 90. Versions before issue 14 allowed 1-6 days: those files load, and the wizard and the letter say the value
# is too short (the letter then gives the minimum; see Case.reply_days_in_force).
REPLY_DAYS = Bounds(7, 90, N_("should be a number of days from 7 to 90"), loads_from=1)
SATISFACTION = Bounds(1, 5, N_("should be a number from 1 to 5"))
# The evidence log (issue 16, reklamera.evidence): each file's path (relative to the case file's folder when it is
# inside it), its SHA-256 and its size as they were when it was logged, and a note on what it shows.
PATH = 1_000  # characters of a file path: deep folders fit, a file system's own limit is 4096 at most
FILE_SIZE = Bounds(0, 2**53, N_("should be the file's size in bytes"))  # JSON's exact whole numbers
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Rule:
    """What the file format checks for one field, beside its type (which the field's annotation gives)."""

    required: bool = True
    limit: int = LINE  # characters of text, or entries of a list
    choices: tuple[str, ...] = ()  # for plain text choices (countries, languages); enums carry their own
    pattern: re.Pattern[str] | None = None
    pattern_message: str = ""
    bounds: Bounds | None = None
    check: Callable[[str], bool] | None = None  # a text value's own test (the IBAN's check digits), with
    check_message: str = ""  # the message when it fails


def _field(default: Any = None, *, factory: Any = None, **rule: Any) -> Any:
    meta = {"rule": Rule(**rule)}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


def text(limit: int = LINE, *, required: bool = True, **rule: Any) -> Any:
    return _field("", required=required, limit=limit, **rule)


def email() -> Any:
    return text(pattern=_EMAIL, pattern_message=N_("\"{value}\" is not an e-mail address"))


# IBAN lengths of the Nordic countries and their neighbours (ISO 13616 registry, SWIFT's IBAN Registry); other
# countries are checked for the general shape and the check digits only.
IBAN_LENGTHS = {"SE": 24, "NO": 15, "DK": 18, "FI": 18, "IS": 26, "FO": 18, "GL": 18, "DE": 22, "GB": 22,
                "EE": 20, "LV": 21, "LT": 20, "PL": 28, "NL": 18, "FR": 27, "ES": 24}
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")


def compact_iban(value: str) -> str:
    """An IBAN as typed ("se45 5000 0000 0583 9825 7466") without spaces, in capitals."""
    return re.sub(r"[\s\u00a0-]", "", value).upper()


def iban_valid(value: str) -> bool:
    """Whether ``value`` is an IBAN: its shape, the country's length and the ISO 7064 mod-97 check (the first
    four characters moved to the end, letters as 10-35, the number modulo 97 is 1)."""
    iban = compact_iban(value)
    if not _IBAN.match(iban) or len(iban) != IBAN_LENGTHS.get(iban[:2], len(iban)):
        return False
    digits = "".join(str(int(character, 36)) for character in iban[4:] + iban[:4])
    return int(digits) % 97 == 1


def grouped_iban(value: str) -> str:
    """The IBAN in groups of four, as banks print it, the groups joined by no-break spaces (one line)."""
    iban = compact_iban(value)
    return "\u00a0".join(iban[index:index + 4] for index in range(0, len(iban), 4))


def iban() -> Any:
    return text(SHORT, required=False, check=iban_valid,
                check_message=N_("\"{value}\" is not an IBAN (check the letters and digits, such as SE45 5000 …)"))


def flag() -> Any:
    return _field(False, required=False)


def day(*, required: bool = True) -> Any:
    return _field(None, required=required)


def extra() -> Any:
    """Keys this version does not know, kept and written back (not part of equality)."""
    return field(default_factory=dict, compare=False, repr=False)


# What the letter cannot do without, with what the wizard says while it is empty (compose refuses the same).
NEEDED = {
    "product.description": N_("Say what you bought."),
    "product.delivered": N_("Enter the day you received the goods."),
    "defect.description": N_("Describe the defect."),
    "defect.discovered": N_("Enter the day you noticed the defect."),
    "remedy": N_("Choose what you ask for."),
    "consumer.name": N_("Your name is needed for the letter."),
    "seller.name": N_("The seller's name is needed for the letter."),
}
# The facts the rules name (rules.date_problems, Facts) and where the case keeps them.
FACT_FIELDS = {
    "delivered": "product.delivered",
    "purchased": "product.purchased",
    "discovered": "defect.discovered",
    "complained": "complained",
    "country": "country",
    "guarantee_until": "product.guarantee_until",
}


class CaseError(InputError):
    """A case file or case value is not valid. ``str()`` names the field (and file) at fault."""


@dataclass
class Consumer:
    """The person complaining: who signs the letter and where the answer goes."""

    name: str = text()
    address: str = text()
    postcode: str = text(SHORT)
    city: str = text(SHORT)
    email: str = email()
    phone: str = text(SHORT)
    iban: str = iban()  # the account a refund or a price reduction is paid to
    extra: dict[str, Any] = extra()


@dataclass
class Seller:
    """The business (or private person) that sold the goods and receives the complaint."""

    name: str = text()
    address: str = text()
    postcode: str = text(SHORT)
    city: str = text(SHORT)
    email: str = email()
    org_number: str = text(SHORT)
    private: bool = flag()
    brokered: bool = flag()  # a business sold it on the private seller's behalf (SE, IS: then covered)
    bad_faith: bool = flag()  # the seller knew of the defect and kept quiet (lifts the absolute limits)
    extra: dict[str, Any] = extra()


@dataclass
class Product:
    """What was bought: description, price and the purchase and delivery facts."""

    description: str = text(LONG)
    price: Decimal | None = _field(None)
    currency: str = _field("SEK", limit=3, pattern=_CURRENCY,
                           pattern_message=N_("\"{value}\" is not a currency code such as SEK or EUR"))
    order_number: str = text(SHORT)
    purchased: dt.date | None = day()
    delivered: dt.date | None = day()
    long_life: bool = flag()
    # Why the goods should last that long, in the consumer's words ("a washing machine of this kind is expected
    # to last 10 years"): the letter gives it when only the five-year limit keeps the complaint in time (NO, IS).
    long_life_reason: str = text(LONG, required=False)
    bought_online: bool = flag()
    guarantee_until: dt.date | None = day(required=False)  # a longer guarantee by the seller or the maker
    heavy: bool = flag()  # heavy or installed goods: the seller collects them (or repairs them where they are)
    unpaid: bool = flag()  # not paid in full (instalments, invoice): the consumer may withhold payment
    category: GoodsKind | None = _field(None, required=False)  # for an office's statistics
    extra: dict[str, Any] = extra()


@dataclass
class Defect:
    """What is wrong with the goods and when it was noticed."""

    description: str = text(LONG)
    discovered: dt.date | None = day()
    # Why the complaint took longer than the period in which it is always in time (printed only then).
    delay_reason: str = text(LONG, required=False)
    extra: dict[str, Any] = extra()


@dataclass
class Contact:
    """One contact with the seller about the defect: when, how, and what was said."""

    date: dt.date | None = day()
    channel: ContactChannel = _field(ContactChannel.PHONE)
    person: str = text()
    summary: str = text(LONG)
    extra: dict[str, Any] = extra()


@dataclass
class Cost:
    """A cost or loss the defect caused (transport, an inspection, damage to other things), claimed from the
    seller: what it was, how much, and the receipt attached."""

    description: str = text()
    amount: Decimal | None = _field(None, required=False)
    receipt: str = text(LINE, required=False)  # the attachment's file name
    extra: dict[str, Any] = extra()


@dataclass
class Event:
    """Something that happened after the complaint: sent (how, with a tracking number or a screenshot file),
    a reply (what the seller said, and which common refusal it was), a reminder, escalation, closing."""

    date: dt.date | None = day()
    kind: EventKind = _field(EventKind.LETTER_SENT)
    channel: SendChannel = _field(SendChannel.EMAIL, required=False)
    reference: str = text(SHORT, required=False)  # registered letter number, ticket number
    file: str = text(LINE, required=False)  # a screenshot of a web form, a scanned reply
    summary: str = text(LONG, required=False)
    refusal: Refusal | None = _field(None, required=False)
    outcome: Outcome | None = _field(None, required=False)
    satisfaction: int | None = _field(None, required=False, bounds=SATISFACTION)  # 1 (not at all) to 5 (very)
    extra: dict[str, Any] = extra()


@dataclass
class Evidence:
    """A file kept as evidence (a receipt, a photo of the defect, the seller's e-mail): where it is, what it held
    when it was logged (SHA-256 and size), its dates and what it shows. A log, not proof: the hash tells whether
    the file is still the one logged, not who made it or when. Numbered E1, E2 … in the list's order."""

    file: str = text(PATH)  # relative to the case file's folder ("photos/crack.jpg") when inside it, else absolute
    sha256: str = _field("", limit=64, pattern=_SHA256,
                         pattern_message=N_("\"{value}\" is not a SHA-256 hash (64 digits 0-9 and a-f)"))
    size: int = _field(0, bounds=FILE_SIZE)  # bytes
    modified: dt.date | None = day(required=False)  # the file's own modification date when it was logged
    taken: dt.date | None = day(required=False)  # a photo's EXIF DateTimeOriginal, when it has one
    added: dt.date | None = day(required=False)  # the day it was logged
    note: str = text(LINE, required=False)  # what it shows, in the consumer's words
    extra: dict[str, Any] = extra()


@dataclass
class Case:
    """One complaint: everything the wizard asks, as the case file stores it."""

    id: str = text(ID_LIMIT, required=False)  # a stable identity for an office's register, given on first save
    country: str = _field("SE", choices=COUNTRIES)
    language: str = _field("sv", choices=LANGUAGES)
    consumer: Consumer = _field(factory=Consumer)
    seller: Seller = _field(factory=Seller)
    product: Product = _field(factory=Product)
    defect: Defect = _field(factory=Defect)
    remedy: Remedy | None = _field(Remedy.REPAIR)
    # The amount claimed as a price reduction (a decimal string in the file): the dispute bodies' value limits
    # apply to the value of what is claimed, not to the price.
    claim_amount: Decimal | None = _field(None, required=False)
    claim_basis: str = text(LONG, required=False)  # how the amount was reached (a quote, the share of use lost)
    costs: list[Cost] = _field(factory=list, required=False, limit=MAX_ROWS)  # costs and losses, with receipts
    contacts: list[Contact] = _field(factory=list, required=False, limit=MAX_ROWS)
    complained: dt.date | None = day(required=False)
    attachments: list[str] = _field(factory=list, required=False, limit=LINE)
    evidence: list[Evidence] = _field(factory=list, required=False, limit=MAX_ROWS)  # the evidence log, E1, E2 …
    notes: str = text(TEXT, required=False)
    reply_days: int = _field(14, required=False, bounds=REPLY_DAYS)  # days the seller has to answer
    events: list[Event] = _field(factory=list, required=False, limit=MAX_ROWS)
    extra: dict[str, Any] = extra()

    @classmethod
    def new(cls, country: str = "SE") -> Case:
        """An empty case with the country's language and currency."""
        case = cls(country=country, language=DEFAULT_LANGUAGE[country])
        case.product.currency = DEFAULT_CURRENCY[country]
        return case

    def facts(self) -> Facts:
        """The facts the rules assess. Raises :class:`CaseError` naming a date the assessment needs."""
        from reklamera.rules.model import Facts

        delivered, discovered = self.product.delivered, self.defect.discovered
        if delivered is None:
            raise CaseError("product.delivered", N_("is needed to assess the complaint"))
        if discovered is None:
            raise CaseError("defect.discovered", N_("is needed to assess the complaint"))
        return Facts(
            country=self.country,
            delivered=delivered,
            discovered=discovered,
            purchased=self.product.purchased,
            complained=self.complained,
            long_life=self.product.long_life,
            private_seller=self.seller.private,
            brokered=self.seller.brokered,
            live_animal=self.product.category == GoodsKind.LIVE_ANIMALS,
            seller_bad_faith=self.seller.bad_faith,
            bought_online=self.product.bought_online,
            guarantee_until=self.product.guarantee_until,
        )

    def reply_days_in_force(self) -> int:
        """The days the letters give the seller: the case's, or the minimum when an older file holds fewer
        (``reply_days_problem`` says so)."""
        return max(self.reply_days, REPLY_DAYS.minimum)

    def reply_days_problem(self) -> CaseError | None:
        """An older file's reply days below today's minimum: what the letter does instead, in words."""
        if self.reply_days in REPLY_DAYS:
            return None
        return CaseError("reply_days", N_("{days} days is shorter than a seller is given now: the letters ask for an "
                                          "answer within {minimum} days; change it on the remedy step"),
                         days=self.reply_days, minimum=REPLY_DAYS.minimum)

    def get(self, path: str) -> Any:
        """The value at a dotted path ("product.price"); a list's entry by its index ("costs[0].amount")."""
        value: Any = self
        for name in path.split("."):
            name, _bracket, index = name.partition("[")
            value = getattr(value, name)
            if index:
                value = value[int(index.rstrip("]"))]
        return value

    def set(self, path: str, value: Any) -> None:
        """Set the value at a dotted path; the caller checks it (check_value) before relying on it."""
        owner_path, _dot, name = path.rpartition(".")
        setattr(self.get(owner_path) if owner_path else self, name, value)

    def missing(self) -> list[str]:
        """The fields of NEEDED that are still empty, in NEEDED's order."""
        return [path for path in NEEDED if _empty(self.get(path))]

    def check_value(self, path: str) -> CaseError | None:
        """Whether the value at ``path`` would pass the file format's checks (length, e-mail, bounds …): the
        wizard's problems come from the same declarations as loading a file."""
        owner_path, _dot, name = path.rpartition(".")
        owner = self.get(owner_path) if owner_path else self
        kind, rule = next((kind, rule) for field_name, kind, rule in _fields(type(owner)) if field_name == name)
        try:
            _value(kind, rule, _dump_value(getattr(owner, name)), path, strict=True)
        except CaseError as error:
            return error
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, **_dump(self)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> Case:
        if not isinstance(data, dict):
            raise CaseError("", N_("is not a reklamera case file"))
        if data.get("format") != FORMAT:
            raise CaseError("format", N_('is not "{expected}"'), expected=FORMAT)
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise CaseError("version", N_("is missing or not a whole number"))
        if version > VERSION:
            raise CaseError(
                "version",
                N_(
                    "{version} is newer than this reklamera can read (it reads up to version {known}); "
                    "please update reklamera"
                ),
                version=version,
                known=VERSION,
            )
        if version < 1:
            raise CaseError("version", N_("{version} is not a known version"), version=version)
        body = {key: value for key, value in data.items() if key not in ("format", "version")}
        _check_text(body, "")  # unknown keys too: they are written back on save
        return _load(cls, migrate(body, version), "")


def migrate(body: dict[str, Any], version: int) -> dict[str, Any]:
    """Upgrade an older file's contents to this version. 1 -> 2: a case starts with no events. (A version-1
    ``complained`` may be a planned day, so no "letter sent" event is invented from it.)"""
    if version == 1:
        body = {**body, "events": []}
    return body


def load_case(path: str | os.PathLike[str]) -> Case:
    """Read and validate a case file. Errors name the file and, for JSON syntax, the line."""
    return case_from_bytes(read_case_file(path), Path(path).name)


def read_case_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a case file: only a regular file (never a FIFO or a device such as /dev/zero, which would
    hang or fill the memory), and at most the size limit (one byte more is read to tell a larger file)."""
    path = Path(path)
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise CaseError(name, N_("is a folder, not a case file")) from None
    except FileNotFoundError:
        raise CaseError(name, N_("no such file")) from None
    except OSError as error:
        raise CaseError(name, N_("cannot be read ({reason})"), reason=error.strerror or str(error)) from None
    try:
        kind = os.fstat(fd).st_mode
        if stat.S_ISDIR(kind):
            raise CaseError(name, N_("is a folder, not a case file"))
        if not stat.S_ISREG(kind):
            raise CaseError(name, N_("is not a regular file"))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CaseError(name, N_("cannot be read ({reason})"), reason=error.strerror or str(error)) from None
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:
        raise CaseError(name, N_("is too large to be a reklamera case"))
    return raw


def case_from_bytes(raw: bytes, name: str) -> Case:
    """A case from the bytes of its file; errors name the file ``name``."""
    try:
        text = raw.decode("utf-8-sig")  # Notepad writes a BOM
        data = json.loads(text, parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise CaseError(name, N_("is not a text file (not UTF-8)")) from None
    except json.JSONDecodeError as error:
        # In words a person can act on, not the JSON parser's English: cut short (a copy or a save that did not
        # finish) or damaged at a place someone can look at.
        if not text.strip():
            raise CaseError(name, N_("is empty")) from None
        if error.pos >= len(text.rstrip()):
            raise CaseError(name, N_("ends too early: the file is incomplete")) from None
        raise CaseError(name, N_("is damaged at line {line}, column {column}"), line=error.lineno,
                        column=error.colno) from None
    except _ConstantError as error:
        raise CaseError(name, N_("{value} is not a number a case file can hold"), value=error.args[0]) from None
    except ValueError:  # an integer of more than 4300 digits (Python's limit on converting them)
        raise CaseError(name, N_("holds a number too long to be read")) from None
    except RecursionError:
        raise CaseError(name, N_("is nested too deeply to be a case file")) from None
    try:
        return Case.from_dict(data)
    except CaseError as error:
        raise error.within(name) from None


class _ConstantError(ValueError):
    """NaN, Infinity or -Infinity in the JSON: Python reads them, JSON does not allow them."""


def _no_constant(value: str) -> Any:
    raise _ConstantError(value)


def save_case(case: Case, path: str | os.PathLike[str], *, overwrite: bool = True) -> Path:
    """Write the case atomically (temp file, fsync, rename)."""
    return atomic_write_bytes(path, case.to_json().encode("utf-8"), overwrite=overwrite)


# --- conversion between JSON values and the records, driven by the field declarations -------------------

_Record = TypeVar("_Record")  # Consumer, Seller, Product, … Case: each keeps the keys it does not know in ``extra``


def _fields(cls: type) -> tuple[tuple[str, Any, Rule], ...]:
    """Each declared field of a record: its name, its real type (the annotation resolved) and its rule."""
    return _declared_fields(cls)  # through a `type` parameter: mypy does not see a class as Hashable, as @cache asks


@cache
def _declared_fields(cls: type) -> tuple[tuple[str, Any, Rule], ...]:
    hints = get_type_hints(cls)
    return tuple((f.name, hints[f.name], f.metadata["rule"]) for f in dataclasses.fields(cls) if "rule" in f.metadata)


def _load(cls: type[_Record], data: Any, path: str) -> _Record:
    if not isinstance(data, dict):
        raise CaseError(path, N_("should be a group of fields (a JSON object)"))
    values: dict[str, Any] = {}
    known = set()
    for name, kind, rule in _fields(cls):
        known.add(name)
        where = f"{path}.{name}" if path else name
        if name not in data:
            if rule.required:
                raise CaseError(where, N_("is missing"))
            continue
        values[name] = _value(kind, rule, data[name], where)
    values["extra"] = {key: value for key, value in data.items() if key not in known}
    return cls(**values)


def _value(kind: Any, rule: Rule, value: Any, where: str, *, strict: bool = False) -> Any:
    """The checked value of one field; ``strict``: a whole number within today's bounds (the wizard's check),
    else within what older versions wrote too (loading)."""
    if get_origin(kind) is Union or type(kind).__name__ == "UnionType":  # X | None
        if value is None:
            return None
        kind = next(arg for arg in get_args(kind) if arg is not type(None))
    if kind is str:
        if not isinstance(value, str):
            raise CaseError(where, N_("should be text"))
        _check_characters(value, where)
        if rule.choices and value not in rule.choices:
            raise _not_one_of(where, value, rule.choices)
        if len(value) > rule.limit:
            raise CaseError(where, N_("is longer than {limit} characters"), limit=rule.limit)
        if rule.pattern and value and not rule.pattern.match(value):
            raise CaseError(where, rule.pattern_message, value=value[:60])
        if rule.check and value and not rule.check(value):
            raise CaseError(where, rule.check_message, value=value[:60])
        return value
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        if not isinstance(value, str):
            raise CaseError(where, N_("should be text"))
        try:
            return kind(value)
        except ValueError:
            raise _not_one_of(where, value, tuple(member.value for member in kind)) from None
    if kind is bool:
        if not isinstance(value, bool):
            raise CaseError(where, N_("should be true or false"))
        return value
    if kind is int:
        assert rule.bounds is not None, where  # every whole-number field declares its bounds
        if not (value in rule.bounds if strict else rule.bounds.loads(value)):
            raise CaseError(where, rule.bounds.message)
        return value
    if kind is dt.date:
        return parse_date(value, where)
    if kind is Decimal:
        return parse_price(value, where)
    if get_origin(kind) is list:
        (item_kind,) = get_args(kind)
        if not isinstance(value, list):
            raise CaseError(where, N_("should be a list"))
        if item_kind is str:
            for index, item in enumerate(value):
                if not isinstance(item, str) or len(item) > rule.limit:
                    raise CaseError(f"{where}[{index}]", N_("should be a file name"))
            return list(value)
        if len(value) > rule.limit:
            raise CaseError(where, N_("has more than {count} entries"), count=rule.limit)
        return [_load(item_kind, item, f"{where}[{index}]") for index, item in enumerate(value)]
    return _load(kind, value, where)


def _check_text(value: Any, where: str) -> None:
    """Every string in the file (keys, values, unknown keys included) is text that can be saved again."""
    if isinstance(value, str):
        _check_characters(value, where)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_characters(key, f"{where}.{key}" if where else key, key=True)
            _check_text(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text(item, f"{where}[{index}]")


def _check_characters(text: str, where: str, *, key: bool = False) -> None:
    bad = _BAD_CHARACTER.search(text)
    if bad is not None:
        if key:  # the key itself cannot be shown as it is: name its place
            where = where.rpartition(".")[0] or ascii(text)
        raise CaseError(where, N_("contains a character that is not text (U+{code}); remove it"),
                        code=f"{ord(bad.group()):04X}")


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _not_one_of(where: str, value: str, choices: tuple[str, ...]) -> CaseError:
    return CaseError(where, N_('"{value}" is not one of {choices}'), value=value[:40], choices=", ".join(choices))


def parse_date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise CaseError(where, N_("should be a date (YYYY-MM-DD)"))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise CaseError(where, N_('"{value}" is not a date (YYYY-MM-DD)'), value=value[:40])
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CaseError(where, N_('"{value}" is not a real date'), value=value) from None


def parse_price(value: Any, where: str) -> Decimal | None:
    """A price as the file stores it: a decimal string ("12990.00"). What people type is inputs.parse_money's."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 20:
        raise CaseError(where, N_('should be an amount written as text, such as "12990.00"'))
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise CaseError(where, N_('"{value}" is not an amount'), value=value) from None
    if not amount.is_finite() or amount < 0:
        raise CaseError(where, N_('"{value}" is not an amount'), value=value)
    if amount > MAX_PRICE:
        raise CaseError(where, N_('"{value}" is larger than any price (at most {limit})'), value=value,
                        limit=f"{MAX_PRICE:.2f}")
    return amount


def _dump(instance: Any) -> dict[str, Any]:
    out: dict[str, Any] = {name: _dump_value(getattr(instance, name)) for name, _kind, _rule in _fields(type(instance))}
    for key, value in instance.extra.items():
        out.setdefault(key, value)
    return out


def _dump_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, list):
        return [_dump_value(item) for item in value]
    if dataclasses.is_dataclass(value):
        return _dump(value)
    return value
