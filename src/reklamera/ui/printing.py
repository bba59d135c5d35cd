"""Printing HTML (the letter preview, the handout) on A4 with letter margins, and saving letters.

A letter (a LetterContent) becomes a PDF through reklamera.letter.render_pdf, the same renderer the command line
uses; Qt's HTML-to-PDF here is left for the handout, which is HTML."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter


def _a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(22, 20, 20, 20), QPageLayout.Unit.Millimeter)


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    return printer


PRINT_DPI = 300  # the pictures' resolution on paper
SMALLEST = 0.75  # a one-page document is printed at 75 % of its size at least, else on a second page


def print_html(html: str, device, title: str = "", pictures=None, *, one_page: bool = False) -> None:
    """Lay ``html`` out on ``device`` (a printer or a PDF writer), page by page; ``pictures``: the SVG of each
    <img> it names (reklamera.letter.html.pictures); ``one_page``: set it smaller, as far as it must be, to fit one
    page (the handout)."""
    document = QTextDocument()
    if pictures:
        from reklamera.ui.pictures import add_pictures

        add_pictures(document, pictures, PRINT_DPI / 72)
    document.setHtml(html)
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        if isinstance(device, QPrinter):
            device.setDocName(title)
    if one_page:
        _fit_one_page(document, device)
    document.print_(device)


def _fit_one_page(document: QTextDocument, device) -> None:
    """A page size in the document's own pixels (96 a inch, as Qt's print() assumes): Qt then scales the page to
    the paper, so a larger page is printed smaller. The smallest that holds everything, within SMALLEST."""
    page = QSizeF(device.width() * 96 / device.logicalDpiX(), device.height() * 96 / device.logicalDpiY())
    steps = 8
    for step in range(steps + 1):
        factor = 1 + step * (1 / SMALLEST - 1) / steps
        document.setPageSize(page * factor)
        if document.pageCount() <= 1:
            return
    document.setPageSize(page)


def pdf_bytes(html: str, title: str = "", pictures=None, *, one_page: bool = False) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(_a4_layout())
    writer.setTitle(title)
    writer.setCreator("reklamera")
    print_html(html, writer, title, pictures, one_page=one_page)  # the painter ends inside print_(): the PDF is done
    return bytes(buffer.data().data())


def save_pdf(html: str, path: str | os.PathLike[str], title: str = "", *, overwrite: bool = True) -> Path:
    """Made in memory, then written like every other file: a full disk or a crash never leaves half a PDF,
    and a folder that cannot be written to is a clear message instead of Qt's silent failure."""
    from reklamera.storage import write_output

    return write_output(path, pdf_bytes(html, title), overwrite=overwrite)


def save_letter(content, path: str, letterhead=None) -> None:
    """A letter as a PDF or, for any other name, a Word document, either on the office's letterhead. The file
    dialog has already asked before replacing a file."""
    if path.lower().endswith(".pdf"):
        from reklamera.letter.render_pdf import render_pdf

        render_pdf(content, path, overwrite=True, letterhead=letterhead)
    else:
        from reklamera.letter.render_docx import render_docx

        render_docx(content, path, overwrite=True, template=letterhead)
