"""Text-based PDF receipts and invoices (pypdf): the text of each page, in reading order, several pages.
A password-protected PDF or one that is only pictures (a scan) is refused with one clear message."""

from __future__ import annotations

import io
import logging
import warnings

from reklamera.errors import InputError
from reklamera.i18n import N_
from reklamera.importer.document import MAX_TEXT, Document

ENCRYPTED = N_("is protected with a password; save or print it again without the protection and import that")
NO_TEXT = N_("has no text to read (it is a scanned picture); type the values in, or import the order e-mail")
BROKEN = N_("is not a PDF that can be read (it is damaged or incomplete)")
MORE_PAGES = N_("The PDF is long: only its first pages were read.")


def read_pdf(data: bytes, name: str, *, max_pages: int = 30) -> Document:
    text, notes = pdf_text(data, name, max_pages=max_pages)
    return Document(name, "pdf", text, warnings=notes)


def pdf_text(data: bytes, name: str, *, max_pages: int = 30) -> tuple[str, list[str]]:
    """The text of the first ``max_pages`` pages, and the warnings to show."""
    from pypdf import PdfReader

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)  # pypdf logs every repaired flaw; the user gets one message or none
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:  # an owner password only: readable without one
                    opened = bool(reader.decrypt(""))
                except Exception:  # no AES support installed, or a broken key: still refused
                    opened = False
                if not opened:
                    raise InputError(name, ENCRYPTED)
            pages = reader.pages
            count = len(pages)
            texts: list[str] = []
            size = 0
            for index in range(min(count, max_pages)):
                page_text = pages[index].extract_text(extraction_mode="layout") or ""  # rows kept whole
                texts.append(page_text)
                size += len(page_text)
                if size > MAX_TEXT:
                    break
    except InputError:
        raise
    except Exception:  # pypdf raises many kinds (and RecursionError) on a damaged file
        raise InputError(name, BROKEN) from None
    finally:
        logger.setLevel(level)
    text = "\n".join(texts)
    if not text.strip():
        raise InputError(name, NO_TEXT)
    notes = [MORE_PAGES] if count > max_pages else []
    return text[:MAX_TEXT], notes
