"""Citations in each act's own style (issue 14), for the letters' "Legal basis:" sentence:

    sv  4 kap. 17 § och 5 kap. 1 och 2 §§ konsumentköplagen (2022:260)
    nb  forbrukerkjøpsloven §§ 26 og 27 første og annet ledd
    da  købelovens § 77 a, stk. 3, og §§ 78 og 81, stk. 1
    fi  kuluttajansuojalain (38/1978) 5 luvun 16 § ja 17–19 §
    is  26. og 27. gr. laga nr. 48/2003 um neytendakaup
    en  the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260), chapter 4 section 17 and chapter 5
        sections 1 and 2

The style is the act's (a Swedish statute is cited as Swedish lawyers cite it, also in a Finnish letter to a
Swedish shop); an English letter names the act in English beside its own name. A number and its "§", "kap.",
"stk." or "gr." are joined by a no-break space, so a line never breaks between them. An act this table does
not know, or a section it cannot read, falls back to verdict.grouped_citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reklamera.verdict import grouped_citations

NB = "\u00a0"


@dataclass(frozen=True)
class Act:
    country: str
    own: str  # the act in running text: "konsumentköplagen (2022:260)", "købelovens", "kuluttajansuojalain (38/1978)"
    english: str  # "the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260)"


ACTS = {
    "Konsumentköplag (2022:260)": Act("SE", "konsumentköplagen (2022:260)",
                                     "the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260)"),
    "Konsumentköplag (1990:932)": Act("SE", "konsumentköplagen (1990:932)",
                                     "the Swedish Consumer Sales Act (konsumentköplagen, SFS 1990:932)"),
    "Forbrukerkjøpsloven (lov 21. juni 2002 nr. 34)": Act(
        "NO", "forbrukerkjøpsloven", "the Norwegian Consumer Purchases Act (forbrukerkjøpsloven, LOV-2002-06-21-34)"),
    "Købeloven": Act("DK", "købelovens", "the Danish Sale of Goods Act (købeloven)"),
    "Kuluttajansuojalaki (38/1978)": Act("FI", "kuluttajansuojalain (38/1978)",
                                        "the Finnish Consumer Protection Act (kuluttajansuojalaki 38/1978)"),
    "Lög um neytendakaup nr. 48/2003": Act("IS", "laga nr. 48/2003 um neytendakaup",
                                          "the Icelandic Consumer Sales Act (lög um neytendakaup nr. 48/2003)"),
}
ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "første": 1, "annet": 2, "andre": 2,
            "fjerde": 4}
NO_ORDINALS = {1: "første", 2: "annet", 3: "tredje", 4: "fjerde"}
SE_ORDINALS = {1: "första", 2: "andra", 3: "tredje", 4: "fjärde"}
# One section as each act's data writes it: (chapter, section, paragraph).
PATTERNS = {
    "SE": re.compile(r"^(?:(\d+) kap\. )?(\d+(?: [a-z])?) §(?: (\w+) stycket)?$"),
    "NO": re.compile(r"^()§ (\d+(?: [a-z])?)(?: (\w+) ledd)?$"),
    "DK": re.compile(r"^()§ (\d+(?: [a-z])?)(?: stk\. (\d+))?$"),
    "FI": re.compile(r"^(\d+) luku (\d+(?:–\d+)?(?: [a-z])?) §$"),
    "IS": re.compile(r"^()(\d+)\. gr\.$"),
}


def _key(section: str) -> list[int]:
    return [int(number) for number in re.findall(r"\d+", section)]


def cite(sources, language: str) -> str:
    """The sources (rules.model.Source) as the letter's legal basis, each act in its own style."""
    by_law: dict[str, list[str]] = {}
    for source in sources:
        sections = by_law.setdefault(source.law, [])
        if source.section and source.section not in sections:
            sections.append(source.section)
    parts = []
    for law, sections in by_law.items():
        act = ACTS.get(law)
        parsed = [PATTERNS[act.country].match(section) for section in sections] if act else []
        if act is None or not sections or not all(parsed):
            parts.append(grouped_citations([_Source(law, section) for section in sections] or [_Source(law, "")],
                                           language))
            continue
        items = sorted((tuple(group or "" for group in (*m.groups(), "", "")[:3]) for m in parsed if m),
                       key=lambda item: (_key(item[0]), _key(item[1]), ORDINALS.get(item[2], 0) or _key(item[2])))
        parts.append(_english(act, items) if language == "en" else _native(act, items))
    return "; ".join(parts)


@dataclass(frozen=True)
class _Source:
    law: str
    section: str


def _join(items: list[str], word: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def _paragraphs(items, by_section: dict[str, list[str]], order: list[str]) -> None:
    for _chapter, section, paragraph in items:
        if section not in by_section:
            by_section[section] = []
            order.append(section)
        if paragraph and paragraph not in by_section[section]:
            by_section[section].append(paragraph)


def _native(act: Act, items) -> str:
    country = act.country
    if country == "SE":  # 4 kap. 17 § och 5 kap. 1 och 2 §§ konsumentköplagen (2022:260)
        chapters: dict[str, list[tuple[str, str]]] = {}
        for chapter, section, paragraph in items:
            chapters.setdefault(chapter, []).append((section, paragraph))
        groups = []
        for chapter, sections in chapters.items():
            texts: list[str] = []
            run: list[str] = []
            for section, paragraph in [*sections, ("", "")]:  # a run of plain sections: "1 och 2 §§"
                if run and (paragraph or not section):
                    texts.append(f"{_join(run, 'och')}{NB}{'§§' if len(run) > 1 else '§'}")
                    run = []
                if paragraph:
                    texts.append(f"{section}{NB}§ {paragraph} stycket")
                elif section:
                    run.append(section)
            head = f"{chapter}{NB}kap. " if chapter else ""
            groups.append(head + _join(texts, "och"))
        return f"{_join(groups, 'och')} {act.own}"
    if country == "NO":  # forbrukerkjøpsloven §§ 26 og 27 første og annet ledd
        by_section: dict[str, list[str]] = {}
        order: list[str] = []
        _paragraphs(items, by_section, order)
        texts = [section + (" " + _join(sorted(by_section[section], key=lambda p: ORDINALS.get(p, 9)), "og")
                            + " ledd" if by_section[section] else "") for section in order]
        return f"{act.own} {'§§' if len(texts) > 1 else '§'}{NB}{_join(texts, 'og')}"
    if country == "DK":  # købelovens § 77 a, stk. 3, og §§ 78 og 81, stk. 1
        runs: list[list[str]] = [[]]
        for _chapter, section, paragraph in items:
            runs[-1].append(f"{section}, stk.{NB}{paragraph}" if paragraph else section)
            if paragraph:
                runs.append([])
        texts = [f"{'§§' if len(run) > 1 else '§'}{NB}{_join(run, 'og')}" for run in runs if run]
        joined = texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + ", og " + texts[-1]
        return f"{act.own} {joined}"
    if country == "FI":  # kuluttajansuojalain (38/1978) 5 luvun 16 § ja 17–19 §
        chapters_fi: dict[str, list[str]] = {}
        for chapter, section, _paragraph in items:
            chapters_fi.setdefault(chapter, []).append(f"{section}{NB}§")
        groups = [f"{chapter}{NB}luvun {_join(sections, 'ja')}" for chapter, sections in chapters_fi.items()]
        return f"{act.own} {_join(groups, 'ja')}"
    # IS: 26. og 27. gr. laga nr. 48/2003 um neytendakaup
    numbers = [f"{section}." for _chapter, section, _paragraph in items]
    return f"{_join(numbers, 'og')}{NB}gr. {act.own}"


def _english(act: Act, items) -> str:
    """'the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260), chapter 4 section 17 and chapter 5
    sections 1 and 2'; Norwegian and Danish paragraphs as '27(1)', Icelandic articles."""
    country = act.country
    noun = "article" if country == "IS" else "section"
    chapters: dict[str, list[str]] = {}
    for chapter, section, paragraph in items:
        number = ORDINALS.get(paragraph) if paragraph in ORDINALS else paragraph
        chapters.setdefault(chapter, []).append(f"{section}({number})" if number else section)
    groups = []
    for chapter, sections in chapters.items():
        head = f"chapter{NB}{chapter} " if chapter else ""
        plural = noun + ("s" if len(sections) > 1 else "")
        groups.append(f"{head}{plural}{NB}{_join(sections, 'and')}")
    return f"{act.english}, {_join(groups, 'and')}"


__all__ = ["ACTS", "cite"]
