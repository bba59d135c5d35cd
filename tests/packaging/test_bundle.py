"""The PyInstaller spec's promises, checked as text; `make check-bundle` builds the bundle and proves them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "packaging" / "pyinstaller" / "reklamera.spec").read_text(encoding="utf-8")
CHECK = (ROOT / "packaging" / "pyinstaller" / "check_bundle.sh").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def test_every_data_folder_the_app_reads_is_bundled() -> None:
    for folder in ("locale", "samples", "icons", "fonts"):
        assert f'(str(PACKAGE / "{folder}"), "reklamera/{folder}")' in SPEC, folder
        assert (ROOT / "src" / "reklamera" / folder).is_dir()


def test_only_the_qt_modules_the_app_imports() -> None:
    used = set()
    for path in (ROOT / "src" / "reklamera").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    excluded = set(re.findall(r'"PySide6\.(Qt\w+)"', SPEC))
    assert excluded and not used & excluded, used & excluded


def test_linux_takes_libpq_from_the_system_and_windows_keeps_psycopg_binary() -> None:
    linux_part = SPEC.split('if sys.platform.startswith("linux"):\n    excludes.append("psycopg_binary")')
    assert len(linux_part) == 2, "psycopg_binary is excluded on Linux only"
    assert '"psycopg.pq.pq_ctypes", "psycopg.pq._pq_ctypes"' in SPEC
    assert "register on PostgreSQL (system libpq)" in CHECK


def test_size_budget_and_what_check_bundle_runs() -> None:
    assert "BUDGET_MB=${BUNDLE_BUDGET_MB:-150}" in CHECK
    for promise in ("--self-test", "--quit-after-startup", "QT_QPA_PLATFORM=xcb", "letter.pdf", "register",
                    "not found"):
        assert promise in CHECK, promise
    assert re.search(r"^check-bundle: bundle\n\tpackaging/pyinstaller/check_bundle.sh dist/reklamera$", MAKEFILE,
                     re.MULTILINE)
    assert re.search(r"^windows:\n\tpackaging/windows/build.sh build$", MAKEFILE, re.MULTILINE)
    assert re.search(r"^check-windows:\n\tpackaging/windows/build.sh check$", MAKEFILE, re.MULTILINE)
