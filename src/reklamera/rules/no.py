"""Norway: lov 21. juni 2002 nr. 34 om forbrukerkjøp (forbrukerkjøpsloven).

Checked (2026-11): § 27 (two months at least, two and five years) in Prop. 49 LS (2022–2023) ch. 9.1 on
regjeringen.no; § 18 annet ledd six months in Prop. 49 LS ch. 8.1; two years for contracts from 2024-01-01 in
several law firms' summaries of the amendment (the amending act's number not seen). Fees on
forbrukertilsynet.no/betaling (from 2024-07-01, never refunded). Angrerettloven §§ 20–21 not confirmed.
"""

import dataclasses
import datetime as dt

from reklamera.rules.model import DisputeBody, LawVersion, LimitAppliesTo, Note, Period, Source

ACT = "Forbrukerkjøpsloven (lov 21. juni 2002 nr. 34)"
URL = "https://lovdata.no/dokument/NL/lov/2002-06-21-34"
WITHDRAWAL_ACT = "Angrerettloven (lov 20. juni 2014 nr. 27)"
WITHDRAWAL_URL = "https://lovdata.no/dokument/NL/lov/2014-06-20-27"

FORBRUKERTILSYNET = DisputeBody(
    name="Forbrukertilsynet",
    route="Forbrukertilsynet → Forbrukerklageutvalget",
    url="https://www.forbrukertilsynet.no",
    conditions=(Note("complain_to_seller_first"), Note("no_mediation_first"), Note("no_fees")),
    form="form_no",
    source=Source("Forbrukerklageloven (lov 17. februar 2017 nr. 9)", "", "https://lovdata.no/dokument/NL/lov/2017-02-17-9"),
)

ORIGINAL = LawVersion(
    country="NO",
    valid_from=dt.date(2002, 7, 1),
    law=ACT,
    scope=Source(ACT, "§ 1", URL),
    # Private sales: kjøpsloven § 32 (reasonable time; two years from taking over unless a guarantee gives
    # longer), as quoted on biladvokat.no and advokatmatch.no. A brokered sale's coverage was not checked.
    general_act=Source("Kjøpsloven (lov 13. mai 1988 nr. 27)", "§ 32", "https://lovdata.no/dokument/NL/lov/1988-05-13-27",
                       "biladvokat.no quotes § 32"),
    general_act_note="general_act_two_years",
    # § 27 first paragraph: reasonable time, never shorter than two months from actual discovery.
    reasonable_time=Period(Source(ACT, "§ 27 første ledd", URL), months=2),
    absolute=Period(Source(ACT, "§ 27 annet ledd", URL), months=24),
    absolute_long_life=Period(Source(ACT, "§ 27 annet ledd", URL), months=60),
    limit_applies_to=LimitAppliesTo.COMPLAINT,
    bad_faith=Source(ACT, "§ 27", URL),  # the paragraph (ledd) was not confirmed, so the section alone
    # § 27 second paragraph, third sentence: the limits do not apply where the seller by a guarantee or other
    # agreement has taken on responsibility for a longer time (LAW.md corrections).
    guarantee=Source(ACT, "§ 27 annet ledd", URL, "third sentence (punktum), LAW.md corrections"),
    presumption=Period(Source(ACT, "§ 18 annet ledd", URL), months=6),
    remedies=Source(ACT, "§ 26", URL),
    dispute_body=FORBRUKERTILSYNET,
    withdrawal=Period(Source(WITHDRAWAL_ACT, "§ 20", WITHDRAWAL_URL), days=14),
    withdrawal_extension=Period(Source(WITHDRAWAL_ACT, "§ 21", WITHDRAWAL_URL), months=12),
)

VERSIONS = (
    ORIGINAL,
    # Contracts from the amendment on: only the presumption changed.
    dataclasses.replace(
        ORIGINAL, valid_from=dt.date(2024, 1, 1), presumption=Period(Source(ACT, "§ 18 annet ledd", URL), months=24)
    ),
)
