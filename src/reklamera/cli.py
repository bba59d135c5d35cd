"""The `reklamera` command. `check` and `letter` never import Qt: they must start fast and run on servers.

Exit codes: 0 success (whatever the verdict), 2 bad input (one clear line on stderr naming the field or
file at fault), 1 anything else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence

from reklamera import __version__
from reklamera.errors import InputError
from reklamera.i18n import LANGUAGES, translations, ui_language

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
COUNTRY_CODES = ("SE", "NO", "DK", "FI", "IS")


class UsageError(InputError):
    """Bad command-line arguments, raised instead of argparse's print-usage-and-exit."""


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter imports shutil (and with it bz2, lzma, zlib) just to learn the terminal width,
    on every add_argument; asking os directly keeps `reklamera check` start-up short."""

    def __init__(self, prog: str) -> None:
        try:
            width = os.get_terminal_size().columns
        except OSError:
            width = 80
        super().__init__(prog, width=max(40, min(width, 100) - 2))


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError("", message)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _country(text: str) -> str:
    code = text.upper()
    if code not in COUNTRY_CODES:
        raise argparse.ArgumentTypeError(f"{text!r} is not one of {', '.join(COUNTRY_CODES)}")
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="reklamera", description="Complain about a faulty product the right way.")
    parser.add_argument("--version", action="version", version=f"reklamera {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: from the environment)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser(
        "check",
        help="is a complaint in time, and until when?",
        description="Assess a complaint under the country's consumer-sale act.",
    )
    check.add_argument("--country", required=True, type=_country, help="SE, NO, DK, FI or IS")
    check.add_argument("--delivered", required=True, type=_iso_date, help="the day you received the goods")
    check.add_argument("--discovered", required=True, type=_iso_date, help="the day you noticed the defect")
    check.add_argument("--purchased", type=_iso_date, help="the contract date; picks the law (default: --delivered)")
    check.add_argument("--complained", type=_iso_date, help="the day you complain (default: today; may be later)")
    check.add_argument("--long-life", action="store_true", help="goods meant to last substantially longer (NO, IS)")
    check.add_argument("--private-seller", action="store_true", help="bought from a private person")
    check.add_argument("--bad-faith", action="store_true", help="the seller knew of the defect and kept quiet")
    check.add_argument("--online", action="store_true", help="bought online or away from the shop (withdrawal)")
    check.add_argument("--today", type=_iso_date, help="assess as if today were this day")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    letter = commands.add_parser(
        "letter",
        help="write the complaint letter for a case",
        description="Write the complaint letter for a saved case as a Word document (or as text for e-mail).",
    )
    letter.add_argument("case", metavar="CASE", help="a saved case (*.reklamera)")
    letter.add_argument("-o", "--output", metavar="LETTER.docx", help="where to write the letter")
    letter.add_argument("--lang", dest="letter_lang", choices=LANGUAGES, help="the letter's language (default: the case's)")
    letter.add_argument("--template", metavar="OFFICE.docx", help="a letterhead whose header, footer and styles are kept")
    letter.add_argument("--force", action="store_true", help="overwrite LETTER.docx if it exists")
    letter.add_argument("--text", action="store_true", help="print the letter as plain text (for e-mail)")
    letter.add_argument("--reply-days", type=_reply_days, default=14, help="days the seller has to reply (default 14)")
    letter.add_argument("--today", type=_iso_date, help="write the letter as if today were this day")
    return parser


def _reply_days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 90:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 1 to 90")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command == "check":
            return _check(args)
        if args.command == "letter":
            from reklamera.letter.command import write_letter

            return write_letter(args)
        return _gui(args)
    except InputError as error:
        print(f"reklamera: {_option_name(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        print(f"reklamera: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_ERROR


def _option_name(error: InputError) -> str:
    """Name the option a person typed (--discovered), not the internal field (discovered)."""
    if isinstance(error, UsageError) or not error.field or "." in error.field or " " in error.field:
        return str(error)
    return f"--{error.field.replace('_', '-')}: {error.message}"


def _check(args: argparse.Namespace) -> int:
    from reklamera import verdict
    from reklamera.rules import Facts, assess

    today = args.today or dt.date.today()
    facts = Facts(
        country=args.country,
        delivered=args.delivered,
        discovered=args.discovered,
        purchased=args.purchased,
        complained=args.complained,
        long_life=args.long_life,
        private_seller=args.private_seller,
        seller_bad_faith=args.bad_faith,
        bought_online=args.online,
    )
    assessment = assess(facts, today)
    language = ui_language(args.lang)
    translation = translations(language)
    if args.json:
        print(json.dumps(verdict.to_json(assessment, translation), ensure_ascii=False))
    else:
        from reklamera.check_text import render

        print(render(assessment, facts, translation, verdict.long_date_formatter(language)))
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    print("reklamera: the desktop wizard is not built yet; try `reklamera check --help`.", file=sys.stderr)
    return EXIT_ERROR
