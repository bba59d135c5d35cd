"""The evidence log (issue 16): items logged with hash, size and dates, kept through save and load, checked again."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reklamera import evidence
from reklamera.case import MAX_ROWS, PATH, Case, CaseError, Evidence, load_case, save_case
from reklamera.evidence import EvidenceState
from reklamera.samples import SAMPLE_CASE
from tests.evidence.conftest import TODAY, photo


def test_an_item_holds_the_hash_size_dates_and_note(folder: Path, case: Case) -> None:
    receipt = folder / "receipt.pdf"
    item = evidence.add(case, receipt, "the receipt", folder / "case.reklamera", TODAY)
    assert item.file == "receipt.pdf"  # relative: the case folder moves as a whole
    assert item.sha256 == hashlib.sha256(receipt.read_bytes()).hexdigest()
    assert item.size == receipt.stat().st_size
    assert item.modified == dt.date.fromtimestamp(receipt.stat().st_mtime)
    assert item.added == TODAY and item.taken is None and item.note == "the receipt"


def test_a_photo_has_the_day_it_was_taken(folder: Path, case: Case) -> None:
    item = evidence.add(case, folder / "photos" / "crack.jpg", "the crack", folder / "case.reklamera", TODAY)
    assert item.file == "photos/crack.jpg" and item.taken == dt.date(2026, 10, 2)


@pytest.mark.parametrize("taken", [None, "0000:00:00 00:00:00", "    :  :     :  :  ", "2026:13:45 10:00:00"])
def test_a_photo_without_a_real_date_has_none(tmp_path: Path, taken: str | None) -> None:
    assert evidence.photo_taken(photo(tmp_path / "p.jpg", taken)) is None


def test_a_damaged_photo_has_no_date_and_no_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*garbage")
    assert evidence.photo_taken(bad) is None


def test_a_file_outside_the_case_folder_is_stored_absolute(tmp_path: Path, folder: Path, case: Case) -> None:
    outside = tmp_path / "mail.eml"
    outside.write_text("From: shop@example.com\n\nThanks for your order\n")
    item = evidence.add(case, outside, "", folder / "case.reklamera", TODAY)
    assert Path(item.file).is_absolute() and Path(item.file) == outside.resolve()


def test_the_log_round_trips_through_save_and_load(folder: Path, case: Case) -> None:
    target = folder / "case.reklamera"
    evidence.add(case, folder / "receipt.pdf", "kvitto från butiken — 15 januari", target, TODAY)
    evidence.add(case, folder / "photos" / "crack.jpg", "sprickan i luckan", target, TODAY)
    save_case(case, target)
    again = load_case(target)
    assert again.evidence == case.evidence and again == case
    assert [verdict.state for verdict in evidence.verify(again, target)] == [EvidenceState.OK] * 2


def test_an_older_file_loads_with_an_empty_log() -> None:
    data = json.loads(Path(SAMPLE_CASE).read_text("utf-8"))
    data.pop("evidence", None)
    assert Case.from_dict(data).evidence == []


def test_unknown_keys_of_an_item_are_kept(folder: Path, case: Case) -> None:
    evidence.add(case, folder / "receipt.pdf", "", folder / "case.reklamera", TODAY)
    data = json.loads(case.to_json())
    data["evidence"][0]["signed_by"] = "a later version"
    again = Case.from_dict(data)
    assert json.loads(again.to_json())["evidence"][0]["signed_by"] == "a later version"


@pytest.mark.parametrize(("key", "value", "message"), [
    ("sha256", "abc", "is not a SHA-256 hash"),
    ("sha256", "A" * 64, "is not a SHA-256 hash"),
    ("size", -1, "size in bytes"),
    ("size", "12", "size in bytes"),
    ("note", "x" * 301, "longer than 300"),
    ("file", "x" * (PATH + 1), f"longer than {PATH}"),
    ("added", "2026-02-30", "not a real date"),
])
def test_a_bad_item_is_refused_naming_it(folder: Path, case: Case, key: str, value: object, message: str) -> None:
    evidence.add(case, folder / "receipt.pdf", "", folder / "case.reklamera", TODAY)
    data = json.loads(case.to_json())
    data["evidence"][0][key] = value
    with pytest.raises(CaseError, match=rf"evidence\[0\]\.{key}: .*{message}"):
        Case.from_dict(data)


def test_more_items_than_the_limit_are_refused(folder: Path, case: Case) -> None:
    item = evidence.new_item(folder / "receipt.pdf", "", folder / "case.reklamera", TODAY)
    data = json.loads(case.to_json())
    data["evidence"] = [json.loads(json.dumps(Case(evidence=[item]).to_dict()["evidence"][0]))] * (MAX_ROWS + 1)
    with pytest.raises(CaseError, match=rf"evidence: has more than {MAX_ROWS} entries"):
        Case.from_dict(data)
    case.evidence = [item] * MAX_ROWS
    with pytest.raises(CaseError, match="evidence: has more than"):
        evidence.add(case, folder / "receipt.pdf", "", None, TODAY)


def test_a_note_too_long_leaves_the_case_unchanged(folder: Path, case: Case) -> None:
    with pytest.raises(CaseError, match=r"evidence\[0\]\.note: is longer than 300"):
        evidence.add(case, folder / "receipt.pdf", "x" * 301, folder / "case.reklamera", TODAY)
    assert case.evidence == []


@pytest.mark.parametrize("name", ["nothing.pdf", "photos"])
def test_only_a_readable_regular_file_is_logged(folder: Path, case: Case, name: str) -> None:
    with pytest.raises(evidence.InputError, match=name):
        evidence.add(case, folder / name, "", folder / "case.reklamera", TODAY)
    assert case.evidence == []


def test_a_tampered_file_is_changed_and_a_deleted_one_missing(folder: Path, case: Case) -> None:
    target = folder / "case.reklamera"
    evidence.add(case, folder / "receipt.pdf", "the receipt", target, dt.date(2026, 10, 3))
    evidence.add(case, folder / "photos" / "crack.jpg", "the crack", target, dt.date(2026, 10, 3))
    receipt = folder / "receipt.pdf"
    data = bytearray(receipt.read_bytes())
    data[100] ^= 1  # one bit, the same size
    receipt.write_bytes(bytes(data))
    (folder / "photos" / "crack.jpg").unlink()
    verdicts = evidence.verify(case, target)
    assert [v.state for v in verdicts] == [EvidenceState.CHANGED, EvidenceState.MISSING]
    assert [str(v.problem) for v in verdicts] == [
        "E1 receipt.pdf: the file is no longer the one logged on 2026-10-03: its contents differ from what was logged",
        "E2 crack.jpg: the file is missing (logged as photos/crack.jpg)",
    ]
    assert [str(p) for p in evidence.problems(case, target)] == [str(v.problem) for v in verdicts]


def test_a_file_of_another_size_is_changed_without_reading_it(folder: Path, case: Case) -> None:
    evidence.add(case, folder / "receipt.pdf", "", folder / "case.reklamera", TODAY)
    with (folder / "receipt.pdf").open("ab") as handle:
        handle.write(b"more")
    assert evidence.verify(case, folder / "case.reklamera")[0].state is EvidenceState.CHANGED


def test_the_hash_cache_is_used_until_the_file_changes(folder: Path, case: Case, monkeypatch) -> None:
    target = folder / "case.reklamera"
    evidence.add(case, folder / "receipt.pdf", "", target, TODAY)
    hashes: dict = {}
    assert evidence.verify(case, target, hashes=hashes)[0].state is EvidenceState.OK
    reads = []
    real = evidence.file_facts
    monkeypatch.setattr(evidence, "file_facts", lambda path: reads.append(path) or real(path))
    assert evidence.verify(case, target, hashes=hashes)[0].state is EvidenceState.OK and reads == []
    receipt = folder / "receipt.pdf"
    data = bytearray(receipt.read_bytes())
    data[0] ^= 1
    receipt.write_bytes(bytes(data))
    os.utime(receipt, ns=(receipt.stat().st_atime_ns, receipt.stat().st_mtime_ns + 1_000_000_000))
    assert evidence.verify(case, target, hashes=hashes)[0].state is EvidenceState.CHANGED and len(reads) == 1


def test_the_case_folder_moves_with_its_evidence(tmp_path: Path, folder: Path, case: Case) -> None:
    evidence.add(case, folder / "photos" / "crack.jpg", "", folder / "case.reklamera", TODAY)
    save_case(case, folder / "case.reklamera")
    moved = folder.rename(tmp_path / "elsewhere")
    assert evidence.verify(load_case(moved / "case.reklamera"), moved / "case.reklamera")[0].state is EvidenceState.OK


def test_the_attachment_line_names_number_file_and_note() -> None:
    item = Evidence(file="scans/receipt.pdf", sha256="0" * 64, size=1, note="  the receipt\nof 15 January ")
    assert evidence.attachment_line(0, item) == "E1 receipt.pdf – the receipt of 15 January"
    assert evidence.attachment_line(1, Evidence(file="C:\\Users\\a\\photo.jpg")) == "E2 photo.jpg"


@pytest.mark.parametrize("module", ["reklamera.evidence", "reklamera.bundle"])
def test_the_modules_import_no_qt(module: str) -> None:
    probe = (f"import sys, {module}\n"
             "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'docx', 'PIL'))\n"
             "assert not heavy, heavy\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
