"""Compile the gettext catalogs (.po -> .mo) next to them; `python -m reklamera.catalogs`.

Used by `make` for source checkouts and by the wheel build hook; .mo files are never committed.
Only rebuilds a catalog whose .po is newer than its .mo, so it is cheap to run every time.
"""

from __future__ import annotations

import sys
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def compile_catalogs(locale_dir: Path = LOCALE_DIR, *, force: bool = False) -> list[Path]:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/messages.po")):
        mo_path = po_path.with_suffix(".mo")
        if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=po_path.parent.parent.name)
        with mo_path.open("wb") as handle:
            write_mo(handle, catalog)
        written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_catalogs(force="--force" in sys.argv):
        print(f"compiled {path.relative_to(LOCALE_DIR.parent.parent.parent)}", file=sys.stderr)
