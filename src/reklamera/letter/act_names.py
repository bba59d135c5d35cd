"""The consumer-sale act of the case's country as a letter names it in running text, in the letter's language
("… is not based on a warranty but on {act}"): the act's own name in its own language, and in another language
the country's act described, its own name in brackets. The citation of sections is citations.py's work.

The form fits the slot the translations give it: definite form in Swedish, Norwegian and Danish, the genitive in
Finnish ("kuluttajansuojalain säännöksiin", "… mukaan"), the dative in Icelandic ("á lögum", "samkvæmt lögum").
"""

from __future__ import annotations

ACT_NAMES = {
    "SE": {"sv": "konsumentköplagen",
           "nb": "den svenske forbrukerkjøpsloven (konsumentköplagen)",
           "da": "den svenske forbrugerkøbslov (konsumentköplagen)",
           "fi": "Ruotsin kuluttajakauppalain (konsumentköplagen)",
           "is": "sænskum lögum um neytendakaup (konsumentköplagen)",
           "en": "the Swedish Consumer Sales Act (konsumentköplagen)"},
    "NO": {"sv": "den norska konsumentköplagen (forbrukerkjøpsloven)",
           "nb": "forbrukerkjøpsloven",
           "da": "den norske forbrugerkøbslov (forbrukerkjøpsloven)",
           "fi": "Norjan kuluttajakauppalain (forbrukerkjøpsloven)",
           "is": "norskum lögum um neytendakaup (forbrukerkjøpsloven)",
           "en": "the Norwegian Consumer Purchases Act (forbrukerkjøpsloven)"},
    "DK": {"sv": "den danska köplagen (købeloven)",
           "nb": "den danske kjøpsloven (købeloven)",
           "da": "købeloven",
           "fi": "Tanskan kauppalain (købeloven)",
           "is": "dönskum lögum um lausafjárkaup (købeloven)",
           "en": "the Danish Sale of Goods Act (købeloven)"},
    # Finland's acts have an official Swedish name (konsumentskyddslagen), used in Swedish without a translation.
    "FI": {"sv": "konsumentskyddslagen",
           "nb": "den finske forbrukervernloven (kuluttajansuojalaki)",
           "da": "den finske forbrugerbeskyttelseslov (kuluttajansuojalaki)",
           "fi": "kuluttajansuojalain",
           "is": "finnskum neytendaverndarlögum (kuluttajansuojalaki)",
           "en": "the Finnish Consumer Protection Act (kuluttajansuojalaki)"},
    "IS": {"sv": "den isländska konsumentköplagen (lög um neytendakaup)",
           "nb": "den islandske forbrukerkjøpsloven (lög um neytendakaup)",
           "da": "den islandske forbrugerkøbslov (lög um neytendakaup)",
           "fi": "Islannin kuluttajakauppalain (lög um neytendakaup)",
           "is": "lögum um neytendakaup",
           "en": "the Icelandic Consumer Sales Act (lög um neytendakaup)"},
}


def act_name(country: str, language: str) -> str:
    """The consumer-sale act of ``country`` in running text in ``language`` (English for a language not listed)."""
    names = ACT_NAMES[country]
    return names.get(language, names["en"])
