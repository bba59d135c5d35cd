"""Make any text a person typed safe for a Word document (and for e-mail).

Word's XML cannot hold NUL and most other C0 control characters, lone surrogates or U+FFFE/U+FFFF;
python-docx raises a bare ValueError on them. Tabs and line breaks are kept; Windows line ends become \\n.
"""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("", text).strip()


def clean_line(text: str) -> str:
    """A single line (names, addresses, subject): line breaks and tabs become spaces."""
    return " ".join(clean(text).split())


_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
_LONG_ELLIPSIS = re.compile(r"\.{4,}")


def single_stops(text: str) -> str:
    """One full stop where a value that ends in one ("27. gr.", "kr.") meets the sentence's own, and an ellipsis
    a person typed ("Moccamaster...") kept as it is, also at the end of a sentence."""
    return _DOUBLE_STOP.sub(".", _LONG_ELLIPSIS.sub("...", text))


def fill(message: str, **values: str) -> str:
    """A translated sentence with its values put in, never with two full stops where a value that ends in one
    ("1 500,00 kr.", "27. gr.") meets the sentence's own."""
    return single_stops(message.format(**values))


_SENTENCE_END = (".", "!", "?", "…", "»", "”", "“", '"')  # “ closes an Icelandic „quotation“


def end_sentence(text: str) -> str:
    """``text`` ending in a full stop, unless it already ends a sentence ("kr.", "?", an ellipsis)."""
    text = text.rstrip()
    return text if not text or text.endswith(_SENTENCE_END) else text + "."


NO_BREAK_SPACE, NO_BREAK_HYPHEN = "\u00a0", "\u2011"
_NUMBER_SECTION = re.compile(r"(?<=\d) (?=§)|(?<=§) (?=\d)|(?<=§§) (?=\d)")


def bind_sections(text: str) -> str:
    """No line break between a number and its "§" ("17 §", "§ 27", "§§ 26"): a no-break space instead."""
    return _NUMBER_SECTION.sub(NO_BREAK_SPACE, text)
