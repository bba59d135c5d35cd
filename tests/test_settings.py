"""Settings folders follow platformdirs exactly (our Linux fast path must never drift from it)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from reklamera.settings import user_config_dir, user_data_dir


@pytest.mark.parametrize("xdg", ["set", "empty", "unset"])
def test_folders_match_platformdirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str) -> None:
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        if xdg == "set":
            monkeypatch.setenv(variable, str(tmp_path / variable))
        elif xdg == "empty":
            monkeypatch.setenv(variable, "  ")
        else:
            monkeypatch.delenv(variable, raising=False)
    assert user_config_dir() == Path(platformdirs.user_config_dir("reklamera", appauthor=False))
    assert user_data_dir() == Path(platformdirs.user_data_dir("reklamera", appauthor=False))


def test_other_platforms_ask_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda *args, **kwargs: "C:/Users/a/AppData/Local/reklamera")
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: "C:/Users/a/AppData/Local/reklamera/d")
    assert user_config_dir() == Path("C:/Users/a/AppData/Local/reklamera")
    assert user_data_dir() == Path("C:/Users/a/AppData/Local/reklamera/d")
