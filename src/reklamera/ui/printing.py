"""Printing and PDF export of HTML (the letter preview, the handout) on A4 with letter margins."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter


def a4_printer(pdf_path: str | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(22, 20, 20, 20), QPageLayout.Unit.Millimeter))
    if pdf_path:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(pdf_path)
    return printer


def print_html(html: str, printer: QPrinter, title: str = "") -> None:
    document = QTextDocument()
    document.setHtml(html)
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        printer.setDocName(title)
    document.print_(printer)
