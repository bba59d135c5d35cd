"""The office's locks and defaults as a desk user sees them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QSpinBox

from reklamera.settings import Settings
from reklamera.site import load_site_config
from tests.ui.conftest import go_to


def office_settings(tmp_path: Path) -> Settings:
    path = tmp_path / "site.toml"
    path.write_text('[defaults]\ncountry = "DK"\nreply_days = 10\nletter_language = "en"\n'
                    '[locked]\ncountry = true\nreply_days = true\n', encoding="utf-8")
    return Settings(tmp_path / "settings.json", site=load_site_config([path]))


def test_locked_settings_cannot_be_changed_on_the_desk(qtbot, make_wizard, tmp_path: Path) -> None:
    wizard = make_wizard(settings=office_settings(tmp_path))
    start = wizard.currentPage()
    assert wizard.case.country == "DK" and wizard.case.language == "en" and wizard.case.reply_days == 10
    country = start.findChild(QComboBox, "country")
    assert not country.isEnabled() and country.toolTip()
    assert start.findChild(QComboBox, "letter_language").isEnabled()


def test_locked_reply_days(qtbot, make_wizard, sample, tmp_path: Path) -> None:
    wizard = make_wizard(sample, settings=office_settings(tmp_path))
    go_to(qtbot, wizard, "remedy")
    spin = wizard.currentPage().findChild(QSpinBox, "reply_days")
    assert not spin.isEnabled() and spin.value() == 10
