"""Import an order confirmation or a receipt to fill a case (issue 16; DESIGN.md "Import"). Qt-free.

``import_file(path, country=None, today=None)`` reads an ``.eml``, ``.msg``, text ``.pdf`` or ``.txt`` file and
returns an :class:`ImportResult`: each value found with the line it came from and a confidence, never a guess.
``apply_to_case`` puts the values the user accepted into a :class:`~reklamera.case.Case`; the wizard and the
command line share it. Everything that goes wrong with the file is one :class:`~reklamera.errors.InputError`.
The work is plain Python and may take a second on a large file: the wizard runs it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import os

from reklamera.importer.apply import CASE_FIELDS, apply_to_case, new_case
from reklamera.importer.document import Document
from reklamera.importer.fields import extract
from reklamera.importer.readers import MAX_BYTES, document_from_bytes, read_document
from reklamera.importer.result import Found, ImportResult, Item

__all__ = ["CASE_FIELDS", "MAX_BYTES", "Document", "Found", "ImportResult", "Item", "apply_to_case",
           "document_from_bytes", "extract", "import_bytes", "import_file", "new_case", "read_document"]


def import_file(path: str | os.PathLike[str], country: str | None = None,
                today: dt.date | None = None) -> ImportResult:
    """Read and extract one file; ``country`` (SE NO DK FI IS) when known, else told from the document."""
    return extract(read_document(path), country, today)


def import_bytes(data: bytes, name: str, country: str | None = None, today: dt.date | None = None) -> ImportResult:
    return extract(document_from_bytes(data, name), country, today)
