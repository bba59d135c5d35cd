"""The evidence log in the session, and the warning `reklamera letter/followup/escalate` print for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reklamera.case import CaseError, load_case
from reklamera.cli import main
from reklamera.session import CaseSession
from tests.evidence.conftest import TODAY


def test_add_evidence_logs_relative_to_the_case_file_and_bumps_the_revision(folder: Path) -> None:
    session = CaseSession(load_case(folder / "case.reklamera"), today=TODAY, path=folder / "case.reklamera")
    seen: list[int] = []
    session.subscribe(seen.append)
    item = session.add_evidence(folder / "photos" / "crack.jpg", "the crack in the door")
    assert item.file == "photos/crack.jpg" and session.case.evidence == [item] and seen == [1] and session.dirty
    assert session.evidence_problems() == []
    session.save()
    assert load_case(folder / "case.reklamera").evidence == [item]


def test_evidence_problems_follow_the_files_on_disk(folder: Path) -> None:
    session = CaseSession(load_case(folder / "case.reklamera"), today=TODAY, path=folder / "case.reklamera")
    session.add_evidence(folder / "receipt.pdf", "the receipt")
    assert session.evidence_problems() == []
    (folder / "receipt.pdf").write_bytes(b"another receipt")
    assert [str(p) for p in session.evidence_problems()] == [
        f"E1 receipt.pdf: the file is no longer the one logged on {TODAY}: its contents differ from what was logged"]
    (folder / "receipt.pdf").unlink()
    assert [p.template for p in session.evidence_problems()] == ["the file is missing (logged as {path})"]


def test_a_refused_item_leaves_the_session_unchanged(folder: Path) -> None:
    session = CaseSession(load_case(folder / "case.reklamera"), today=TODAY, path=folder / "case.reklamera")
    with pytest.raises(CaseError, match="note"):
        session.add_evidence(folder / "receipt.pdf", "x" * 1000)
    assert session.revision == 0 and session.case.evidence == []


@pytest.fixture
def logged(folder: Path) -> Path:
    """The case with a receipt and a photo logged and a letter sent (for the reminder); the receipt then changed
    and the photo deleted."""
    path = folder / "case.reklamera"
    session = CaseSession(load_case(path), today=TODAY, path=path)
    session.add_evidence(folder / "receipt.pdf", "the receipt")
    session.add_evidence(folder / "photos" / "crack.jpg", "the crack")
    session.save()
    data = json.loads(path.read_text("utf-8"))
    data["events"] = [{"date": "2026-10-05", "kind": "letter_sent", "channel": "email"}]
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    (folder / "receipt.pdf").write_bytes(b"not the receipt")
    (folder / "photos" / "crack.jpg").unlink()
    return path


WARNINGS = [
    f"reklamera: evidence log: E1 receipt.pdf: the file is no longer the one logged on {TODAY}: its contents differ "
    "from what was logged",
    "reklamera: evidence log: E2 crack.jpg: the file is missing (logged as photos/crack.jpg)",
]


@pytest.mark.parametrize("command", [["letter"], ["followup", "--kind", "reminder"], ["escalate"]])
def test_the_letters_warn_of_changed_and_missing_evidence(logged: Path, tmp_path: Path, capsys,
                                                          command: list[str]) -> None:
    out = tmp_path / "out.docx"
    code = main([command[0], str(logged), *command[1:], "-o", str(out), "--today", "2026-11-20"])
    err = capsys.readouterr().err.splitlines()
    assert code == 0 and out.exists()
    assert [line for line in err if "evidence log" in line] == WARNINGS


def test_no_warning_while_the_evidence_is_as_logged(folder: Path, tmp_path: Path, capsys) -> None:
    path = folder / "case.reklamera"
    session = CaseSession(load_case(path), today=TODAY, path=path)
    session.add_evidence(folder / "receipt.pdf", "the receipt")
    session.save()
    assert main(["letter", str(path), "-o", str(tmp_path / "l.docx"), "--today", "2026-11-20"]) == 0
    assert "evidence log" not in capsys.readouterr().err


def test_saving_elsewhere_keeps_the_evidence_found(tmp_path) -> None:
    """Evidence logged before the first save, and a case saved into another folder: each item still points at its
    file, relative to the case's folder when the file is inside it (so the folder can move), else absolute."""
    from reklamera.case import load_case
    from reklamera.samples import SAMPLE_CASE
    from reklamera.session import CaseSession

    folder, other = tmp_path / "case", tmp_path / "elsewhere"
    (folder / "photos").mkdir(parents=True)
    other.mkdir()
    photo = folder / "photos" / "crack.jpg"
    photo.write_bytes(b"a crack")
    session = CaseSession(load_case(SAMPLE_CASE))
    session.add_evidence(photo, "the crack")
    assert session.case.evidence[0].file == str(photo)  # no case file yet: absolute
    session.save(folder / "case.reklamera")
    assert session.case.evidence[0].file == "photos/crack.jpg"
    assert load_case(folder / "case.reklamera").evidence[0].file == "photos/crack.jpg"
    session.save(other / "copy.reklamera")  # save as, into another folder
    assert session.case.evidence[0].file == str(photo)
    assert session.evidence_problems() == []
