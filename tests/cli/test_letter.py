"""`reklamera letter`: the bad-input corpus, overwriting rules, --text, and the import discipline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from reklamera.cli import main
from reklamera.samples import SAMPLE_CASE as SAMPLE

DATA = Path(__file__).resolve().parent.parent / "data" / "cases"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))

TODAY = ["--today", "2026-11-24"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_gives_a_clear_error_or_a_clean_letter(name: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "letter.docx"
    code = main(["letter", str(DATA / name), "-o", str(out), *TODAY])
    _, err = capsys.readouterr()
    want = EXPECTED[name]
    assert code == want["exit"], err
    assert "Traceback" not in err
    if want["stderr"]:
        assert err.count("\n") == 1 and want["stderr"] in err
    if code == 0:
        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        assert "\x00" not in text and len(text) > 500
    else:
        assert err.startswith(f"reklamera: {name}") and not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == (["letter.docx"] if code == 0 else [])


def test_existing_letter_is_never_overwritten_without_force(tmp_path: Path, capsys) -> None:
    out = tmp_path / "letter.docx"
    out.write_bytes(b"the letter I already edited")
    assert main(["letter", str(SAMPLE), "-o", str(out), *TODAY]) == 2
    assert "already exists; use --force" in capsys.readouterr().err
    assert out.read_bytes() == b"the letter I already edited"
    assert main(["letter", str(SAMPLE), "-o", str(out), "--force", *TODAY]) == 0
    assert out.read_bytes().startswith(b"PK")


@pytest.mark.parametrize(
    ("output", "message"),
    [("missing-folder/letter.docx", "does not exist"), ("letter.txt", "name it *.docx"), (".", "is a folder")],
)
def test_bad_output_paths(tmp_path: Path, capsys, output: str, message: str) -> None:
    target = tmp_path / output if output != "." else tmp_path / "folder.docx"
    if output == ".":
        target.mkdir()
    assert main(["letter", str(SAMPLE), "-o", str(target), *TODAY]) == 2
    assert message in capsys.readouterr().err


def test_output_or_text_is_required(capsys) -> None:
    assert main(["letter", str(SAMPLE)]) == 2
    assert "--output" in capsys.readouterr().err


def test_text_for_e_mail(capsys) -> None:
    assert main(["letter", str(SAMPLE), "--text", "--lang", "en", *TODAY]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Subject: Complaint: diskmaskin Electra DW-450 (order number EH-2025-118842)\n\n"
                          "Anna Lindqvist\nStorgatan 12\n753 20 Uppsala\n")
    assert "Complaint: diskmaskin Electra DW-450 (order number EH-2025-118842)" in out
    assert "Please reply in writing by 8 December 2026" in out
    assert "1. kvitto.pdf\n2. foto-läckage.jpg" in out


def test_reply_days(capsys) -> None:
    assert main(["letter", str(SAMPLE), "--text", "--lang", "en", "--reply-days", "10", *TODAY]) == 0
    assert "by 4 December 2026" in capsys.readouterr().out
    assert main(["letter", str(SAMPLE), "--text", "--reply-days", "0"]) == 2


def test_bad_template_is_bad_input(tmp_path: Path, capsys) -> None:
    template = tmp_path / "office.docx"
    template.write_text("not a zip")
    out = tmp_path / "letter.docx"
    assert main(["letter", str(SAMPLE), "-o", str(out), "--template", str(template), *TODAY]) == 2
    assert "office.docx: is not a Word document" in capsys.readouterr().err
    assert not out.exists()


def test_letter_command_never_imports_qt(tmp_path: Path) -> None:
    probe = (
        "import sys\nfrom reklamera.cli import main\n"
        f"code = main(['letter', {str(SAMPLE)!r}, '-o', {str(tmp_path / 'l.docx')!r}, '--today', '2026-11-24'])\n"
        "assert 'PySide6' not in sys.modules and 'shiboken6' not in sys.modules\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "l.docx").exists()


def test_messages_follow_the_lang_before_the_command_and_the_letter_the_one_after(tmp_path: Path, capsys) -> None:
    out = tmp_path / "letter.docx"
    args = ["letter", str(DATA / "too-late.reklamera"), "-o", str(out), "--lang", "en", *TODAY]
    assert main(["--lang", "sv", *args]) == 0
    assert "konsumentköplagen" in capsys.readouterr().err.lower()
    assert any(p.text.startswith("Defect in goods") for p in docx.Document(str(out)).paragraphs)  # goodwill
    (tmp_path / "summary.pdf").mkdir()
    assert main(["--lang", "fi", "escalate", str(SAMPLE), "-o", str(tmp_path / "summary.pdf"), "--force",
                 "--lang", "sv"]) == 2
    assert capsys.readouterr().err.endswith("summary.pdf: on kansio\n")
