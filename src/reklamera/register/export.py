"""Anonymised CSV export for reports: no names, addresses, e-mail, free text or file paths — one line per case
with its month, country, kind of goods (ours, and its COICOP 2018 code to compare with national statistics), the
business complained about, status, outcome and times."""

from __future__ import annotations

import csv
import io

from reklamera.register.statistics import month_of, resolution_days, response_days

COLUMNS = ("month", "country", "category", "coicop", "seller", "status", "outcome", "satisfaction", "response_days",
           "resolution_days")


def anonymised_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in sorted(rows, key=lambda r: r["first_sent"] or r["created"]):
        writer.writerow([
            month_of(row),
            row["country"],
            row["category"] or "",
            row["coicop"] or "",  # COICOP 2018, blank for "something else"
            "" if row["seller_private"] else row["seller_name"],  # a private seller is a person
            row["status"],
            row["outcome"] or "",
            row["satisfaction"] or "",
            _blank_if_none(response_days(row)),
            _blank_if_none(resolution_days(row)),
        ])
    return out.getvalue()


def _blank_if_none(value) -> object:
    return "" if value is None else value
