"""E-mails: RFC 5322 ``.eml`` (the standard ``email`` package: multipart, quoted-printable and base64,
encoded-word headers, any charset) and Outlook ``.msg`` (extract-msg, the optional ``msg`` extra). The text
parts are read (HTML when a message has no plain text), PDF attachments too, and for a forwarded message the
original's quoted headers stand for the sender and the date."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import logging
import re
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from typing import Any

from reklamera.errors import InputError
from reklamera.i18n import N_
from reklamera.importer.document import MAX_TEXT, Document, Mail

NOT_MAIL = N_("is not an e-mail message (it has no sender, recipient, subject or date)")
TRUNCATED = N_("is an incomplete e-mail (it was cut off); save the whole message again and import that")
BROKEN_MSG = N_("is not an Outlook message that can be read (it is damaged or of another kind)")
NO_MSG_READER = N_(
    "reading Outlook .msg files needs reklamera's optional part for them (pip install 'reklamera[msg]'); "
    "or save the message as .eml"
)
ATTACHMENT_UNREADABLE = N_("An attached PDF could not be read; the rest of the message was.")
NO_BODY = N_("has no text to read")

_MAX_PARTS = 200
_TRUNCATION = ("CloseBoundaryNotFoundDefect", "StartBoundaryNotFoundDefect", "MissingHeaderBodySeparatorDefect")
# "---------- Forwarded message ---------" in the languages of the mail programs people use here.
_FORWARD = re.compile(
    r"forwarded message|begin forwarded message|original message|vidarebefordrat meddelande|"
    r"ursprungligt meddelande|videresendt (?:melding|meddelelse)|opprinnelig melding|oprindelig meddelelse|"
    r"välitetty viesti|alkuperäinen viesti|áframsent|upprunaleg skilaboð|weitergeleitete nachricht",
    re.IGNORECASE,
)
_FORWARD_HEADERS = {
    "from": ("from", "från", "fra", "lähettäjä", "frá", "von"),
    "date": ("date", "sent", "datum", "skickat", "dato", "sendt", "päivämäärä", "lähetetty", "dagsetning", "sent"),
    "subject": ("subject", "ämne", "emne", "aihe", "efni", "betreff"),
}


def read_eml(data: bytes, name: str) -> Document:
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        return _document(message, name)
    except InputError:
        raise
    except Exception:  # the email package raises assorted errors on damaged headers or parts
        raise InputError(name, TRUNCATED) from None


def _document(message: Message, name: str) -> Document:
    if not any(message.get(header) for header in ("from", "to", "subject", "date")):
        raise InputError(name, NOT_MAIL)
    mail = _mail(message)
    plain: list[str] = []
    html: list[str] = []
    notes: list[str] = []
    for count, part in enumerate(message.walk()):
        if count > _MAX_PARTS:
            break
        if any(type(defect).__name__ in _TRUNCATION for defect in part.defects):
            raise InputError(name, TRUNCATED)
        kind = part.get_content_type()
        filename = (part.get_filename() or "").lower()
        if kind == "message/rfc822" and isinstance(part, EmailMessage):  # forwarded as an attachment
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                mail = _mail(inner[0], forwarded_by=mail.sender_address)
        elif kind == "application/pdf" or filename.endswith(".pdf"):
            _pdf_attachment(part, name, plain, notes)
        elif kind in ("text/plain", "text/html") and not (
            filename and not filename.endswith((".txt", ".htm", ".html"))
        ):
            text = _text(part)
            (plain if kind == "text/plain" else html).append(text if kind == "text/plain" else html_to_text(text))
    body = "\n".join(plain) if any(text.strip() for text in plain) else "\n".join(html)
    if mail.subject:
        body = mail.subject + "\n" + body
    if not body.strip():
        raise InputError(name, NO_BODY)
    return Document(name, "eml", body[:MAX_TEXT], _forwarded(body, mail), notes)


def _text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know: Latin-1 keeps every byte
        return payload.decode("latin-1")


def _pdf_attachment(part: Message, name: str, texts: list[str], notes: list[str]) -> None:
    from reklamera.importer.pdf import pdf_text

    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return
    try:
        text, pdf_notes = pdf_text(payload, name)
    except InputError:
        notes.append(ATTACHMENT_UNREADABLE)
        return
    texts.append(text)
    notes.extend(pdf_notes)


def _mail(message: Message, *, forwarded_by: str = "") -> Mail:
    mail = Mail(forwarded_by=forwarded_by)
    try:
        sender = str(message.get("from") or "")
        mail.sender_name, mail.sender_address = email.utils.parseaddr(sender)
        mail.recipients = tuple(
            address
            for _name, address in email.utils.getaddresses([str(message.get(header) or "") for header in ("to", "cc")])
            if address
        )
        mail.subject = " ".join(str(message.get("subject") or "").split())
        date = str(message.get("date") or "")
        if date:
            mail.date_line = f"Date: {date}"
            mail.date = _rfc_date(date)
    except Exception:  # a malformed header is left out, the body is still read
        pass
    return mail


def _rfc_date(text: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _forwarded(body: str, mail: Mail) -> Mail:
    """For a message forwarded inline, the original's sender, date and subject from its quoted headers."""
    lines = body.splitlines()
    for index, line in enumerate(lines):
        if not _FORWARD.search(line):
            continue
        original = Mail(forwarded_by=mail.sender_address, recipients=mail.recipients)
        for quoted in lines[index + 1 : index + 12]:
            key, _colon, value = quoted.lstrip("> ").partition(":")
            key = key.strip().lower()
            value = value.strip()
            if not _colon or not value:
                continue
            if key in _FORWARD_HEADERS["from"] and not original.sender_address:
                original.sender_name, original.sender_address = email.utils.parseaddr(value)
            elif key in _FORWARD_HEADERS["date"] and not original.date_line:
                original.date_line = quoted.strip("> ").strip()
                original.date = _rfc_date(value)
            elif key in _FORWARD_HEADERS["subject"] and not original.subject:
                original.subject = value
        if original.sender_address:
            return original
    return mail


def read_msg(data: bytes, name: str) -> Document:
    """An Outlook message (extract-msg): subject, sender, date, plain or HTML body, PDF attachments."""
    try:
        import extract_msg
    except ImportError:
        raise InputError(name, NO_MSG_READER) from None
    logger = logging.getLogger("extract_msg")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        message = extract_msg.openMsg(data, delayAttachments=False)
        try:
            return _msg_document(message, name)
        finally:
            message.close()
    except InputError:
        raise
    except Exception:  # extract-msg and olefile raise many kinds on a damaged file
        raise InputError(name, BROKEN_MSG) from None
    finally:
        logger.setLevel(level)


def _msg_document(message: object, name: str) -> Document:
    def get(attribute: str) -> Any:  # each property may be missing from a message
        return getattr(message, attribute, None)

    mail = Mail()
    mail.sender_name, mail.sender_address = email.utils.parseaddr(str(get("sender") or ""))
    mail.subject = " ".join(str(get("subject") or "").split())
    mail.recipients = tuple(address for _n, address in email.utils.getaddresses([str(get("to") or "")]) if address)
    sent = get("date")
    if isinstance(sent, dt.datetime):
        mail.date = sent.date()
        mail.date_line = f"Date: {sent:%Y-%m-%d %H:%M}"
    body = str(get("body") or "")
    if not body.strip():
        html = get("htmlBody")
        body = html_to_text(html.decode("utf-8", errors="replace") if isinstance(html, bytes) else str(html or ""))
    texts, notes = [body], []
    for attachment in get("attachments") or ():
        filename = str(getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None) or "")
        data = getattr(attachment, "data", None)
        if filename.lower().endswith(".pdf") and isinstance(data, bytes):
            from reklamera.importer.pdf import pdf_text

            try:
                text, pdf_notes = pdf_text(data, name)
            except InputError:
                notes.append(ATTACHMENT_UNREADABLE)
                continue
            texts.append(text)
            notes.extend(pdf_notes)
    text = "\n".join(texts)
    if mail.subject:
        text = mail.subject + "\n" + text
    if not text.strip():
        raise InputError(name, NO_BODY)
    return Document(name, "msg", text[:MAX_TEXT], _forwarded(text, mail), notes)


class _HtmlText(HTMLParser):
    """The text of an HTML mail: a line per block (paragraph, row, list item, <br>), cells apart by a tab."""

    _BLOCKS = frozenset(
        {
            "p",
            "div",
            "br",
            "tr",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "hr",
            "section",
            "article",
            "header",
            "footer",
            "address",
            "blockquote",
            "ul",
            "ol",
        }
    )
    _SKIP = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(" ".join(data.split()) if data.strip() else (" " if data else ""))


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(html[: MAX_TEXT * 4])
        parser.close()
    except Exception:  # HTMLParser is lenient; whatever it still raises leaves the text read so far
        pass
    lines = (
        "\t".join(cell.strip() for cell in line.split("\t") if cell.strip())
        for line in "".join(parser.parts).split("\n")
    )
    return "\n".join(line for line in lines if line)
