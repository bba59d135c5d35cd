"""Amounts in a document's lines, read with :func:`reklamera.inputs.parse_money` (the country's conventions for
``,`` and ``.``; an ambiguous amount gives no value), and the lines of an order sorted into items, totals and
the lines that are never the product: shipping, VAT, discounts, payment, rounding."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from reklamera.countries import DEFAULT_CURRENCY, DEFAULT_LANGUAGE
from reklamera.inputs import parse_money

_CURRENCY = r"(?:SEK|NOK|DKK|ISK|EUR|USD|GBP|kronor|kroner|krónur|kr\.?|euroa|euro|€|£|\$)"
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_AMOUNT = re.compile(
    rf"(?<![\w.,/\-−–])(?:(?P<pre>{_CURRENCY})\s?)?(?P<number>{_NUMBER})(?P<whole>[:,.]-)?"
    rf"(?:\s?(?P<post>{_CURRENCY}(?!\w)(?!\s?\d)|:-))?(?![\w%/]|[.,:]\d|\s?%)", re.IGNORECASE)
_MINUS = re.compile(rf"[-−–]\s?(?:{_CURRENCY}\s?)?$", re.IGNORECASE)

_KRONA = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"}
_CODES = {"sek": "SEK", "nok": "NOK", "dkk": "DKK", "isk": "ISK", "eur": "EUR", "usd": "USD", "gbp": "GBP",
          "€": "EUR", "euro": "EUR", "euroa": "EUR", "£": "GBP", "$": "USD", ":-": "SEK", "kronor": "SEK",
          "krónur": "ISK"}


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")(?![^\W\d_])", re.IGNORECASE)


# Lines that are never the product, in the five languages and English.
NOT_ITEM = _words(
    # shipping and fees
    "frakt", "fraktavgift", "frakten", "hemleverans", "leverans", "leveransavgift", "porto", "expeditionsavgift",
    "fakturaavgift", "avgift", "shipping", "delivery", "postage", "handling", "fee", "fragt", "levering",
    "leveringsgebyr", "gebyr", "forsendelse", "toimitus", "toimituskulut", "toimitusmaksu", "postikulut",
    "käsittelymaksu", "sending", "sendingarkostnaður", "sendingarkostnaðar", "heimsending", "flutningur",
    "flutningsgjald", "þjónustugjald", "miljøgebyr", "miljöavgift", "pant", "pantti",
    # VAT
    "moms", "mva", "merverdiavgift", "alv", "arvonlisävero", "vsk", "virðisaukaskattur", "vat", "tax", "heraf",
    "herav", "varav", "sis", "inkl\\. moms", "incl\\. vat",
    # discounts and vouchers
    "rabatt", "rabat", "discount", "avdrag", "alennus", "afsláttur", "afslattur", "kupong", "kupon", "coupon",
    "voucher", "rabattkod", "presentkort", "gavekort", "lahjakortti", "gjafabréf", "gift card", "bonus",
    "kampanjrabatt", "mängdrabatt",
    # totals and payment
    "summa", "totalt", "total", "totals", "delsumma", "subtotal", "sub-total", "i alt", "at betale", "å betale",
    "att betala", "til betaling", "betalt", "betalat", "betala", "betaling", "betalning", "paid", "payment",
    "amount due", "yhteensä", "yht", "välisumma", "loppusumma", "maksettava", "maksettu", "maksu", "samtals",
    "alls", "heild", "heildarverð", "greitt", "greiðsla", "til greiðslu", "mellemsum", "mellomsum", "sum",
    "kort", "card", "visa", "mastercard", "swish", "vipps", "mobilepay", "klarna", "kontant", "kontanter",
    "cash", "växel", "change", "avrundning", "öresavrundning", "avrunding", "afrunding", "øreafrunding",
    "pyöristys", "námundun", "netto", "brutto", "exkl", "excl", "ekskl", "eks", "veroton", "án", "saldo",
)
TOTAL = re.compile(
    r"^\W*(?:totalt?|total(?:belopp|summa)|summa(?: att betala)?|att betala|ordersumma|order total|grand total|"
    r"total (?:to pay|paid|amount)|amount (?:paid|due)|to pay|i alt|total at betale|at betale|til betaling|"
    r"totalt å betale|å betale|totalbeløp|total inkl\.?|yhteensä|maksettava(?: yhteensä)?|loppusumma|"
    r"tilauksen summa|samtals|alls|heildarupphæð|til greiðslu|betalt|betalat|paid|maksettu|greitt)"
    r"(?![^\W\d_])", re.IGNORECASE)
SUBTOTAL = _words("delsumma", "subtotal", "sub-total", "mellemsum", "mellomsum", "välisumma", "summa varor",
                  "varer totalt", "exkl", "excl", "ekskl", "eks", "veroton", "án vsk", "netto")
SERVICE = _words("försäkring", "forsikring", "vakuutus", "trygging", "insurance", "garanti", "takuu", "warranty",
                 "installation", "montering", "installasjon", "asennus", "uppsättning", "uppsetning",
                 "bortforsling", "bortkjøring", "bortskaffelse", "kierrätys", "förlängd", "extended")


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str | None  # from the sign or code written beside it; None when none was written
    start: int
    end: int
    shape: tuple[bool, int] = (False, 0)  # written with a currency; digits after the decimal mark


def currency_of(token: str | None, country: str) -> str | None:
    if not token:
        return None
    folded = token.casefold().rstrip(".")
    if folded in ("kr", "kroner"):
        return _KRONA.get(country)
    return _CODES.get(folded)


def amounts(line: str, country: str, currency: str | None = None) -> list[Amount]:
    """The amounts of money in ``line``: numbers with decimals, a whole-amount ending (1299:-) or a currency
    beside them; a negative one (a discount) is left out, and so is one the country's conventions leave
    ambiguous."""
    language = DEFAULT_LANGUAGE[country]
    found = []
    for match in _AMOUNT.finditer(line):
        number, token = match["number"], match["pre"] or match["post"]
        if not (token or match["whole"] or re.search(r"[.,]\d{1,2}$", number)):
            continue
        if _MINUS.search(line[: match.start()]):
            continue
        written = currency_of(token, country)
        use = written or currency or _KRONA.get(country) or DEFAULT_CURRENCY[country]
        whole = match["whole"] or (":-" if token == ":-" else "")
        parsed = parse_money(number + whole, language, use, str)
        if parsed.value is not None:
            decimals = re.search(r"[.,](\d{1,2})$", number)
            shape = (bool(token or whole), len(decimals[1]) if decimals else 0)
            found.append(Amount(parsed.value, written, match.start(), match.end(), shape))
    return found
