"""The architecture in DESIGN.md: the legal core and the case model know nothing of Qt or Word."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["reklamera.rules", "reklamera.case", "reklamera.verdict", "reklamera.cli",
                                    "reklamera.next_steps", "reklamera.letter.timeline_drawing",
                                    "reklamera.letter.timeline_svg"])
def test_core_modules_import_neither_qt_nor_docx(module: str) -> None:
    probe = (
        f"import sys, {module}\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'docx'))\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
