"""A letter in two languages, for a purchase across a border: the letter in the seller's language (the one that
is sent and counts), and the same letter in the consumer's language after it, on a new page, marked as a
translation for information."""

from __future__ import annotations

import dataclasses

from reklamera.i18n import LANGUAGES, N_, translations
from reklamera.letter.compose import LetterError
from reklamera.letter.content import Block, BlockKind, LetterContent

NOTE = N_("Translation for information. The letter on the previous page is the original.")


def check_second_language(first: str, second: str | None) -> None:
    """A second language must be one of ours and differ from the first (LetterError naming --also-lang)."""
    if second is None:
        return
    if second not in LANGUAGES:
        raise LetterError("--also-lang", N_("\"{value}\" is not one of {choices}"), value=second,
                          choices=", ".join(LANGUAGES))
    if second == first:
        raise LetterError("--also-lang", N_("is the letter's own language ({language}); choose another one"),
                          language=first)


def with_translation(original: LetterContent, translated: LetterContent) -> LetterContent:
    """``original`` with ``translated`` after it, the translation opening with a note in its own language."""
    _ = translations(translated.language).gettext
    note = Block(BlockKind.HEADING, _(NOTE))
    return dataclasses.replace(original, translation=dataclasses.replace(translated, body=(note, *translated.body)))


__all__ = ["check_second_language", "with_translation"]
