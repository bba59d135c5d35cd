"""Bad input is one clear InputError naming the file, never a traceback; the readers' special cases."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage
from pathlib import Path

import pytest

from reklamera.errors import InputError
from reklamera.importer import import_bytes, import_file, read_document, readers

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"
TODAY = dt.date(2026, 6, 1)


def _pdf(draw=None, *, encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1, encrypt=encrypt)
    if draw:
        draw(pdf)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _error(data: bytes, name: str) -> str:
    with pytest.raises(InputError) as caught:
        import_bytes(data, name, today=TODAY)
    assert caught.value.field == name
    assert "\n" not in str(caught.value)
    return caught.value.template


def test_a_password_protected_pdf() -> None:
    from reklamera.importer.pdf import ENCRYPTED

    data = _pdf(lambda pdf: pdf.drawString(40, 800, "Org.nr 556677-8899"), encrypt="secret")
    assert _error(data, "order.pdf") == ENCRYPTED


def test_a_scanned_pdf_has_no_text() -> None:
    from reklamera.importer.pdf import NO_TEXT

    assert _error(_pdf(lambda pdf: pdf.rect(10, 10, 100, 100, fill=1)), "scan.pdf") == NO_TEXT


def test_a_damaged_pdf() -> None:
    from reklamera.importer.pdf import BROKEN

    data = (CORPUS / "se_vitvaruhuset.pdf").read_bytes()
    assert _error(data[: len(data) // 3], "cut.pdf") == BROKEN


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"", "empty.txt", readers.EMPTY),
    (b"\x00\x01\x02binary\xff" * 50, "junk.txt", readers.NOT_TEXT),
    (b"\xff\xd8\xff\xe0 a photo", "photo.eml", readers.PICTURE),
    (b"PK\x03\x04 a zip", "letter.docx", readers.NOT_SUPPORTED),
    (b"hello", "notes.odt", readers.NOT_SUPPORTED),
])
def test_not_a_document(data: bytes, name: str, message: str) -> None:
    assert _error(data, name) == message


def test_a_pdf_named_txt_is_read_as_a_pdf() -> None:
    data = (CORPUS / "fi_urheiluaitta.pdf").read_bytes()
    assert import_bytes(data, "kuitti.txt", today=TODAY).fields["seller.org_number"].value == "1572860-0"


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(InputError) as caught:
        import_file(path)
    assert caught.value.template == readers.TOO_LARGE
    assert "MB" in str(caught.value)


def test_folders_and_missing_files(tmp_path: Path) -> None:
    for path in (tmp_path, tmp_path / "nothing.eml"):
        with pytest.raises(InputError):
            read_document(path)


def test_a_truncated_email_is_refused() -> None:
    from reklamera.importer.mail import TRUNCATED

    data = (CORPUS / "se_vitvaruhuset.eml").read_bytes()
    assert _error(data[: len(data) * 2 // 3], "cut.eml") == TRUNCATED


def test_text_that_is_not_an_email() -> None:
    from reklamera.importer.mail import NOT_MAIL

    assert _error(b"just some words\n\nand more", "note.eml") == NOT_MAIL


def test_an_unknown_charset_and_encoded_words() -> None:
    message = EmailMessage()
    message["From"] = "=?iso-8859-1?q?Cykelsmeden_Fyn?= <ordre@cykelsmeden.dk>"
    message["Subject"] = "=?utf-8?b?T3JkcmViZWtyw6ZmdGVsc2U=?= 7781"
    message["Date"] = "Sat, 14 Feb 2026 11:40:00 +0100"
    message.set_content("Ordrenummer: 7781\nOrdredato: 14-02-2026\n")
    data = message.as_bytes().replace(b'charset="utf-8"', b'charset="x-unknown"')
    document = read_document_bytes(data)
    assert document.mail is not None and document.mail.subject == "Ordrebekræftelse 7781"
    assert "Ordrenummer: 7781" in document.text


def read_document_bytes(data: bytes):
    from reklamera.importer import document_from_bytes

    return document_from_bytes(data, "order.eml")


def test_a_forwarded_email_takes_the_original_sender_and_date() -> None:
    document = read_document(CORPUS / "fi_kodinkone.eml")
    assert document.mail is not None
    assert document.mail.sender_address == "tilaukset@kodinkonepohjola.fi"
    assert document.mail.forwarded_by == "liisa.virtanen@example.fi"
    attached = read_document(CORPUS / "en_nordicgadget.eml")
    assert attached.mail is not None and attached.mail.sender_address == "orders@nordicgadget.se"


def test_the_mail_date_is_the_order_date_when_the_text_has_none() -> None:
    message = EmailMessage()
    message["From"] = "Vitvaruhuset <order@vitvaruhuset.se>"
    message["To"] = "anna@example.se"
    message["Subject"] = "Din order 4711"
    message["Date"] = "Thu, 12 Feb 2026 18:02:11 +0100"
    message.set_content("Tack för din beställning.\n")
    result = import_bytes(message.as_bytes(), "order.eml", country="SE", today=TODAY)
    assert result.fields["product.purchased"].value == dt.date(2026, 2, 12)
    assert result.fields["product.purchased"].confidence < 0.8
    assert result.fields["seller.email"].value == "order@vitvaruhuset.se"
    assert result.fields["product.order_number"].value == "4711"


def test_a_msg_without_the_optional_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from reklamera.importer.mail import NO_MSG_READER

    monkeypatch.setitem(sys.modules, "extract_msg", None)
    assert _error((CORPUS / "se_vitvaruhuset.msg").read_bytes(), "order.msg") == NO_MSG_READER


def test_a_damaged_msg() -> None:
    from reklamera.importer.mail import BROKEN_MSG

    data = (CORPUS / "se_vitvaruhuset.msg").read_bytes()
    assert _error(data[:1500], "order.msg") == BROKEN_MSG
