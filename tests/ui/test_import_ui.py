"""Starting a case from an order confirmation in the wizard: read off the GUI thread, every value reviewed
beside its line (ticked, corrected or left out), then the case is filled and the wizard goes to the purchase."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton

CORPUS = Path(__file__).resolve().parent.parent / "data" / "import"
ORDER = CORPUS / "se_vitvaruhuset.eml"
EXPECTED = json.loads((CORPUS / "se_vitvaruhuset.eml.expected.json").read_text(encoding="utf-8"))


def test_start_from_an_order_confirmation(qtbot, make_wizard, dialogs, tmp_path: Path) -> None:
    wizard = make_wizard(language="sv", today=dt.date(2026, 11, 24))
    button = wizard.currentPage().findChild(QPushButton, "import-document")
    assert button.isVisible() and "orderbekräftelse" in button.text().replace("&", "")
    seen = {}

    def review(dialog) -> bool:
        """A person checks the values: corrects the order number, leaves the e-mail out, keeps the rest."""
        seen["sources"] = {key: label.text() for key, label in dialog.sources.items()}
        seen["price"] = dialog.edits["product.price"].text()
        dialog.edits["product.order_number"].setText("EH-2025-000001")
        dialog.ticks["seller.email"].setChecked(False)
        return True

    dialogs.answers.extend([str(ORDER), review])
    button.click()
    assert wizard.wait_for_import()
    case = wizard.case
    assert case.seller.name == EXPECTED["seller.name"] and case.seller.org_number == EXPECTED["seller.org_number"]
    assert case.product.price == Decimal(EXPECTED["product.price"])
    assert case.product.order_number == "EH-2025-000001"  # the correction, not what was read
    assert case.seller.email == ""  # not ticked: left out
    assert wizard.currentPage().NAME == "purchase" and wizard.is_dirty()
    assert EXPECTED["seller.name"] in seen["sources"]["seller.name"]  # each value beside the line it came from
    assert "," in seen["price"]  # shown as Swedish writes amounts


def test_a_value_that_cannot_be_read_back_keeps_the_dialog_open(qtbot, make_wizard, dialogs) -> None:
    from reklamera.importer import import_file
    from reklamera.ui.import_review import ImportReview

    wizard = make_wizard(language="en", today=dt.date(2026, 11, 24))
    dialog = ImportReview(import_file(ORDER, today=dt.date(2026, 11, 24)), wizard.ctx.gettext, "en",
                          dt.date(2026, 11, 24), wizard)
    qtbot.addWidget(dialog)
    dialog.edits["product.purchased"].setText("the 45th of Smarch")
    dialog._accept()
    assert dialog.result() == 0 and dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text().startswith("Purchase date: ")
    assert all(isinstance(tick, QCheckBox) for tick in dialog.ticks.values())
    assert dialog.edits["product.purchased"].accessibleDescription().startswith("Read from: ")


def test_a_file_that_cannot_be_read_is_said_once(qtbot, make_wizard, dialogs, tmp_path: Path) -> None:
    junk = tmp_path / "scan.pdf"
    junk.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    wizard = make_wizard()
    dialogs.answers.append(str(junk))
    assert wizard.import_document()
    assert wizard.wait_for_import()
    errors = [args for kind, args in dialogs.calls if kind == "error"]
    assert len(errors) == 1 and errors[0][1].startswith("scan.pdf: ")
    assert wizard.currentPage().NAME == "start"


def test_dropping_a_file_on_the_window(qtbot, make_wizard, dialogs) -> None:
    wizard = make_wizard(today=dt.date(2026, 11, 24))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(ORDER))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    dialogs.answers.append(True)  # the review: every ticked value taken
    wizard.dropEvent(drop)
    assert wizard.wait_for_import()
    assert wizard.case.seller.name == EXPECTED["seller.name"]
    assert wizard.currentPage().findChild(QLineEdit, "product").text() == EXPECTED["product.description"]
