"""The `reklamera` command. `check` and `letter` never import Qt: they must start fast and run on servers.

Exit codes: 0 success (whatever the verdict), 2 bad input (one clear line on stderr naming the field or
file at fault), 1 anything else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from reklamera import __version__
from reklamera.countries import COUNTRIES
from reklamera.errors import InputError
from reklamera.i18n import LANGUAGES, N_, translations, ui_language
from reklamera.vocabulary import FollowUpKind, RegisterSort, RegisterStatus, values

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
LAST_YEAR = 9000


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
    def __init__(self, *args: Any, **kwargs: Any) -> None:  # ArgumentParser's own, passed on
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError("", "{detail}", detail=message)  # argparse's text is no template: braces stay text


# Values are checked after parsing, not by argparse `type=` functions, so that the message is ours and can
# be shown in the UI language (argparse would wrap it in its own English).


def _date(args: argparse.Namespace, name: str) -> dt.date | None:
    text = getattr(args, name)
    if text is None:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--{name.replace('_', '-')}", N_("\"{value}\" is not a date (YYYY-MM-DD)"),
                         value=text) from None
    if day.year > LAST_YEAR:  # the periods after it would run past the year 9999, where the calendar ends
        raise InputError(f"--{name.replace('_', '-')}", N_("\"{value}\" is too far in the future"), value=text)
    return day


def _country(text: str) -> str:
    code = text.upper()
    if code not in COUNTRIES:
        raise InputError("--country", N_('"{value}" is not one of {choices}'), value=text, choices=", ".join(COUNTRIES))
    return code


def _reply_days(text: str) -> int:
    from reklamera.case import REPLY_DAYS  # the one declaration of the bounds (case.py)

    if not text.isdigit() or int(text) not in REPLY_DAYS:
        raise InputError("--reply-days", N_('"{value}" is not a number of days from {minimum} to {maximum}'),
                         value=text, minimum=REPLY_DAYS.minimum, maximum=REPLY_DAYS.maximum)
    return int(text)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; given the command line, only the command it names gets its options (argparse spends
    a few milliseconds per option, which `reklamera check` and `letter` pay at every start)."""
    parser = _Parser(prog="reklamera", description="Complain about a faulty product the right way.")
    parser.add_argument("--version", action="version", version=f"reklamera {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: from the environment)")
    parser.add_argument(
        "--self-test", action="store_true", help="walk every wizard page offscreen, write a letter, exit"
    )
    parser.add_argument("--quit-after-startup", action="store_true", help="exit once the first page is painted")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    named = next((arg for arg in argv if arg in _COMMANDS), None) if argv is not None else None
    for name, (summary, description, add_options) in _COMMANDS.items():
        command = commands.add_parser(name, help=summary, description=description)
        if named is None or name == named:
            add_options(command)
    return parser


def _open_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", metavar="CASE", help="a saved case (*.reklamera)")


def _screenshots_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR")
    parser.add_argument("--lang", dest="shots_lang", choices=(*LANGUAGES, "pseudo"), help="language of the pages")
    parser.add_argument("--dark", action="store_true", help="a dark palette, as a desktop in dark mode shows it")


def _check_options(check: argparse.ArgumentParser) -> None:
    check.add_argument("--country", required=True, help="SE, NO, DK, FI or IS")
    check.add_argument("--delivered", required=True, metavar="YYYY-MM-DD", help="the day you received the goods")
    check.add_argument("--discovered", required=True, metavar="YYYY-MM-DD", help="the day you noticed the defect")
    check.add_argument(
        "--purchased", metavar="YYYY-MM-DD", help="the contract date; picks the law (default: --delivered)"
    )
    check.add_argument("--complained", metavar="YYYY-MM-DD", help="the day you complain (default: today; may be later)")
    check.add_argument("--long-life", action="store_true", help="goods meant to last substantially longer (NO, IS)")
    check.add_argument("--private-seller", action="store_true", help="bought from a private person")
    check.add_argument("--brokered", action="store_true",
                       help="with --private-seller: a shop or business sold it on the private person's behalf")
    check.add_argument("--live-animal", action="store_true", help="the goods are a live animal (SE: six months)")
    check.add_argument("--bad-faith", action="store_true", help="the seller knew of the defect and kept quiet")
    check.add_argument("--online", action="store_true", help="bought online or away from the shop (withdrawal)")
    check.add_argument("--guarantee-until", metavar="YYYY-MM-DD",
                       help="the last day of a longer guarantee from the seller or the maker")
    check.add_argument("--today", metavar="YYYY-MM-DD", help="assess as if today were this day")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _letter_command_options(letter: argparse.ArgumentParser) -> None:
    letter.add_argument("case", metavar="CASE", help="a saved case (*.reklamera)")
    _letter_options(letter)
    letter.add_argument("--reply-days", metavar="DAYS", help="days the seller has to reply (default: the case's, 14)")


def _followup_options(followup: argparse.ArgumentParser) -> None:
    followup.add_argument("case", metavar="CASE")
    followup.add_argument("--kind", required=True, metavar="KIND", help=", ".join(values(FollowUpKind)))
    _letter_options(followup)


def _escalate_options(escalate: argparse.ArgumentParser) -> None:
    escalate.add_argument("case", metavar="CASE")
    _letter_options(escalate)


def _register_options(register: argparse.ArgumentParser) -> None:
    actions = register.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    listing = actions.add_parser("list", help="list cases")
    listing.add_argument("--search", help="a name, seller or product to look for")
    listing.add_argument("--status", choices=values(RegisterStatus))
    listing.add_argument("--country", choices=COUNTRIES)
    listing.add_argument("--overdue", action="store_true", help="only cases whose answer is overdue")
    listing.add_argument("--sort", default=RegisterSort.UPDATED_AT.value, choices=values(RegisterSort))
    listing.add_argument("--limit", default="500", help="at most this many cases (default 500)")
    listing.add_argument("--json", action="store_true")
    stats = actions.add_parser("stats", help="complaints per month, response and resolution times, sellers")
    stats.add_argument("--json", action="store_true")
    export = actions.add_parser("export", help="anonymised CSV for reports (no names, addresses or free text)")
    export.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    export.add_argument("--force", action="store_true")


def _import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="an order confirmation or receipt: .eml, .msg, "
                        ".pdf or .txt (several fill one case; the first file's values come first)")
    parser.add_argument("-o", "--output", metavar="CASE.reklamera", help="write a new case with the values found")
    parser.add_argument("--force", action="store_true", help="overwrite the case file if it exists")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--country", metavar="XX", help="the seller's country, SE, NO, DK, FI or IS "
                        "(default: told from the document)")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="read the document as if today were this day")


def _bundle_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", metavar="CASE", help="a saved case (*.reklamera)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.zip", help="where to write the bundle")
    parser.add_argument("--force", action="store_true", help="overwrite the bundle if it exists")


def _unbundle_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bundle", metavar="BUNDLE", help="a case bundle (*.zip)")
    parser.add_argument("-o", "--output", required=True, metavar="FOLDER", help="a new folder for the case")


def _letter_options(parser: argparse.ArgumentParser) -> None:
    """The options `letter`, `followup` and `escalate` share."""
    parser.add_argument("-o", "--output", metavar="LETTER.docx|.pdf", help="where to write the letter")
    parser.add_argument(
        "--lang", dest="letter_lang", choices=LANGUAGES, help="the letter's language (default: the case's)"
    )
    parser.add_argument(
        "--template", metavar="OFFICE.docx", help="a letterhead whose header, footer and styles are kept"
    )
    parser.add_argument("--also-lang", dest="also_lang", choices=LANGUAGES, metavar="LANG",
                        help="the same letter in a second language after it, on a new page (a cross-border purchase)")
    parser.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    parser.add_argument("--text", action="store_true", help="print the letter as plain text (for e-mail)")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="write the letter as if today were this day")


# Each command: its line in `reklamera --help`, its own --help description, and what adds its options.
_COMMANDS: dict[str, tuple[str, str | None, Callable[[argparse.ArgumentParser], None]]] = {
    "open": ("open the wizard with a saved case", None, _open_options),
    "screenshots": ("render every wizard page with the sample case to PNG files", None, _screenshots_options),
    "check": ("is a complaint in time, and until when?",
              "Assess a complaint under the country's consumer-sale act.", _check_options),
    "letter": ("write the complaint letter for a case",
               "Write the complaint letter for a saved case as a Word document or a PDF (or as text for e-mail).",
               _letter_command_options),
    "followup": ("a reminder, or an answer to a common refusal",
                 "Write a follow-up letter: a reminder when the seller has not answered, or an answer to a "
                 "refusal. Record when you sent the first letter in the case first.", _followup_options),
    "escalate": ("a case summary for the dispute body (.docx or .pdf)",
                 "Write the case summary for the country's dispute body.", _escalate_options),
    "register": ("the office case register: list, statistics, export",
                 "The office's case register (switched on in the site configuration).", _register_options),
    "import": ("fill a new case from an order confirmation or a receipt",
               "Read an order confirmation or receipt (.eml, .msg, .pdf, .txt): every value found, with the line "
               "it came from; with -o a new case file. Check each value: nothing is guessed, so some stay empty.",
               _import_options),
    "bundle": ("one zip with the case and its evidence files",
               "Write the case and its evidence files to one zip, to move it to another desk or hand it to the "
               "dispute body. Every evidence file must still be the one logged.", _bundle_options),
    "unbundle": ("restore a case bundle into a new folder",
                 "Restore a case and its evidence from a bundle into a new folder, each file checked against "
                 "its logged SHA-256; prints the case file's path.", _unbundle_options),
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(argv).parse_args(argv)
        if args.command == "check":
            code = _check(args)
            sys.stdout.flush()
            return code
        if args.command == "register":
            from reklamera.register.command import run

            code = run(args)
            sys.stdout.flush()
            return code
        if args.command == "import":
            from reklamera.importer.command import run as run_import

            code = run_import(args, _date(args, "today"))
            sys.stdout.flush()
            return code
        if args.command in ("bundle", "unbundle"):
            from reklamera.commands import bundle_command

            code = bundle_command(args)
            sys.stdout.flush()
            return code
        if args.command in ("letter", "followup", "escalate"):
            from reklamera.commands import write_letter

            args.today = _date(args, "today")
            if args.command == "letter":
                args.reply_days = _reply_days(args.reply_days) if args.reply_days else None
            code = write_letter(args)
            sys.stdout.flush()
            return code
        return _gui(args)
    except BrokenPipeError:  # `reklamera check … | head -1`: the reader has gone, which is no error of ours
        return _reader_gone()
    except InputError as error:
        gettext = translations(ui_language(_lang_in(argv))).gettext
        _say(error.localized(gettext))
        return EXIT_BAD_INPUT
    except OSError as error:
        if error.errno in _BAD_PATH and error.filename is not None:  # a name too long, a folder that is not one …
            _say(f"{error.filename}: {error.strerror}")
            return EXIT_BAD_INPUT
        return _unexpected(argv, error)
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception as error:
        return _unexpected(argv, error)


def _unexpected(argv: Sequence[str], error: Exception) -> int:
    """A fault of ours: one line, and the traceback in the diagnostic log for office support (the command's
    name and the traceback without values; docs/diagnostics.md). The log is set up only now: a command that
    works never pays for it."""
    from reklamera import diagnostics

    diagnostics.setup("cli")
    diagnostics.failure("failed", error, command=next((arg for arg in argv if arg in _COMMANDS), "none"))
    _say(f"unexpected error: {type(error).__name__}: {error}")
    return EXIT_ERROR


# What a file name the user gave can be wrong with: bad input (exit 2), named in one line.
_BAD_PATH = {errno.ENAMETOOLONG, errno.ENOENT, errno.ENOTDIR, errno.EISDIR, errno.EACCES, errno.EROFS,
             errno.ELOOP, errno.EEXIST}


def _say(text: str) -> None:
    """One line on stderr: every character that is not printable (a newline, an escape sequence that would
    clear the terminal or forge a second line) is shown escaped, as repr() shows it."""
    shown = "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)
    print(f"reklamera: {shown}", file=sys.stderr)


def _reader_gone() -> int:
    """The Python documentation's recipe (signal module, "Note on SIGPIPE"): point stdout at devnull, so that the
    interpreter's final flush does not fail a second time, and exit quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
    return EXIT_OK


def _lang_in(argv: Sequence[str]) -> str | None:
    """--lang from the command line even when parsing failed, so the error is in the asked-for language.
    After `letter`, `followup` and `escalate`, --lang is the letter's language: only a --lang before the
    command word counts there."""
    command = next((i for i, arg in enumerate(argv) if arg in ("letter", "followup", "escalate", "open")), None)
    scope = argv[:command] if command is not None else argv
    for index, arg in enumerate(scope):
        if arg == "--lang" and index + 1 < len(scope):
            return scope[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def _check(args: argparse.Namespace) -> int:
    from reklamera import verdict
    from reklamera.rules import Facts, assess

    today = _date(args, "today") or dt.date.today()
    country, delivered, discovered = _country(args.country), _date(args, "delivered"), _date(args, "discovered")
    assert delivered is not None and discovered is not None  # argparse requires both
    facts = Facts(
        country=country,
        delivered=delivered,
        discovered=discovered,
        purchased=_date(args, "purchased"),
        complained=_date(args, "complained"),
        long_life=args.long_life,
        private_seller=args.private_seller,
        brokered=args.brokered,
        live_animal=args.live_animal,
        seller_bad_faith=args.bad_faith,
        bought_online=args.online,
        guarantee_until=_date(args, "guarantee_until"),
    )
    try:
        assessment = assess(facts, today)
    except InputError as error:  # name the option a person typed (--discovered), not the field (discovered)
        raise InputError(f"--{error.field.replace('_', '-')}", error.template, **error.params) from None
    language = ui_language(args.lang)
    translation = translations(language)
    if args.json:
        print(json.dumps(verdict.to_json(assessment, translation), ensure_ascii=False))
    else:
        from reklamera.check_text import render

        print(render(assessment, facts, translation, verdict.long_date_formatter(language), today, language))
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    from reklamera.ui import app

    if args.self_test:
        return app.self_test()
    if args.quit_after_startup:
        return app.quit_after_startup()
    if args.command == "screenshots":
        return app.screenshots(args.folder, args.shots_lang or args.lang, dark=args.dark)
    return app.run(args.case if args.command == "open" else None, args.lang)
