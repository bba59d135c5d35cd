"""`reklamera register list|stats|export`: the office register from the command line, for scripted reports."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reklamera.errors import InputError
from reklamera.i18n import N_


def open_register(site=None):
    """The office's register: the site configuration's database, or a SQLite file in the user's data folder.
    Retention is applied on opening, so closed cases never outlive the office's period."""
    from reklamera.register.store import Register
    from reklamera.settings import user_data_dir
    from reklamera.site import load_site_config

    site = site or load_site_config()
    if site.register_url:
        register = Register(site.register_url)
    else:
        folder = user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        register = Register.sqlite(folder / "register.sqlite")
    if site.retention_days:
        import sqlalchemy as sa

        from reklamera.register.store import RegisterError

        try:
            register.anonymise_closed(site.retention_days)
        except sa.exc.SQLAlchemyError as error:
            register.close()
            raise RegisterError.of(error) from None
    return register


def run(args: argparse.Namespace) -> int:
    from reklamera.register.export import anonymised_csv
    from reklamera.register.statistics import compute

    with open_register() as register:
        if args.action == "list":
            rows = register.list(search=args.search or "", status=args.status, country=args.country,
                                 overdue=True if args.overdue else None, sort=args.sort, limit=_limit(args.limit))
            if args.json:
                print(json.dumps([{**row.__dict__, "next_deadline": row.next_deadline and row.next_deadline.isoformat(),
                                   "updated_at": row.updated_at.isoformat(timespec="seconds")} for row in rows],
                                 ensure_ascii=False))
            else:
                for row in rows:
                    deadline = row.next_deadline.isoformat() if row.next_deadline else "-"
                    flag = " OVERDUE" if row.overdue else ""
                    print(f"{row.id[:8]}  {row.status:<9} {row.country}  {deadline:<10}{flag}  "
                          f"{row.consumer_name} / {row.seller_name} / {row.product}")
            return 0
        stats_rows = register.rows_for_statistics()
    if args.action == "stats":
        stats = compute(stats_rows)
        data = {"total": stats.total, "months": [month.__dict__ for month in stats.months],
                "outcomes": stats.outcomes, "by_seller": stats.by_seller, "by_category": stats.by_category}
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(
                f"{'month':<8} {'cases':>5} {'reply (median days)':>20} {'closed (median days)':>21} "
                f"{'satisfaction':>12}"
            )
            for month in stats.months:
                print(
                    f"{month.month:<8} {month.complaints:>5} {_number(month.median_response_days):>20} "
                    f"{_number(month.median_resolution_days):>21} {_number(month.satisfaction):>12}"
                )
            for name, count in stats.by_seller:
                print(f"  {count:>4}  {name}")
        return 0
    output = Path(args.output)
    if output.exists() and not args.force:
        raise InputError(str(output), N_("already exists; use --force to overwrite it"))
    from reklamera.storage import write_output

    write_output(output, anonymised_csv(stats_rows).encode("utf-8"), overwrite=True)
    print(f"{len(stats_rows)} cases written to {output}", file=sys.stderr)
    return 0


MAX_LIMIT = 1_000_000


def _limit(text: str) -> int:
    """--limit: a whole number of rows from 1 to a million (the database's integers end somewhere)."""
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise InputError("--limit", N_('"{value}" is not a number of cases from 1 to {limit}'), value=text[:40],
                         limit=MAX_LIMIT)
    return int(text)


def _number(value) -> str:
    return "-" if value is None else f"{value:g}"
