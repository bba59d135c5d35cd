"""LetterContent -> simple HTML for the on-screen preview and for printing (Qt's rich text subset)."""

from __future__ import annotations

from html import escape

from reklamera.letter.content import BlockKind, LetterContent


def letter_html(content: LetterContent) -> str:
    def lines(values: tuple[str, ...]) -> str:
        return "<br>".join(escape(value) for value in values)

    parts = [f"<p>{lines(values)}</p>" for values in (content.sender, content.recipient) if values]
    parts.append(f"<p align='right'>{escape(content.place_and_date)}</p>")
    parts.append(f"<h3>{escape(content.subject)}</h3>")
    if content.salutation:
        parts.append(f"<p>{escape(content.salutation)}</p>")
    for block in content.body:
        if block.kind is BlockKind.HEADING:
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
        parts += ["<hr>", letter_html(content.translation)]
    return "\n".join(parts)
