"""How wide a text is in the letter's font (Carlito, shipped in reklamera/fonts), read straight from its TrueType
tables: the advance width of each character, summed, as ReportLab sets text in the PDF (no kerning). The handout's
timeline is placed with these numbers in the PDF and in the preview alike, and the preview needs no ReportLab.
"""

from __future__ import annotations

import functools
import struct
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FAMILY = "Carlito"
FILES = {False: "Carlito-Regular.ttf", True: "Carlito-Bold.ttf"}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in points at ``size`` points."""
    widths, default = _advances(FILES[bold])
    return sum(widths.get(ord(char), default) for char in text) * size / 1000


@functools.cache
def _advances(file: str) -> tuple[dict[int, float], float]:
    """Code point -> advance width in thousandths of an em, and the width of a missing character (glyph 0)."""
    data = (FONT_DIR / file).read_bytes()
    tables = {}
    for index in range(struct.unpack_from(">H", data, 4)[0]):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        tables[tag.decode("latin-1")] = offset
    units = struct.unpack_from(">H", data, tables["head"] + 18)[0]
    metrics = struct.unpack_from(">H", data, tables["hhea"] + 34)[0]
    advances = struct.unpack_from(f">{2 * metrics}H", data, tables["hmtx"])[0::2]  # (advance, bearing) pairs
    scale = 1000 / units
    widths = {code: advances[min(glyph, metrics - 1)] * scale for code, glyph in _cmap(data, tables["cmap"]).items()}
    if 0x20 in widths:
        widths.setdefault(0xA0, widths[0x20])  # a no-break space is as wide as a space (ReportLab does the same)
    if 0x2D in widths:
        widths.setdefault(0x2011, widths[0x2D])  # the PDF draws a no-break hyphen as a hyphen (render_pdf)
    return widths, advances[0] * scale


def _cmap(data: bytes, start: int) -> dict[int, int]:
    """Code point -> glyph, from the Unicode subtable (format 12 if the font has one, else format 4)."""
    count = struct.unpack_from(">H", data, start + 2)[0]
    found: dict[int, int] = {}
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, start + 4 + 8 * index)
        table = start + offset
        kind = struct.unpack_from(">H", data, table)[0]
        if (platform, encoding, kind) == (3, 10, 12):
            groups = struct.unpack_from(">I", data, table + 12)[0]
            for group in range(groups):
                first, last, glyph = struct.unpack_from(">III", data, table + 16 + 12 * group)
                found.update((code, glyph + code - first) for code in range(first, last + 1))
            return found
        if (platform, encoding, kind) == (3, 1, 4) and not found:
            found = _format4(data, table)
    return found


def _format4(data: bytes, table: int) -> dict[int, int]:
    segments = struct.unpack_from(">H", data, table + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, table + 14)
    starts = struct.unpack_from(f">{segments}H", data, table + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, table + 16 + 4 * segments)
    ranges_at = table + 16 + 6 * segments
    offsets = struct.unpack_from(f">{segments}H", data, ranges_at)
    found: dict[int, int] = {}
    for segment in range(segments):
        for code in range(starts[segment], ends[segment] + 1):
            if code == 0xFFFF:
                continue
            if offsets[segment] == 0:
                glyph = (code + deltas[segment]) & 0xFFFF
            else:
                at = ranges_at + 2 * segment + offsets[segment] + 2 * (code - starts[segment])
                glyph = struct.unpack_from(">H", data, at)[0]
                glyph = (glyph + deltas[segment]) & 0xFFFF if glyph else 0
            if glyph:
                found[code] = glyph
    return found
