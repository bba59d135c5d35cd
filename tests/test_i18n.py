"""Language selection and the English fallback."""

from __future__ import annotations

import pytest

from reklamera.i18n import normalize, translations, ui_language


@pytest.mark.parametrize(
    ("name", "code"),
    [("sv_SE.UTF-8", "sv"), ("nb_NO", "nb"), ("no", "nb"), ("nn_NO.UTF-8", "nb"), ("da", "da"), ("fi-FI", "fi"),
     ("is_IS@euro", "is"), ("en_GB", "en"), ("de_DE", None), ("", None), (None, None), ("C", None)],
)
def test_normalize(name: str | None, code: str | None) -> None:
    assert normalize(name) == code


def test_ui_language_precedence() -> None:
    assert ui_language("fi", {"REKLAMERA_LANG": "sv", "LANG": "da_DK.UTF-8"}) == "fi"
    assert ui_language(None, {"REKLAMERA_LANG": "sv", "LANG": "da_DK.UTF-8"}) == "sv"
    assert ui_language(None, {"LANGUAGE": "de:nb", "LANG": "da_DK.UTF-8"}) == "nb"
    assert ui_language(None, {"LANG": "da_DK.UTF-8"}) == "da"
    assert ui_language(None, {"LANG": "C.UTF-8"}) == "en"


def test_missing_catalog_falls_back_to_english() -> None:
    assert translations("en").gettext("In time") == "In time"
