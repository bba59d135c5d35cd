"""Iceland: lög um neytendakaup nr. 48/2003.

Checked (2026-11): two and five years on island.is; 27. gr. as their article in secondary sources; the fee of
5 000 kr, refunded on a full or partial win, on island.is (reglugerð nr. 1177/2019). The paragraph numbers of
27. gr., the two-month minimum's wording and the six-month presumption article (18. gr.) were not seen in the
statute text: the sections alone are cited.
"""

import datetime as dt

from reklamera.rules.model import DisputeBody, LawVersion, LimitAppliesTo, Note, Period, Source

ACT = "Lög um neytendakaup nr. 48/2003"
URL = "https://www.althingi.is/lagas/nuna/2003048.html"
WITHDRAWAL_ACT = "Lög um neytendasamninga nr. 16/2016"
WITHDRAWAL_URL = "https://www.althingi.is/lagas/nuna/2016016.html"

KVTH = DisputeBody(
    name="Kærunefnd vöru- og þjónustukaupa",
    route="Kærunefnd vöru- og þjónustukaupa",
    url="https://www.kvth.is",
    conditions=(Note("complain_to_seller_first"), Note("is_fee")),
    form="form_is",
    source=Source("Lög um úrskurðaraðila á sviði neytendamála nr. 81/2019", "", "https://www.althingi.is/lagas/nuna/2019081.html"),
)

VERSIONS = (
    LawVersion(
        country="IS",
        valid_from=dt.date(2003, 6, 1),
        law=ACT,
        scope=Source(ACT, "1. gr.", URL),
        # 1. gr.: a sale where "seljandi eða umboðsmaður hans hefur atvinnu sína af sölu" (lagasafn.hi.is, verbatim):
        # an agent in business brings a private seller's sale under the act.
        brokered=Source(ACT, "1. gr.", URL, "lagasafn.hi.is, verbatim"),
        # Private sales: lög um lausafjárkaup nr. 50/2000, 32. gr.; its text was not seen: the note says so.
        general_act=Source("Lög um lausafjárkaup nr. 50/2000", "32. gr.", "https://www.althingi.is/lagas/nuna/2000050.html",
                           "UNVERIFIED"),
        general_act_note="general_act_unverified",
        reasonable_time=Period(Source(ACT, "27. gr.", URL), months=2),
        absolute=Period(Source(ACT, "27. gr.", URL), months=24),
        absolute_long_life=Period(Source(ACT, "27. gr.", URL), months=60),
        limit_applies_to=LimitAppliesTo.COMPLAINT,
        bad_faith=Source(ACT, "27. gr.", URL),
        guarantee=Source(ACT, "27. gr.", URL, "a longer guarantee, LAW.md corrections"),
        presumption=Period(Source(ACT, "18. gr.", URL), months=6),
        remedies=Source(ACT, "26. gr.", URL),
        dispute_body=KVTH,
        withdrawal=Period(Source(WITHDRAWAL_ACT, "18. gr.", WITHDRAWAL_URL), days=14),
        withdrawal_extension=Period(Source(WITHDRAWAL_ACT, "19. gr.", WITHDRAWAL_URL), months=12),
    ),
)
