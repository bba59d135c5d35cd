"""`reklamera letter|followup|escalate CASE -o FILE.docx|FILE.pdf`: load the case into a session, take the letter
from it, render. Never imports Qt: the PDF comes from render_pdf (ReportLab), so the commands run on a server
without a display.

Bad input (an unreadable or invalid case, a case the letter cannot be written from, a missing folder, an
existing file without --force) raises InputError: the CLI prints one line and exits 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from reklamera.case import FACT_FIELDS, load_case
from reklamera.errors import InputError
from reklamera.i18n import N_, translations, ui_language
from reklamera.session import CaseSession
from reklamera.settings import Settings

NO_LEGAL_CLAIM = N_(
    "note: the consumer-sale act does not help in this case (too late, or a private seller), so the letter "
    "makes no legal claim"
)


def write_letter(args: argparse.Namespace) -> int:
    """`reklamera letter`, `followup` and `escalate`: the same loading, checks and writing; another text."""
    command = getattr(args, "command", "letter")
    if not args.output and not getattr(args, "text", False):
        raise InputError("--output", N_("say where to write the letter (-o LETTER.docx), or use --text"))
    output = Path(args.output) if args.output else None
    if output is not None:
        _check_output(output, force=args.force, command=command)
    case = load_case(args.case)
    today = args.today or dt.date.today()
    name = Path(args.case).name
    from reklamera.site import load_site_config

    site = load_site_config()
    for problem in site.problems:  # the office's file: worth a line, never a reason to stop
        print(f"reklamera: {problem}", file=sys.stderr)
    session = CaseSession(case, settings=Settings(site=site), today=today, path=args.case)
    _warn_evidence(session, getattr(args, "lang", None))
    template = getattr(args, "template", None) or site.letterhead
    language = getattr(args, "letter_lang", None)
    also = getattr(args, "also_lang", None)  # the same letter in a second language, after it
    try:
        if command == "followup":
            content = session.followup(args.kind, language, also_language=also)
        elif command == "escalate":
            content = session.escalation(language, also_language=also)
            _warn_unconfirmed(session, getattr(args, "lang", None))
        else:
            content = session.letter(language, reply_days=args.reply_days, also_language=also)
            gettext = translations(ui_language(getattr(args, "lang", None))).gettext
            if session.derived.assessment is not None and not session.derived.assessment.has_claim:
                print(f"reklamera: {gettext(NO_LEGAL_CLAIM)}", file=sys.stderr)
            for item in session.letter_advice():  # what the recipient will miss: advice, the letter is written
                print(f"reklamera: {gettext(ADVICE).format(advice=item.localized(gettext))}", file=sys.stderr)
    except InputError as error:
        raise error.within(name, FACT_FIELDS) from None
    if getattr(args, "text", False):
        sys.stdout.write(content.as_text())
    if output is not None and output.suffix.lower() == ".pdf":
        write_pdf(content, output, letterhead=template, overwrite=args.force)
    elif output is not None:
        from reklamera.letter.render_docx import render_docx

        render_docx(content, output, template=template, overwrite=args.force)
    return 0


def bundle_command(args: argparse.Namespace) -> int:
    """`reklamera bundle CASE -o OUT.zip [--force]` and `reklamera unbundle BUNDLE -o FOLDER` (which prints the
    restored case file's path)."""
    from reklamera.bundle import open_bundle, write_bundle

    if args.command == "bundle":
        write_bundle(load_case(args.case), args.case, args.output, overwrite=args.force)
    else:
        print(open_bundle(args.bundle, args.output))
    return 0


ADVICE = N_("advice: {advice}")
EVIDENCE = N_("evidence log: {problem}")


def _warn_evidence(session: CaseSession, lang: str | None) -> None:
    """A changed or missing evidence file, one line each on stderr: the letter is written all the same."""
    problems = session.evidence_problems()
    if problems:
        gettext = translations(ui_language(lang)).gettext
        for problem in problems:
            print(f"reklamera: {gettext(EVIDENCE).format(problem=problem.localized(gettext))}", file=sys.stderr)
UNCONFIRMED = N_("check before you send the summary: {condition}")


def _warn_unconfirmed(session: CaseSession, lang: str | None) -> None:
    """The body's conditions the case cannot confirm (or that time must still meet), one line each on stderr:
    the summary leaves them out, the consumer must check them."""
    from reklamera.rules.messages import render_note
    from reklamera.verdict import long_date_formatter, number_formatter

    check = session.derived.eligibility
    if check is None:
        return
    language = ui_language(lang)
    gettext = translations(language).gettext
    for item in check.checks:
        if item.ok is not True:
            condition = render_note(item.note, gettext, long_date_formatter(language), number_formatter(language))
            print(f"reklamera: {gettext(UNCONFIRMED).format(condition=condition)}", file=sys.stderr)


def write_pdf(content, output: Path, *, letterhead=None, overwrite: bool = False) -> None:
    """The letter as a PDF with the Word letter's layout, on the office's letterhead (--template) if any."""
    from reklamera.letter.render_pdf import render_pdf

    render_pdf(content, output, overwrite=overwrite, letterhead=letterhead)


def _check_output(output: Path, *, force: bool, command: str = "letter") -> None:
    """Refuse early, before any work, so a mistake costs nothing and nothing is touched."""
    if output.suffix.lower() not in (".docx", ".pdf"):
        if command == "escalate":
            raise InputError(str(output), N_("name the file *.docx or *.pdf"))
        raise InputError(str(output), N_("the letter is a Word document or a PDF: name it *.docx or *.pdf"))
    if not output.parent.is_dir():
        raise InputError(str(output), N_("the folder {folder} does not exist"), folder=str(output.parent))
    if output.is_dir():
        raise InputError(str(output), N_("is a folder"))
    if output.exists() and not force:
        raise InputError(str(output), N_("already exists; use --force to overwrite it"))
