"""The PySide6 in use keeps Python's reference counts right: 6.12.0 returned None without a reference for every
null object pointer, and under Python 3.11 the interpreter aborted ("deallocating None") mid-session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget, QWizard


def test_a_null_object_pointer_keeps_none_alive(qapp) -> None:
    widget, label, wizard = QWidget(), QLabel(), QWizard()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.focusProxy(), label.buddy(), wizard.currentPage()
    assert sys.getrefcount(None) >= before - 10
