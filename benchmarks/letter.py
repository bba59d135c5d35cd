"""`reklamera letter` wall time against a bare script that imports python-docx and Babel and saves a
one-paragraph A4 document (budget ≤ 1.5×). Both run with the same interpreter, interleaved, in the same run."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import installed_env, report, time_commands

BUDGET = 1.5
from reklamera.samples import SAMPLE_CASE as SAMPLE  # noqa: E402

BARE = """
import sys
import babel
import docx
from docx.shared import Mm
document = docx.Document()
section = document.sections[0]
section.page_width, section.page_height = Mm(210), Mm(297)
document.add_paragraph("Reklamation")
document.save(sys.argv[1])
"""


def main() -> int:
    script = Path(sys.executable).with_name("reklamera")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        commands = {
            "baseline": [sys.executable, "-c", BARE, str(out / "bare.docx")],
            "letter": [str(script), "letter", str(SAMPLE), "-o", str(out / "letter.docx"), "--force",
                       "--today", "2026-11-24"],
        }
        medians = time_commands(commands, rounds=int(os.environ.get("ROUNDS", "15")), env=installed_env())
    ratio = medians["letter"] / medians["baseline"]
    detail = f"letter {medians['letter'] * 1000:.0f} ms, baseline {medians['baseline'] * 1000:.0f} ms (medians)"
    return 0 if report("reklamera letter ratio", ratio, BUDGET, detail) else 1


if __name__ == "__main__":
    sys.exit(main())
