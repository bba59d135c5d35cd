"""Fuzzing (issue 15): generated case files through `letter`, `followup` and `escalate` and through the wizard's open
path (the session), and generated command lines for every command. Whatever the input: exit 0 or 2 (never 1),
never a traceback or an "unexpected error", and nothing half-written left in the output folder.

Bounded and repeatable: a fixed seed (derandomize), no deadline, and example counts that keep this file within
about half a minute. `FUZZ_EXAMPLES=2000 pytest tests/test_fuzz.py` runs a longer search.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reklamera import cli
from reklamera.cli import main
from reklamera.errors import InputError
from reklamera.samples import SAMPLE_CASE
from reklamera.session import CaseSession
from reklamera.storage import TEMP_PREFIX
from reklamera.vocabulary import FollowUpKind, RegisterSort, RegisterStatus, values

SCALE = int(os.environ.get("FUZZ_EXAMPLES", "0")) or None


def bounded(examples: int):
    return settings(max_examples=SCALE or examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.filter_too_much])


# --- generated case files -------------------------------------------------------------------------------------
BASE: dict[str, Any] = {
    **json.loads(SAMPLE_CASE.read_text(encoding="utf-8")),
    "complained": "2026-10-04",
    "events": [{"date": "2026-10-04", "kind": "letter_sent", "channel": "email", "reference": "", "file": "",
                "summary": ""},
               {"date": "2026-10-25", "kind": "reply_received", "refusal": "your_fault", "summary": "Nej."}],
    "product": {**json.loads(SAMPLE_CASE.read_text(encoding="utf-8"))["product"], "category": "white_goods"},
}
HUGE = "\x00huge-int\x00"  # written into the JSON as a 5 000-digit integer (json.dumps cannot write one)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


PATHS = _paths(BASE)
ODD_TEXT = ["", " ", "\x00", "\ud800", "\udfff", "\u202e", "\x1b[2J", "{0}", "{x}", "}", "%s", "%", "a" * 5000,
            "é" * 70_000, "\n\n", "\t", "null", "true", HUGE]
ODD_DATES = ["2025-02-30", "2025-13-01", "0001-01-01", "9999-12-31", "2025-1-1", "2025-01-17T10:00", "+2025-01-01",
             "20250117", "1970-01-01", "2026-10-03 ", "٢٠٢٥-٠١-١٧"]
ODD_AMOUNTS = ["1e309", "-0", "NaN", "Infinity", "-1", "12,50", "0.001", "99999999999999.99", "1" * 30,
               "9E+999999999", "0x10", "1_000", "  12 ", "12.5.0"]
ODD_CHOICES = ["SE", "se", "XX", "sv", "nb", "repair", "phone", "letter_sent", "closed", "your_fault", "other",
               "electronics", "SEK", "EUR"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(10 ** 40), max_value=10 ** 40),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20),
    st.sampled_from(ODD_TEXT + ODD_DATES + ODD_AMOUNTS + ODD_CHOICES))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=5)


def odd_like(value: Any) -> st.SearchStrategy:
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, str):
        return st.one_of(st.text(max_size=40), st.sampled_from([t for t in ODD_TEXT if t != HUGE]),
                         st.sampled_from(ODD_DATES + ODD_AMOUNTS + ODD_CHOICES))
    if isinstance(value, list):
        return st.lists(st.sampled_from(value) if value else st.none(), max_size=60)
    return json_values


@st.composite
def case_documents(draw) -> Any:
    if draw(st.integers(0, 30)) == 0:  # now and then not a case at all
        return draw(json_values)
    document = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(PATHS))
        parent: Any = document
        for step in path[:-1]:
            try:
                parent = parent[step]
            except (KeyError, IndexError, TypeError):
                parent = None
                break
        key = path[-1]
        try:  # an earlier change may have replaced or removed what this path leads to
            parent[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            continue
        action = draw(st.sampled_from(["set", "odd", "odd", "delete", "unknown"]))
        if action == "set":
            parent[key] = draw(json_values)
        elif action == "odd":  # the same type with an odd value: what a file that is valid JSON and nearly right holds
            parent[key] = draw(odd_like(parent[key]))
        elif action == "delete":
            del parent[key]
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=12))] = draw(json_values)
    return document


def case_text(document: Any) -> str:
    """The document as a case file: UTF-8 as the app writes it, or with escapes where it holds lone surrogates
    (only an escape, \\ud800, can carry one into a file)."""
    escaped = json.dumps(document)
    plain = "\\ud8" not in escaped and "\\udb" not in escaped and "\\udc" not in escaped and "\\udf" not in escaped
    return json.dumps(document, ensure_ascii=not plain).replace(json.dumps(HUGE), "9" * 5000)


# --- running the command line in-process ----------------------------------------------------------------------
def run(argv: list[str]) -> tuple[int, str]:
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(argv)
        except SystemExit as done:  # --help and --version: argparse prints and exits, as the process would
            code = done.code if isinstance(done.code, int) else 0
    return code, err.getvalue()


def assert_clean(code: int, err: str, argv: list[str]) -> None:
    event(f"exit {code}")  # --hypothesis-show-statistics: how many inputs got through
    assert code in (0, 2), f"exit {code} for {argv!r}: {err}"
    assert "Traceback" not in err and "unexpected error" not in err, f"{argv!r}: {err}"
    if code == 2:
        lines = err.strip().splitlines()
        assert lines and lines[-1].startswith("reklamera: "), f"{argv!r}: {err!r}"


def left_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


LETTER_COMMANDS = [["letter"], ["letter", "--reply-days", "20"], ["escalate"],
                   *(["followup", "--kind", kind] for kind in values(FollowUpKind))]


@bounded(150)
@given(document=case_documents(), command=st.sampled_from(LETTER_COMMANDS), suffix=st.sampled_from([".docx", ".pdf"]))
def test_generated_case_files_through_the_letter_commands(document, command, suffix) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        case = Path(scratch) / "case.reklamera"
        case.write_text(case_text(document), encoding="utf-8")
        out = Path(scratch) / "out"
        out.mkdir()
        argv = [command[0], str(case), *command[1:], "-o", str(out / f"letter{suffix}"), "--today", "2026-11-20"]
        code, err = run(argv)
        assert_clean(code, err, argv)
        assert left_in(out) == ([f"letter{suffix}"] if code == 0 else []), err
        assert (out / f"letter{suffix}").stat().st_size > 0 if code == 0 else True


@bounded(250)
@given(document=case_documents())
def test_generated_case_files_through_the_wizards_open(document) -> None:
    """What the wizard's Open does, without the window: the session reads the file, or says why not (InputError);
    a case it accepts gives every derived answer the pages show, and saves and reads back the same."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "case.reklamera"
        path.write_text(case_text(document), encoding="utf-8")
        session = CaseSession(today=__import__("datetime").date(2026, 11, 20))
        try:
            session.open(path)
        except InputError as error:
            assert error.localized(lambda text: text)
            event("refused")
            return
        event("opened")
        derived = session.derived
        for name in ("assessment", "follow_up", "eligibility"):
            getattr(derived, name)
        copy_path = Path(scratch) / "copy.reklamera"
        session.save(copy_path)
        again = CaseSession(today=session.today)
        again.open(copy_path)
        assert again.case.to_json() == session.case.to_json()
        assert not [name for name in left_in(Path(scratch)) if name.startswith(TEMP_PREFIX)]


# --- generated command lines ----------------------------------------------------------------------------------
ODD_ARGS = ["", "-", "--", "}", "{0}", "{x}", "%", "\x1b[2J", "\n", "a" * 300, "-1", "0", "99999999999999999999",
            "1e9", "--json", "--force", "--lang", "xx", "sv", *ODD_DATES[:6]]
args = st.one_of(st.sampled_from(ODD_ARGS), st.text(max_size=12).filter(lambda text: "\x00" not in text))
dates = st.one_of(st.sampled_from(["2025-03-14", "2026-01-10", "2026-02-01", *ODD_DATES]), args)


def options(pairs: dict[str, st.SearchStrategy], flags: tuple[str, ...] = ()) -> st.SearchStrategy[list[str]]:
    one = st.one_of(*(value.map(lambda v, name=name: [name, v]) for name, value in pairs.items()),
                    st.sampled_from(flags or ("--json",)).map(lambda flag: [flag]), args.map(lambda a: [a]))
    return st.lists(one, max_size=6).map(lambda chunks: [token for chunk in chunks for token in chunk])


CHECK = options({"--country": st.sampled_from(["SE", "no", "DK", "fi", "IS", "XX", "}", ""]), "--delivered": dates,
                 "--discovered": dates, "--purchased": dates, "--complained": dates, "--today": dates,
                 "--guarantee-until": dates, "--lang": st.sampled_from(["sv", "en", "xx", "}"])},
                ("--json", "--long-life", "--private-seller", "--brokered", "--live-animal", "--bad-faith",
                 "--online"))
LETTER = options({"--lang": st.sampled_from(["sv", "nb", "da", "fi", "is", "en", "xx"]), "--today": dates,
                  "--template": st.sampled_from(["missing.docx", "case.reklamera", "/dev/null", "."]),
                  "--reply-days": args, "--kind": st.one_of(st.sampled_from(values(FollowUpKind)), args)},
                 ("--force", "--text"))
REGISTER_LIST = options({"--search": args, "--status": st.one_of(st.sampled_from(values(RegisterStatus)), args),
                         "--country": args, "--sort": st.one_of(st.sampled_from(values(RegisterSort)), args),
                         "--limit": st.one_of(st.sampled_from(["1", "500", "1000000", "1000001"]), args)},
                        ("--json", "--overdue"))
IMPORT = options({"-o": st.sampled_from(["out/new.reklamera", "out", "out/missing/x.reklamera", "out/" + "n" * 300]),
                  "--country": st.sampled_from(["SE", "no", "XX", "}", ""]), "--today": dates},
                 ("--json", "--force"))
CASES = st.sampled_from(["case.reklamera", "missing.reklamera", "folder", "empty.reklamera", "array.reklamera",
                         "/dev/null"])
OUTPUTS = st.sampled_from(["out/x.docx", "out/x.pdf", "out/x.txt", "out/missing/x.docx", "out", "out/" + "n" * 300,
                           "out/x.csv"])


_real_gui = cli._gui


def _no_window(args) -> int:
    """The GUI commands up to their window: `open` with a file that is not there must say so (exit 2) before
    any window; a window itself (a new case, a damaged file shown in the wizard) is tested in tests/ui."""
    if args.command == "open" and args.case and not os.path.exists(args.case):
        return _real_gui(args)
    return 0


@st.composite
def command_lines(draw) -> list[str]:
    command = draw(st.sampled_from(["check", "letter", "followup", "escalate", "register", "open", "import",
                                    "bundle", "unbundle", "none"]))
    prefix = draw(st.sampled_from([[], [], ["--lang", "sv"], ["--lang", "}"]]))
    if command == "check":
        valid = ["--country", "SE", "--delivered", "2025-03-14", "--discovered", "2026-01-10"]
        return [*prefix, "check", *draw(st.sampled_from([valid, []])), *draw(CHECK)]
    if command in ("letter", "followup", "escalate"):
        tail = draw(st.permutations([draw(CASES), *draw(st.sampled_from([["-o", draw(OUTPUTS)], []]))]))
        kind = ["--kind", draw(st.sampled_from(values(FollowUpKind)))] if command == "followup" else []
        return [*prefix, command, *tail, *kind, *draw(LETTER)]
    if command == "register":
        action = draw(st.sampled_from(["list", "stats", "export", "other"]))
        if action == "list":
            return [*prefix, "register", "list", *draw(REGISTER_LIST)]
        if action == "stats":
            return [*prefix, "register", "stats", *draw(st.sampled_from([[], ["--json"], ["--json", "x"]]))]
        if action == "export":
            return [*prefix, "register", "export", *draw(st.sampled_from([["-o", draw(OUTPUTS)], []])),
                    *draw(st.sampled_from([[], ["--force"]]))]
        return [*prefix, "register", *draw(st.lists(args, max_size=3))]
    if command == "import":  # the files' contents are fuzzed in tests/importer; here the command line
        files = draw(st.lists(st.one_of(CASES, st.sampled_from(["order.eml", "order.txt"]), args), max_size=3))
        return [*prefix, "import", *files, *draw(IMPORT)]
    if command == "bundle":
        return [*prefix, "bundle", draw(st.one_of(CASES, args)),
                *draw(st.sampled_from([["-o", "out/b.zip"], ["-o", draw(OUTPUTS)], []])),
                *draw(st.sampled_from([[], ["--force"]]))]
    if command == "unbundle":
        return [*prefix, "unbundle", draw(st.one_of(CASES, st.sampled_from(["order.txt"]), args)),
                *draw(st.sampled_from([["-o", "out/restored"], ["-o", draw(OUTPUTS)], []]))]
    if command == "open":  # a file that is not there: with a damaged one that exists the window opens (by design)
        missing = st.sampled_from(["missing.reklamera", "missing/x.reklamera", "case.reklamera/x"])
        return [*prefix, "open", draw(missing)]
    return [*prefix, *draw(st.lists(args, max_size=4))]


@bounded(300)
@given(argv=command_lines())
def test_generated_command_lines(argv, tmp_path_factory, monkeypatch) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "case.reklamera").write_bytes(SAMPLE_CASE.read_bytes())
    (folder / "empty.reklamera").write_text("")
    (folder / "array.reklamera").write_text("[]")
    (folder / "folder").mkdir()
    (folder / "out").mkdir()
    (folder / "order.txt").write_text("Vitvaruhuset i Norrland AB\nOrg.nr 556677-8899\nOrdernummer 123\n"
                                      "Diskmaskin 1 st 6 495,00 kr\n", encoding="utf-8")
    (folder / "order.eml").write_bytes(b"From: shop@example.se\nSubject: Order\n\nDiskmaskin 6 495,00 kr\n")
    monkeypatch.setattr(cli, "_gui", _no_window)
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        code, err = run(argv)
    finally:
        os.chdir(cwd)
    assert_clean(code, err, argv)
    assert not [name for name in left_in(folder / "out") if name.startswith(TEMP_PREFIX)], argv
    assert (folder / "case.reklamera").read_bytes() == SAMPLE_CASE.read_bytes()
