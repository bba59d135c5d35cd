"""Organisation numbers: each country's label, check digit and usual form."""

from __future__ import annotations

import pytest

from reklamera.importer import orgnr


@pytest.mark.parametrize(("line", "country", "value"), [
    ("Org.nr 556677-8899", "SE", "556677-8899"),
    ("Organisationsnummer: 5566778899", "SE", "556677-8899"),
    ("Momsreg.nr SE556677889901", "SE", "556677-8899"),
    ("Org.nr. 912 345 661 MVA", "NO", "912 345 661"),
    ("NO 912345661 MVA", "NO", "912 345 661"),
    ("CVR-nr. 31748321", "DK", "31748321"),
    ("CVR: 31 74 83 21", "DK", "31748321"),
    ("Y-tunnus 2345678-0", "FI", "2345678-0"),
    ("Business ID: 1572860-0", "FI", "1572860-0"),
    ("Kt. 540206-0079", "IS", "540206-0079"),
    ("Kennitala: 5402060079", "IS", "540206-0079"),
])
def test_found(line: str, country: str, value: str) -> None:
    assert [(number.country, number.value) for number in orgnr.find(line)] == [(country, value)]


@pytest.mark.parametrize("line", [
    "Org.nr 556677-8898",  # Luhn fails
    "Org.nr. 912 345 662 MVA",  # mod 11 fails
    "CVR-nr. 31748322",
    "Y-tunnus 2345678-1",
    "Kt. 540206-0089",
    "Kt. 120160-3389",  # a person's kennitala, not a company's
    "Telefon 0480-123456",
    "Ordernummer 556677-8899",  # no label for an organisation number
])
def test_not_found(line: str) -> None:
    assert orgnr.find(line) == []
