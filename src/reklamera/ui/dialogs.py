"""Every question the app asks in a modal box goes through one service, so tests can answer it instead."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class DialogService:
    """The real dialogs. Texts arrive already translated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def open_path(self, title: str, folder: str, name_filter: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, name_filter)
        return path or None

    def save_path(self, title: str, suggested: str, name_filter: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, name_filter)
        return path or None

    def ask_unsaved(self, title: str, text: str, save: str, discard: str, cancel: str) -> Unsaved:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        buttons: dict[QAbstractButton, Unsaved] = {
            box.addButton(save, QMessageBox.ButtonRole.AcceptRole): Unsaved.SAVE,
            box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole): Unsaved.DISCARD,
        }
        cancel_button = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel_button)
        box.exec()
        return buttons.get(box.clickedButton(), Unsaved.CANCEL)

    def confirm(self, title: str, text: str, yes: str, no: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button)
        box.exec()
        return box.clickedButton() is yes_button

    def error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def print_document(self, printer, title: str) -> bool:
        """Show the print dialog for ``printer``; False when the person cancels."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(title)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def review(self, dialog) -> bool:
        """Show a review dialog (the import's values) modally; True when the person accepts it."""
        from PySide6.QtWidgets import QDialog

        return dialog.exec() == QDialog.DialogCode.Accepted
