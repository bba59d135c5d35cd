"""Sweden: Konsumentköplag (2022:260) for contracts from 2022-05-01, Konsumentköplag (1990:932) before.

Checked (2026-11): 2022:260 5 kap. 2 § verbatim as on riksdagen.se ("En reklamation som görs inom två månader
efter det att konsumenten märkt felet ska alltid anses ha gjorts i rätt tid"); the two-year presumption in
prop. 2021/22:85; 4 kap. 14 § (three years) and 4 kap. 17 § (presumption) in two independent secondary
sources. 1990:932 23 § and 20 a § in secondary sources (lawline.se, vasaadvokat.se); the bad-faith exception
is 24 § (LAW.md "Corrections and additions": 23 § as amended by SFS 2005:62 has no such paragraph; 24 § reads
"grovt vårdslöst … tro och heder … begränsningarna i 23 §"). ARN's one-year rule and
value floors on arn.se. 2005:59 2 kap. 12 § (14 days, one more year without information) secondary.
"""

import datetime as dt

from reklamera.rules.model import DisputeBody, LawVersion, LimitAppliesTo, Note, Period, Source

NEW_ACT = "Konsumentköplag (2022:260)"
NEW_URL = "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/konsumentkoplag-2022260_sfs-2022-260/"
OLD_ACT = "Konsumentköplag (1990:932)"
OLD_URL = "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/konsumentkoplag-1990932_sfs-1990-932/"
# Private sales: köplagen 32 § (reasonable time; two years from receipt "om inte annat följer av en garanti eller
# liknande utfästelse"), as quoted on koplagen.iuste.se.
GENERAL_ACT = Source("Köplag (1990:931)", "32 §",
                     "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/koplag-1990931_sfs-1990-931/",
                     "koplagen.iuste.se quotes 32 §")
WITHDRAWAL_ACT = "Lag (2005:59) om distansavtal och avtal utanför affärslokaler"
WITHDRAWAL_URL = "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-200559-om-distansavtal-och-avtal-utanfor_sfs-2005-59/"

ARN = DisputeBody(
    name="Allmänna reklamationsnämnden (ARN)",
    route="Allmänna reklamationsnämnden (ARN)",
    url="https://www.arn.se",
    conditions=(
        Note("complain_to_seller_first"),
        Note("arn_one_year"),
        Note("arn_value_floor"),
        Note("arn_free"),
    ),
    source=Source("ARN: tvister som vi inte prövar", "", "https://www.arn.se/om-arn/tvister-som-vi-inte-provar/"),
    # arn.se: the application must arrive within one year of the first complaint to the company; the value
    # floors are 500, 1 000 or 2 000 kr by kind of dispute, so 500 is the floor that holds for every kind.
    apply_within_months=12,
    form="form_arn",  # arn.se: only ARN's own form is accepted (LAW.md corrections)
    currency="SEK",
    min_value=500,
    usual_min_value=2000,
)

WITHDRAWAL = Period(Source(WITHDRAWAL_ACT, "2 kap. 12 §", WITHDRAWAL_URL), days=14)
WITHDRAWAL_EXTENSION = Period(Source(WITHDRAWAL_ACT, "2 kap. 12 §", WITHDRAWAL_URL), months=12)

VERSIONS = (
    LawVersion(
        country="SE",
        valid_from=dt.date(1991, 1, 1),
        law=OLD_ACT,
        scope=Source(OLD_ACT, "1 §", OLD_URL),
        # 1 § second paragraph: "Lagen gäller även i fall då säljaren inte är en näringsidkare, om köpet förmedlas
        # för säljaren av en näringsidkare" (lagen.nu, the text as amended by SFS 2002:587).
        brokered=Source(OLD_ACT, "1 § andra stycket", OLD_URL, "lagen.nu, verbatim"),
        general_act=GENERAL_ACT,
        general_act_note="general_act_two_years",
        # 23 § first paragraph: reasonable time after noticing; two months is always in time.
        reasonable_time=Period(Source(OLD_ACT, "23 §", OLD_URL), months=2),
        # 23 § second paragraph: the complaint itself must be made within three years of receipt.
        absolute=Period(Source(OLD_ACT, "23 §", OLD_URL), months=36),
        limit_applies_to=LimitAppliesTo.COMPLAINT,
        presumption=Period(Source(OLD_ACT, "20 a §", OLD_URL), months=6),
        # 24 §: the limits of 23 § do not apply if the seller acted grossly negligently or against "tro och heder"
        # (an earlier version of this data cited 23 §; LAW.md's verified correction wins).
        bad_faith=Source(OLD_ACT, "24 §", OLD_URL, "LAW.md corrections: 23 § as amended by SFS 2005:62 checked"),
        # 23 §: the three years hold "om inte annat följer av en garanti eller liknande utfästelse".
        guarantee=Source(OLD_ACT, "23 §", OLD_URL, "LAW.md corrections (the audit's quote of 23 §)"),
        remedies=Source(OLD_ACT, "22 §", OLD_URL),
        dispute_body=ARN,
        withdrawal=WITHDRAWAL,
        withdrawal_extension=WITHDRAWAL_EXTENSION,
    ),
    LawVersion(
        country="SE",
        valid_from=dt.date(2022, 5, 1),
        law=NEW_ACT,
        scope=Source(NEW_ACT, "1 kap. 1 §", NEW_URL),
        # Brokered sales stay covered (secondary: saljarnas.se, hallakonsument.se); the section in 1 kap. was not
        # seen, so the chapter alone is cited.
        brokered=Source(NEW_ACT, "1 kap.", NEW_URL, "UNVERIFIED section; secondary sources"),
        general_act=GENERAL_ACT,
        general_act_note="general_act_two_years",
        reasonable_time=Period(Source(NEW_ACT, "5 kap. 2 §", NEW_URL, "riksdagen.se, verbatim"), months=2),
        # The seller answers for defects that show themselves within three years of delivery; the complaint
        # then only has to be made within a reasonable time of noticing (no cut-off for the complaint itself).
        absolute=Period(Source(NEW_ACT, "4 kap. 14 §", NEW_URL), months=36),
        limit_applies_to=LimitAppliesTo.DISCOVERY,
        presumption=Period(Source(NEW_ACT, "4 kap. 17 §", NEW_URL), months=24),
        # Live animals keep the six months of the old act (LAW.md corrections [S: normalaw.se]). Secondary
        # sources put the act's special rules for live animals in 4 kap. 18-20 §§ (tidningen.djurskyddet.se) and
        # say the presumption was not extended to two years for them (djuridik.se); the statute text was not
        # seen, so the section number is unverified.
        presumption_live_animals=Period(Source(NEW_ACT, "4 kap. 18 §", NEW_URL, "UNVERIFIED section"), months=6),
        # No source lifts the three-year liability limit for a bad-faith seller: conservatively, nothing does.
        # A guarantee (4 kap.): the section number was not seen in the statute text (the search found no text of
        # 4 kap.), so it is unverified; the app treats such a claim conservatively (at risk, for what it covers).
        guarantee=Source(NEW_ACT, "4 kap. 15 §", NEW_URL, "UNVERIFIED section number"),
        remedies=Source(NEW_ACT, "5 kap. 1 §", NEW_URL),
        dispute_body=ARN,
        withdrawal=WITHDRAWAL,
        withdrawal_extension=WITHDRAWAL_EXTENSION,
    ),
)
