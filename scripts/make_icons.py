#!/usr/bin/env python3
"""Render src/reklamera/icons/reklamera.svg to the PNG sizes desktops ask for, and a Windows .ico.

Run after changing the SVG: .venv/bin/python scripts/make_icons.py (the results are committed).
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "src" / "reklamera" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "reklamera.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - painting needs an application
    for size in SIZES:
        render(size).save(str(ICONS / f"reklamera-{size}.png"))
    if not render(256).save(str(ICONS / "reklamera.ico")):
        print("no ICO writer in this Qt: the Windows installer uses the 256 px PNG")


if __name__ == "__main__":
    main()
