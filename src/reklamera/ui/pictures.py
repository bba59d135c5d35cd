"""The pictures of a document shown or printed as HTML (the handout's timeline): their SVG, from
reklamera.letter.html.pictures, drawn at the resolution of the screen or the printer and handed to Qt's text
document under the name its <img> uses."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRectF, QUrl
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter, QTextDocument

Pictures = dict[str, tuple[str, float, float]]  # name -> (SVG, width and height in points)


@functools.cache
def register_letter_font() -> None:
    """The pictures' text is set in the letter's font, Carlito (shipped with the app), as in the PDF: Qt must know
    it, or the labels would be measured for one font and drawn in another."""
    from reklamera.letter.font_metrics import FILES, FONT_DIR

    for file in FILES.values():
        QFontDatabase.addApplicationFont(str(FONT_DIR / file))


def picture_image(svg: str, width: float, height: float, dots_per_point: float, ratio: float = 1.0) -> QImage:
    """The SVG on a white image ``dots_per_point`` pixels for each of its points; ``ratio``: the screen's device
    pixel ratio (the image then shows at its size in logical pixels, sharp). Safe on a worker thread once
    :func:`register_letter_font` has run on the GUI thread."""
    from PySide6.QtSvg import QSvgRenderer  # here: the preview's worker thread loads it, not the window

    register_letter_font()
    scale = dots_per_point * ratio
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def add_pictures(document: QTextDocument, pictures: Pictures, dots_per_point: float, ratio: float = 1.0) -> None:
    """Give ``document`` every picture before its HTML is set (Qt keeps resources across setHtml)."""
    for name, (svg, width, height) in pictures.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                             picture_image(svg, width, height, dots_per_point, ratio))
