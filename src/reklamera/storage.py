"""Writing files so that a crash never leaves half a file and an existing file is never clobbered by accident."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

from reklamera.errors import InputError
from reklamera.i18n import N_

EXISTS = N_("already exists; choose another name or allow overwriting")
TEMP_PREFIX = ".reklamera-"  # short whatever the target's name: a long file name still leaves room for it
# A new file gets the mode any program would give it (0o666 less the umask); mkstemp makes it 0o600, which
# would lock the other desks of an office out of a case file on a shared folder.
_UMASK = os.umask(0)
os.umask(_UMASK)


class TargetExistsError(FileExistsError):
    """The output file exists and the caller did not ask to overwrite it."""


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically: temp file in the same folder, fsync, then rename.

    With ``overwrite=False`` an existing file is left untouched and :class:`TargetExistsError` is raised;
    the check and the rename are one step (a hard link), so two writers cannot both win.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not overwrite and target.exists():
        raise TargetExistsError(str(target))
    fd, tmp_name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp_name, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp_name, target)
        else:
            _link_no_clobber(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    fsync_folder(folder)
    return target


STALE_AFTER_S = 60  # a save takes well under a minute; an older temp file of a dead process is debris


def remove_stale_temp_files(folder: str | os.PathLike[str], *, now: float | None = None) -> int:
    """Remove the temp files that a process killed in the middle of a save left in ``folder``: ours by name
    (".reklamera-<pid>-*.tmp"), older than a minute, and their process is not running (POSIX; elsewhere the
    age alone, a day). On a shared folder a pid may be another desk's: the minute keeps its save safe.
    Returns how many were removed; never raises (a folder that cannot be listed has nothing to clean)."""
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _TEMP_NAME.fullmatch(entry.name)
        if match is None:
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if not entry.is_file(follow_symlinks=False) or age < STALE_AFTER_S:
                continue
            if (os.name == "posix" and _alive(int(match.group(1)))) or (os.name != "posix" and age < 86_400):
                continue
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed


_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"(\d{1,10})-[^/\\]*\.tmp")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # POSIX only: signal 0 asks whether the process exists
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def write_output(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = False,
                 error: type | None = None) -> Path:
    """A file the user asked for (a letter, a PDF, an export), written atomically; every way it can fail is one
    clear, translatable :class:`~reklamera.errors.InputError` (or the subclass ``error``) naming the file."""
    error = error or InputError
    target = Path(path)
    if not target.parent.is_dir():
        raise error(str(target), N_("the folder {folder} does not exist"), folder=str(target.parent))
    try:
        return atomic_write_bytes(target, data, overwrite=overwrite)
    except TargetExistsError:
        raise error(str(target), EXISTS) from None
    except OSError as failure:
        raise error(str(target), N_("cannot be written ({reason})"), reason=failure.strerror or str(failure)) from None


def _link_no_clobber(tmp_name: str, target: Path) -> None:
    try:
        os.link(tmp_name, target)
    except FileExistsError:
        raise TargetExistsError(str(target)) from None
    except OSError:  # pragma: no cover - file systems without hard links (FAT, some network shares)
        if target.exists():
            raise TargetExistsError(str(target)) from None
        os.replace(tmp_name, target)
        return
    os.unlink(tmp_name)


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
