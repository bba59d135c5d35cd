"""The office's locks and defaults as a desk user sees them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QSpinBox

from reklamera.case import REPLY_DAYS
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


def test_a_locked_value_outside_the_old_spin_range_survives_the_remedy_page(qtbot, make_wizard, sample,
                                                                              tmp_path: Path) -> None:
    """The spin box used to allow 7-60 days while the file, the CLI and the site allow 1-90: a locked 90 became
    60 when the page was visited. One declaration (case.REPLY_DAYS) now bounds them all."""
    path = tmp_path / "site.toml"
    path.write_text("[defaults]\nreply_days = 90\n[locked]\nreply_days = true\n", encoding="utf-8")
    wizard = make_wizard(sample, settings=Settings(tmp_path / "settings.json", site=load_site_config([path])))
    go_to(qtbot, wizard, "remedy")
    go_to(qtbot, wizard, "parties")
    assert wizard.case.reply_days == 90


def test_reply_days_of_90_in_a_case_are_kept(qtbot, make_wizard, sample) -> None:
    sample.reply_days = 90
    wizard = make_wizard(sample)
    go_to(qtbot, wizard, "remedy")
    spin = wizard.currentPage().findChild(QSpinBox, "reply_days")
    assert (spin.minimum(), spin.maximum()) == (REPLY_DAYS.minimum, REPLY_DAYS.maximum)
    go_to(qtbot, wizard, "parties")
    assert wizard.case.reply_days == 90
