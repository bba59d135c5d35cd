"""`reklamera register list|stats|export` and the office's retention period."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from reklamera.case import Event, load_case
from reklamera.cli import main
from reklamera.register.store import Register
from reklamera.samples import SAMPLE_CASE
from reklamera.site import ENVIRONMENT

D = dt.date.fromisoformat


@pytest.fixture()
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    database = tmp_path / "office.sqlite"
    site = tmp_path / "site.toml"
    site.write_text(f'[register]\nenabled = true\nurl = "sqlite:///{database}"\nretention_days = 365\n',
                    encoding="utf-8")
    monkeypatch.setenv(ENVIRONMENT, str(site))
    case = load_case(SAMPLE_CASE)
    with Register.sqlite(database) as register:
        case.events = [Event(date=D("2026-10-05"), kind="letter_sent")]
        register.save(case, "/cases/anna.reklamera", today=D("2026-10-30"))
        old = copy.deepcopy(case)
        old.id, old.consumer.name = "", "Gammal Kund"
        old.events = [Event(date=D("2020-01-10"), kind="letter_sent"),
                      Event(date=D("2020-02-01"), kind="closed", outcome="refunded", satisfaction=5)]
        register.save(old, "/cases/old.reklamera", today=D("2020-02-02"))
    return database


def test_list(office: Path, capsys) -> None:
    assert main(["register", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["status"] for row in rows} == {"sent", "closed"}
    assert "Gammal Kund" not in [row["consumer_name"] for row in rows]  # anonymised by the retention period
    assert main(["register", "list", "--status", "sent"]) == 0
    out = capsys.readouterr().out
    assert "Anna Lindqvist" in out and "OVERDUE" in out


def test_stats(office: Path, capsys) -> None:
    assert main(["register", "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2 and data["outcomes"] == {"refunded": 1}
    assert main(["register", "stats"]) == 0
    assert "2026-10" in capsys.readouterr().out


def test_export(office: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "report.csv"
    assert main(["register", "export", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("month,country,category,coicop,seller") and "Anna" not in text and "/cases" not in text
    assert main(["register", "export", "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_a_register_that_cannot_be_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    site = tmp_path / "site.toml"
    site.write_text('[register]\nenabled = true\nurl = "sqlite:////nonexistent/folder/x.sqlite"\n', encoding="utf-8")
    monkeypatch.setenv(ENVIRONMENT, str(site))
    assert main(["register", "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the register cannot be opened" in err
