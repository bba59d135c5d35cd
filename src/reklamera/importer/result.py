"""What an import found: every value with the line of the document it came from and a confidence, so that a
person can see each one beside its source and accept or correct it before it enters the case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

FORMAT = "reklamera-import"
VERSION = 1
# The order the fields are shown and written in: the case file's, then what the customer paid.
ORDER = ("seller.name", "seller.org_number", "seller.address", "seller.postcode", "seller.city", "seller.email",
         "product.description", "product.price", "product.currency", "product.order_number", "product.purchased",
         "product.delivered", "product.bought_online", "total")
SOURCE_LIMIT = 200  # characters of the source line kept: enough to recognise it

Value = str | Decimal | dt.date | bool


@dataclass(frozen=True)
class Found:
    """One value, the document's line it was read from (whitespace collapsed) and how sure the reading is:
    0.9 and more for a labelled value that checks out (a check digit, a parsed date), less for a pattern."""

    value: Value
    source: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return {"value": json_value(self.value), "source": self.source, "confidence": round(self.confidence, 2)}


@dataclass(frozen=True)
class Item:
    """A line of the order that is a thing bought (not shipping, VAT, a discount or a total)."""

    description: str
    price: Decimal | None
    source: str

    def to_json(self) -> dict[str, Any]:
        return {"description": self.description, "price": json_value(self.price) if self.price is not None else None,
                "source": self.source}


@dataclass
class ImportResult:
    """``fields`` by case-file path ("seller.name", "product.price" …, and "total"); a field not found is absent.
    ``other_items`` are the order's other items, offered instead of the main one; ``warnings`` are English
    templates (N_) for what the reader noticed, e.g. a PDF of which only the first pages were read."""

    file: str
    country: str
    fields: dict[str, Found] = field(default_factory=dict)
    other_items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def value(self, key: str) -> Value | None:
        found = self.fields.get(key)
        return found.value if found else None

    def ordered(self) -> list[str]:
        return sorted(self.fields, key=lambda key: ORDER.index(key) if key in ORDER else len(ORDER))

    def to_json(self, gettext: Any = str) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "file": self.file, "country": self.country,
                "fields": {key: self.fields[key].to_json() for key in self.ordered()},
                "other_items": [item.to_json() for item in self.other_items],
                "warnings": [gettext(warning) for warning in self.warnings]}


def json_value(value: Value) -> str | bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def source_text(line: str) -> str:
    text = " ".join(line.split())
    return text if len(text) <= SOURCE_LIMIT else text[: SOURCE_LIMIT - 1] + "…"
