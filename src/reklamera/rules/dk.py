"""Denmark: købeloven, the consumer-sale rules (§§ 72–87).

Checked (2026-11): § 83 (two years) on forbrug.dk and lex.dk, with the exception for a seller who acted
against "almindelig hæderlighed" in the same section; § 81 (reasonable time, two months) secondary; the
presumption in § 77 a, stk. 3: one year for contracts from 2022-01-01 (lov nr. 1173 af 8. juni 2021), six months
before (danskelove.dk, iuno.law). Fees, four weeks and the price band on naevneneshus.dk and forbrug.dk.
"""

import dataclasses
import datetime as dt

from reklamera.rules.model import DisputeBody, LawVersion, LimitAppliesTo, Note, Period, Source

ACT = "Købeloven"
URL = "https://www.retsinformation.dk/eli/lta/2021/1853"  # the consolidated act in force
WITHDRAWAL_ACT = "Forbrugeraftaleloven"
WITHDRAWAL_URL = "https://www.retsinformation.dk/eli/lta/2014/1457"

# The public complaints system in Nævnenes Hus: mediation first, then the board. The mediation step is
# "Mæglingsteamet for Forbrugerklager" on naevneneshus.dk, forbrug.dk and borger.dk ("The Danish Mediation Team for
# Consumer Complaints"), the pages that give the 2024 figures; "Center for Klageløsning" (LAW.md's table) is its
# earlier name, on the pages with the older figures (1 050 / 680 kr). Running text (the verdict, the letter's next
# step) names the mediation team; the case summary is addressed to Nævnenes Hus, whose portal takes it.
MEDIATION = "Mæglingsteamet for Forbrugerklager"

NAEVNENES_HUS = DisputeBody(
    name="Nævnenes Hus",
    route=f"{MEDIATION} → Forbrugerklagenævnet (Nævnenes Hus)",
    url="https://naevneneshus.dk",
    conditions=(Note("complain_to_seller_first"),
                Note("dk_price_band", {"year": 2024, "min": 720, "usual": 1110, "max": 100_000}),
                Note("dk_fees")),
    source=Source("Forbrugerklageloven", "", "https://naevneneshus.dk"),
    form="form_dk",  # the board takes complaints only through its portal (LAW.md corrections)
    # borger.dk / naevneneshus.dk: the 2024 figures, indexed every year (LAW.md corrections): 1 110-100 000 kr,
    # clothes and shoes from 720 kr. Stated with their year; never a reason to refuse on their own.
    limits_year=2024,
    currency="DKK",
    min_value=720,
    usual_min_value=1110,
    max_value=100_000,
)

ORIGINAL = LawVersion(
    country="DK",
    valid_from=dt.date(2002, 1, 1),
    law=ACT,
    scope=Source(ACT, "§ 4 a", URL),
    # Private sales: the general rules of the same act, § 52 (without undue delay) and § 54 (one year from
    # delivery): svjt.se (Møgelvang-Hansen 2019) [S]. A brokered sale's coverage was not checked.
    general_act=Source(ACT, "§ 54", URL, "svjt.se 2019 s. 255 [S]"),
    general_act_note="general_act_one_year",
    reasonable_time=Period(Source(ACT, "§ 81, stk. 1", URL), months=2),
    absolute=Period(Source(ACT, "§ 83, stk. 1", URL), months=24),
    limit_applies_to=LimitAppliesTo.COMPLAINT,
    bad_faith=Source(ACT, "§ 83", URL),
    # § 83 lifts the limit only where the seller acted against "almindelig hæderlighed": no gross negligence
    # (LAW.md corrections).
    bad_faith_note="bad_faith_honesty",
    # § 83, stk. 1: unless the seller "har påtaget sig at indestå for varen i længere tid" (LAW.md corrections).
    guarantee=Source(ACT, "§ 83, stk. 1", URL, "LAW.md corrections"),
    presumption=Period(Source(ACT, "§ 77 a, stk. 3", URL), months=6),
    remedies=Source(ACT, "§ 78", URL),
    dispute_body=NAEVNENES_HUS,
    withdrawal=Period(Source(WITHDRAWAL_ACT, "§ 19", WITHDRAWAL_URL), days=14),
    withdrawal_extension=Period(Source(WITHDRAWAL_ACT, "§ 19", WITHDRAWAL_URL), months=12),
)

VERSIONS = (
    ORIGINAL,
    # Contracts from the amendment on: only the presumption changed.
    dataclasses.replace(
        ORIGINAL, valid_from=dt.date(2022, 1, 1), presumption=Period(Source(ACT, "§ 77 a, stk. 3", URL), months=12)
    ),
)
