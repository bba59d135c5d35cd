"""How each act is named in running text, in its own language and in the others (citations.py puts the sections
beside it). Keyed by the act's name as the rule data writes it (``Source.law``).

``own``: in a sentence of its own language, as its lawyers cite it ("konsumentköplagen (2022:260)", the genitive
"købelovens" and "kuluttajansuojalain (38/1978)", "laga nr. 48/2003 um neytendakaup"). ``names``: the act
introduced in another letter language, the country named in that language and the act's own name beside it
(nominative before a comma; the genitive in Finnish, which puts the sections straight after it: "Ruotsin
kuluttajakauppalain (konsumentköplag 2022:260) 4 luvun 17 §"). ``short``: the own form without its number, for a
remark in parentheses ("kjøpsloven § 32", not "Kjøpsloven (lov 13. mai 1988 nr. 27) § 32").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Act:
    country: str
    own: str
    names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    short: str = ""

    @property
    def language(self) -> str:
        return LANGUAGE[self.country]


# The language each country's acts are written in (Finland's also in Swedish: its Swedish name is in ``names``).
LANGUAGE = {"SE": "sv", "NO": "nb", "DK": "da", "FI": "fi", "IS": "is"}
# "and" in a list of sections; Finnish joins chapter groups that hold a "ja" of their own with "sekä".
AND = {"sv": "och", "nb": "og", "da": "og", "fi": "ja", "is": "og", "en": "and"}
AND_BETWEEN_GROUPS = {"fi": "sekä"}
# Between the act's name and its sections, when the name comes first in another language (Finnish: a genitive).
NAME_TO_SECTIONS = {"fi": " "}
CHAPTER = {"fi": "luvun"}  # "4 luvun 17 §" in Finnish; "4 kap. 17 §" in the other languages


def _act(country: str, own: str, short: str = "", **names: str) -> Act:
    """``is_`` for Icelandic, "is" being a Python keyword."""
    return Act(country, own, MappingProxyType({language.rstrip("_"): name for language, name in names.items()}), short)


ACTS = {
    "Konsumentköplag (2022:260)": _act(
        "SE", "konsumentköplagen (2022:260)", "konsumentköplagen",
        en="the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260)",
        nb="den svenske konsumentköplagen (2022:260)",
        da="den svenske konsumentköplag (2022:260)",
        fi="Ruotsin kuluttajakauppalain (konsumentköplag 2022:260)",
        is_="sænsku lögin um neytendakaup (konsumentköplag 2022:260)"),
    "Konsumentköplag (1990:932)": _act(
        "SE", "konsumentköplagen (1990:932)", "konsumentköplagen",
        en="the Swedish Consumer Sales Act (konsumentköplagen, SFS 1990:932)",
        nb="den svenske konsumentköplagen (1990:932)",
        da="den svenske konsumentköplag (1990:932)",
        fi="Ruotsin kuluttajakauppalain (konsumentköplag 1990:932)",
        is_="sænsku lögin um neytendakaup (konsumentköplag 1990:932)"),
    "Köplag (1990:931)": _act(
        "SE", "köplagen (1990:931)", "köplagen",
        en="the Swedish Sale of Goods Act (köplagen, SFS 1990:931)",
        nb="den svenske köplagen (1990:931)",
        da="den svenske köplag (1990:931)",
        fi="Ruotsin kauppalain (köplag 1990:931)",
        is_="sænsku lögin um lausafjárkaup (köplag 1990:931)"),
    "Forbrukerkjøpsloven (lov 21. juni 2002 nr. 34)": _act(
        "NO", "forbrukerkjøpsloven",
        en="the Norwegian Consumer Purchases Act (forbrukerkjøpsloven, LOV-2002-06-21-34)",
        sv="den norska forbrukerkjøpsloven (lov 21. juni 2002 nr. 34)",
        da="den norske forbrukerkjøpslov (lov 21. juni 2002 nr. 34)",
        fi="Norjan kuluttajakauppalain (forbrukerkjøpsloven, lov 21. juni 2002 nr. 34)",
        is_="norsku lögin um neytendakaup (forbrukerkjøpsloven, lov 21. juni 2002 nr. 34)"),
    "Kjøpsloven (lov 13. mai 1988 nr. 27)": _act(
        "NO", "kjøpsloven",
        en="the Norwegian Sale of Goods Act (kjøpsloven, LOV-1988-05-13-27)",
        sv="den norska kjøpsloven (lov 13. mai 1988 nr. 27)",
        da="den norske kjøpslov (lov 13. mai 1988 nr. 27)",
        fi="Norjan kauppalain (kjøpsloven, lov 13. mai 1988 nr. 27)",
        is_="norsku lögin um lausafjárkaup (kjøpsloven, lov 13. mai 1988 nr. 27)"),
    "Købeloven": _act(
        "DK", "købelovens",
        en="the Danish Sale of Goods Act (købeloven)",
        sv="den danska köplagen (købeloven)",
        nb="den danske kjøpsloven (købeloven)",
        fi="Tanskan kauppalain (købeloven)",
        is_="dönsku lögin um lausafjárkaup (købeloven)"),
    "Kuluttajansuojalaki (38/1978)": _act(
        "FI", "kuluttajansuojalain (38/1978)", "kuluttajansuojalain",
        en="the Finnish Consumer Protection Act (kuluttajansuojalaki 38/1978)",
        sv="den finländska konsumentskyddslagen (38/1978)",  # the act's official Swedish name
        nb="den finske forbrukervernloven (kuluttajansuojalaki 38/1978)",
        da="den finske forbrugerbeskyttelseslov (kuluttajansuojalaki 38/1978)",
        is_="finnsku neytendaverndarlögin (kuluttajansuojalaki 38/1978)"),
    "Kauppalaki (355/1987)": _act(
        "FI", "kauppalain (355/1987)", "kauppalain",
        en="the Finnish Sale of Goods Act (kauppalaki 355/1987)",
        sv="den finländska köplagen (355/1987)",
        nb="den finske kjøpsloven (kauppalaki 355/1987)",
        da="den finske købelov (kauppalaki 355/1987)",
        is_="finnsku lögin um lausafjárkaup (kauppalaki 355/1987)"),
    "Lög um neytendakaup nr. 48/2003": _act(
        "IS", "laga nr. 48/2003 um neytendakaup",
        en="the Icelandic Consumer Sales Act (lög um neytendakaup nr. 48/2003)",
        sv="den isländska konsumentköplagen (lög um neytendakaup nr. 48/2003)",
        nb="den islandske forbrukerkjøpsloven (lög um neytendakaup nr. 48/2003)",
        da="den islandske forbrugerkøbslov (lög um neytendakaup nr. 48/2003)",
        fi="Islannin kuluttajakauppalain (lög um neytendakaup nr. 48/2003)"),
    "Lög um lausafjárkaup nr. 50/2000": _act(
        "IS", "laga nr. 50/2000 um lausafjárkaup",
        en="the Icelandic Sale of Goods Act (lög um lausafjárkaup nr. 50/2000)",
        sv="den isländska köplagen (lög um lausafjárkaup nr. 50/2000)",
        nb="den islandske kjøpsloven (lög um lausafjárkaup nr. 50/2000)",
        da="den islandske købelov (lög um lausafjárkaup nr. 50/2000)",
        fi="Islannin kauppalain (lög um lausafjárkaup nr. 50/2000)"),
}
