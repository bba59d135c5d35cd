"""Organisation numbers of the five countries: found by their label, proved by their check digit, written in the
country's usual form (DESIGN.md "Import"): SE NNNNNN-NNNN, NO NNN NNN NNN, DK NNNNNNNN, FI NNNNNNN-N,
IS NNNNNN-NNNN. A number whose check digit is wrong is never offered: it was misread or mistyped."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEP = r"[ \u00a0\u202f.\-]?"


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=False))


def _mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    """The mod-11 check digit of Norway and Iceland: 11 - sum % 11, 11 becomes 0, 10 has none."""
    rest = 11 - _weighted(digits, weights) % 11
    return 0 if rest == 11 else None if rest == 10 else rest


def valid_se(digits: str) -> bool:
    """Luhn over all ten digits (Bolagsverket)."""
    if len(digits) != 10:
        return False
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def valid_no(digits: str) -> bool:
    """Enhetsregisteret: weights 3 2 7 6 5 4 3 2, the ninth digit checks."""
    return len(digits) == 9 and _mod11(digits[:8], (3, 2, 7, 6, 5, 4, 3, 2)) == int(digits[8])


def valid_dk(digits: str) -> bool:
    """CVR: weights 2 7 6 5 4 3 2 1, the sum divisible by 11; no CVR number starts with 0."""
    return len(digits) == 8 and digits[0] != "0" and _weighted(digits, (2, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0


def valid_fi(digits: str) -> bool:
    """Y-tunnus: weights 7 9 10 5 8 4 2; remainder 0 gives 0, 1 is never given, else 11 - remainder."""
    if len(digits) != 8:
        return False
    rest = _weighted(digits[:7], (7, 9, 10, 5, 8, 4, 2)) % 11
    return rest != 1 and int(digits[7]) == (0 if rest == 0 else 11 - rest)


def valid_is(digits: str) -> bool:
    """Kennitala: weights 3 2 7 6 5 4 3 2, the ninth digit checks, the tenth is the century (9, 0 or 8)."""
    return (len(digits) == 10 and digits[9] in "908"
            and _mod11(digits[:8], (3, 2, 7, 6, 5, 4, 3, 2)) == int(digits[8]))


def formatted(country: str, digits: str) -> str:
    if country in ("SE", "IS"):
        return f"{digits[:6]}-{digits[6:]}"
    if country == "NO":
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    if country == "FI":
        return f"{digits[:7]}-{digits[7]}"
    return digits


@dataclass(frozen=True)
class OrgNumber:
    country: str
    value: str  # in the country's usual form
    labelled: bool  # found after its label ("Org.nr", "CVR", "Y-tunnus" …), not only by its shape


# Labels, and the shape of the number after them. The VAT numbers hold the organisation number too:
# SE556677889901 (SE + number + 01), NO 912345678 MVA, DK12345678, FI12345678.
_PATTERNS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("SE", re.compile(r"\b(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer|no|number)\.?|organisation number|"
                      r"company reg(?:istration)?\.? (?:no|number)\.?|reg(?:istration)?\.? no\.?)\s*[:.]?\s*"
                      r"(?:SE\s?)?(\d{6})" + _SEP + r"(\d{4})\b", re.IGNORECASE), True),
    ("SE", re.compile(r"\b(?:moms(?:reg)?\.?\s*-?\s*(?:nr|nummer)\.?|vat(?: reg\.?)?\s*(?:no|number|nr)\.?|"
                      r"momsregistreringsnummer)\s*[:.]?\s*SE\s?(\d{6})(\d{4})01\b", re.IGNORECASE), True),
    ("SE", re.compile(r"\bSE(\d{6})(\d{4})01\b"), False),
    ("NO", re.compile(r"\b(?:org(?:anisasjons)?\.?\s*-?\s*(?:nr|nummer|no|number)\.?|organisation number|"
                      r"foretaksregisteret)\s*[:.]?\s*(?:NO\s?)?(\d{3})" + _SEP + r"(\d{3})" + _SEP
                      + r"(\d{3})\b", re.IGNORECASE), True),
    ("NO", re.compile(r"\b(?:NO\s?)?(\d{3})" + _SEP + r"(\d{3})" + _SEP + r"(\d{3})\s?MVA\b"), False),
    ("DK", re.compile(r"\b(?:cvr|se)(?:\s*-?\s*(?:nr|nummer|no|number)\.?)?\s*[:.]?\s*(?:DK\s?)?"
                      r"(\d{2})" + _SEP + r"(\d{2})" + _SEP + r"(\d{2})" + _SEP + r"(\d{2})\b", re.IGNORECASE), True),
    ("FI", re.compile(r"\b(?:y-?tunnus|business id|fo-nummer|företags-?\s?och organisationsnummer)\s*[:.]?\s*"
                      r"(\d{7})\s?-\s?(\d)\b", re.IGNORECASE), True),
    ("FI", re.compile(r"\b(?:alv-?(?:numero|nro|tunniste)|vat(?: reg\.?)?\s*(?:no|number|nr)\.?)\s*[:.]?\s*"
                      r"FI\s?(\d{7})(\d)\b", re.IGNORECASE), True),
    ("IS", re.compile(r"\b(?:kennitala|kt\.?)\s*[:.]?\s*(\d{6})\s?-?\s?(\d{4})\b", re.IGNORECASE), True),
)
_VALID = {"SE": valid_se, "NO": valid_no, "DK": valid_dk, "FI": valid_fi, "IS": valid_is}


def find(line: str) -> list[OrgNumber]:
    """Every organisation number in one line whose label and check digit agree, in the order found."""
    found: list[OrgNumber] = []
    for country, pattern, labelled in _PATTERNS:
        for match in pattern.finditer(line):
            digits = "".join(match.groups())
            if country == "IS" and digits[0] not in "4567":  # a company's kennitala: day of month + 40
                continue
            if _VALID[country](digits):
                number = OrgNumber(country, formatted(country, digits), labelled)
                if all(other.value != number.value for other in found):
                    found.append(number)
    return found
