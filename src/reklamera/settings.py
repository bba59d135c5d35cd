"""User preferences and UI state, stored as JSON in the user's config folder (platformdirs), on top of the
office's site configuration (reklamera.site).

Preferences (what the person chose) are kept apart from UI state (window size, last folder, recent cases).
A preference is, in this order: the site's value when the site locks it; the user's own choice; the site's
default; the built-in default. A ``version`` key lets later releases upgrade old files. Unknown or broken
values fall back to defaults: a damaged settings file must never stop the app from starting.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from reklamera.site import SiteConfig, load_site_config
from reklamera.storage import atomic_write_bytes

VERSION = 1
MAX_RECENT = 8


@dataclass
class Preferences:
    """What the person chose; empty or 0 means "not chosen": the site default or the built-in one applies."""

    ui_language: str = ""
    letter_language: str = ""
    country: str = ""
    reply_days: int = 0


BUILT_IN = {"ui_language": "", "letter_language": "", "country": "SE", "reply_days": 14}


@dataclass
class UiState:
    """What the window remembers between runs: its size and the last folder used."""

    geometry: str = ""  # QWidget.saveGeometry() as base64
    last_folder: str = ""
    recent_cases: list[str] = field(default_factory=list)


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir("reklamera", appauthor=False))


def user_data_dir() -> Path:
    """Autosaved cases live here (never in the install folder, which may be read-only)."""
    return Path(platformdirs.user_data_dir("reklamera", appauthor=False))


class Settings:
    def __init__(self, path: Path | None = None, site: SiteConfig | None = None) -> None:
        self.path = path or user_config_dir() / "settings.json"
        self.site = site or SiteConfig()
        self.preferences = Preferences()
        self.ui = UiState()

    def value(self, name: str) -> Any:
        """The preference in force: locked site value, the user's choice, the site default, built-in."""
        if name in self.site.locked and name in self.site.defaults:
            return self.site.defaults[name]
        chosen = getattr(self.preferences, name)
        if chosen:
            return chosen
        return self.site.defaults.get(name, BUILT_IN[name])

    def is_locked(self, name: str) -> bool:
        return name in self.site.locked

    def choose(self, name: str, value: Any) -> bool:
        """Remember the person's choice; False (and nothing changes) when the office has locked it."""
        if self.is_locked(name):
            return False
        setattr(self.preferences, name, value)
        return True

    @classmethod
    def load(cls, path: Path | None = None, site: SiteConfig | None = None) -> Settings:
        """The user's settings on top of the site configuration (read from the usual places when not given)."""
        settings = cls(path, site if site is not None else load_site_config())
        try:
            data = json.loads(settings.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return settings  # missing or damaged: start from defaults
        if isinstance(data, dict):
            settings.preferences = _load(Preferences, data.get("preferences"))
            settings.ui = _load(UiState, data.get("ui"))
        return settings

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": VERSION, "preferences": _values(self.preferences), "ui": _values(self.ui)}
        atomic_write_bytes(self.path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))

    def add_recent(self, case_path: str | os.PathLike[str]) -> None:
        path = str(Path(case_path).resolve())
        self.ui.recent_cases = [path, *(p for p in self.ui.recent_cases if p != path)][:MAX_RECENT]
        self.ui.last_folder = str(Path(path).parent)


def _values(record: Any) -> dict[str, Any]:
    return dataclasses.asdict(record)


def _load(cls: type, data: Any) -> Any:
    """Take each known value whose type matches the default's; ignore everything else."""
    instance = cls()
    if not isinstance(data, dict):
        return instance
    for declared in dataclasses.fields(cls):
        value = data.get(declared.name)
        default = getattr(instance, declared.name)
        if isinstance(value, type(default)) and not (isinstance(value, bool) and not isinstance(default, bool)):
            if isinstance(value, list):
                value = [item for item in value if isinstance(item, str)]
            setattr(instance, declared.name, value)
    return instance
