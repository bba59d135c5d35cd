"""Follow-up letters and the escalation pack: every kind in every language, golden document.xml, one A4 page
in LibreOffice, and what each letter must (and must not) claim."""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from reklamera.case import Event
from reklamera.i18n import LANGUAGES
from reklamera.letter.compose import LetterError
from reklamera.letter.escalation import compose_escalation
from reklamera.letter.followup import compose_followup
from reklamera.letter.render_docx import docx_bytes, render_docx
from reklamera.vocabulary import FollowUpKind, values
from tests.letter.test_golden import GOLDEN, pretty

D = dt.date.fromisoformat
TODAY = D("2026-10-25")
NOW = dt.datetime(2026, 10, 25, 9, 30, tzinfo=dt.UTC)


@pytest.fixture()
def answered(case):
    case.events = [Event(date=D("2026-10-05"), kind="letter_sent", channel="registered_letter",
                         reference="RR123456785SE"),
                   Event(date=D("2026-10-14"), kind="reply_received", refusal="your_fault",
                         summary="Fel diskmedel.", file="svar-2026-10-14.pdf")]
    return case


@pytest.fixture()
def waiting(case):
    """The complaint went out on 5 October 2026 and the seller has not answered (reply by 19 October)."""
    case = copy.deepcopy(case)
    case.events = [Event(date=D("2026-10-05"), kind="letter_sent", channel="registered_letter",
                         reference="RR123456785SE")]
    return case


def test_reminder_and_answers_in_english(answered, waiting) -> None:
    reminder = compose_followup(waiting, "reminder", "en", today=TODAY).as_text()
    assert "On 5 October 2026 I made a complaint to you about a defect in this product and asked you to answer by " \
           "19 October 2026. I have not received an answer." in reminder
    assert "Please reply in writing by 2 November 2026." in reminder
    assert "Reminder: complaint about diskmaskin Electra DW-450 (order number EH-2025-118842)" in reminder
    fault = compose_followup(answered, "reply-your-fault", "en", today=TODAY).as_text()
    assert "Thank you for your answer of 14 October 2026 to my complaint of 5 October 2026" in fault
    assert "it is for you to prove otherwise" in fault
    assert ("Legal basis: the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260), chapter\xa04 "
            "section\xa017 and chapter\xa05 sections\xa01 and 2.") in fault
    expired = compose_followup(answered, "reply-warranty-expired", "en", today=TODAY).as_text()
    assert "My complaint was made within that time." in expired and "chapter\xa04 section\xa014 and" in expired


def test_no_follow_up_before_the_first_letter_is_recorded(case) -> None:
    with pytest.raises(LetterError, match="record when you sent"):
        compose_followup(case, "reminder", "en", today=TODAY)


def test_no_legal_answer_when_the_act_does_not_apply(answered, waiting) -> None:
    answered.seller.private = True
    with pytest.raises(LetterError, match="does not cover"):
        compose_followup(answered, "reply-your-fault", "en", today=TODAY)
    waiting.seller.private = True
    reminder = compose_followup(waiting, "reminder", "en", today=TODAY).as_text()
    assert "Legal basis" not in reminder and "take the matter" not in reminder


def test_escalation_pack_tells_the_whole_story(answered) -> None:
    text = compose_escalation(answered, "en", today=D("2026-11-20")).as_text()
    assert "Case summary for Allmänna reklamationsnämnden (ARN)" in text
    assert "5 October 2026: Complaint sent to the seller by registered letter (RR123456785SE)" in text
    assert "14 October 2026: Answer from the seller, refusal: the defect is your fault – Fel diskmedel." in text
    assert "I am applying on ARN's own form at arn.se" in text
    assert "I complained to the seller in writing on 5 October 2026." in text
    assert "The seller refused my complaint on 14 October 2026." in text
    assert "I am applying within one year of my first complaint to the seller." in text
    assert "Yes:" not in text and "Your complaint" not in text  # addressed to the body, not to the consumer
    assert "3. svar-2026-10-14.pdf" in text
    history = text.split("What has happened")[1]
    assert history.index("15 January 2025") < history.index("2 October 2026") < history.index("5 October 2026")


DOCUMENTS = [(kind, language) for kind in (*values(FollowUpKind), "escalate") for language in LANGUAGES]


def content_for(case, kind: str, language: str):
    if kind == "escalate":
        return compose_escalation(case, language, today=D("2026-11-20"))
    if kind == "reminder":  # a reminder is for a seller who has not answered
        case = copy.deepcopy(case)
        case.events = [event for event in case.events if event.kind == "letter_sent"]
    return compose_followup(case, kind, language, today=TODAY)


@pytest.mark.parametrize(("kind", "language"), DOCUMENTS, ids=[f"{k}-{lang}" for k, lang in DOCUMENTS])
def test_golden_document(answered, kind: str, language: str) -> None:
    content = content_for(answered, kind, language)
    assert "!" not in content.as_text().replace(answered.defect.description, "")
    with zipfile.ZipFile(io.BytesIO(docx_bytes(content, now=NOW))) as archive:
        actual = pretty(archive.read("word/document.xml"))
    path = GOLDEN / f"{kind}-{language}.document.xml"
    if os.environ.get("REKLAMERA_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with REKLAMERA_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.slow
def test_every_follow_up_is_one_a4_page_in_libreoffice(answered, tmp_path: Path) -> None:
    missing = [tool for tool in ("soffice", "pdfinfo") if not shutil.which(tool)]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (make test installs them as root)")
    documents = []
    for kind, language in DOCUMENTS:
        if kind == "escalate":
            continue  # the case summary may run longer than a page: it carries the whole history
        path = tmp_path / f"{kind}-{language}.docx"
        render_docx(content_for(answered, kind, language), path)
        documents.append(str(path))
    profile = tmp_path / "profile"
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *documents],
                   check=True, capture_output=True, timeout=300)
    for document in documents:
        pdf = Path(document).with_suffix(".pdf")
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        assert "Pages:           1\n" in info, pdf.name
