"""The letter as plain, already-formatted strings: what a renderer lays out, and nothing it must compute."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the handout's picture; a letter never loads it
    from reklamera.letter.timeline import Timeline


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    QUOTE = "quote"  # the consumer's own words, set off from the letter's voice
    HEADING = "heading"
    NUMBERED = "numbered"
    BULLETED = "bulleted"
    FACTS = "facts"  # labelled facts, one a line ("Product: …", "Purchase date: …"): rows of (label, value)
    TABLE = "table"  # a table of two columns with its head (the handout's key dates: date, what it means)
    TIMELINE = "timeline"  # a picture of the key dates (the handout); ``text`` says in words what it shows


@dataclass(frozen=True)
class Block:
    """One block of a letter's body: a paragraph, a quotation of the consumer, a heading or a list item."""

    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, str], ...] = ()  # FACTS: (label, value), the label without its colon; TABLE: its rows
    head: tuple[str, str] = ("", "")  # TABLE: the columns' headings
    timeline: Timeline | None = None  # TIMELINE: what the picture shows, in the document's language


@dataclass(frozen=True)
class LetterContent:
    """A letter as its renderers (.docx, PDF, text) receive it: no layout, only content."""

    language: str  # the letter's language (sv, nb, da, fi, is, en)
    title: str  # also the document title in the file's properties
    author: str
    sender: tuple[str, ...]
    recipient: tuple[str, ...]
    place_and_date: str
    subject: str
    salutation: str
    body: tuple[Block, ...]
    closing: str
    signature: tuple[str, ...]
    keywords: str = ""
    footer: str = ""  # "Written with help from <office>", when an office's site configuration asks for it
    keep_together: tuple[str, ...] = ()  # values a line must not break inside (the order number at its hyphens)
    subject_label: str = ""  # "Subject" in the letter's language: the plain text's first line, as an e-mail's
    # The same letter in a second language (a cross-border purchase: the seller's language first, the consumer's
    # after it), laid out after this one on a new page.
    translation: LetterContent | None = None
    window: bool = True  # the recipient's address placed for a window envelope (a letter that goes by post)
    one_page: bool = False  # set smaller where it must be, to stay on one page (the handout)

    def as_text(self) -> str:
        """The letter as plain text, ready to paste into an e-mail: the subject line first, as the e-mail's
        subject ("Ämne: Reklamation: …"), then the letter."""
        head = f"{self.subject_label}: {self.subject}" if self.subject_label else self.subject
        parts = [head, "\n".join(self.sender), "\n".join(self.recipient), self.place_and_date]
        if self.salutation:
            parts.append(self.salutation)
        for block in self.body:
            if block.kind is BlockKind.NUMBERED:
                parts.append("\n".join(f"{number}. {item}" for number, item in enumerate(block.items, 1)))
            elif block.kind is BlockKind.BULLETED:
                parts.append("\n".join(f"- {item}" for item in block.items))
            elif block.kind is BlockKind.FACTS:
                parts.append("\n".join(f"{label}: {value}" for label, value in block.rows))
            elif block.kind is BlockKind.TABLE:
                parts.append("\n".join(f"{first}\t{second}" for first, second in (block.head, *block.rows) if first))
            elif block.kind is BlockKind.TIMELINE:
                continue  # a picture: the table of dates beside it says the same in words
            elif block.kind is BlockKind.QUOTE:
                parts.append("\n".join(f"    {line}" if line else "" for line in block.text.split("\n")))
            else:
                parts.append(block.text)
        # An e-mail is not signed by hand: the closing and the name, no room for a signature.
        signature = [line for line in self.signature if line.strip("_ ")]
        parts.append("\n".join([self.closing, *signature]) if self.closing else "\n".join(signature))
        if self.footer:
            parts.append(self.footer)
        text = "\n\n".join(part for part in parts if part) + "\n"
        if self.translation is not None:
            text += "\n" + "-" * 40 + "\n\n" + self.translation.as_text()
        return text
