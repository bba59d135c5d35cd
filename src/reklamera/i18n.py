"""Translations: gettext catalogs per language, English as the fallback.

Strings at module level are marked with ``N_`` and translated when shown. Translation objects are passed
explicitly, because the letter's language may differ from the UI language (a Finnish speaker in Sweden writes
to a Swedish shop in Swedish). Catalogs live in ``reklamera/locale/<lang>/LC_MESSAGES/messages.mo``.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Mapping
from functools import cache

LANGUAGES = ("sv", "nb", "da", "fi", "is", "en")
# The locale each language formats dates and money in (Babel, Qt); English is the British English familiar in
# the Nordics (day before month).
LOCALES = {"sv": "sv_SE", "nb": "nb_NO", "da": "da_DK", "fi": "fi_FI", "is": "is_IS", "en": "en_GB"}
DEFAULT_LANGUAGE = "en"
DOMAIN = "messages"
LOCALE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")

# Locale names people have in their environment, mapped to the languages we ship.
_ALIASES = {"no": "nb", "nn": "nb", "se": "sv", "dk": "da"}


def N_(message: str) -> str:  # noqa: N802 - the gettext convention: mark now, translate when shown
    return message


PSEUDO = "pseudo"  # a test language that lengthens every string, to find clipped layouts


class PseudoTranslations(gettext.NullTranslations):
    """Every string about 40 % longer with accented letters, placeholders untouched (Vorta's TRANS_SCALE):
    long Finnish and Icelandic words must never clip, and this shows where they would."""

    _ACCENTS = str.maketrans("aeiouAEIOUcnsyz", "áéíóúÅÉÍÓÚçñšýž")

    def gettext(self, message: str) -> str:
        parts = re.split(r"(\{\w+\})", message)
        stretched = "".join(part if part.startswith("{") else part.translate(self._ACCENTS) for part in parts)
        return f"⟦{stretched} {'~' * max(2, len(message) * 2 // 5)}⟧"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalog for ``language``; English (the source strings) when none is installed for it."""
    if language == PSEUDO:
        return PseudoTranslations()
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    try:
        return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def normalize(name: str | None) -> str | None:
    """'sv_SE.UTF-8' -> 'sv', 'no' -> 'nb'; None for a language we do not ship."""
    if not name:
        return None
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else None


def ui_language(explicit: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """The UI language: ``explicit`` (``--lang``), else $REKLAMERA_LANG, else the POSIX locale variables."""
    for candidate in (explicit, environ.get("REKLAMERA_LANG")):
        if code := normalize(candidate):
            return code
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in environ.get(variable, "").split(":"):
            if code := normalize(part):
                return code
    return DEFAULT_LANGUAGE
