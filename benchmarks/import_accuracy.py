"""Import accuracy over the corpus (tests/data/import): per field, how many expected values were found right
(recall), how many values given were right (precision), and every wrong value, above all where the document
says nothing (goal: >= 95 % right, no wrong value where the expected is null). Then the time to import a 5 MB PDF
and a 20 MB e-mail, made in a temporary folder (each must take under 2 s)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / "tests" / "data" / "import"
TODAY = dt.date(2026, 6, 1)


def corpus() -> list[Path]:
    return sorted(path for path in CORPUS.iterdir() if path.suffix in (".eml", ".msg", ".pdf", ".txt"))


def score(verbose: bool = True) -> tuple[dict[str, list[int]], list[str]]:
    from reklamera.importer import import_file
    from reklamera.importer.result import json_value

    table: dict[str, list[int]] = {}  # field -> [right, wrong, missed, expected]
    problems = []
    for path in corpus():
        expected = json.loads(path.with_name(path.name + ".expected.json").read_text("utf-8"))
        result = import_file(path, today=TODAY)
        for key, want in expected.items():
            row = table.setdefault(key, [0, 0, 0, 0])
            found = result.fields.get(key)
            got = json_value(found.value) if found else None
            row[3] += want is not None
            if got is None:
                if want is not None:
                    row[2] += 1
                    problems.append(f"{path.name}: {key} missed (expected {want!r})")
            elif got == want:
                row[0] += 1
            else:
                row[1] += 1
                problems.append(f"{path.name}: {key} WRONG {got!r} (expected {want!r}; from {found.source!r})")
    return table, problems


def timing() -> list[tuple[str, float]]:
    from reklamera.importer import import_file

    sys.path.insert(0, str(CORPUS))
    from shops import SE_ORDER

    out = []
    with tempfile.TemporaryDirectory() as folder:
        big_pdf = Path(folder, "big.pdf")
        from reportlab.pdfgen import canvas

        drawing = canvas.Canvas(str(big_pdf), invariant=1)
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        picture = Image.frombytes("RGB", (1200, 1200), os.urandom(1200 * 1200 * 3))
        for _page in range(2):
            drawing.drawImage(ImageReader(picture), 0, 0, 500, 500)
            for row, line in enumerate(SE_ORDER.splitlines()):
                drawing.drawString(40, 800 - 14 * row, line)
            drawing.showPage()
        drawing.save()
        mail = Path(folder, "big.eml")
        from email.message import EmailMessage

        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = "shop@example.se", "me@example.se", "Order"
        message["Date"] = "Thu, 12 Feb 2026 18:02:11 +0100"
        message.set_content(SE_ORDER)
        message.add_attachment(os.urandom(15 * 1024 * 1024), maintype="image", subtype="jpeg", filename="photo.jpg")
        mail.write_bytes(message.as_bytes())
        for path in (big_pdf, mail):
            start = time.perf_counter()
            result = import_file(path, today=TODAY)
            elapsed = time.perf_counter() - start
            assert "seller.org_number" in result.fields, path
            out.append((f"{path.name} ({path.stat().st_size / 1e6:.1f} MB)", elapsed))
    return out


def main() -> int:
    table, problems = score()
    print(f"{'field':24} {'precision':>9} {'recall':>7}  right wrong missed")
    right = wrong = expected_total = 0
    for key, (good, bad, missed, expected) in table.items():
        given = good + bad
        precision = good / given if given else 1.0
        recall = good / expected if expected else 1.0
        right, wrong, expected_total = right + good, wrong + bad, expected_total + expected
        print(f"{key:24} {precision:9.1%} {recall:7.1%}  {good:5} {bad:5} {missed:6}")
    share = right / expected_total if expected_total else 1.0
    print(f"overall: {share:.1%} of {expected_total} expected values right, {wrong} wrong values "
          f"({len(corpus())} documents)")
    for line in problems:
        print("  " + line)
    failed = share < 0.95 or wrong > 0
    for label, seconds in timing():
        print(f"import of {label}: {seconds:.2f} s (budget 2 s)")
        failed |= seconds >= 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
