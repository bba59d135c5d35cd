"""The case bundle (issue 16): written and opened again it gives an equal case and identical files; a hostile
bundle is one clear line, and nothing is written outside the folder asked for."""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from reklamera import evidence
from reklamera.bundle import BundleError, open_bundle, write_bundle
from reklamera.case import Case, load_case, save_case
from reklamera.cli import main
from reklamera.evidence import EvidenceState
from tests.evidence.conftest import TODAY


@pytest.fixture
def logged(folder: Path) -> tuple[Case, Path]:
    """The case with three items: a receipt, a photo in a subfolder and a mail outside the case folder."""
    path = folder / "case.reklamera"
    case = load_case(path)
    outside = folder.parent / "order confirmation: Vitvaruhuset.eml"
    outside.write_bytes(b"From: order@example.se\nSubject: Order 1234\n\nThank you for your order.\n")
    evidence.add(case, folder / "receipt.pdf", "kvittot", path, TODAY)
    evidence.add(case, folder / "photos" / "crack.jpg", "sprickan i luckan", path, TODAY)
    evidence.add(case, outside, "orderbekräftelsen", path, TODAY)
    save_case(case, path)
    return case, path


def listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_a_bundle_round_trips_to_an_equal_case_and_identical_files(logged, tmp_path: Path) -> None:
    case, path = logged
    out = write_bundle(case, path, tmp_path / "case.zip")
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["case.reklamera", "evidence/E1-receipt.pdf", "evidence/E2-crack.jpg",
                                      "evidence/E3-order confirmation_ Vitvaruhuset.eml"]
    restored = open_bundle(out, tmp_path / "restored")
    assert restored == tmp_path / "restored" / "case.reklamera"
    again = load_case(restored)
    assert [item.file for item in again.evidence] == [
        "evidence/E1-receipt.pdf", "evidence/E2-crack.jpg", "evidence/E3-order confirmation_ Vitvaruhuset.eml"]
    for old, new in zip(case.evidence, again.evidence, strict=True):
        assert (old.sha256, old.size, old.modified, old.taken, old.added, old.note) == (
            new.sha256, new.size, new.modified, new.taken, new.added, new.note)
        assert (evidence.resolve(old, path).read_bytes() == evidence.resolve(new, restored).read_bytes())
    again.evidence = case.evidence
    assert again == case
    assert evidence.verify(load_case(restored), restored)[0].state is EvidenceState.OK
    assert all(v.state is EvidenceState.OK for v in evidence.verify(load_case(restored), restored))


def test_the_same_case_gives_the_same_bundle(logged, tmp_path: Path) -> None:
    case, path = logged
    first = write_bundle(case, path, tmp_path / "a.zip").read_bytes()
    assert write_bundle(case, path, tmp_path / "b.zip").read_bytes() == first


def test_writing_refuses_a_changed_or_missing_file_and_an_existing_bundle(logged, tmp_path: Path) -> None:
    case, path = logged
    (path.parent / "receipt.pdf").write_bytes(b"another")
    with pytest.raises(BundleError, match=r"E1 receipt\.pdf: the file is no longer the one logged on"):
        write_bundle(case, path, tmp_path / "case.zip")
    assert not (tmp_path / "case.zip").exists()
    (tmp_path / "x.zip").write_bytes(b"mine")
    with pytest.raises(BundleError, match="already exists; use --force"):
        write_bundle(Case(), None, tmp_path / "x.zip")
    assert (tmp_path / "x.zip").read_bytes() == b"mine"
    with pytest.raises(BundleError, match=r"name it \*\.zip"):
        write_bundle(Case(), None, tmp_path / "x.tar")


def test_opening_never_replaces_a_folder(logged, tmp_path: Path) -> None:
    case, path = logged
    out = write_bundle(case, path, tmp_path / "case.zip")
    (tmp_path / "there").mkdir()
    with pytest.raises(BundleError, match="already exists: name a new folder"):
        open_bundle(out, tmp_path / "there")
    assert listing(tmp_path / "there") == set()


# --- hostile bundles --------------------------------------------------------------------------------------

def case_bytes(**changes) -> bytes:
    case = Case.new("SE")
    for key, value in changes.items():
        setattr(case, key, value)
    return case.to_json().encode()


def zip_of(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def logged_item(name: str, data: bytes) -> evidence.Evidence:
    return evidence.Evidence(file=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def hostile(kind: str, tmp: Path) -> Path:
    bundle = tmp / "hostile.zip"
    if kind == "traversal":
        return zip_of(bundle, [("case.reklamera", case_bytes()), ("../x", b"escaped")])
    if kind == "nested traversal":
        return zip_of(bundle, [("case.reklamera", case_bytes()), ("evidence/../../x", b"escaped")])
    if kind == "absolute":
        return zip_of(bundle, [("case.reklamera", case_bytes()), ("/etc/x", b"escaped")])
    if kind == "drive":
        return zip_of(bundle, [("case.reklamera", case_bytes()), ("C:/x", b"escaped")])
    if kind == "symlink":
        return zip_of(bundle, [("case.reklamera", case_bytes()), (link("evidence/E1-x"), b"/etc/passwd")])
    if kind == "duplicate":
        data = b"one"
        case = case_bytes(evidence=[logged_item("evidence/E1-a.pdf", data)])
        with pytest.warns(UserWarning, match="Duplicate name"):
            return zip_of(bundle, [("case.reklamera", case), ("evidence/E1-a.pdf", data), ("evidence/E1-a.pdf", data)])
    if kind == "case-duplicate":
        data = b"one"
        case = case_bytes(evidence=[logged_item("evidence/E1-a.pdf", data), logged_item("evidence/E1-A.pdf", data)])
        return zip_of(bundle, [("case.reklamera", case), ("evidence/E1-a.pdf", data), ("evidence/E1-A.pdf", data)])
    if kind == "10 000 entries":
        with zipfile.ZipFile(bundle, "w") as archive:
            archive.writestr("case.reklamera", case_bytes())
            for index in range(10_000):
                archive.writestr(f"evidence/E{index % 999 + 1}-{index}.txt", b"")
        return bundle
    if kind == "1 GB of zeros":
        with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr("case.reklamera", case_bytes())
            zero = bytes(1 << 20)
            with archive.open("evidence/E1-zeros.bin", "w", force_zip64=True) as writer:
                for _ in range(1024):
                    writer.write(zero)
        return bundle
    if kind == "missing evidence":
        return zip_of(bundle, [("case.reklamera", case_bytes(evidence=[logged_item("evidence/E1-a.pdf", b"x")]))])
    if kind == "unlogged entry":
        return zip_of(bundle, [("case.reklamera", case_bytes()), ("evidence/E1-a.pdf", b"x")])
    if kind == "other entry":
        return zip_of(bundle, [("case.reklamera", case_bytes()), ("README.txt", b"x")])
    if kind == "evidence outside the bundle":
        return zip_of(bundle, [("case.reklamera", case_bytes(evidence=[logged_item("/etc/passwd", b"x")]))])
    if kind == "tampered evidence":
        case = case_bytes(evidence=[logged_item("evidence/E1-a.pdf", b"the receipt")])
        return zip_of(bundle, [("case.reklamera", case), ("evidence/E1-a.pdf", b"the recEipt")])
    if kind == "invalid case":
        return zip_of(bundle, [("case.reklamera", b'{"format": "reklamera-case", "version": 2, "country": "XX"}')])
    if kind == "no case":
        return zip_of(bundle, [("evidence/E1-a.pdf", b"x")])
    if kind == "not a zip":
        bundle.write_bytes(b"PK\x03\x04 this is not really a zip file")
        return bundle
    if kind == "folder entry":
        return zip_of(bundle, [("case.reklamera", case_bytes()), ("evidence/", b"")])
    raise AssertionError(kind)


HOSTILE = {
    "traversal": 'entry "../x" points outside',
    "nested traversal": 'entry "evidence/../../x" points outside',
    "absolute": 'entry "/etc/x" points outside',
    "drive": 'entry "C:/x" points outside',
    "symlink": 'entry "evidence/E1-x" is a link',
    "duplicate": 'entry "evidence/E1-a.pdf" is there twice',
    "case-duplicate": 'entry "evidence/E1-A.pdf" is there twice',
    "10 000 entries": "holds 10001 entries, a bundle at most 201",
    "1 GB of zeros": 'entry "evidence/E1-zeros.bin" unpacks to far more than it holds',
    "missing evidence": "E1 a.pdf is missing from the bundle",
    "unlogged entry": 'entry "evidence/E1-a.pdf" is not in the case\'s evidence log',
    "other entry": 'entry "README.txt" is not part of a reklamera bundle',
    "evidence outside the bundle": "E1 passwd is missing from the bundle",
    "tampered evidence": "E1 a.pdf is not the file that was logged \\(its SHA-256 differs\\)",
    "invalid case": 'case.reklamera: country: "XX" is not one of',
    "no case": "it holds no case.reklamera",
    "not a zip": "is not a reklamera bundle \\(not a zip file\\)",
    "folder entry": 'entry "evidence/" is not a plain file',
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_bundle_is_one_line_and_writes_nothing(tmp_path: Path, kind: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    bundle = hostile(kind, tmp_path)
    before = listing(tmp_path)
    with pytest.raises(BundleError) as raised:
        open_bundle(bundle, work / "restored")
    message = str(raised.value)
    assert message.startswith("hostile.zip") and "\n" not in message
    assert re.search(HOSTILE[kind], message), message
    assert listing(tmp_path) == before  # not the folder, no temp folder, nothing beside or above it


def test_the_command_line_bundles_and_unbundles(logged, tmp_path: Path, capsys) -> None:
    _case, path = logged
    out = tmp_path / "case.zip"
    assert main(["bundle", str(path), "-o", str(out)]) == 0
    assert main(["bundle", str(path), "-o", str(out)]) == 2
    assert "already exists; use --force" in capsys.readouterr().err
    assert main(["bundle", str(path), "-o", str(out), "--force"]) == 0
    assert main(["unbundle", str(out), "-o", str(tmp_path / "restored")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "restored" / "case.reklamera")
    assert main(["unbundle", str(out), "-o", str(tmp_path / "restored")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already exists: name a new folder" in err[0]


def test_the_command_line_refuses_a_hostile_bundle_in_one_line(tmp_path: Path, capsys) -> None:
    bundle = hostile("traversal", tmp_path)
    assert main(["unbundle", str(bundle), "-o", str(tmp_path / "restored")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ['reklamera: hostile.zip: is refused: its entry "../x" points outside the bundle\'s folder']
    assert not (tmp_path / "restored").exists() and not (tmp_path / "x").exists()


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("good")
    (folder / "a.pdf").write_bytes(b"%PDF-1.4 receipt " * 20)
    case = Case.new("SE")
    evidence.add(case, folder / "a.pdf", "receipt", folder / "c.reklamera", TODAY)
    return write_bundle(case, folder / "c.reklamera", folder / "b.zip").read_bytes()


@seed(1616)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096) | st.builds(lambda b: b"PK\x03\x04" + b, st.binary(max_size=2048)))
def test_random_bytes_as_a_bundle_are_bad_input(tmp_path: Path, data: bytes) -> None:
    bundle_fuzz(tmp_path, data)


@seed(161616)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), min_size=1, max_size=4))
def test_a_damaged_bundle_is_bad_input(tmp_path: Path, good_bundle: bytes, flips) -> None:
    data = bytearray(good_bundle)
    for where, bits in flips:
        data[where % len(data)] ^= bits
    bundle_fuzz(tmp_path, bytes(data))


def bundle_fuzz(tmp_path: Path, data: bytes) -> None:
    import shutil
    import tempfile

    work = Path(tempfile.mkdtemp(dir=tmp_path))
    try:
        (work / "in.zip").write_bytes(data)
        try:
            open_bundle(work / "in.zip", work / "restored")
        except BundleError as error:
            assert "\n" not in str(error)
            assert sorted(p.name for p in work.iterdir()) == ["in.zip"]
        else:  # a flip that only touched what no check reads (a date in a header): a whole, checked case
            assert all(v.state is EvidenceState.OK
                       for v in evidence.verify(load_case(work / "restored" / "case.reklamera"),
                                                work / "restored" / "case.reklamera"))
    finally:
        shutil.rmtree(work)
