"""`reklamera import FILE … [-o CASE.reklamera] [--force] [--json] [--country XX] [--today YYYY-MM-DD]`
(the options are declared in cli.py, with the other commands').

Reads each file, prints what was found (each value beside the line it came from; with --json one object, the
contract in DESIGN.md "Import" and docs/import.md) and with -o writes a new case with every value found, never
over an existing file without --force. Several files fill one case: a value from an earlier file is kept."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from reklamera.countries import COUNTRIES
from reklamera.errors import InputError
from reklamera.i18n import N_, translations, ui_language
from reklamera.importer.apply import CASE_FIELDS, new_case
from reklamera.importer.fields import extract
from reklamera.importer.readers import read_document
from reklamera.importer.result import ImportResult, json_value
from reklamera.storage import write_output

NOT_FOUND = N_("Not found (fill these in yourself): {fields}")
WROTE = N_("Wrote {file}: check every value before you send a letter.")
NOTHING = N_("Nothing was found that reklamera could use.")


def merge(results: list[ImportResult]) -> ImportResult:
    """One result from several files: each field from the first file that has it; every other item and warning."""
    merged = ImportResult(results[0].file, results[0].country)
    for result in results:
        for key, found in result.fields.items():
            merged.fields.setdefault(key, found)
        merged.other_items.extend(result.other_items)
        merged.warnings.extend(warning for warning in result.warnings if warning not in merged.warnings)
    return merged


def run(args: argparse.Namespace, today: dt.date | None) -> int:
    country = None
    if args.country:
        country = args.country.upper()
        if country not in COUNTRIES:
            raise InputError("--country", N_('"{value}" is not one of {choices}'), value=args.country,
                             choices=", ".join(COUNTRIES))
    results = []
    for name in args.files:
        result = extract(read_document(name), country, today)
        country = country or result.country  # the later files are read as the first one's country
        results.append(result)
    result = merge(results)
    gettext = translations(ui_language(args.lang)).gettext
    problems = []
    if args.output:
        case, refused = new_case(result)
        problems = [problem.localized(gettext) for problem in refused]
        write_output(Path(args.output), case.to_json().encode("utf-8"), overwrite=args.force)
    if args.json:
        data = result.to_json(gettext)
        if len(results) > 1:
            data["files"] = [one.file for one in results]
        data["warnings"].extend(problems)
        print(json.dumps(data, ensure_ascii=False))
        return 0
    _print_text(result, gettext)
    for line in problems:
        print(line, file=sys.stderr)
    if args.output:
        print(gettext(WROTE).format(file=args.output))
    return 0


def _print_text(result: ImportResult, translate: Callable[[str], str]) -> None:
    if not result.fields:
        print(translate(NOTHING))
    width = max((len(key) for key in result.fields), default=0)
    for key in result.ordered():
        found = result.fields[key]
        print(f"{key:<{width}}  {json_value(found.value)}    ← {found.source}")
    for item in result.other_items:
        print(f"{'':<{width}}  + {item.description}" + (f"  {item.price:.2f}" if item.price is not None else ""))
    missing = [key for key in CASE_FIELDS if key not in result.fields]
    if missing:
        print(translate(NOT_FOUND).format(fields=", ".join(missing)))
    for warning in result.warnings:
        print(translate(warning))
