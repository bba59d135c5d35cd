"""Atomic writes: the old file or the new one, never half of either."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reklamera.errors import InputError
from reklamera.storage import TargetExistsError, atomic_write_bytes, write_output


def test_writes_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    atomic_write_bytes(path, b"one")
    atomic_write_bytes(path, b"two")
    assert path.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_no_clobber(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    atomic_write_bytes(path, b"one", overwrite=False)
    with pytest.raises(TargetExistsError):
        atomic_write_bytes(path, b"two", overwrite=False)
    assert path.read_bytes() == b"one"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.txt"
    path.write_bytes(b"old")

    def crash(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="No space"):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_missing_folder_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "nowhere" / "out.txt", b"x")


def test_relative_path_in_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    atomic_write_bytes("plain.txt", b"x")
    assert (tmp_path / "plain.txt").read_bytes() == b"x"


@pytest.mark.parametrize(("name", "setup", "overwrite", "message"), [
    ("exists.txt", lambda p: p.write_bytes(b"mine"), False, "exists.txt: already exists; choose another name"),
    ("nowhere/new.txt", lambda p: None, True, "the folder"),
    ("folder.txt", lambda p: p.mkdir(), True, "folder.txt: cannot be written ("),
])
def test_write_output_says_what_went_wrong_and_keeps_what_was_there(tmp_path: Path, name, setup, overwrite,
                                                                    message) -> None:
    target = tmp_path / name
    setup(target)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        write_output(target, b"new", overwrite=overwrite)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    if target.is_file():
        assert target.read_bytes() == b"mine"


def test_a_long_file_name_leaves_room_for_the_temp_file(tmp_path: Path) -> None:
    """The temp file's name no longer repeats the target's: a name near the file system's 255-byte limit saves."""
    target = tmp_path / ("l" * 245 + ".docx")
    atomic_write_bytes(target, b"letter")
    assert target.read_bytes() == b"letter"
    assert [path.name for path in tmp_path.iterdir()] == [target.name]


def test_a_new_file_gets_the_usual_mode_and_an_existing_one_keeps_its_own(tmp_path: Path) -> None:
    import stat

    fresh = atomic_write_bytes(tmp_path / "new.reklamera", b"{}")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    kept = tmp_path / "shared.reklamera"
    kept.write_bytes(b"{}")
    kept.chmod(0o660)
    atomic_write_bytes(kept, b"{ }")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o660
