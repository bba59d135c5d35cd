"""Reply days (issue 14): at least 7, at most 90, declared once (case.REPLY_DAYS); the deadline the letters give
moves to the next working day when it falls on a weekend or a public holiday."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from pathlib import Path

import pytest

import reklamera
from reklamera.case import REPLY_DAYS, Case, Event, load_case
from reklamera.followup import follow_up
from reklamera.letter.compose import compose
from reklamera.letter.followup import compose_followup
from reklamera.next_steps import handout_content
from reklamera.rules import assess
from reklamera.rules.calendar import first_working_day_on_or_after, reply_deadline
from reklamera.samples import SAMPLE_CASE
from reklamera.session import CaseSession
from reklamera.session.steps import Step

SOURCE = Path(reklamera.__file__).parent
D = dt.date.fromisoformat


def test_bounds_are_a_week_to_ninety_days() -> None:
    assert (REPLY_DAYS.minimum, REPLY_DAYS.maximum) == (7, 90)
    assert 6 not in REPLY_DAYS and 7 in REPLY_DAYS and 90 in REPLY_DAYS and 91 not in REPLY_DAYS


def test_nobody_restates_the_reply_day_bounds() -> None:
    """Only case.py says how many days the seller may be given: the CLI, the site file and the wizard import it."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path.name == "case.py" and path.parent == SOURCE:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\b\d+ to 90\b", text):
            found.append(f"{path.relative_to(SOURCE)}: the range in words")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Compare) and any(isinstance(c, ast.Constant) and c.value == 90
                                                     for c in [node.left, *node.comparators]):
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno} compares with 90")
    assert not found, found


@pytest.mark.parametrize(("country", "day", "expected"), [
    ("SE", "2026-12-08", "2026-12-08"),  # a Tuesday
    ("SE", "2026-12-24", "2026-12-28"),  # julafton (de facto), juldagen, annandag jul, then the weekend
    ("SE", "2026-06-19", "2026-06-22"),  # midsommarafton, then the weekend
    ("NO", "2026-05-17", "2026-05-18"),  # grunnlovsdag on a Sunday
    ("DK", "2026-06-05", "2026-06-08"),  # grundlovsdag (a Friday), then the weekend
    ("FI", "2026-12-06", "2026-12-07"),  # itsenäisyyspäivä on a Sunday
    ("IS", "2026-06-17", "2026-06-18"),  # þjóðhátíðardagurinn
    ("SE", "2026-11-28", "2026-11-30"),  # a Saturday
])
def test_a_deadline_on_a_closed_day_moves_to_the_next_working_day(country, day, expected) -> None:
    assert first_working_day_on_or_after(country, D(day)) == D(expected)


def sample(complained: str | None = None, reply_days: int = 14) -> Case:
    case = load_case(SAMPLE_CASE)
    case.complained = D(complained) if complained else None
    case.reply_days = reply_days
    return case


def test_letter_follow_ups_and_handout_give_the_same_moved_deadline() -> None:
    case = sample("2026-12-10")  # + 14 days = Thursday 24 December (julafton) -> Monday 28 December
    assessment = assess(case.facts(), D("2026-12-10"))
    assert reply_deadline("SE", D("2026-12-10"), 14) == D("2026-12-28")
    assert "Please reply in writing by 28 December 2026" in compose(case, assessment, "en").as_text()
    handout = handout_content(case, assessment, "en", D("2026-12-10")).as_text()
    assert "The seller should answer by 28 December 2026." in handout
    case.events = [Event(date=D("2026-12-10"), kind="letter_sent")]
    assert follow_up(case, D("2026-12-28")).overdue is False  # the moved day is still the seller's
    assert follow_up(case, D("2026-12-29")).reply_by == D("2026-12-28")
    reminder = compose_followup(case, "reminder", "en", today=D("2026-12-29")).as_text()
    assert "asked you to answer by 28 December 2026" in reminder
    # The reminder's own week: 29 December + 7 = 5 January (a Tuesday; 6 January is Epiphany in Sweden).
    assert "Please reply in writing by 5 January 2027." in reminder


def test_an_older_file_with_fewer_days_loads_and_says_so(tmp_path: Path) -> None:
    """Versions before issue 14 allowed 1-6 days. Such a file loads with its value kept (saving writes it back
    unchanged); the wizard's check names the problem; the letters give the seller the minimum, 7 days."""
    data = json.loads(Path(SAMPLE_CASE).read_text(encoding="utf-8"))
    data["reply_days"] = 3
    path = tmp_path / "old.reklamera"
    path.write_text(json.dumps(data), encoding="utf-8")
    case = load_case(path)
    assert case.reply_days == 3 and json.loads(case.to_json())["reply_days"] == 3
    assert case.reply_days_in_force() == 7
    problem = case.reply_days_problem()
    assert problem is not None and "3 days is shorter" in str(problem) and "within 7 days" in str(problem)
    session = CaseSession(case, today=D("2026-11-24"))
    assert "from 7 to 90" in session.problems(Step.REMEDY)["reply_days"].reason()
    assert "Please reply in writing by 1 December 2026" in session.letter("en").as_text()  # 24 Nov + 7
    data["reply_days"] = 0
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="reply_days"):
        load_case(path)
    data["reply_days"] = 91
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="reply_days"):
        load_case(path)


def test_a_new_case_starts_within_the_bounds() -> None:
    session = CaseSession(today=D("2026-11-24"))
    session.settings.preferences.reply_days = 3  # an older version's saved preference
    assert session.blank_case().reply_days == 7


def test_the_command_line_takes_the_bounds_from_the_case(capsys) -> None:
    from reklamera.cli import main

    assert main(["--lang", "en", "letter", str(SAMPLE_CASE), "--text", "--reply-days", "6"]) == 2
    assert '--reply-days: "6" is not a number of days from 7 to 90' in capsys.readouterr().err
    assert main(["letter", str(SAMPLE_CASE), "--text", "--reply-days", "7", "--today", "2026-11-24"]) == 0


def test_also_lang_on_the_command_line(tmp_path: Path, capsys) -> None:
    from reklamera.cli import main

    out = tmp_path / "two.docx"
    assert main(["letter", str(SAMPLE_CASE), "-o", str(out), "--lang", "sv", "--also-lang", "fi",
                 "--today", "2026-11-24"]) == 0
    assert out.exists()
    assert main(["letter", str(SAMPLE_CASE), "--text", "--lang", "sv", "--also-lang", "fi",
                 "--today", "2026-11-24"]) == 0
    text = capsys.readouterr().out
    assert "Reklamation: diskmaskin" in text and "Reklamaatio: diskmaskin" in text
    assert main(["--lang", "en", "letter", str(SAMPLE_CASE), "--text", "--also-lang", "sv",
                 "--today", "2026-11-24"]) == 2
    assert "--also-lang: is the letter's own language (sv)" in capsys.readouterr().err
