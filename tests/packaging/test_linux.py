"""Linux desktop integration: the files validate, carry our six languages, and install for a user."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "se.reklamera.Reklamera"
LANGUAGES = ("sv", "nb", "da", "fi", "is")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} is not installed (make test installs desktop-file-utils and appstream as root)")
    return path


def test_desktop_file_validates() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_validates() -> None:
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_is_translated_and_opens_cases() -> None:
    entry = configparser.RawConfigParser()
    entry.optionxform = str
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    for key in ("GenericName", "Comment", "Keywords"):
        for language in LANGUAGES:
            assert desktop.get(f"{key}[{language}]"), f"{key}[{language}]"
    assert desktop["MimeType"] == "application/x-reklamera-case;"
    assert desktop["Exec"] == "reklamera %f"


def test_mime_type_and_metainfo_agree() -> None:
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot().find("m:mime-type", namespace)
    assert mime.get("type") == "application/x-reklamera-case"
    assert mime.find("m:glob", namespace).get("pattern") == "*.reklamera"
    meta = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.find("provides/mediatype").text == mime.get("type")
    assert meta.find("launchable").text == f"{APP_ID}.desktop"
    for image in meta.iter("image"):  # the screenshots it names are the ones in the repository
        assert (ROOT / image.text.split("/main/", 1)[1]).is_file(), image.text
    assert meta.find("releases/release").get("version") == __import__("reklamera").__version__


def test_install_for_a_user(tmp_path: Path) -> None:
    result = subprocess.run([str(LINUX / "install.sh"), "--prefix", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
