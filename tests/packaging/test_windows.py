"""The Inno Setup script's promises, checked as text (no Windows here to compile it)."""

from __future__ import annotations

import re
from pathlib import Path

import reklamera

ISS = (Path(__file__).resolve().parents[2] / "packaging" / "windows" / "reklamera.iss").read_text(encoding="utf-8")


def setting(name: str) -> str:
    return re.search(rf"^{name}=(.*)$", ISS, re.MULTILINE).group(1).strip()


def test_per_user_without_admin_rights() -> None:
    assert setting("PrivilegesRequired") == "lowest"
    assert setting("DefaultDirName").startswith("{localappdata}")
    assert "HKLM" not in ISS


def test_file_association_and_start_menu() -> None:
    assert 'Subkey: "Software\\Classes\\.reklamera"' in ISS
    assert '""{app}\\reklamera.exe"" ""%1""' in ISS
    assert "{autoprograms}\\reklamera" in ISS


def test_site_configuration_for_office_roll_outs() -> None:
    assert "{param:SITECONFIG|{src}\\site.toml}" in ISS
    assert 'DestName: "site.toml"' in ISS
    assert "/VERYSILENT" in ISS


def test_version_matches_the_package() -> None:
    assert re.search(r'#define AppVersion "([^"]+)"', ISS).group(1) == reklamera.__version__
