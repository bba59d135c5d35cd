"""The case bundle (issue 16): one ``.zip`` with the case and its evidence, to move a case between desks or hand
it to a dispute body; any zip tool opens it.

Inside: ``case.reklamera`` (its evidence log pointing at the bundled copies) and ``evidence/E1-receipt.pdf``,
``evidence/E2-crack.jpg`` … nothing else. Opening checks every entry before anything is written (names, kinds,
counts, sizes and compression ratios: path traversal and zip bombs), writes into a new folder made beside the
target and renamed into place only when every file is there and matches its logged SHA-256. Every bad bundle is
one :class:`InputError`; nothing is ever written outside the target folder. Qt-free.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from reklamera import evidence
from reklamera.case import MAX_FILE_BYTES, MAX_ROWS, Case, Evidence, case_from_bytes
from reklamera.errors import InputError
from reklamera.i18n import N_
from reklamera.storage import TEMP_PREFIX, fsync_folder

SUFFIX = ".zip"
CASE_ENTRY = "case.reklamera"
EVIDENCE_FOLDER = "evidence"
MAX_ENTRIES = MAX_ROWS + 1  # the case and at most one entry per evidence item
MAX_TOTAL = 4 << 30  # bytes unpacked, all entries together: photos and scans, not a film collection
MAX_RATIO = 100  # unpacked / packed: PDFs, photos and text pack to at most a few times smaller; zeros 1000 times
RATIO_FLOOR = 1 << 20  # a small entry may pack far better (a page of spaces): the ratio counts from 1 MiB
CHUNK = 1 << 20
NAME_BYTES = 120  # of a bundled file's name: room on every file system once the folder is added

_ENTRY = re.compile(r"evidence/E[1-9][0-9]{0,2}-[^/\\\x00-\x1f]{1,200}")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')

NOT_A_BUNDLE = N_("is not a reklamera bundle (not a zip file)")
DAMAGED = N_("is a damaged bundle ({reason})")


# Why an entry is refused, each a whole sentence for the translators.
REFUSED = {
    "outside": N_("is refused: its entry \"{name}\" points outside the bundle's folder"),
    "link": N_("is refused: its entry \"{name}\" is a link"),
    "special": N_("is refused: its entry \"{name}\" is not a plain file"),
    "foreign": N_("is refused: its entry \"{name}\" is not part of a reklamera bundle"),
    "twice": N_("is refused: its entry \"{name}\" is there twice"),
    "encrypted": N_("is refused: its entry \"{name}\" is encrypted"),
    "method": N_("is refused: its entry \"{name}\" is packed in a way reklamera does not read"),
    "bomb": N_("is refused: its entry \"{name}\" unpacks to far more than it holds (a zip bomb?)"),
    "unlogged": N_("is refused: its entry \"{name}\" is not in the case's evidence log"),
}


def _refused(bundle: str, why: str, entry: str) -> BundleError:
    return BundleError(bundle, REFUSED[why], name=entry)


class BundleError(InputError):
    """A bundle cannot be written or opened. ``str()`` names the file and what is wrong, in one line."""


# --- writing ----------------------------------------------------------------------------------------------

def entry_name(index: int, item: Evidence) -> str:
    """The bundled copy's name: "evidence/E1-receipt.pdf" (characters no file system takes replaced by "_")."""
    name = _UNSAFE.sub("_", unicodedata.normalize("NFC", evidence.file_name(item))).strip(" .") or "file"
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = name, ""
    tail = f".{suffix}" if suffix else ""
    while len(f"{evidence.number(index)}-{stem}{tail}".encode()) > NAME_BYTES:
        stem = stem[:-1]
    return f"{EVIDENCE_FOLDER}/{evidence.number(index)}-{stem.rstrip(' .') or 'file'}{tail}"


def write_bundle(case: Case, case_path: str | os.PathLike[str] | None, out: str | os.PathLike[str], *,
                 overwrite: bool = False) -> Path:
    """Write ``case`` and its evidence files to the zip ``out`` (atomically: a temp file beside it, renamed).
    Every evidence file must still be the one logged: a changed or missing one is a :class:`BundleError` naming
    it (a bundle vouches for nothing the log does not)."""
    target = Path(out)
    if target.suffix.lower() != SUFFIX:
        raise BundleError(str(target), N_("a bundle is a zip file: name it *.zip"))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise BundleError(str(target), N_("the folder {folder} does not exist"), folder=str(folder))
    if target.is_dir():
        raise BundleError(str(target), N_("is a folder"))
    if target.exists() and not overwrite:
        raise BundleError(str(target), N_("already exists; use --force to overwrite it"))
    for verdict in evidence.verify(case, case_path):
        if verdict.problem is not None:
            problem = verdict.problem
            raise BundleError(f"{target}: {problem.field}", problem.template, **problem.params)
    bundled = Case.from_dict(case.to_dict())  # a copy whose log points at the bundled files
    names = [entry_name(index, item) for index, item in enumerate(case.evidence)]
    for item, name in zip(bundled.evidence, names, strict=True):
        item.file = name
    fd, temp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(_info(CASE_ENTRY), bundled.to_json().encode("utf-8"))
                for index, (item, name) in enumerate(zip(case.evidence, names, strict=True)):
                    _copy_into(archive, evidence.resolve(item, case_path), name, item, index)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o666 & ~_umask())
        if overwrite:
            os.replace(temp, target)
        else:
            try:
                os.link(temp, target)  # the check and the rename in one step: an existing file is never replaced
            except FileExistsError:
                raise BundleError(str(target), N_("already exists; use --force to overwrite it")) from None
            os.unlink(temp)
    except OSError as error:
        raise BundleError(str(target), N_("cannot be written ({reason})"),
                          reason=error.strerror or str(error)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
    return target


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # the same case gives the same bytes
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _copy_into(archive: zipfile.ZipFile, source: Path, name: str, item: Evidence, index: int) -> None:
    """Copy one evidence file into the bundle, hashing what is copied: a file changed since the check is refused."""
    digest = hashlib.sha256()
    with source.open("rb") as reader, archive.open(_info(name), "w", force_zip64=item.size > (1 << 31)) as writer:
        for chunk in iter(lambda: reader.read(CHUNK), b""):
            digest.update(chunk)
            writer.write(chunk)
    if digest.hexdigest() != item.sha256:
        raise BundleError(evidence.label(index, item), evidence.CHANGED_UNDATED)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# --- opening ----------------------------------------------------------------------------------------------

def open_bundle(path: str | os.PathLike[str], into_folder: str | os.PathLike[str]) -> Path:
    """Restore the bundle at ``path`` into the new folder ``into_folder``: its case file and evidence files,
    each checked against its logged SHA-256. Returns the case file's path. :class:`BundleError` (one line) for a
    bad bundle or target; then nothing is left behind."""
    source, target = Path(path), Path(into_folder)
    name = source.name
    parent = target.parent if str(target.parent) else Path(".")
    if os.path.lexists(target):
        raise BundleError(str(target), N_("already exists: name a new folder for the case"))
    if not parent.is_dir():
        raise BundleError(str(target), N_("the folder {folder} does not exist"), folder=str(parent))
    with _open_zip(source) as archive:
        entries = _checked_entries(archive, name)
        case_info = entries.pop(CASE_ENTRY, None)
        if case_info is None:
            raise BundleError(name, N_("is not a reklamera bundle: it holds no {entry}"), entry=CASE_ENTRY)
        raw = _read(archive, case_info, name, MAX_FILE_BYTES)
        try:
            case = case_from_bytes(raw, CASE_ENTRY)
        except InputError as error:
            raise BundleError(f"{name}: {error.field}", error.template, **error.params) from None
        wanted = _evidence_entries(case, entries, name)
        temp = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".unbundle", dir=parent))
        try:
            (temp / EVIDENCE_FOLDER).mkdir()
            _write_new(temp / CASE_ENTRY, iter((raw,)))
            for index, item in enumerate(case.evidence):
                info = wanted[item.file]
                digest = hashlib.sha256()
                _write_new(temp / item.file, _chunks(archive, info, name, digest))
                if digest.hexdigest() != item.sha256:
                    raise BundleError(name, N_("{item} is not the file that was logged (its SHA-256 differs)"),
                                      item=evidence.label(index, item))
            fsync_folder(temp / EVIDENCE_FOLDER)
            fsync_folder(temp)
            os.chmod(temp, 0o777 & ~_umask())  # mkdtemp's 0o700 would lock the other desks of an office out
            os.rename(temp, target)
        except OSError as error:
            shutil.rmtree(temp, ignore_errors=True)
            raise BundleError(str(target), N_("cannot be written ({reason})"),
                              reason=error.strerror or str(error)) from None
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
    fsync_folder(parent)
    return target / CASE_ENTRY


@contextlib.contextmanager
def _open_zip(source: Path) -> Iterator[zipfile.ZipFile]:
    name = source.name
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise BundleError(name, N_("no such file")) from None
    except OSError as error:
        raise BundleError(name, N_("cannot be read ({reason})"), reason=error.strerror or str(error)) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise BundleError(name, N_("is not a regular file"))
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OverflowError, KeyError,
                IndexError, UnicodeDecodeError, NotImplementedError):
            raise BundleError(name, NOT_A_BUNDLE) from None
        except OSError as error:
            raise BundleError(name, DAMAGED, reason=error.strerror or str(error)) from None
        with archive:
            yield archive


def _checked_entries(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    """Every entry's name, kind and size, checked before anything is read: only "case.reklamera" and
    "evidence/E<n>-<name>", regular files, each once, unencrypted, stored or deflated, within the limits."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError(name, N_("is refused: it holds {count} entries, a bundle at most {limit}"),
                          count=len(infos), limit=MAX_ENTRIES)
    entries: dict[str, zipfile.ZipInfo] = {}
    seen: set[str] = set()
    total = 0
    for info in infos:
        entry = info.filename
        shown = entry.encode("unicode_escape").decode("ascii")[:80]
        mode = info.external_attr >> 16  # Unix: the kind and permissions; 0 from tools that write none
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise _refused(name, "link" if stat.S_ISLNK(mode) else "special", shown)
        if _traverses(entry):
            raise _refused(name, "outside", shown)
        if entry != CASE_ENTRY and not _ENTRY.fullmatch(entry):
            raise _refused(name, "foreign", shown)
        key = unicodedata.normalize("NFC", entry).casefold()  # one file on Windows and macOS, too
        if key in seen:
            raise _refused(name, "twice", shown)
        seen.add(key)
        if info.flag_bits & 0x1:
            raise _refused(name, "encrypted", shown)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refused(name, "method", shown)
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refused(name, "bomb", shown)
        if total > MAX_TOTAL:
            raise BundleError(name, N_("is refused: it unpacks to more than {limit} GB"), limit=MAX_TOTAL >> 30)
        entries[entry] = info
    return entries


def _traverses(entry: str) -> bool:
    """A name that is absolute, has a drive or "..", or is not plain "/"-separated parts."""
    if not entry or entry.startswith(("/", "\\")) or "\\" in entry or "\x00" in entry or re.match(r"[A-Za-z]:", entry):
        return True
    return any(part in ("", ".", "..") for part in entry.split("/"))


def _evidence_entries(case: Case, entries: dict[str, zipfile.ZipInfo], name: str) -> dict[str, zipfile.ZipInfo]:
    """The entry of each logged item: every item must be in the bundle, and every evidence entry logged."""
    wanted: dict[str, zipfile.ZipInfo] = {}
    for index, item in enumerate(case.evidence):
        info = entries.get(item.file)
        if info is None or item.file in wanted:
            raise BundleError(name, N_("{item} is missing from the bundle"), item=evidence.label(index, item))
        if info.file_size != item.size:
            raise BundleError(name, N_("{item} is not the file that was logged (its size differs)"),
                              item=evidence.label(index, item))
        wanted[item.file] = info
    extra = sorted(set(entries) - set(wanted))
    if extra:
        raise _refused(name, "unlogged", extra[0][:80])
    return wanted


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str,
            digest: hashlib._Hash | None = None, limit: int | None = None) -> Iterator[bytes]:
    """The entry's bytes, never more than it declares (zipfile checks the CRC at its end)."""
    left = info.file_size if limit is None else min(info.file_size, limit + 1)
    try:
        with archive.open(info) as reader:
            while left > 0:
                chunk = reader.read(min(CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                if digest is not None:
                    digest.update(chunk)
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OverflowError, NotImplementedError,
            RuntimeError) as error:
        raise BundleError(name, DAMAGED, reason=str(error)[:80] or type(error).__name__) from None
    except OSError as error:
        raise BundleError(name, DAMAGED, reason=error.strerror or str(error)) from None


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limit: int) -> bytes:
    raw = b"".join(_chunks(archive, info, name, limit=limit))
    if len(raw) > limit:
        raise BundleError(name, N_("is refused: its {entry} is too large to be a case"), entry=CASE_ENTRY)
    return raw


def _write_new(path: Path, chunks: Iterator[bytes]) -> None:
    """A new file (never one that exists, never through a link), fsynced."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o666)
    with os.fdopen(fd, "wb") as handle:
        for chunk in chunks:
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())
