"""Reading a file into a :class:`Document`: its kind told by its first bytes (and its name), its size bounded,
and everything that goes wrong one :class:`~reklamera.errors.InputError` naming the file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reklamera.errors import InputError
from reklamera.i18n import N_
from reklamera.importer.document import MAX_TEXT, Document

MAX_BYTES = 50 * 1024 * 1024
MAX_PAGES = 30  # pages of a PDF read: an order or a receipt has a few; a long PDF is read from the start
KINDS = (".eml", ".msg", ".pdf", ".txt")

TOO_LARGE = N_("is larger than {limit} MB; an order confirmation or a receipt is much smaller")
NOT_SUPPORTED = N_("is not a kind of file reklamera can read; use an e-mail (.eml, .msg), a PDF or a text file")
PICTURE = N_("is a picture; reklamera reads the text of e-mails, PDFs and text files, not pictures")
NOT_TEXT = N_("is not a text file")
EMPTY = N_("is empty")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PICTURES = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"RIFF")
_ZIP = b"PK\x03\x04"


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES (one more is read to tell a larger one)."""
    path = Path(path)
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise InputError(name, N_("is a folder, not a file")) from None
    except FileNotFoundError:
        raise InputError(name, N_("no such file")) from None
    except OSError as error:
        raise InputError(name, N_("cannot be read ({reason})"), reason=error.strerror or str(error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(name, N_("is a folder, not a file"))
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, N_("is not a regular file"))
        if info.st_size > MAX_BYTES:
            raise InputError(name, TOO_LARGE, limit=MAX_BYTES // (1024 * 1024))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise InputError(name, N_("cannot be read ({reason})"), reason=error.strerror or str(error)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise InputError(name, TOO_LARGE, limit=MAX_BYTES // (1024 * 1024))
    return data


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read ``path`` (.eml, .msg, .pdf or .txt) into a Document; InputError when it cannot be read."""
    return document_from_bytes(read_bytes(path), Path(path).name)


def document_from_bytes(data: bytes, name: str) -> Document:
    """The kind is told by the content first (a PDF named .txt is still a PDF), then by the name."""
    if len(data) > MAX_BYTES:
        raise InputError(name, TOO_LARGE, limit=MAX_BYTES // (1024 * 1024))
    if not data.strip():
        raise InputError(name, EMPTY)
    suffix = Path(name).suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        from reklamera.importer.pdf import read_pdf

        return read_pdf(data, name)
    if data.startswith(_OLE):
        from reklamera.importer.mail import read_msg

        return read_msg(data, name)
    if data.startswith(_PICTURES):
        raise InputError(name, PICTURE)
    if data.startswith(_ZIP) or suffix not in (*KINDS, ""):
        raise InputError(name, NOT_SUPPORTED)
    if suffix in (".pdf", ".msg"):  # named so, but not one
        raise InputError(name, N_("is not a {kind} file (its contents are something else)"), kind=suffix[1:].upper())
    text = decode_text(data, name)
    if suffix == ".eml" or (suffix == "" and looks_like_mail(text)):
        from reklamera.importer.mail import read_eml

        return read_eml(data, name)
    return Document(name, "txt", text[:MAX_TEXT])


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (a BOM allowed), else Windows-1252 as Notepad on a Nordic Windows writes; binary is refused."""
    if b"\x00" in data[:65536]:
        raise InputError(name, NOT_TEXT)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    sample = text[:65536]
    control = sum(1 for char in sample if (ord(char) < 32 and char not in "\t\n\r\f") or char == "\ufffd")
    if control > max(8, len(sample) // 100):
        raise InputError(name, NOT_TEXT)
    return text


def looks_like_mail(text: str) -> bool:
    head = text[:4000].splitlines()[:40]
    names = {line.split(":", 1)[0].strip().lower() for line in head if ":" in line}
    return len(names & {"from", "to", "subject", "date", "message-id", "mime-version"}) >= 2
