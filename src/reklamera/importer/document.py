"""The document an import reads: its text and, for an e-mail, who sent it, to whom and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

MAX_TEXT = 400_000  # characters of text kept from one document: an order confirmation is a few thousand


@dataclass
class Mail:
    """The headers of the message that holds the order (for a forwarded one, the original's when they are
    quoted): sender, recipients, date and subject, each with the header line it came from."""

    sender_name: str = ""
    sender_address: str = ""
    recipients: tuple[str, ...] = ()
    date: dt.date | None = None
    date_line: str = ""
    subject: str = ""
    forwarded_by: str = ""  # the address of whoever forwarded the original


@dataclass
class Document:
    name: str
    kind: str  # "eml", "msg", "pdf", "txt"
    text: str
    mail: Mail | None = None
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The text's lines, quoting marks of a forwarded or replied message (> ) removed; a blank line is kept
        as "" (it ends a paragraph, such as the seller's address)."""
        out: list[str] = []
        for raw in self.text[:MAX_TEXT].splitlines():
            line = raw.lstrip()
            while line.startswith(">"):
                line = line[1:].lstrip()
            line = line.replace("\u00ad", "").rstrip()
            if line or (out and out[-1]):
                out.append(line)
        return out
