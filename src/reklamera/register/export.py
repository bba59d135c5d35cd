"""Anonymised CSV export for reports: no names, addresses, e-mail, free text or file paths — one line per case
with its month, country, kind of goods, the business complained about, status, outcome and times."""

from __future__ import annotations

import csv
import io

COLUMNS = ("month", "country", "category", "seller", "status", "outcome", "satisfaction", "response_days",
           "resolution_days")


def anonymised_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in sorted(rows, key=lambda r: (r["first_sent"] or r["created"])):
        start = row["first_sent"] or row["created"]
        writer.writerow([
            start.strftime("%Y-%m"),
            row["country"],
            row["category"] or "",
            "" if row["seller_private"] else row["seller_name"],  # a private seller is a person
            row["status"],
            row["outcome"] or "",
            row["satisfaction"] or "",
            (row["first_reply"] - row["first_sent"]).days if row["first_sent"] and row["first_reply"] else "",
            (row["closed"] - row["first_sent"]).days if row["first_sent"] and row["closed"] else "",
        ])
    return out.getvalue()
