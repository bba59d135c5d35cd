"""Writes the import corpus (tests/data/import): every shop of shops.py in the formats people bring, each with
NAME.expected.json. Run it again after changing shops.py: `python tests/data/import/make_corpus.py`."""

from __future__ import annotations

import html
import io
import json
import re
import sys
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import shops  # noqa: E402
from msgwriter import write_msg  # noqa: E402


def pdf_bytes(pages: tuple[str, ...]) -> bytes:
    """A text PDF: each page's lines drawn as a real receipt lays them out, columns at fixed places."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    pdf.setTitle("Receipt")
    for page in pages:
        y = 800
        for line in page.splitlines():
            # Each cell where it stands in the text (the texts are laid out in columns with spaces).
            for match in re.finditer(r"\S+(?: \S+)*", line):
                pdf.setFont("Helvetica", 8)
                pdf.drawString(30 + match.start() * 5.0, y, match.group())
            y -= 12
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def write(name: str, data: bytes | str, expected: dict[str, object]) -> None:
    path = HERE / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    stem = name.rsplit(".", 1)[0]
    extension = name.rsplit(".", 1)[1]
    (HERE / f"{stem}.{extension}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                                            "utf-8")


def mail(subject: str, sender: str, to: str, date: str) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = to
    message["Date"] = date
    message["Message-ID"] = f"<{abs(hash(subject)) % 10**8}@example.invalid>"
    return message


def as_html(text: str) -> str:
    rows = []
    for line in text.splitlines():
        cells = [html.escape(cell) for cell in re.split(r"\s{2,}", line.strip())]
        if len(cells) > 1:
            rows.append("<table><tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr></table>")
        elif cells[0]:
            rows.append(f"<p>{cells[0]}</p>")
    return "<html><head><style>p{margin:0}</style></head><body>" + "\n".join(rows) + "</body></html>"


def main() -> None:
    # Sweden: a web shop's order (text, PDF, .msg, and an e-mail whose details are in the attached PDF) and a
    # shop's till receipt typed into Notepad (Windows-1252).
    write("se_vitvaruhuset.txt", shops.SE_ORDER, shops.SE_EXPECTED)
    write("se_vitvaruhuset.pdf", pdf_bytes((shops.SE_ORDER,)), shops.SE_EXPECTED)
    message = mail("Din orderbekräftelse från Vitvaruhuset i Norrland", "Vitvaruhuset <noreply@vitvaruhuset.se>",
                   "Anna Svensson <anna.svensson@example.se>", "Thu, 12 Feb 2026 18:02:11 +0100")
    message.set_content("Hej Anna,\n\nTack för din beställning. Orderbekräftelsen finns i den bifogade PDF-filen.\n",
                        cte="quoted-printable")
    message.add_attachment(pdf_bytes((shops.SE_ORDER,)), maintype="application", subtype="pdf",
                           filename="orderbekräftelse.pdf")
    write("se_vitvaruhuset.eml", message.as_bytes(), shops.SE_EXPECTED)
    write_msg(str(HERE / "se_vitvaruhuset.msg"), subject="Din orderbekräftelse", sender_name="Vitvaruhuset",
              sender="noreply@vitvaruhuset.se", to="anna.svensson@example.se", date="Thu, 12 Feb 2026 18:02:11 +0100",
              body=shops.SE_ORDER)
    _expected("se_vitvaruhuset.msg", shops.SE_EXPECTED)
    write("se_kvitto.txt", shops.SE_RECEIPT.replace("\n", "\r\n").encode("cp1252"), shops.SE_RECEIPT_EXPECTED)

    # Norway: an HTML-only e-mail (quoted-printable UTF-8, encoded-word subject), text, PDF, .msg; a two-page invoice.
    write("no_kjokkenkroken.txt", shops.NO_ORDER, shops.NO_EXPECTED)
    write("no_kjokkenkroken.pdf", pdf_bytes((shops.NO_ORDER,)), shops.NO_EXPECTED)
    message = mail("Ordrebekreftelse – Kjøkkenkroken ordre 100234", "Kjøkkenkroken <ordre@kjokkenkroken.no>",
                   "Kari Nordmann <kari.nordmann@example.no>", "Tue, 03 Mar 2026 09:15:00 +0100")
    message.set_content(as_html(shops.NO_ORDER), subtype="html", cte="quoted-printable")
    write("no_kjokkenkroken.eml", message.as_bytes(), shops.NO_EXPECTED)
    write_msg(str(HERE / "no_kjokkenkroken.msg"), subject="Ordrebekreftelse 100234", sender_name="Kjøkkenkroken",
              sender="ordre@kjokkenkroken.no", to="kari.nordmann@example.no", date="Tue, 03 Mar 2026 09:15:00 +0100",
              body=shops.NO_ORDER)
    _expected("no_kjokkenkroken.msg", shops.NO_EXPECTED)
    write("no_elektro_faktura.pdf", pdf_bytes(shops.NO_INVOICE_PAGES), shops.NO_INVOICE_EXPECTED)

    # Denmark: quoted-printable Latin-1 with encoded-word headers, text, PDF, .msg; a web page pasted as text.
    write("dk_cykelsmeden.txt", shops.DK_ORDER, shops.DK_EXPECTED)
    write("dk_cykelsmeden.pdf", pdf_bytes((shops.DK_ORDER,)), shops.DK_EXPECTED)
    message = mail("Ordrebekræftelse nr. 7781", "Cykelsmeden Fyn <ordre@cykelsmeden.dk>",
                   "Mads Jensen <mads.jensen@example.dk>", "Sat, 14 Feb 2026 11:40:00 +0100")
    message.set_content(shops.DK_ORDER, charset="iso-8859-1", cte="quoted-printable")
    write("dk_cykelsmeden.eml", message.as_bytes(), shops.DK_EXPECTED)
    write_msg(str(HERE / "dk_cykelsmeden.msg"), subject="Ordrebekræftelse nr. 7781", sender_name="Cykelsmeden Fyn",
              sender="ordre@cykelsmeden.dk", to="mads.jensen@example.dk", date="Sat, 14 Feb 2026 11:40:00 +0100",
              body=shops.DK_ORDER)
    _expected("dk_cykelsmeden.msg", shops.DK_EXPECTED)
    write("dk_boligudstyr.txt", shops.DK_WEB, shops.DK_WEB_EXPECTED)

    # Finland: forwarded by the consumer to an advice office, the original quoted; text, PDF, .msg; an invoice PDF.
    write("fi_kodinkone.txt", shops.FI_ORDER, shops.FI_EXPECTED)
    write("fi_kodinkone.pdf", pdf_bytes((shops.FI_ORDER,)), shops.FI_EXPECTED)
    message = mail("Fwd: Tilausvahvistus 5512093", "Liisa Virtanen <liisa.virtanen@example.fi>",
                   "Kuluttajaneuvonta <neuvonta@example.fi>", "Mon, 16 Feb 2026 08:30:00 +0200")
    quoted = "\n".join("> " + line if line else ">" for line in shops.FI_ORDER.splitlines())
    message.set_content(
        "Hei,\n\ntässä tilausvahvistus pesukoneesta, joka lakkasi toimimasta.\n\nLiisa\n\n"
        "---------- Forwarded message ---------\n"
        "From: Kodinkone Pohjola <tilaukset@kodinkonepohjola.fi>\n"
        "Date: Tue, 10 Feb 2026 at 09:41\nSubject: Tilausvahvistus 5512093\n"
        "To: Liisa Virtanen <liisa.virtanen@example.fi>\n\n" + quoted + "\n", cte="8bit")
    write("fi_kodinkone.eml", message.as_bytes(), shops.FI_EXPECTED)
    write_msg(str(HERE / "fi_kodinkone.msg"), subject="Tilausvahvistus 5512093", sender_name="Kodinkone Pohjola",
              sender="tilaukset@kodinkonepohjola.fi", to="liisa.virtanen@example.fi",
              date="Tue, 10 Feb 2026 09:41:00 +0200", body=shops.FI_ORDER)
    _expected("fi_kodinkone.msg", shops.FI_EXPECTED)
    write("fi_urheiluaitta.pdf", pdf_bytes((shops.FI_INVOICE,)), shops.FI_INVOICE_EXPECTED)

    # Iceland: base64 UTF-8 with a base64 encoded-word subject; text, PDF, .msg; a till receipt as PDF.
    write("is_raftaekjasalan.txt", shops.IS_ORDER, shops.IS_EXPECTED)
    write("is_raftaekjasalan.pdf", pdf_bytes((shops.IS_ORDER,)), shops.IS_EXPECTED)
    message = mail("Pöntunarstaðfesting nr. 30455", "Raftækjasalan <sala@raftaekjasalan.is>",
                   "Guðrún Jónsdóttir <gudrun@example.is>", "Mon, 02 Mar 2026 13:00:00 +0000")
    message.set_content(shops.IS_ORDER, cte="base64")
    write("is_raftaekjasalan.eml", message.as_bytes(), shops.IS_EXPECTED)
    write_msg(str(HERE / "is_raftaekjasalan.msg"), subject="Pöntunarstaðfesting nr. 30455",
              sender_name="Raftækjasalan", sender="sala@raftaekjasalan.is", to="gudrun@example.is",
              date="Mon, 02 Mar 2026 13:00:00 +0000", body=shops.IS_ORDER)
    _expected("is_raftaekjasalan.msg", shops.IS_EXPECTED)
    write("is_utivist.pdf", pdf_bytes((shops.IS_RECEIPT,)), shops.IS_RECEIPT_EXPECTED)

    # An English-language shop: forwarded as an attachment (message/rfc822); text, PDF; a .msg whose order is in
    # its attached PDF; a two-page English invoice of a Norwegian shop.
    write("en_nordicgadget.txt", shops.EN_ORDER, shops.EN_EXPECTED)
    write("en_nordicgadget.pdf", pdf_bytes((shops.EN_ORDER,)), shops.EN_EXPECTED)
    original = mail("Your order confirmation #NGS-48213", "Nordic Gadget Supply <orders@nordicgadget.se>",
                    "Erik Lund <erik.lund@example.se>", "Mon, 19 Jan 2026 16:05:11 +0100")
    original.set_content(shops.EN_ORDER)
    message = mail("Fwd: Your order confirmation #NGS-48213", "Erik Lund <erik.lund@example.se>",
                   "Konsumentvägledningen <konsument@example.se>", "Wed, 04 Mar 2026 10:00:00 +0100")
    message.set_content("See the attached order confirmation.\n")
    message.add_attachment(original)
    write("en_nordicgadget.eml", message.as_bytes(), shops.EN_EXPECTED)
    write_msg(str(HERE / "en_nordicgadget.msg"), subject="Your order confirmation", sender_name="Nordic Gadget Supply",
              sender="orders@nordicgadget.se", to="erik.lund@example.se", date="Mon, 19 Jan 2026 16:05:11 +0100",
              body="Hello Erik,\n\nYour order confirmation is attached.\n",
              attachments=(("order-NGS-48213.pdf", pdf_bytes((shops.EN_ORDER,))),))
    _expected("en_nordicgadget.msg", shops.EN_EXPECTED)
    write("en_fjord_invoice.pdf", pdf_bytes(shops.EN_INVOICE_PAGES), shops.EN_INVOICE_EXPECTED)


def _expected(name: str, expected: dict[str, object]) -> None:
    (HERE / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
