"""LetterContent -> simple HTML for the on-screen preview and for printing (Qt's rich text subset).

A picture (the handout's timeline) is an <img> whose source names it (``picture:1``); :func:`pictures` gives each
name's SVG, which the viewer or printer draws at its own resolution."""

from __future__ import annotations

import math
from html import escape

from reklamera.letter.content import Block, BlockKind, LetterContent

PICTURE_WIDTH = 453.0  # points: 160 mm, the text's width on a printed A4 page
PX_PER_POINT = 96 / 72  # an <img>'s size is in CSS pixels


def picture_name(index: int) -> str:
    return f"picture:{index}"


def pictures(content: LetterContent, width: float = PICTURE_WIDTH) -> dict[str, tuple[str, float, float]]:
    """Each picture's name -> (its SVG, its width and height in points); ``width`` as for :func:`letter_html`."""
    from reklamera.letter.timeline_layout import handout_layout
    from reklamera.letter.timeline_svg import svg

    found: dict[str, tuple[str, float, float]] = {}
    for index, block in enumerate(content.body):
        if block.kind is BlockKind.TIMELINE and block.timeline is not None:
            height = math.ceil(handout_layout(block.timeline, width).height)
            found[picture_name(index)] = (svg(block.timeline, width), width, height)
    return found


def _picture(index: int, block: Block, width: float) -> str:
    from reklamera.letter.timeline_layout import handout_layout

    assert block.timeline is not None
    height = math.ceil(handout_layout(block.timeline, width).height)
    return (f"<p><img src='{picture_name(index)}' width='{round(width * PX_PER_POINT)}' "
            f"height='{round(height * PX_PER_POINT)}' alt='{escape(block.text)}'></p>")


def letter_html(content: LetterContent, *, with_pictures: bool = True, picture_width: float = PICTURE_WIDTH) -> str:
    """``with_pictures``: False leaves the pictures out, for a preview that must show at once (the first picture
    reads the font's tables and places every label: it follows a moment later). ``picture_width``: in points, the
    printed page's text width unless a narrower window shows it (the labels are then placed for that width)."""
    def lines(values: tuple[str, ...]) -> str:
        return "<br>".join(escape(value) for value in values)

    parts = [f"<p>{lines(values)}</p>" for values in (content.sender, content.recipient) if values]
    parts.append(f"<p align='right'>{escape(content.place_and_date)}</p>")
    parts.append(f"<h3>{escape(content.subject)}</h3>")
    if content.salutation:
        parts.append(f"<p>{escape(content.salutation)}</p>")
    for index, block in enumerate(content.body):
        if block.kind is BlockKind.TIMELINE:
            if with_pictures and block.timeline is not None:
                parts.append(_picture(index, block, picture_width))
        elif block.kind is BlockKind.TABLE:
            head = "".join(f"<th align='left'>{escape(text)}</th>" for text in block.head) if block.head[0] else ""
            rows = "".join(f"<tr><td style='white-space:nowrap; padding-right:12px'>{escape(first)}</td>"
                           f"<td>{escape(second)}</td></tr>" for first, second in block.rows)
            parts.append(f"<table cellspacing='0' cellpadding='2'>{f'<tr>{head}</tr>' if head else ''}{rows}</table>")
        elif block.kind is BlockKind.HEADING:
            parts.append(f"<p><b>{escape(block.text)}</b></p>")
        elif block.kind is BlockKind.QUOTE:
            text = "<br>".join(escape(line) for line in block.text.split("\n"))
            parts.append(f"<blockquote><i>{text}</i></blockquote>")
        elif block.kind is BlockKind.FACTS:
            rows = "".join(f"<tr><td>{escape(label)}:&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"
                           for label, value in block.rows)
            parts.append(f"<table cellspacing='0' cellpadding='1'>{rows}</table>")
        elif block.kind in (BlockKind.NUMBERED, BlockKind.BULLETED):
            tag = "ol" if block.kind is BlockKind.NUMBERED else "ul"
            items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
            parts.append(f"<{tag}>{items}</{tag}>")
        else:
            parts.append(f"<p>{escape(block.text)}</p>")
    if content.closing:
        parts.append(f"<p>{escape(content.closing)}<br><br><br>{lines(content.signature[1:])}</p>")
    if content.footer:
        parts.append(f"<p><small><i>{escape(content.footer)}</i></small></p>")
    if content.translation is not None:
        parts += ["<hr>", letter_html(content.translation, with_pictures=with_pictures, picture_width=picture_width)]
    return "\n".join(parts)
