"""Site configuration for consumer-advice offices: set once for every desk, read before the user's settings.

A TOML file (``site.toml``) is looked for, in this order, each later file overriding the earlier ones:
the system config folder (Linux ``/etc/xdg/reklamera``, Windows ``%PROGRAMDATA%\\reklamera``), the program's
own folder (a per-user install can carry the office's file), and the path in ``$REKLAMERA_SITE_CONFIG``.

    [office]
    name = "Konsumentvägledningen i Uppsala kommun"
    address = "Stationsgatan 12, 753 75 Uppsala"
    phone = "018-727 00 00"
    letterhead = "brevmall.docx"      # relative to this file's folder
    show_in_letter = true             # "Written with help from …" under the signature

    [defaults]                        # what a new case starts with
    country = "SE"
    ui_language = "sv"
    letter_language = "sv"
    reply_days = 14

    [locked]                          # true: desks cannot change it
    country = true

    [register]                        # the office's case register (off unless enabled)
    enabled = true
    url = "postgresql+psycopg://reklamera@db.example.local/reklamera"   # omit: a SQLite file on this desk
    retention_days = 730              # closed cases are anonymised after this many days

A broken file never stops the program: its problems are reported (``SiteConfig.problems``) and the valid
values are used.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from reklamera.case import REPLY_DAYS
from reklamera.countries import COUNTRIES
from reklamera.errors import InputError
from reklamera.i18n import LANGUAGES, N_

FILE_NAME = "site.toml"
ENVIRONMENT = "REKLAMERA_SITE_CONFIG"
SETTINGS = {  # name -> check
    "country": lambda v: isinstance(v, str) and v.upper() in COUNTRIES,
    "ui_language": lambda v: isinstance(v, str) and v in LANGUAGES,
    "letter_language": lambda v: isinstance(v, str) and v in LANGUAGES,
    "reply_days": lambda v: v in REPLY_DAYS,
}
OFFICE_TEXT = ("name", "address", "phone")


@dataclass
class Office:
    """The consumer-advice office whose letterhead the site configuration gives."""

    name: str = ""
    address: str = ""
    phone: str = ""
    letterhead: Path | None = None
    show_in_letter: bool = True

    def letter_line(self) -> str:
        """'Konsumentvägledningen i Uppsala kommun, Stationsgatan 12, 753 75 Uppsala, 018-727 00 00'."""
        return ", ".join(part for part in (self.name, self.address, self.phone) if part)


class SiteConfig:
    def __init__(self) -> None:
        self.office: Office | None = None
        self.defaults: dict[str, Any] = {}
        self.locked: set[str] = set()
        self.problems: list[InputError] = []  # what an administrator should fix; the rest is used
        self.register_enabled = False
        self.register_url = ""  # empty: a SQLite file in the user's data folder
        self.retention_days = 0  # 0: keep closed cases as they are

    def letter_line(self) -> str:
        """The office's "written with help from" line for letters, or "" when there is none or it is switched off."""
        return self.office.letter_line() if self.office and self.office.show_in_letter else ""

    @property
    def letterhead(self) -> Path | None:
        return self.office.letterhead if self.office else None

    def merge(self, path: Path) -> None:
        """Read one file; its valid values override what earlier files said."""
        import tomllib

        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            self.problems.append(InputError(str(path), N_("cannot be read ({reason})"), reason=str(error)))
            return
        except tomllib.TOMLDecodeError as error:
            self.problems.append(InputError(str(path), N_("is not valid TOML ({reason})"), reason=str(error)))
            return
        for section, values in data.items():
            if section not in ("office", "defaults", "locked", "register") or not isinstance(values, dict):
                self._problem(path, section, N_("is not a section reklamera knows (office, defaults, locked)"))
                continue
            for key, value in values.items():
                getattr(self, f"_{section}")(path, key, value)

    def _problem(self, path: Path, where: str, message: str, **params: object) -> None:
        self.problems.append(InputError(f"{path}: {where}", message, **params))

    def _office(self, path: Path, key: str, value: Any) -> None:
        office = self.office or Office()
        if key in OFFICE_TEXT and isinstance(value, str) and len(value) <= 300:
            setattr(office, key, " ".join(value.split()))
        elif key == "show_in_letter" and isinstance(value, bool):
            office.show_in_letter = value
        elif key == "letterhead" and isinstance(value, str):
            letterhead = (path.parent / value).resolve()
            if letterhead.is_file():
                office.letterhead = letterhead
            else:
                self._problem(path, "office.letterhead", N_("{file} does not exist"), file=str(letterhead))
        else:
            self._problem(path, f"office.{key}", N_("is not a setting reklamera knows, or has the wrong type"))
            return
        self.office = office

    def _defaults(self, path: Path, key: str, value: Any) -> None:
        if key not in SETTINGS or not SETTINGS[key](value):
            self._problem(path, f"defaults.{key}", N_("is not a setting reklamera knows, or has the wrong type"))
            return
        self.defaults[key] = value.upper() if key == "country" else value

    def _register(self, path: Path, key: str, value: Any) -> None:
        if key == "enabled" and isinstance(value, bool):
            self.register_enabled = value
        elif key == "url" and isinstance(value, str) and value.strip():
            self.register_url = value.strip()
        elif key == "retention_days" and isinstance(value, int) and not isinstance(value, bool) and value > 0:
            self.retention_days = value
        else:
            self._problem(path, f"register.{key}", N_("is not a setting reklamera knows, or has the wrong type"))

    def _locked(self, path: Path, key: str, value: Any) -> None:
        if key not in SETTINGS or not isinstance(value, bool):
            self._problem(path, f"locked.{key}", N_("is not a setting reklamera knows, or has the wrong type"))
        elif value:
            self.locked.add(key)
        else:
            self.locked.discard(key)


def site_config_dir() -> Path:
    """The system-wide config folder: the first of $XDG_CONFIG_DIRS on Linux, %PROGRAMDATA% on Windows."""
    return Path(platformdirs.site_config_dir("reklamera", appauthor=False))


def program_dir() -> Path:
    """The folder of the installed program (a PyInstaller bundle's folder, or the package's)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent


def candidate_paths() -> list[Path]:
    paths = [site_config_dir() / FILE_NAME, program_dir() / FILE_NAME]
    if os.environ.get(ENVIRONMENT):
        paths.append(Path(os.environ[ENVIRONMENT]))
    return paths


def load_site_config(paths: list[Path] | None = None) -> SiteConfig:
    config = SiteConfig()
    for path in candidate_paths() if paths is None else paths:
        if path.is_file():
            config.merge(path)
    named = os.environ.get(ENVIRONMENT)
    if paths is None and named and not Path(named).is_file():
        config.problems.append(InputError(f"${ENVIRONMENT}", N_("{file} does not exist"), file=named))
    return config
