"""Statistics against a generated set of cases with known answers; the anonymised export holds no personal data."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io

import pytest

from reklamera.case import Event, load_case
from reklamera.register.export import COLUMNS, anonymised_csv
from reklamera.register.statistics import compute
from reklamera.samples import SAMPLE_CASE

D = dt.date.fromisoformat
SELLERS = ("Elektronikhuset i Uppsala AB", "Möbelkungen AB", "Cykelbolaget AB")


def generated_cases():
    """Twelve complaints: three a month from July to October 2026, with replies after 3, 5 and 7 days, each
    closed 20 days after it was sent; the first seller and electronics come back in every month."""
    base = load_case(SAMPLE_CASE)
    cases = []
    for month in (7, 8, 9, 10):
        for index, reply_after in enumerate((3, 5, 7)):
            case = copy.deepcopy(base)
            case.id = f"{month}-{index}"
            case.consumer.name = f"Person {month}-{index}"
            case.consumer.email = f"person{month}{index}@example.se"
            case.seller.name = SELLERS[0] if index < 2 else SELLERS[month % 2 + 1]
            case.product.category = "electronics" if index < 2 else "furniture"
            sent = dt.date(2026, month, 5)
            case.events = [Event(date=sent, kind="letter_sent"),
                           Event(date=sent + dt.timedelta(days=reply_after), kind="reply_received"),
                           Event(date=sent + dt.timedelta(days=20), kind="closed",
                                 outcome=("repaired", "refunded", "refused")[index], satisfaction=index + 3)]
            cases.append(case)
    return cases


@pytest.fixture()
def filled(register):
    for case in generated_cases():
        register.save(case, f"/home/{case.consumer.name}/case.reklamera", today=D("2026-11-20"))
    return register


def test_measures_per_month(filled) -> None:
    stats = compute(filled.rows_for_statistics())
    assert stats.total == 12
    assert [month.month for month in stats.months] == ["2026-07", "2026-08", "2026-09", "2026-10"]
    for month in stats.months:
        assert (month.complaints, month.answered, month.closed) == (3, 3, 3)
        assert month.median_response_days == 5
        assert month.median_resolution_days == 20
        assert month.satisfaction == 4.0  # mean of 3, 4, 5
    assert stats.outcomes == {"repaired": 4, "refunded": 4, "refused": 4}
    assert stats.by_seller[0] == ("Elektronikhuset i Uppsala AB", 8)
    assert dict(stats.by_seller) == {"Elektronikhuset i Uppsala AB": 8, "Möbelkungen AB": 2, "Cykelbolaget AB": 2}
    assert stats.by_category == (("electronics", 8), ("furniture", 4))


def test_anonymised_export_has_no_personal_data(filled) -> None:
    text = anonymised_csv(filled.rows_for_statistics())
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 12
    for personal in ("Person", "@example", "/home", "Storgatan", "070-", "Anna", "diskmaskin"):
        assert personal not in text
    assert rows[0] == {"month": "2026-07", "country": "SE", "category": "electronics", "coicop": "08.1",
                       "seller": "Elektronikhuset i Uppsala AB", "status": "closed", "outcome": "repaired",
                       "satisfaction": "3", "response_days": "3", "resolution_days": "20"}


def test_a_private_seller_is_never_exported(register) -> None:
    case = generated_cases()[0]
    case.seller.private, case.seller.name = True, "Kalle Privat"
    register.save(case)
    assert "Kalle" not in anonymised_csv(register.rows_for_statistics())
    assert compute(register.rows_for_statistics()).by_seller == ()


def test_the_export_codes_each_kind_of_goods_in_coicop_2018(register) -> None:
    from reklamera.vocabulary import GoodsKind

    for kind in (*GoodsKind, None):
        case = generated_cases()[0]
        case.id, case.product.category = "", kind
        register.save(case)
    rows = list(csv.DictReader(io.StringIO(anonymised_csv(register.rows_for_statistics()))))
    coded = {row["category"]: row["coicop"] for row in rows}
    assert coded == {"electronics": "08.1", "white_goods": "05.3.1", "furniture": "05.1.1", "clothes_shoes": "03",
                     "vehicles": "07.1", "live_animals": "09.3.2", "other": "", "": ""}
