"""Citations in each act's own style (issue 14): the letters' "Legal basis:", the rights page, `reklamera check`.

    sv  4 kap. 17 § och 5 kap. 1 och 2 §§ konsumentköplagen (2022:260)
    nb  forbrukerkjøpsloven §§ 26 og 27 første og annet ledd
    da  købelovens § 77 a, stk. 3, § 78 og § 81, stk. 1      ("§§ 78 og 81" only when no section has a stk.)
    fi  kuluttajansuojalain (38/1978) 5 luvun 15 a, 16 ja 17–19 §
    is  26. og 27. gr. laga nr. 48/2003 um neytendakaup
    en  the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260), chapter 4 section 17 and chapter 5
        sections 1 and 2

An act cited in another language is introduced in that language with its own name beside it (acts.py), its
sections in the act's own style joined with that language's "and" (a Danish consumer writing to a Swedish shop):

    da  den svenske konsumentköplag (2022:260), 4 kap. 17 § og 5 kap. 1 og 2 §§
    fi  Ruotsin kuluttajakauppalain (konsumentköplag 2022:260) 4 luvun 17 § sekä 5 luvun 1 ja 2 §

(Finnish names a chapter "luku" and writes one § after a chapter's sections, whichever act it cites.) A number
and its "§", "kap.", "stk." or "gr." are joined by a no-break space, so a line never breaks between them. An act
the table does not know, or a section it cannot read, is named as the data writes it, its sections listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reklamera.rules.acts import ACTS, AND, AND_BETWEEN_GROUPS, CHAPTER, NAME_TO_SECTIONS, Act
from reklamera.rules.model import Source

NB = "\u00a0"
ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "første": 1, "annet": 2, "andre": 2,
            "fjerde": 4}
# One section as each country's data writes it: (chapter, section, paragraph).
PATTERNS = {
    "SE": re.compile(r"^(?:(\d+) kap\.)? ?(?:(\d+(?: [a-z])?) §(?: (\w+) stycket)?)?$"),  # or a chapter alone
    "NO": re.compile(r"^()§ (\d+(?: [a-z])?)(?: (\w+) ledd)?$"),
    "DK": re.compile(r"^()§ (\d+(?: [a-z])?)(?:, stk\. (\d+))?$"),
    "FI": re.compile(r"^(?:(\d+) luku )?(\d+(?:–\d+)?(?: [a-z])?) §()$"),
    "IS": re.compile(r"^()(\d+)\. gr\.()$"),
}
_NUMBER_AND_SIGN = re.compile(r"(?<=\d) (?=§)|(?<=§) (?=\d)")
_NUMBER_IN_BRACKETS = re.compile(r" \([^()]*\)$")

Item = tuple[str, str, str]  # chapter, section, paragraph ("" where there is none)


def bind(text: str) -> str:
    """No line break between a number and its "§" ("32 §", "§ 32")."""
    return _NUMBER_AND_SIGN.sub(NB, text)


def cite(sources: Iterable[Source], language: str | None = None, *, short: bool = False) -> str:
    """The sources (rules.model.Source) as running text, the acts joined by "; " (see :func:`cite_each`)."""
    return "; ".join(cite_each(sources, language, short=short))


def cite_each(sources: Iterable[Source], language: str | None = None, *, short: bool = False) -> list[str]:
    """One citation per act, in the order the acts first come. ``language``: the text's (None: each act in its
    own language); ``short``: the act's name without its number, for a remark in parentheses."""
    by_law: dict[str, list[str]] = {}
    for source in sources:
        sections = by_law.setdefault(source.law, [])
        if source.section and source.section not in sections:
            sections.append(source.section)
    return [_cite_act(law, sections, language, short) for law, sections in by_law.items()]


def _cite_act(law: str, sections: list[str], language: str | None, short: bool) -> str:
    act = ACTS.get(law)
    items = _parse(act, sections) if act else []
    if act is None or not items:
        return bind(f"{law} {_join(sorted(sections, key=_key), AND.get(language or '', 'and'))}" if sections else law)
    language = language or act.language
    if language == "en":
        return _english(act, items, short)
    if language == act.language or language not in act.names:
        own = (act.short or act.own) if short else act.own
        text = _sections(act, items, act.language)
        return f"{text} {own}" if act.country in ("SE", "IS") else f"{own} {text}"
    name = _NUMBER_IN_BRACKETS.sub("", act.names[language]) if short else act.names[language]
    return name + NAME_TO_SECTIONS.get(language, ", ") + _sections(act, items, language)


def _parse(act: Act, sections: list[str]) -> list[Item]:
    """The sections as items in statute order; a whole section covers its paragraphs. [] when one is unreadable."""
    found = [PATTERNS[act.country].match(section) for section in sections]
    if not all(m and (m[1] or m[2]) for m in found):
        return []
    items = {(m[1] or "", (m[2] or "").replace(" ", NB), m[3] or "") for m in found if m}
    items = {(chapter, section, paragraph) for chapter, section, paragraph in items
             if not (paragraph and (chapter, section, "") in items) and not (section and (chapter, "", "") in items)}
    return sorted(items, key=lambda item: (_key(item[0]), _key(item[1]), item[1],
                                           [ORDINALS[item[2]]] if item[2] in ORDINALS else _key(item[2])))


def _key(text: str) -> list[int]:
    return [int(number) for number in re.findall(r"\d+", text)]


def _join(items: list[str], word: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def _by_section(items: list[Item]) -> dict[str, list[str]]:
    """Section -> its paragraphs, in statute order (a section without paragraphs has [])."""
    found: dict[str, list[str]] = {}
    for _chapter, section, paragraph in items:
        found.setdefault(section, [])
        if paragraph:
            found[section].append(paragraph)
    return found


def _sections(act: Act, items: list[Item], language: str) -> str:
    """The sections in the act's own style, joined with ``language``'s "and"."""
    word, own_word = AND[language], AND[act.language]
    if act.country in ("SE", "FI"):
        return _chapters(act, items, language)
    if act.country == "NO":  # §§ 26 og 27 første og annet ledd
        sections = _by_section(items)
        texts = [section + (f" {_join(paragraphs, own_word)} ledd" if paragraphs else "")
                 for section, paragraphs in sections.items()]
        return f"{'§§' if len(texts) > 1 else '§'}{NB}{_join(texts, word)}"
    if act.country == "DK":  # § 77 a, stk. 3, § 78 og § 81, stk. 1; §§ 78 og 81
        sections = _by_section(items)
        if not any(sections.values()):
            return f"{'§§' if len(sections) > 1 else '§'}{NB}{_join(list(sections), word)}"
        return _join([f"§{NB}{section}" + (f", stk.{NB}{_join(paragraphs, own_word)}" if paragraphs else "")
                      for section, paragraphs in sections.items()], word)
    numbers = [f"{section}." for _chapter, section, _paragraph in items]  # IS: 26. og 27. gr.
    return f"{_join(numbers, word)}{NB}gr."


def _chapters(act: Act, items: list[Item], language: str) -> str:
    """'4 kap. 17 § och 5 kap. 1 och 2 §§'; where a section names a paragraph, each section its own sign, so a
    group has one "och": '1 § andra stycket, 23 § och 24 §'. Finnish acts, and any act in Finnish, write one §
    after a chapter's sections ('5 luvun 15 a, 16 ja 17–19 §'), and Finnish joins chapter groups with 'sekä'
    when one holds a 'ja'."""
    word = AND[language]
    several = "§" if act.country == "FI" or language == "fi" else "§§"
    chapters: dict[str, list[tuple[str, str]]] = {}
    for chapter, section, paragraph in items:
        chapters.setdefault(chapter, []).append((section, paragraph))
    groups = []
    for chapter, sections in chapters.items():
        head = f"{chapter}{NB}{CHAPTER.get(language, 'kap.')}" if chapter else ""
        if sections == [("", "")]:  # the chapter alone
            groups.append(head)
            continue
        if any(paragraph for _section, paragraph in sections):
            texts = [f"{section}{NB}§" + (f" {paragraph} stycket" if paragraph else "")
                     for section, paragraph in sections]
        else:
            run = [section for section, _paragraph in sections]
            texts = [f"{_join(run, word)}{NB}{several if len(run) > 1 else '§'}"]
        groups.append(f"{head} {_join(texts, word)}" if head else _join(texts, word))
    inner = any(len(sections) > 1 for sections in chapters.values())
    return _join(groups, AND_BETWEEN_GROUPS.get(language, word) if inner else word)


def _english(act: Act, items: list[Item], short: bool) -> str:
    """'the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260), chapter 4 section 17 and chapter 5
    sections 1 and 2'; Norwegian and Danish paragraphs as '27(1)', Icelandic articles."""
    noun = "article" if act.country == "IS" else "section"
    chapters: dict[str, list[str]] = {}
    for chapter, section, paragraph in items:
        number = ORDINALS.get(paragraph, paragraph)
        chapters.setdefault(chapter, []).append(f"{section}({number})" if number else section)
    groups = []
    for chapter, sections in chapters.items():
        head = f"chapter{NB}{chapter}" if chapter else ""
        if sections == [""]:  # the chapter alone
            groups.append(head)
            continue
        plural = noun + ("s" if len(sections) > 1 or "–" in sections[0] else "")
        groups.append(f"{head} {plural}{NB}{_join(sections, 'and')}".strip())
    name = _NUMBER_IN_BRACKETS.sub("", act.names["en"]) if short else act.names["en"]
    return f"{name}, {_join(groups, 'and')}"


__all__ = ["ACTS", "bind", "cite", "cite_each"]
