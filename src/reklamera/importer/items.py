"""The order's items: the main product (the first real item) with its price including VAT, the others offered
instead, the total paid, and the currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from reklamera.importer.amounts import NOT_ITEM, SERVICE, SUBTOTAL, TOTAL, Amount, amounts
from reklamera.importer.result import Found, Item, source_text

_QUANTITY_START = re.compile(r"^(\d{1,3})\s*(?:st|stk|pcs|pc|kpl|x|×|pieces|stykk|stk\.|st\.)(?![^\W\d_])\.?\s*",
                             re.IGNORECASE)
_QUANTITY_END = re.compile(r"\s(\d{1,3})\s*(?:st|stk|pcs|pc|kpl|x|×|pieces|stykk)?\.?\s*[xX×]?\s*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:(?:art(?:ikel)?\.?\s?(?:nr|no)\.?|sku|tuotenro|vörunúmer|varenr\.?)\s*:?\s*)?"
                      r"\[?[A-Z0-9\-]*\d{4,}[A-Z0-9\-]*\]?\s+", re.IGNORECASE)
_PRODUCT_LABEL = re.compile(r"^(?:produkt|artikel|vara|vare|varen|tuote|vöru(?:heiti)?|vara|product|item|"
                            r"beskrivning|beskrivelse|description|kuvaus|lýsing)\s*:\s*(?P<text>.+)$", re.IGNORECASE)
_PRICE_LABEL = re.compile(r"^(?:pris|price|hinta|verð|belopp|beløp|beløb)(?:\s?\(?(?:inkl|incl|sis|m/)[^:]*)?\s*:",
                          re.IGNORECASE)
# Lines that hold another field (an organisation or order number, a date, a phone number, an address): never items.
_META = re.compile(
    r"(?<![^\W\d_])(?:org\.?\s?nr|organisa\w*|cvr|y-tunnus|kennitala|kt\.|order\s?(?:nr|nummer|number|no)|"
    r"ordre\w*|tilaus\w*|pöntun\w*|kvitto\w*|kvittering\w*|kuitti\w*|receipt|faktura\w*|invoice|"
    r"lasku\w*|reikning\w*|tel|tlf|telefon|puh|sími|phone|box|postboks|iban|bankgiro|plusgiro|konto|"
    r"account)(?![^\W\d_])|@|www\.|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]")


@dataclass
class Order:
    main: Item | None
    main_confidence: float
    others: list[Item]
    total: Found | None
    currency: Found | None


def _description(text: str) -> tuple[str, int | None]:
    quantity = None
    text = text.strip(" \t:-–|·")
    if match := _QUANTITY_START.match(text):
        quantity, text = int(match[1]), text[match.end() :]
    if match := _QUANTITY_END.search(text):
        quantity, text = quantity or int(match[1]), text[: match.start()]
    text = _ARTICLE.sub("", text, count=1) if len(_ARTICLE.sub("", text, count=1)) >= 3 else text
    return " ".join(text.strip(" \t:-–|·,").split()), quantity


_CURRENCY_WORD = re.compile(
    r"(?<![^\W\d_])(?:SEK|NOK|DKK|ISK|EUR|USD|GBP|kr|kronor|kroner|euro|euroa)(?![^\W\d_])", re.IGNORECASE
)


def _is_item_text(text: str) -> bool:
    return (
        len(_LETTERS.findall(_CURRENCY_WORD.sub("", text))) >= 3
        and not NOT_ITEM.search(text)
        and not _META.search(text)
    )


def order(lines: list[str], country: str) -> Order:
    items: list[tuple[Item, float, bool, Amount | None]] = []
    total: tuple[Amount, str] | None = None
    currencies: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        found = amounts(line, country)
        for amount in found:
            if amount.currency:
                currencies.append((amount.currency, line))
        if not found:
            if (match := _PRODUCT_LABEL.match(line)) and _is_item_text(match["text"]):
                price = _labelled_price(lines, index, country)
                items.append(
                    (
                        Item(_description(match["text"])[0], price.value if price else None, source_text(line)),
                        0.9,
                        False,
                        price,
                    )
                )
            continue
        if TOTAL.match(line) and not SUBTOTAL.search(line):
            total = (found[-1], line)
            continue
        first = _trailing(line, found)
        tail = line[found[-1].end :].strip(" \t.:-")
        if tail and _LETTERS.search(tail) and not re.fullmatch(r"(?:st|stk|kpl|pcs|inkl\.? moms)", tail, re.I):
            continue  # text after the amount: a sentence, not an order line
        head = line[: first.start]
        if _PRICE_LABEL.match(head.strip()) or NOT_ITEM.search(line) or SUBTOTAL.search(line):
            continue
        description, quantity = _description(head)
        confidence = 0.85
        if not _is_item_text(description):
            previous = lines[index - 1] if index else ""
            description, quantity2 = _description(previous)
            if not _is_item_text(description) or amounts(previous, country) or TOTAL.match(previous):
                continue
            quantity, confidence = quantity or quantity2, 0.75
        trailing = found[found.index(first) :]
        amount = trailing[0] if quantity and quantity > 1 and len(trailing) > 1 else trailing[-1]
        source = line if confidence > 0.8 else f"{lines[index - 1]} {line}"
        items.append(
            (
                Item(description, amount.value, source_text(source)),
                confidence,
                bool(SERVICE.search(description)),
                amount,
            )
        )
    main_index = next((i for i, (_item, _c, service, _a) in enumerate(items) if not service), None)
    main = items[main_index] if main_index is not None else None
    others = [item for i, (item, _c, _s, _a) in enumerate(items) if i != main_index]
    total_found = Found(total[0].value, source_text(total[1]), 0.85) if total else None
    currency = None
    if currencies:
        code, line = currencies[0]
        currency = Found(code, source_text(line), 0.9)
    return Order(main[0] if main else None, main[1] if main else 0.0, others, total_found, currency)


_BETWEEN = re.compile(r"[\s\d]*(?:st|stk|kpl|pcs|x|×)?\.?[\s\d]*", re.IGNORECASE)


def _trailing(line: str, found: list[Amount]) -> Amount:
    """The first of the amounts that end the line (unit price, line total), with only a quantity between them:
    "Elcykel Logic 2.0   1   14.999,00 kr." is an item with one amount, not a price of 2."""
    index = len(found) - 1
    while (
        index
        and _BETWEEN.fullmatch(line[found[index - 1].end : found[index].start])
        and found[index - 1].shape == found[index].shape
    ):
        index -= 1
    return found[index]


def _labelled_price(lines: list[str], index: int, country: str) -> Amount | None:
    for line in lines[index + 1 : index + 4]:
        found = amounts(line, country)
        if found and _PRICE_LABEL.match(line):
            return found[-1]
    return None


def price_found(item: Item, confidence: float) -> Found | None:
    return Found(item.price, item.source, confidence) if isinstance(item.price, Decimal) else None
