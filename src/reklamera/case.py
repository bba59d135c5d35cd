"""The case: everything the consumer tells us, and its ``*.reklamera`` file format (UTF-8 JSON).

Loading validates every value and names the field at fault ('product.delivered: "2025-02-30" is not a real date');
keys this version does not know are kept and written back (forward compatibility). Saving is atomic.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reklamera.countries import COUNTRIES, DEFAULT_CURRENCY, DEFAULT_LANGUAGE
from reklamera.errors import InputError
from reklamera.i18n import LANGUAGES, N_
from reklamera.records import Record, Spec
from reklamera.storage import atomic_write_bytes

if TYPE_CHECKING:
    from decimal import Decimal

    from reklamera.rules.model import Facts

# json and decimal are imported where they are used: the wizard's first paint needs neither.

FORMAT = "reklamera-case"
VERSION = 2  # 2: the case's events (letter sent, replies, reminders, escalation, closing); 1 is read and upgraded
SUFFIX = ".reklamera"
MAX_FILE_BYTES = 2_000_000  # a case is a few kilobytes; anything far larger is not a case file

REMEDIES = ("repair", "replacement", "price_reduction", "cancellation")
CHANNELS = ("phone", "email", "letter", "in_person", "web_form", "chat", "other")
EVENT_KINDS = ("letter_sent", "reply_received", "reminder_sent", "escalated", "closed")
SEND_CHANNELS = ("email", "registered_letter", "letter", "web_form", "in_person", "other")
OUTCOMES = ("repaired", "replaced", "price_reduced", "refunded", "refused", "withdrawn", "other")
CATEGORIES = ("electronics", "white_goods", "furniture", "clothes_shoes", "vehicles", "other")
REFUSALS = ("manufacturer_warranty", "contact_manufacturer", "inspection_fee", "your_fault", "warranty_expired",
            "other")

# Lengths a person can reasonably type; longer values are refused, not cut.
SHORT, LINE, LONG, TEXT = 100, 300, 10_000, 50_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class CaseError(InputError):
    """A case file or case value is not valid. ``str()`` names the field (and file) at fault."""


def text(limit: int = LINE, *, required: bool = True) -> Any:
    return Spec("", required=required, limit=limit)


def flag(*, required: bool = False) -> Any:
    return Spec(False, required=required)


def day(*, required: bool = True) -> Any:
    return Spec(None, required=required)


class Consumer(Record):
    name: str = text()
    address: str = text()
    postcode: str = text(SHORT)
    city: str = text(SHORT)
    email: str = text()
    phone: str = text(SHORT)


class Seller(Record):
    name: str = text()
    address: str = text()
    postcode: str = text(SHORT)
    city: str = text(SHORT)
    email: str = text()
    org_number: str = text(SHORT)
    private: bool = flag()
    bad_faith: bool = flag()  # the seller knew of the defect and kept quiet (lifts the absolute limits)


class Product(Record):
    description: str = text(LONG)
    price: Decimal | None = Spec(None)
    currency: str = Spec("SEK", limit=3)
    order_number: str = text(SHORT)
    purchased: dt.date | None = day()
    delivered: dt.date | None = day()
    long_life: bool = flag()
    bought_online: bool = flag()
    category: str | None = Spec(None, choices=CATEGORIES, required=False)  # for an office's statistics


class Defect(Record):
    description: str = text(LONG)
    discovered: dt.date | None = day()


class Contact(Record):
    date: dt.date | None = day()
    channel: str = Spec("phone", choices=CHANNELS)
    person: str = text()
    summary: str = text(LONG)


class Event(Record):
    """Something that happened after the complaint: sent (how, with a tracking number or a screenshot file),
    a reply (what the seller said, and which common refusal it was), a reminder, escalation, closing."""

    date: dt.date | None = day()
    kind: str = Spec("letter_sent", choices=EVENT_KINDS)
    channel: str = Spec("email", choices=SEND_CHANNELS, required=False)
    reference: str = text(SHORT, required=False)  # registered letter number, ticket number
    file: str = text(LINE, required=False)  # a screenshot of a web form, a scanned reply
    summary: str = text(LONG, required=False)
    refusal: str | None = Spec(None, choices=REFUSALS, required=False)
    outcome: str | None = Spec(None, choices=OUTCOMES, required=False)
    satisfaction: int | None = Spec(None, required=False)  # 1 (not at all) to 5 (very), when closed


class Case(Record):
    id: str = text(SHORT, required=False)  # a stable identity for an office's register, given on first save
    country: str = Spec("SE", choices=COUNTRIES)
    language: str = Spec("sv", choices=LANGUAGES)
    consumer: Consumer = Spec(factory=Consumer)
    seller: Seller = Spec(factory=Seller)
    product: Product = Spec(factory=Product)
    defect: Defect = Spec(factory=Defect)
    remedy: str | None = Spec("repair", choices=REMEDIES)
    contacts: list[Contact] = Spec(factory=list, required=False)
    complained: dt.date | None = day(required=False)
    attachments: list[str] = Spec(factory=list, required=False, limit=LINE)
    notes: str = text(TEXT, required=False)
    reply_days: int = Spec(14, required=False)  # days the seller has to answer
    events: list[Event] = Spec(factory=list, required=False)

    @classmethod
    def new(cls, country: str = "SE") -> Case:
        """An empty case with the country's language and currency."""
        case = cls(country=country, language=DEFAULT_LANGUAGE[country])
        case.product.currency = DEFAULT_CURRENCY[country]
        return case

    def facts(self) -> Facts:
        """The facts the rules assess. Raises :class:`CaseError` naming a date the assessment needs."""
        from reklamera.rules.model import Facts

        for where, value in (("product.delivered", self.product.delivered), ("defect.discovered", self.defect.discovered)):
            if value is None:
                raise CaseError(where, N_("is needed to assess the complaint"))
        return Facts(
            country=self.country,
            delivered=self.product.delivered,
            discovered=self.defect.discovered,
            purchased=self.product.purchased,
            complained=self.complained,
            long_life=self.product.long_life,
            private_seller=self.seller.private,
            seller_bad_faith=self.seller.bad_faith,
            bought_online=self.product.bought_online,
        )

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, **_dump(self)}

    def to_json(self) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> Case:
        if not isinstance(data, dict):
            raise CaseError("", N_("is not a reklamera case file"))
        if data.get("format") != FORMAT:
            raise CaseError("format", N_("is not \"{expected}\""), expected=FORMAT)
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise CaseError("version", N_("is missing or not a whole number"))
        if version > VERSION:
            raise CaseError(
                "version",
                N_("{version} is newer than this reklamera can read (it reads up to version {known}); please update reklamera"),
                version=version,
                known=VERSION,
            )
        if version < 1:
            raise CaseError("version", N_("{version} is not a known version"), version=version)
        body = {key: value for key, value in data.items() if key not in ("format", "version")}
        return _load(cls, migrate(body, version), "")


def migrate(body: dict[str, Any], version: int) -> dict[str, Any]:
    """Upgrade an older file's contents to this version. 1 -> 2: a case starts with no events. (A version-1
    ``complained`` may be a planned day, so no "letter sent" event is invented from it.)"""
    if version == 1:
        body = {**body, "events": []}
    return body


def load_case(path: str | os.PathLike[str]) -> Case:
    """Read and validate a case file. Errors name the file and, for JSON syntax, the line."""
    import json

    path = Path(path)
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CaseError(name, N_("is too large to be a reklamera case"))
        raw = path.read_bytes()
    except CaseError:
        raise
    except IsADirectoryError:
        raise CaseError(name, N_("is a folder, not a case file")) from None
    except FileNotFoundError:
        raise CaseError(name, N_("no such file")) from None
    except OSError as error:
        raise CaseError(name, N_("cannot be read ({reason})"), reason=error.strerror) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # Notepad on Windows writes a BOM
    except UnicodeDecodeError:
        raise CaseError(name, N_("is not a text file (not UTF-8)")) from None
    except json.JSONDecodeError as error:
        raise CaseError(name, N_("line {line}: is not valid JSON ({reason})"), line=error.lineno, reason=error.msg) from None
    except RecursionError:
        raise CaseError(name, N_("is nested too deeply to be a case file")) from None
    try:
        return Case.from_dict(data)
    except CaseError as error:
        raise error.within(name) from None


def save_case(case: Case, path: str | os.PathLike[str], *, overwrite: bool = True) -> Path:
    """Write the case atomically (temp file, fsync, rename)."""
    return atomic_write_bytes(path, case.to_json().encode("utf-8"), overwrite=overwrite)


# --- conversion between JSON values and the records, driven by the field declarations -------------------


def _load(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise CaseError(path, N_("should be a group of fields (a JSON object)"))
    values: dict[str, Any] = {}
    known = set()
    for spec in cls.SPECS:
        known.add(spec.name)
        where = f"{path}.{spec.name}" if path else spec.name
        if spec.name not in data:
            if spec.required:
                raise CaseError(where, N_("is missing"))
            continue
        values[spec.name] = _value(spec, data[spec.name], where)
    instance = cls(**values)
    instance.extra = {key: value for key, value in data.items() if key not in known}
    return instance


def _value(spec: Spec, value: Any, where: str) -> Any:  # noqa: C901 - one branch per type
    kind = spec.kind
    if kind in ("str", "str | None"):
        if value is None and kind == "str | None":
            return None
        if not isinstance(value, str):
            raise CaseError(where, N_("should be text"))
        if spec.choices and value not in spec.choices:
            raise CaseError(where, N_("\"{value}\" is not one of {choices}"), value=value[:40], choices=", ".join(spec.choices))
        if len(value) > spec.limit:
            raise CaseError(where, N_("is longer than {limit} characters"), limit=spec.limit)
        if where.endswith("email") and value and not _EMAIL.match(value):
            raise CaseError(where, N_("\"{value}\" is not an e-mail address"), value=value[:60])
        if where.endswith("currency") and not _CURRENCY.match(value):
            raise CaseError(where, N_("\"{value}\" is not a currency code such as SEK or EUR"), value=value)
        return value
    if kind == "int | None":  # a satisfaction score
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise CaseError(where, N_("should be a number from 1 to 5"))
        return value
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 90:
            raise CaseError(where, N_("should be a number of days from 1 to 90"))
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise CaseError(where, N_("should be true or false"))
        return value
    if kind == "dt.date | None":
        return parse_date(value, where)
    if kind == "Decimal | None":
        return parse_price(value, where)
    if kind == "list[str]":
        if not isinstance(value, list):
            raise CaseError(where, N_("should be a list"))
        for index, item in enumerate(value):
            if not isinstance(item, str) or len(item) > spec.limit:
                raise CaseError(f"{where}[{index}]", N_("should be a file name"))
        return list(value)
    if kind in ("list[Contact]", "list[Event]"):
        if not isinstance(value, list):
            raise CaseError(where, N_("should be a list"))
        if len(value) > 200:
            raise CaseError(where, N_("has more than {count} entries"), count=200)
        item_class = Contact if kind == "list[Contact]" else Event
        return [_load(item_class, item, f"{where}[{index}]") for index, item in enumerate(value)]
    return _load(_SECTIONS[kind], value, where)


_SECTIONS = {"Consumer": Consumer, "Seller": Seller, "Product": Product, "Defect": Defect}


def parse_date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise CaseError(where, N_("should be a date (YYYY-MM-DD)"))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise CaseError(where, N_("\"{value}\" is not a date (YYYY-MM-DD)"), value=value[:40])
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CaseError(where, N_("\"{value}\" is not a real date"), value=value) from None


def parse_price(value: Any, where: str) -> Decimal | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 20:
        raise CaseError(where, N_("should be an amount written as text, such as \"12990.00\""))
    from decimal import Decimal, InvalidOperation

    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise CaseError(where, N_("\"{value}\" is not an amount"), value=value) from None
    if not amount.is_finite() or amount < 0:
        raise CaseError(where, N_("\"{value}\" is not an amount"), value=value)
    return amount


def _dump(instance: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for spec in instance.SPECS:
        out[spec.name] = _dump_value(getattr(instance, spec.name))
    for key, value in instance.extra.items():
        out.setdefault(key, value)
    return out


def _dump_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if type(value).__name__ == "Decimal":  # without importing decimal for cases that hold no price
        return f"{value:.2f}"
    if isinstance(value, list):
        return [_dump_value(item) for item in value]
    if isinstance(value, Record):
        return _dump(value)
    return value

