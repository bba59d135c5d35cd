"""Citations in each act's own style (issue 14, the native reviews of nb, da, fi, is): one row per act and language.

The expected strings are written with "·" for a no-break space (a number and its "§", "kap.", "stk.", "gr.")."""

from __future__ import annotations

import datetime as dt

import pytest

from reklamera.rules import VERSIONS, assess
from reklamera.rules.acts import ACTS, LANGUAGE
from reklamera.rules.citations import PATTERNS, bind, cite, cite_each
from reklamera.rules.messages import render_note
from reklamera.rules.model import Facts, Note, Source

KKL, KKL_OLD = "Konsumentköplag (2022:260)", "Konsumentköplag (1990:932)"
FKJL = "Forbrukerkjøpsloven (lov 21. juni 2002 nr. 34)"
KBL, KSL, NKL = "Købeloven", "Kuluttajansuojalaki (38/1978)", "Lög um neytendakaup nr. 48/2003"


def sources(law: str, *sections: str) -> list[Source]:
    return [Source(law, section, "") for section in sections]


SWEDISH = sources(KKL, "5 kap. 2 §", "4 kap. 17 §", "5 kap. 1 §")
DANISH = sources(KBL, "§ 81, stk. 1", "§ 78", "§ 77 a, stk. 3")

ROWS = [
    # Danish: "§§" only when no section has a stk.; each section its own "§" otherwise, one "og" (the da review)
    ("da kbl § 77 a, stk. 3, § 78 og § 81, stk. 1", DANISH, "da",
     "købelovens §·77·a, stk.·3, §·78 og §·81, stk.·1"),
    ("da kbl §§ 78 og 81 without a stk.", sources(KBL, "§ 81", "§ 78"), "da", "købelovens §§·78 og 81"),
    ("da kbl § 83 covers § 83, stk. 1", sources(KBL, "§ 83, stk. 1", "§ 83", "§ 81, stk. 1"), "da",
     "købelovens §·81, stk.·1 og §·83"),
    # Finnish: the § once at the end of a chapter group (the fi review)
    ("fi KSL 5 luvun 15 a, 16 ja 17–19 §", sources(KSL, "5 luku 16 §", "5 luku 15 a §", "5 luku 17–19 §"), "fi",
     "kuluttajansuojalain (38/1978) 5·luvun 15·a, 16 ja 17–19·§"),
    ("fi KSL two chapters: sekä between groups that hold a ja", sources(KSL, "5 luku 16 §", "5 luku 15 a §",
                                                                        "6 luku 14 §"), "fi",
     "kuluttajansuojalain (38/1978) 5·luvun 15·a ja 16·§ sekä 6·luvun 14·§"),
    ("fi KSL two single chapters: ja", sources(KSL, "5 luku 16 §", "6 luku 14 §"), "fi",
     "kuluttajansuojalain (38/1978) 5·luvun 16·§ ja 6·luvun 14·§"),
    ("fi kauppalaki 32 § has no chapter", sources("Kauppalaki (355/1987)", "32 §"), "fi", "kauppalain (355/1987) 32·§"),
    # Swedish, Norwegian, Icelandic in their own languages
    ("sv KKL 4 kap. 17 § och 5 kap. 1 och 2 §§", SWEDISH, "sv",
     "4·kap. 17·§ och 5·kap. 1 och 2·§§ konsumentköplagen (2022:260)"),
    ("sv KKL 1990:932 a paragraph: each section its own §", sources(KKL_OLD, "1 § andra stycket", "23 §", "24 §"),
     "sv", "1·§ andra stycket, 23·§ och 24·§ konsumentköplagen (1990:932)"),
    ("nb fkjl §§ 26 og 27 første og annet ledd", sources(FKJL, "§ 27 første ledd", "§ 26", "§ 27 annet ledd"), "nb",
     "forbrukerkjøpsloven §§·26 og 27 første og annet ledd"),
    ("nb fkjl § 27 covers its paragraphs", sources(FKJL, "§ 27 første ledd", "§ 27"), "nb", "forbrukerkjøpsloven §·27"),
    ("is 26. og 27. gr.", sources(NKL, "27. gr.", "26. gr."), "is", "26. og 27.·gr. laga nr. 48/2003 um neytendakaup"),
    ("is lausafjárkaup 50/2000 32. gr. in running text", sources("Lög um lausafjárkaup nr. 50/2000", "32. gr."), "is",
     "32.·gr. laga nr. 50/2000 um lausafjárkaup"),
    # Another country's act: introduced in the letter's language, its own name beside it, the act's own style
    # joined with the letter's "and" (a Danish, Finnish, Norwegian or Icelandic consumer writing to a Swedish shop)
    ("da letter, SE act", SWEDISH, "da", "den svenske konsumentköplag (2022:260), 4·kap. 17·§ og 5·kap. 1 og 2·§§"),
    ("nb letter, SE act", SWEDISH, "nb", "den svenske konsumentköplagen (2022:260), 4·kap. 17·§ og 5·kap. 1 og 2·§§"),
    ("fi letter, SE act: luvun, one § a chapter", SWEDISH, "fi",
     "Ruotsin kuluttajakauppalain (konsumentköplag 2022:260) 4·luvun 17·§ sekä 5·luvun 1 ja 2·§"),
    ("is letter, SE act", SWEDISH, "is",
     "sænsku lögin um neytendakaup (konsumentköplag 2022:260), 4·kap. 17·§ og 5·kap. 1 og 2·§§"),
    ("sv letter, DK act", DANISH, "sv", "den danska köplagen (købeloven), §·77·a, stk.·3, §·78 och §·81, stk.·1"),
    ("sv letter, FI act: its Swedish name, Finland-Swedish kap.", sources(KSL, "5 luku 16 §", "5 luku 15 a §"), "sv",
     "den finländska konsumentskyddslagen (38/1978), 5·kap. 15·a och 16·§"),
    ("da letter, NO act: the ledd stay Norwegian", sources(FKJL, "§ 27 første ledd", "§ 26", "§ 27 annet ledd"), "da",
     "den norske forbrukerkjøpslov (lov 21. juni 2002 nr. 34), §§·26 og 27 første og annet ledd"),
    ("fi letter, IS act", sources(NKL, "27. gr.", "26. gr."), "fi",
     "Islannin kuluttajakauppalain (lög um neytendakaup nr. 48/2003) 26. ja 27.·gr."),
    # English names the act in English beside its own name
    ("en SE act", SWEDISH, "en", "the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260), chapter·4 "
                                 "section·17 and chapter·5 sections·1 and 2"),
    ("en DK act: stk. as (n)", DANISH, "en",
     "the Danish Sale of Goods Act (købeloven), sections·77·a(3), 78 and 81(1)"),
    ("en NO act: ledd as (n)", sources(FKJL, "§ 27 annet ledd"), "en",
     "the Norwegian Consumer Purchases Act (forbrukerkjøpsloven, LOV-2002-06-21-34), section·27(2)"),
    ("en FI act: a range is sections", sources(KSL, "5 luku 17–19 §"), "en",
     "the Finnish Consumer Protection Act (kuluttajansuojalaki 38/1978), chapter·5 sections·17–19"),
    ("en IS act: articles", sources(NKL, "27. gr."), "en",
     "the Icelandic Consumer Sales Act (lög um neytendakaup nr. 48/2003), article·27"),
    # Each act in its own language when none is given; an unknown language too
    ("no language: the act's own", DANISH, None, "købelovens §·77·a, stk.·3, §·78 og §·81, stk.·1"),
    ("a language without a name for the act: the act's own", SWEDISH, "pseudo",
     "4·kap. 17·§ och 5·kap. 1 och 2·§§ konsumentköplagen (2022:260)"),
    # What the table cannot read: as the data writes it, the sections listed
    ("an unknown act", sources("Lag (2005:59) om distansavtal", "2 kap. 12 §", "1 §"), "sv",
     "Lag (2005:59) om distansavtal 1·§ och 2 kap. 12·§"),
    ("an unknown act, no language", sources("Forbrugeraftaleloven", "§ 19"), None, "Forbrugeraftaleloven §·19"),
    ("a section the pattern cannot read", sources(KBL, "§ 81", "§ 90 stk 2"), "da", "Købeloven §·81 og §·90 stk 2"),
    ("sv KKL a chapter alone covers its sections", sources(KKL, "1 kap. 1 §", "1 kap.", "5 kap. 2 §"), "sv",
     "1·kap. och 5·kap. 2·§ konsumentköplagen (2022:260)"),
    ("en KKL a chapter alone", sources(KKL, "1 kap.", "5 kap. 2 §"), "en",
     "the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260), chapter·1 and chapter·5 section·2"),
    ("en köplag without chapters", sources("Köplag (1990:931)", "32 §"), "en",
     "the Swedish Sale of Goods Act (köplagen, SFS 1990:931), section·32"),
    ("an act without a section", sources(KSL, ""), "fi", "Kuluttajansuojalaki (38/1978)"),
]


@pytest.mark.parametrize(("given", "language", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_citation(given: list[Source], language: str | None, expected: str) -> None:
    assert cite(given, language) == expected.replace("·", "\u00a0")


SHORT = [  # in a remark in parentheses: no number in brackets inside the brackets (the nb review)
    ("Kjøpsloven (lov 13. mai 1988 nr. 27)", "§ 32", None, "kjøpsloven §·32"),
    ("Kjøpsloven (lov 13. mai 1988 nr. 27)", "§ 32", "sv", "den norska kjøpsloven, §·32"),
    ("Kjøpsloven (lov 13. mai 1988 nr. 27)", "§ 32", "en", "the Norwegian Sale of Goods Act, section·32"),
    ("Köplag (1990:931)", "32 §", "sv", "32·§ köplagen"),
    ("Köplag (1990:931)", "32 §", "fi", "Ruotsin kauppalain 32·§"),
    ("Kauppalaki (355/1987)", "32 §", "fi", "kauppalain 32·§"),
    ("Købeloven", "§ 54", "da", "købelovens §·54"),
    ("Lög um lausafjárkaup nr. 50/2000", "32. gr.", "is", "32.·gr. laga nr. 50/2000 um lausafjárkaup"),
    ("Lög um lausafjárkaup nr. 50/2000", "32. gr.", "nb", "den islandske kjøpsloven, 32.·gr."),
]


@pytest.mark.parametrize(("law", "section", "language", "expected"), SHORT)
def test_short_citation(law: str, section: str, language: str | None, expected: str) -> None:
    assert cite(sources(law, section), language, short=True) == expected.replace("·", "\u00a0")


def test_every_section_in_the_rule_data_is_read_in_its_acts_style() -> None:
    """No act of ours falls back to the data's own form: each section matches its act's pattern."""
    for versions in VERSIONS.values():
        for version in versions:
            found = [value for value in vars_of(version) if isinstance(value, Source) and value.law in ACTS]
            assert found
            for source in found:
                act = ACTS[source.law]
                assert not source.section or PATTERNS[act.country].match(source.section), str(source)


def vars_of(version) -> list[object]:
    values = []
    for name in version.__dataclass_fields__:
        value = getattr(version, name)
        values.append(getattr(value, "source", value))
    return values


def test_every_act_is_named_in_every_other_language() -> None:
    for law, act in ACTS.items():
        others = {"sv", "nb", "da", "fi", "is", "en"} - {LANGUAGE[act.country]}
        assert others <= set(act.names), law
        assert all(f" {act.country}" not in name for name in act.names.values())


def test_one_citation_per_act_in_the_order_they_come() -> None:
    given = [*sources(KBL, "§ 81, stk. 1"), *sources("Forbrugeraftaleloven", "§ 19"), *sources(KBL, "§ 78")]
    assert cite_each(given, "da") == ["købelovens §\u00a078 og §\u00a081, stk.\u00a01",
                                      "Forbrugeraftaleloven §\u00a019"]
    assert cite(given, "da") == "; ".join(cite_each(given, "da"))


def test_bind() -> None:
    assert bind("32 § och § 32, 32 a") == "32\u00a0§ och §\u00a032, 32 a"


def test_icelandic_sources_take_a_comma_before_the_article() -> None:
    """LAW.md: "Lög um neytendakaup nr. 48/2003, 27. gr."; others as the data writes them; no trailing space."""
    assert str(Source(NKL, "27. gr.", "")) == "Lög um neytendakaup nr. 48/2003, 27. gr."
    assert str(Source(KBL, "§ 81, stk. 1", "")) == "Købeloven § 81, stk. 1"
    assert str(Source("Forbrugerklageloven", "", "")) == "Forbrugerklageloven"


# --- the notes: amounts and sections in the reader's language (render_note) --------------------------------

def test_amounts_are_formatted_by_the_caller_and_a_year_stays_a_year() -> None:
    """The da and fi reviews: "mellem 1110 og 100000 kroner" — the verdict formats amounts like dates."""
    band = Note("dk_price_band", {"year": 2024, "min": 720, "usual": 1110, "max": 100_000})
    text = render_note(band, lambda message: message, format_number=lambda number: f"<{number}>")
    assert "In 2024" in text and "between <1110> and <100000> kroner" in text and "from <720> kroner" in text
    assert "1110 and 100000" in render_note(band, lambda message: message)  # the default loads no locale data


def test_a_section_in_a_note_is_cited_in_running_text() -> None:
    """The nb review: not "(Kjøpsloven (lov 13. mai 1988 nr. 27) § 32)"."""
    result = assess(Facts("NO", dt.date(2024, 3, 1), dt.date(2025, 1, 10), private_seller=True), dt.date(2025, 2, 1))
    note = next(note for note in result.notes if note.key == "general_act_two_years")
    assert "(kjøpsloven §\u00a032)" in render_note(note, lambda message: message)
    assert "(SECTION)" in render_note(note, lambda message: message, format_source=lambda source: "SECTION")
    plain = Note("general_act_two_years", {"act": "Köplag (1990:931) 32 §"})  # a text is shown as it is
    assert "(Köplag (1990:931) 32 §)" in render_note(plain, lambda message: message)
