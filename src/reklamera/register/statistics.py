"""The classic complaint-handling measures, from the register's rows: complaints per month, initial response
time (letter sent -> first reply), resolution time (letter sent -> closed), outcomes and satisfaction, and the
sellers and kinds of goods that come back again and again. Pure: rows in, numbers out."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Month:
    month: str  # "2026-10"
    complaints: int
    answered: int
    closed: int
    median_response_days: float | None
    median_resolution_days: float | None
    satisfaction: float | None  # mean of 1-5


@dataclass(frozen=True)
class Statistics:
    months: tuple[Month, ...]
    outcomes: dict[str, int]
    by_seller: tuple[tuple[str, int], ...]  # businesses with two or more complaints, most first
    by_category: tuple[tuple[str, int], ...]
    total: int


# One definition of each measure, for the statistics and the CSV export alike.
def month_of(row: dict) -> str:
    """The month a complaint counts in: when the letter was sent, else when the case was made."""
    return (row["first_sent"] or row["created"]).strftime("%Y-%m")


def response_days(row: dict) -> int | None:
    return (row["first_reply"] - row["first_sent"]).days if row["first_sent"] and row["first_reply"] else None


def resolution_days(row: dict) -> int | None:
    return (row["closed"] - row["first_sent"]).days if row["first_sent"] and row["closed"] else None


def compute(rows: list[dict]) -> Statistics:
    per_month: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        per_month[month_of(row)].append(row)
    months = []
    for month in sorted(per_month):
        group = per_month[month]
        response = [days for days in map(response_days, group) if days is not None]
        resolution = [days for days in map(resolution_days, group) if days is not None]
        scores = [r["satisfaction"] for r in group if r["satisfaction"]]
        months.append(Month(
            month=month, complaints=len(group), answered=len(response), closed=len(resolution),
            median_response_days=statistics.median(response) if response else None,
            median_resolution_days=statistics.median(resolution) if resolution else None,
            satisfaction=round(statistics.mean(scores), 2) if scores else None,
        ))
    sellers = Counter(r["seller_name"] for r in rows if r["seller_name"] and not r["seller_private"])
    categories = Counter(r["category"] for r in rows if r["category"])
    return Statistics(
        months=tuple(months),
        outcomes=dict(Counter(r["outcome"] for r in rows if r["outcome"])),
        by_seller=tuple((name, n) for name, n in sellers.most_common() if n >= 2),
        by_category=tuple(categories.most_common()),
        total=len(rows),
    )
