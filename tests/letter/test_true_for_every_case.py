"""Letters true for every case (issue 14, the native reviewers of sv, nb, da, fi, is): the act named for the
seller's country, the claim restated with its amount and account, "by then" after its date, a private seller
addressed as a person and not held to the consumer-sale act, one full stop after "kr.", costs' receipts attached,
foreign currencies by their ISO code, each language's greeting, the dispute bodies' names, the case summary's
seller, history and signature, and a long letter that never leaves its closing alone on a page."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal

import pytest

from reklamera.case import Cost, Event, Evidence
from reklamera.i18n import LANGUAGES, translations
from reklamera.letter.addressing import PRIVATE_SELLER, TO_PRIVATE_SELLER
from reklamera.letter.compose import _money, compose
from reklamera.letter.escalation import compose_escalation
from reklamera.letter.followup import compose_followup
from reklamera.letter.render_docx import docx_bytes
from tests.letter.conftest import assessed

D = dt.date.fromisoformat
TODAY = D("2026-10-25")
CURRENCY = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "FI": "EUR", "IS": "ISK"}


def abroad(case, country: str):
    case.country, case.product.currency = country, CURRENCY[country]
    return case


def refused(case, refusal: str, summary: str = ""):
    case.events = [Event(date=D("2026-10-05"), kind="letter_sent", channel="registered_letter",
                         reference="RR123456785SE"),
                   Event(date=D("2026-10-14"), kind="reply_received", refusal=refusal, summary=summary)]
    return case


def waiting(case):
    case.events = [Event(date=D("2026-10-05"), kind="letter_sent")]
    return case


# 1. The act of the seller's country, never Sweden's for a purchase elsewhere.
@pytest.mark.parametrize(("country", "language", "act"), [
    ("DK", "en", "the Danish Sale of Goods Act (købeloven)"),
    ("NO", "en", "the Norwegian Consumer Purchases Act (forbrukerkjøpsloven)"),
    ("SE", "sv", "konsumentköplagen"),
    ("DK", "sv", "den danska köplagen (købeloven)"),
    ("FI", "sv", "konsumentskyddslagen"),
    ("NO", "nb", "forbrukerkjøpsloven"),
    ("DK", "da", "købeloven"),
    ("FI", "fi", "kuluttajansuojalain"),
    ("IS", "is", "lögum um neytendakaup"),
])
@pytest.mark.parametrize("kind", ["reply-manufacturer-warranty", "reply-contact-manufacturer",
                                  "reply-warranty-expired"])
def test_a_refusal_is_answered_with_the_act_of_the_sellers_country(case, country, language, act, kind) -> None:
    refusal = kind.removeprefix("reply-").replace("-", "_")
    text = compose_followup(refused(abroad(case, country), refusal), kind, language, today=TODAY).as_text()
    assert act in text
    if country != "SE":
        assert "konsumentköplagen" not in text.replace(act, "")
    assert "consumer-sale act" not in text


# 2. A follow-up restates the claim as the complaint made it.
def test_a_reminder_restates_the_amount_and_the_account(case) -> None:
    case.remedy, case.claim_amount = "price_reduction", Decimal("1500")
    case.consumer.iban = "SE4550000000058398257466"
    text = compose_followup(waiting(case), "reminder", "en", today=TODAY).as_text()
    assert "I ask for a price reduction of SEK\xa01,500.00, which corresponds to the defect." in text
    assert "SE45\xa05000\xa00000\xa00583\xa09825\xa07466" in text


# 3. "By then" follows its date; no "therefore" after a request.
@pytest.mark.parametrize("kind", ["reminder", "reply-your-fault"])
def test_the_legal_basis_stands_before_the_reply_date(case, kind) -> None:
    case = waiting(case) if kind == "reminder" else refused(case, "your_fault")
    text = compose_followup(case, kind, "en", today=TODAY).as_text()
    assert text.index("Legal basis:") < text.index("Please reply in writing by") < text.index(
        "If I have not received an acceptable answer by then")


def test_without_a_presumption_the_complaint_is_maintained_without_therefore(case) -> None:
    case.defect.discovered = D("2026-03-01")
    case.product.delivered = case.product.purchased = D("2023-05-02")  # past the two-year presumption
    case.events = [Event(date=D("2026-04-05"), kind="letter_sent"),
                   Event(date=D("2026-04-14"), kind="reply_received", refusal="your_fault")]
    text = compose_followup(case, "reply-your-fault", "en", today=D("2026-04-20")).as_text()
    assert "Please tell me in writing what you base this on.\n\nI maintain my complaint." in text
    assert "therefore maintain" not in text


# 4. A private seller: addressed as a person, not held to the consumer-sale act.
def test_every_sentence_to_a_private_seller_has_its_own_translation() -> None:
    for language in ("sv", "nb", "da", "fi", "is"):
        translation = translations(language)
        for message in TO_PRIVATE_SELLER:  # both forms: a business's and a private person's
            assert translation.gettext(message) != message, (language, message)
            assert translation.pgettext(PRIVATE_SELLER, message) != message, (language, message)
    swedish = translations("sv")
    reply = "Please also confirm that you have received this complaint."
    assert " er " in f" {swedish.gettext(reply)} " and " dig " not in f" {swedish.gettext(reply)} "
    assert " du " in f" {swedish.pgettext(PRIVATE_SELLER, reply)} "


@pytest.mark.parametrize("remedy", ["repair", "replacement", "price_reduction", "cancellation"])
def test_a_private_seller_is_not_held_to_the_consumer_sale_act(case, remedy) -> None:
    case.seller.private, case.remedy = True, remedy
    text = compose(case, assessed(case), "en").as_text()
    assert "free of charge" not in text and "reasonable time" not in text
    assert "Legal basis: " in text and "1990:931" in text  # the general sale-of-goods act (köplagen 32 §)


def test_a_private_seller_is_written_to_in_the_singular(case) -> None:
    case.seller.private, case.remedy, case.consumer.iban = True, "cancellation", "SE4550000000058398257466"
    text = compose(case, assessed(case), "sv").as_text()
    assert " du " in text and " ni " not in text and " er " not in text
    case.seller.brokered = True  # a business sold it for the private person: the business form
    assert " ni " in compose(case, assessed(case), "sv").as_text()


def test_a_reminder_to_a_private_seller_is_in_the_singular(case) -> None:
    case.seller.private = True
    text = compose_followup(waiting(case), "reminder", "nb", today=TODAY).as_text()
    assert " deg " in text and " dere " not in text and "Dere " not in text


# 5. The claims: one full stop, receipts only when there are any, attached; per-remedy wording.
@pytest.mark.parametrize("language", ["da", "is"])
def test_an_amount_in_kr_never_gets_a_second_full_stop(case, language) -> None:
    country = {"da": "DK", "is": "IS"}[language]
    abroad(case, country)
    case.remedy, case.claim_amount, case.claim_basis = "price_reduction", Decimal("1500"), "et tilbud på 1500 kr."
    case.costs = [Cost("Transport", Decimal("249"))]
    letter = compose(case, assessed(case), language).as_text()
    refused(case, "your_fault")
    summary = compose_escalation(case, language, today=D("2026-11-20")).as_text()
    for text in (letter, summary):
        assert "kr.." not in text and "kr.;" not in text.replace("kr.; ", "")
        assert "kr." in text


def test_receipts_are_mentioned_only_when_there_are_some_and_are_attached(case) -> None:
    case.costs = [Cost("Transport", Decimal("249"))]
    items = " ".join(compose(case, assessed(case), "en").as_text().split("\n"))
    assert "(receipts attached)" not in items
    case.costs = [Cost("Transport", Decimal("249"), "frakt.pdf"), Cost("Electrician", Decimal("600"), "frakt.pdf"),
                  Cost("Photo", Decimal("1"), "kvitto.pdf"), Cost("Seal", Decimal("2"), "E1-seal.pdf")]
    case.evidence = [Evidence(file="evidence/E1-seal.pdf", sha256="0" * 64, size=1)]
    content = compose(case, assessed(case), "en")
    assert "(receipts attached)" in content.as_text()
    attachments = content.body[-1].items
    assert attachments.count("frakt.pdf") == 1 and attachments.count("kvitto.pdf") == 1
    assert not any(item == "E1-seal.pdf" or item == "seal.pdf" for item in attachments)


@pytest.mark.parametrize(("remedy", "collect", "withhold"), [
    ("repair", "or repair it where it stands", "Until the defect has been remedied"),
    ("replacement", "please collect it from my address at your expense.", "Until the defect has been remedied"),
    ("cancellation", "please collect it from my address at your expense.", "Until my claim has been settled"),
    ("price_reduction", None, "Until my claim has been settled"),
])
def test_heavy_goods_and_withheld_payment_follow_the_remedy(case, remedy, collect, withhold) -> None:
    case.remedy, case.product.heavy, case.product.unpaid = remedy, True, True
    text = compose(case, assessed(case), "en").as_text()
    assert withhold in text
    if collect is None:  # the consumer keeps the goods
        assert "heavy or installed" not in text
    else:
        assert collect in text
    if remedy != "repair":
        assert "repair it where it stands" not in text


# 6. Money, greetings and the bodies' names in the letter's language.
@pytest.mark.parametrize(("amount", "currency", "locale", "expected"), [
    ("6490", "NOK", "sv_SE", "6\xa0490,00\xa0NOK"),
    ("6490", "DKK", "sv_SE", "6\xa0490,00\xa0DKK"),
    ("6490", "ISK", "sv_SE", "6\xa0490\xa0ISK"),
    ("6490", "SEK", "sv_SE", "6\xa0490,00\xa0kr"),
    ("6490", "DKK", "da_DK", "6.490,00\xa0kr."),
    ("6490", "ISK", "is_IS", "6.490\xa0kr."),
    ("6490", "SEK", "en_GB", "SEK\xa06,490.00"),
])
def test_a_foreign_currency_by_its_iso_code(amount, currency, locale, expected) -> None:
    assert _money(Decimal(amount), currency, locale) == expected


@pytest.mark.parametrize(("language", "greets"), [("sv", False), ("nb", False), ("da", False), ("fi", False),
                                                  ("is", True), ("en", True)])
def test_each_language_greets_as_its_letters_do(case, language, greets) -> None:
    assert bool(compose(case, assessed(case), language).salutation) is greets


def test_finnish_bodies_by_their_swedish_names(case) -> None:
    abroad(case, "FI")
    assert "Konsumenttvistenämnden" in compose(case, assessed(case), "sv").as_text()
    summary = compose_escalation(refused(case, "your_fault"), "sv", today=D("2026-11-20"))
    assert "Konsumentrådgivningen" in summary.subject and summary.recipient[0] == "Konsumentrådgivningen"
    assert "Kuluttajaneuvonta" in compose_escalation(case, "fi", today=D("2026-11-20")).subject


# 7. The case summary.
def test_the_summary_names_the_sellers_number_and_tells_the_history_plainly(case) -> None:
    case = refused(case, "manufacturer_warranty", "Only the manufacturer's warranty applies.")
    text = compose_escalation(case, "en", today=D("2026-11-20")).as_text()
    assert "Kungsgatan 40, 753 21 Uppsala, Org.nr 556123-4567" in text
    assert "5 October 2026: Complaint sent to the seller by registered letter (RR123456785SE)" in text
    refusal = next(line for line in text.split("\n") if line.startswith("- 14 October 2026"))
    assert refusal == "- 14 October 2026: Answer from the seller, refusal: only the manufacturer's warranty applies"
    case.events[1].summary = "They said the seal wore out."
    assert "applies – They said the seal wore out." in compose_escalation(case, "en", today=D("2026-11-20")).as_text()
    assert " — " not in text


def test_an_icelandic_board_is_a_common_noun_in_running_text(case) -> None:
    summary = compose_escalation(refused(abroad(case, "IS"), "your_fault"), "is", today=D("2026-11-20"))
    assert "fyrir kærunefnd vöru- og þjónustukaupa" in summary.subject
    assert summary.recipient[0].startswith("Kærunefnd")
    assert "Kærunefnd" not in " ".join(block.text for block in summary.body)


def test_the_word_summary_ends_with_the_name_as_its_text_does(case) -> None:
    content = compose_escalation(refused(case, "your_fault"), "en", today=D("2026-11-20"))
    assert content.as_text().rstrip().endswith("Anna Lindqvist")
    with zipfile.ZipFile(io.BytesIO(docx_bytes(content))) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert xml.rindex("Anna Lindqvist") > xml.rindex("Attachments (copies)")


# 8. A long letter: the closing never alone on the last page.
def test_the_last_block_keeps_with_the_closing(case) -> None:
    from docx import Document

    content = compose(case, assessed(case), "en")
    document = Document(io.BytesIO(docx_bytes(content)))
    texts = [paragraph.text for paragraph in document.paragraphs]
    closing = texts.index("Yours faithfully,")
    last = content.body[-1].items
    for paragraph in document.paragraphs[closing - len(last):closing + 1]:
        assert paragraph.paragraph_format.keep_with_next, paragraph.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_double_stop_anywhere_in_a_full_claim(case, language) -> None:
    abroad(case, "DK")
    case.remedy, case.claim_amount = "price_reduction", Decimal("1500")
    case.costs = [Cost("Transport", Decimal("249"), "frakt.pdf")]
    case.product.heavy = case.product.unpaid = True
    assert ".." not in compose(case, assessed(case), language).as_text()


def test_a_long_pdf_letter_takes_its_last_block_and_heading_to_the_closings_page(case, tmp_path) -> None:
    import shutil
    import subprocess

    from reklamera.letter.render_pdf import pdf_bytes

    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils")
    case.remedy, case.consumer.iban = "cancellation", "SE4550000000058398257466"
    case.costs = [Cost("Transport till verkstaden", Decimal("249"), "frakt.pdf"),
                  Cost("Besiktning av elektriker", Decimal("600"), "elektriker.pdf"),
                  Cost("Hyra av diskmaskin", Decimal("450"))]
    case.product.heavy = case.product.unpaid = True
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes(compose(case, assessed(case), "sv")))
    second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, text=True, check=True).stdout
    assert second.index("Bilagor (kopior)") < second.index("elektriker.pdf") < second.index("Med vänliga hälsningar")
