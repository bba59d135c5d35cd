"""Finland: kuluttajansuojalaki (38/1978), 5 luku; presumption changed by act 1242/2021 from 2022-01-01.

Checked (2026-11): two months always in time (HE 89/2001), the one-year presumption replacing six months
(HE 180/2021, act 1242/2021 amending 15 a §), no fixed outer limit (HE 180/2021). 16 § as the complaint section
and 6 luku 14 § for withdrawal in secondary sources only. Contracts before 2002-01-01: the two-month rule and the
presumption came with the amendment in force on 2002-01-01 (HE 89/2001: "Ennen lain voimaantuloa tehtyihin
sopimuksiin sovellettaisiin aikaisempaa lakia"), so those contracts have neither (LAW.md corrections).
"""

import dataclasses
import datetime as dt

from reklamera.rules.model import DisputeBody, LawVersion, Note, Period, Source

ACT = "Kuluttajansuojalaki (38/1978)"
URL = "https://www.finlex.fi/fi/laki/ajantasa/1978/19780038"

KULUTTAJARIITALAUTAKUNTA = DisputeBody(
    name="Kuluttajariitalautakunta",
    route="Kuluttajaneuvonta → Kuluttajariitalautakunta",
    url="https://www.kuluttajariita.fi",
    conditions=(Note("complain_to_seller_first"), Note("fi_advice_first")),
    form="form_fi",
    # The consumer must contact Kuluttajaneuvonta before the board (LAW.md corrections, kkv.fi).
    first_contact="Kuluttajaneuvonta",
    first_contact_url="https://www.kkv.fi/kuluttajaneuvonta/",
    source=Source("Laki kuluttajariitalautakunnasta (8/2007)", "", "https://www.finlex.fi/fi/laki/ajantasa/2007/20070008"),
)

HE_89_2001 = "HE 89/2001: contracts before 2002-01-01 keep the earlier act (LAW.md corrections)"

ORIGINAL = LawVersion(
    country="FI",
    valid_from=dt.date(2002, 1, 1),
    law=ACT,
    scope=Source(ACT, "5 luku 1 §", URL),
    # Private sales: kauppalaki (355/1987) 32 §; its text and limits were not seen: the note says so.
    general_act=Source("Kauppalaki (355/1987)", "32 §", "https://www.finlex.fi/fi/laki/ajantasa/1987/19870355",
                       "UNVERIFIED"),
    general_act_note="general_act_unverified",
    # 5:16: reasonable time after noticing; within two months it is always in time. No absolute limit.
    reasonable_time=Period(Source(ACT, "5 luku 16 §", URL), months=2),
    presumption=Period(Source(ACT, "5 luku 15 a §", URL), months=6),
    remedies=Source(ACT, "5 luku 17–19 §", URL),
    dispute_body=KULUTTAJARIITALAUTAKUNTA,
    withdrawal=Period(Source(ACT, "6 luku 14 §", URL), days=14),
    withdrawal_extension=Period(Source(ACT, "6 luku 14 §", URL), months=12),
    notes=(Note("no_absolute_limit"),),
    # A documented, conservative rule (issue 14): the Finnish act sets no outer limit, the goods' expected
    # lifetime decides (5:16, HE 180/2021). Within two years of delivery every EU act makes the seller answer
    # (Directive 2019/771 art. 10(1)); for a defect that shows itself later, whether it is still the seller's
    # is a judgement on the kind of goods, so the app says "at risk" rather than a green "in time".
    lifetime_decides_after=Period(
        Source("Directive (EU) 2019/771", "art. 10(1)", "https://eur-lex.europa.eu/eli/dir/2019/771/oj",
               "the two-year floor; beyond it the expected lifetime decides in Finland"),
        months=24,
    ),
)

# Contracts before 2002-01-01 (5 luku as enacted in 1994): a complaint within a reasonable time, with no period
# that is always in time and no presumption.
BEFORE_2002 = dataclasses.replace(
    ORIGINAL,
    valid_from=dt.date(1994, 1, 1),
    reasonable_time=Period(Source(ACT, "5 luku 16 §", URL, HE_89_2001)),
    presumption=Period(Source(ACT, "", URL, HE_89_2001)),
    safe_period=False,
    has_presumption=False,
)

VERSIONS = (
    BEFORE_2002,
    ORIGINAL,
    # Contracts from the amendment on: only the presumption changed.
    dataclasses.replace(
        ORIGINAL, valid_from=dt.date(2022, 1, 1), presumption=Period(Source(ACT, "5 luku 15 a §", URL), months=12)
    ),
)
