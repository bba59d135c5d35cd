"""`reklamera followup` and `reklamera escalate`: the same error discipline as `reklamera letter`."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from reklamera.cli import main
from reklamera.samples import SAMPLE_CASE


@pytest.fixture()
def case_file(tmp_path: Path) -> Path:
    data = json.loads(SAMPLE_CASE.read_text(encoding="utf-8"))
    data["version"] = 2
    data["events"] = [{"date": "2026-10-05", "kind": "letter_sent", "channel": "email"}]
    path = tmp_path / "case.reklamera"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_reminder_as_word(case_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "reminder.docx"
    assert main(["followup", str(case_file), "--kind", "reminder", "-o", str(out), "--lang", "en",
                 "--today", "2026-10-25"]) == 0
    assert "Reminder: complaint about" in docx.Document(str(out)).core_properties.title
    assert capsys.readouterr().err == ""


def test_escalation_pack_as_word_and_pdf(case_file: Path, tmp_path: Path) -> None:
    assert main(["escalate", str(case_file), "-o", str(tmp_path / "arn.docx"), "--today", "2026-11-20"]) == 0
    assert main(["escalate", str(case_file), "-o", str(tmp_path / "arn.pdf"), "--today", "2026-11-20"]) == 0
    assert (tmp_path / "arn.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arn.docx", "arn.pdf", "case.reklamera"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["followup", "{case}", "--kind", "reply-bribe", "-o", "{out}"], '"reply-bribe" is not one of'),
        (["followup", "{sample}", "--kind", "reminder", "-o", "{out}"], "record when you sent your complaint"),
        (["followup", "{case}", "--kind", "reminder", "-o", "{tmp}/letter.txt"], "name it *.docx"),
        (["escalate", "{case}", "-o", "{tmp}/summary.txt"], "name the file *.docx or *.pdf"),
        (["escalate", "{tmp}/missing.reklamera", "-o", "{out}"], "missing.reklamera: no such file"),
        (["followup", "{case}", "-o", "{out}"], "--kind"),
    ],
    ids=["unknown kind", "nothing sent yet", "wrong suffix", "wrong suffix escalate", "missing case", "no kind"],
)
def test_bad_input(case_file: Path, tmp_path: Path, capsys, args: list[str], message: str) -> None:
    out = tmp_path / "out.docx"
    values = {"case": str(case_file), "out": str(out), "sample": str(SAMPLE_CASE), "tmp": str(tmp_path)}
    assert main([arg.format(**values) for arg in args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not out.exists()


def test_existing_output_is_kept(case_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "kept.docx"
    out.write_bytes(b"mine")
    assert main(["escalate", str(case_file), "-o", str(out)]) == 2
    assert out.read_bytes() == b"mine"


@pytest.mark.parametrize("command", [["followup", "--kind", "reminder"], ["escalate"]])
def test_an_unknown_letter_language_is_a_usage_error(command, tmp_path: Path, capsys) -> None:
    assert main([command[0], str(SAMPLE_CASE), *command[1:], "--lang", "xx",
                 "-o", str(tmp_path / "out.docx")]) == 2
    assert "--lang" in capsys.readouterr().err and not (tmp_path / "out.docx").exists()
