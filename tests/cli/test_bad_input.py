"""Bad input on the command line (issue 15): one clear line on stderr, exit 2, never "unexpected error"."""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from reklamera.case import Event, load_case
from reklamera.cli import main
from reklamera.register.store import Register, row_values
from reklamera.samples import SAMPLE_CASE


@pytest.fixture()
def home(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


@pytest.mark.parametrize("argv", [
    ["check", "--lang", "}"],
    ["--lang", "{0}", "check"],
    ["register", "list", "--limit", "{0}"],
    ["register", "list", "--limit", "99999999999999999999"],
    ["check", "--country", "SE", "--delivered", "9999-12-30", "--discovered", "9999-12-31", "--today", "9999-12-31"],
    ["check", "--country", "SE\x1b[2J\nreklamera: all good", "--delivered", "2025-01-01", "--discovered",
     "2025-02-01"],
    ["letter", "/dev/zero", "-o", "letter.docx"],
    ["letter", "SAMPLE", "-o", "a" * 260 + ".docx"],
    ["register", "export", "-o", "c" * 260 + ".csv"],
    ["followup", "SAMPLE", "--kind", "{x}", "--text"],
])
def test_one_clear_line_and_exit_2(argv: list[str], home: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(home)
    argv = [str(SAMPLE_CASE) if arg == "SAMPLE" else arg for arg in argv]
    assert main(argv) == 2
    _out, err = capsys.readouterr()
    assert err.startswith("reklamera: ") and err.count("\n") == 1 and "\x1b" not in err, err
    assert "unexpected error" not in err and "Traceback" not in err
    assert sorted(p.name for p in home.iterdir() if p.suffix in (".docx", ".csv")) == []


def test_names_of_250_bytes_are_written(home: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(home)
    assert main(["letter", str(SAMPLE_CASE), "-o", "b" * 245 + ".docx", "--today", "2026-11-24"]) == 0
    assert main(["register", "export", "-o", "c" * 246 + ".csv"]) == 0
    assert sorted(len(p.name.encode()) for p in home.iterdir() if p.suffix in (".docx", ".csv")) == [250, 250]


def test_register_stats_into_a_closed_pipe(home: Path) -> None:
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(f"{sys.executable} -m reklamera register stats --json | head -c 5", shell=True,
                          capture_output=True, text=True, env=env, timeout=60)
    assert "Error" not in done.stderr and done.stderr == ""


def test_percent_and_underscore_are_letters_in_the_search(tmp_path: Path) -> None:
    with Register.sqlite(tmp_path / "r.sqlite") as register:
        for product in ("100% ull", "1000 ull", "a_b", "axb"):
            case = load_case(SAMPLE_CASE)
            case.product.description = product
            register.save(case)
        assert [row.product for row in register.list(search="0%")] == ["100% ull"]
        assert [row.product for row in register.list(search="a_b")] == ["a_b"]


def test_a_closed_event_without_a_date_counts_as_closed_for_retention(tmp_path: Path) -> None:
    case = load_case(SAMPLE_CASE)
    case.events = [Event(date=dt.date(2025, 1, 20), kind="letter_sent"), Event(date=None, kind="closed")]
    assert row_values(case, "", dt.date(2025, 2, 1))["status"] == "closed"
    with Register.sqlite(tmp_path / "r.sqlite") as register:
        register.save(copy.deepcopy(case), "/home/anna/a.reklamera", today=dt.date(2025, 2, 1))
        assert register.anonymise_closed(365, today=dt.date(2026, 3, 1)) == 1
