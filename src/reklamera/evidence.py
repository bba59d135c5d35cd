"""The evidence log (issue 16): files the consumer keeps as evidence, each logged with its SHA-256, size and dates,
and checked again later — still the file that was logged, changed, or missing.

A log, not proof: a matching hash says the file is the one logged on that day, nothing about who made it, when it
was made or whether it is true. Qt-free; the model is :class:`reklamera.case.Evidence` (the case file's
``evidence`` list), numbered E1, E2 … in the list's order.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

from reklamera.case import MAX_ROWS, Case, CaseError, Evidence
from reklamera.errors import InputError
from reklamera.i18n import N_

CHUNK = 1 << 20
# Photos whose EXIF date is looked for (by content: Pillow tells the format, the name only picks the candidates).
PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".png", ".webp", ".heic", ".heif"})
_EXIF_IFD, _DATE_TIME_ORIGINAL = 0x8769, 0x9003  # the Exif sub-IFD and its DateTimeOriginal tag (EXIF 2.32)

CHANGED = N_("the file is no longer the one logged on {date}: its contents differ from what was logged")
CHANGED_UNDATED = N_("the file is no longer the one that was logged: its contents differ from what was logged")
MISSING = N_("the file is missing (logged as {path})")
UNREADABLE = N_("the file cannot be read ({reason})")


class EvidenceState(StrEnum):
    OK = "ok"  # the same bytes as when it was logged
    CHANGED = "changed"  # there is a file, but not the one logged
    MISSING = "missing"  # no file at the logged path (or not one that can be read)


@dataclass(frozen=True)
class Verdict:
    """One item's check: its number ("E1"), the item, its state, the file looked at, and for a changed or missing
    file the problem in words (an InputError whose field is "E1 receipt.pdf")."""

    number: str
    item: Evidence
    state: EvidenceState
    path: Path
    problem: InputError | None = None


def number(index: int) -> str:
    """The evidence number of the item at ``index`` (0-based) in the list: E1, E2 …"""
    return f"E{index + 1}"


def file_name(item: Evidence) -> str:
    """The file's own name ("receipt.pdf"), whichever system's separators the logged path uses."""
    return PurePosixPath(item.file.replace("\\", "/")).name or item.file


def label(index: int, item: Evidence) -> str:
    """"E1 receipt.pdf": how the letters, the summary and the messages name an item (a bundled copy,
    "evidence/E1-receipt.pdf", without its number twice)."""
    name = file_name(item)
    prefix = f"{number(index)}-"
    return f"{number(index)} {name.removeprefix(prefix) or name}"


def case_folder(case_path: str | os.PathLike[str] | None) -> Path:
    """The folder relative evidence paths start from: the case file's, or the working folder for a new case."""
    return Path(case_path).resolve().parent if case_path else Path.cwd()


def stored_path(path: str | os.PathLike[str], case_path: str | os.PathLike[str] | None) -> str:
    """How the log stores ``path``: relative to the case file's folder (with "/", so the case moves between
    Windows and Linux desks) when the file is inside that folder, else absolute."""
    absolute = Path(os.path.abspath(path))
    if case_path:
        try:
            return absolute.relative_to(case_folder(case_path)).as_posix()
        except ValueError:
            pass
    return str(absolute)


def resolve(item: Evidence, case_path: str | os.PathLike[str] | None) -> Path:
    """Where the item's file is: an absolute path as it is, a relative one from the case file's folder."""
    logged = Path(item.file)
    return logged if logged.is_absolute() else case_folder(case_path) / item.file


def relocate(case: Case, old_case_path: str | os.PathLike[str] | None,
             new_case_path: str | os.PathLike[str]) -> None:
    """The case is saved somewhere else (a first save, or "save as" into another folder): every item keeps
    pointing at the same file, stored relative to the new folder when the file is inside it, else absolute."""
    for item in case.evidence:
        item.file = stored_path(resolve(item, old_case_path), new_case_path)


def file_facts(path: Path) -> tuple[str, int, dt.date]:
    """The SHA-256 (hex), the size and the modification date of a regular file. OSError when it cannot be read;
    a folder, a FIFO or a device is refused (reading it would hang or never end)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(0, "not a regular file", str(path))
        import hashlib  # here: the letters list the log without hashing, and OpenSSL costs their start-up

        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "rb", closefd=False) as handle:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest(), size, dt.date.fromtimestamp(info.st_mtime)


def photo_taken(path: Path) -> dt.date | None:
    """The day a photo was taken (EXIF DateTimeOriginal, "2026:10:02 14:31:07"), or None: not a photo, no such
    tag, a blank or impossible date, or a file Pillow cannot read. Never raises."""
    if path.suffix.lower() not in PHOTO_SUFFIXES:
        return None
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # DecompressionBombWarning and the like: only the tags are read
            with Image.open(path) as image:
                raw = image.getexif().get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL)
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    except Exception:  # a damaged file makes an image plugin fail in its own way; the date is only a help
        return None
    if isinstance(raw, bytes):
        raw = raw.decode("ascii", "replace")
    if not isinstance(raw, str) or len(raw) < 10:
        return None
    try:
        return dt.date(int(raw[0:4]), int(raw[5:7]), int(raw[8:10]))
    except ValueError:  # "0000:00:00 00:00:00", "    :  :  " — cameras write these when the clock was not set
        return None


def new_item(path: str | os.PathLike[str], note: str, case_path: str | os.PathLike[str] | None,
             today: dt.date) -> Evidence:
    """An item for the file at ``path``, logged ``today``. InputError naming the file when it cannot be read."""
    where = Path(path)
    try:
        sha256, size, modified = file_facts(where)
    except FileNotFoundError:
        raise InputError(str(where), N_("no such file")) from None
    except IsADirectoryError:
        raise InputError(str(where), N_("is not a regular file")) from None
    except OSError as error:
        raise InputError(str(where), UNREADABLE, reason=error.strerror or str(error)) from None
    return Evidence(file=stored_path(where, case_path), sha256=sha256, size=size, modified=modified,
                    taken=photo_taken(where), added=today, note=note)


def add(case: Case, path: str | os.PathLike[str], note: str, case_path: str | os.PathLike[str] | None,
        today: dt.date) -> Evidence:
    """Log the file at ``path`` at the end of the case's list. InputError when the file cannot be read, the list is
    full, or the note or the path is longer than the case file allows (the case is then unchanged)."""
    if len(case.evidence) >= MAX_ROWS:
        raise CaseError("evidence", N_("has more than {count} entries"), count=MAX_ROWS)
    item = new_item(path, note, case_path, today)
    case.evidence.append(item)
    problem = case.check_value("evidence")
    if problem is not None:
        case.evidence.pop()
        raise problem
    return item


Hashes = MutableMapping[tuple[str, int, int, int], str]  # (path, size, mtime ns, inode) -> SHA-256


def verify(case: Case, case_path: str | os.PathLike[str] | None, *, hashes: Hashes | None = None) -> list[Verdict]:
    """Each item checked against its file: ok, changed or missing. ``hashes`` keeps the SHA-256 of a file whose
    size, modification time and inode have not changed since it was read, so checking again costs a stat."""
    return list(_verify(case, case_path, hashes))


def _verify(case: Case, case_path: str | os.PathLike[str] | None, hashes: Hashes | None) -> Iterator[Verdict]:
    for index, item in enumerate(case.evidence):
        path = resolve(item, case_path)
        where = label(index, item)
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                raise FileNotFoundError(str(path))
            key = (str(path), info.st_size, info.st_mtime_ns, info.st_ino)
            if info.st_size != item.size:
                sha256 = ""  # a different size is a different file: no need to read it
            elif hashes is not None and key in hashes:
                sha256 = hashes[key]
            else:
                sha256 = file_facts(path)[0]
                if hashes is not None:
                    hashes[key] = sha256
        except (FileNotFoundError, NotADirectoryError):  # also a folder, a FIFO or a device where the file was
            yield Verdict(number(index), item, EvidenceState.MISSING, path, InputError(where, MISSING, path=item.file))
            continue
        except OSError as error:  # there, but it cannot be read (permissions): it cannot be confirmed either
            problem = InputError(where, UNREADABLE, reason=error.strerror or str(error))
            yield Verdict(number(index), item, EvidenceState.MISSING, path, problem)
            continue
        if sha256 == item.sha256:
            yield Verdict(number(index), item, EvidenceState.OK, path)
            continue
        problem = (InputError(where, CHANGED, date=item.added) if item.added
                   else InputError(where, CHANGED_UNDATED))
        yield Verdict(number(index), item, EvidenceState.CHANGED, path, problem)


def problems(case: Case, case_path: str | os.PathLike[str] | None, *,
             hashes: Hashes | None = None) -> list[InputError]:
    """The changed and missing items' problems, in the list's order."""
    return [verdict.problem for verdict in verify(case, case_path, hashes=hashes) if verdict.problem is not None]


def attachment_line(index: int, item: Evidence) -> str:
    """The item as the letters' list of attachments names it: "E1 receipt.pdf – the receipt of 15 January" (the
    spaced en dash of Nordic and British typography)."""
    note = " ".join(item.note.split())
    return f"{label(index, item)} – {note}" if note else label(index, item)


def attachment_lines(case: Case) -> list[str]:
    return [attachment_line(index, item) for index, item in enumerate(case.evidence)]
