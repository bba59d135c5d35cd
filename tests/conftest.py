"""Test set-up for the whole suite: headless Qt, user folders in tmp_path, GUI tests marked automatically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline: the first example of a property pays for loading data (the holiday tables take a few
# hundred milliseconds on a busy machine), and Hypothesis would report that as a flaky failure. The properties
# test what the code answers, not how fast; speed has its own benchmarks.
settings.register_profile("reklamera", deadline=None)
settings.load_profile("reklamera")

# Headless by default; `pytest --onscreen` shows real windows for debugging.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="reklamera-test-home-"))
_USER_DIR_VARIABLES = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "data",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
    "XDG_RUNTIME_DIR": "runtime",
    "APPDATA": "appdata",
    "LOCALAPPDATA": "localappdata",
}


def _point_user_dirs_at(root: Path, setenv) -> None:
    for variable, name in _USER_DIR_VARIABLES.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        setenv(variable, str(folder))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows instead of rendering offscreen")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Even session-wide objects (the QApplication) must never see the real home folder.
    _point_user_dirs_at(_SESSION_HOME, os.environ.__setitem__)
    os.environ.pop("REKLAMERA_LANG", None)
    os.environ["LANGUAGE"] = "en"


def pytest_sessionstart(session: pytest.Session) -> None:
    from reklamera.catalogs import compile_catalogs

    compile_catalogs()  # tests read the compiled catalogs; a .po edited since the last build counts


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every user folder (home, config, data, cache) points into a fresh temporary folder for this test."""
    root = tmp_path_factory.mktemp("user")
    _point_user_dirs_at(root, monkeypatch.setenv)
    return root


@pytest.fixture()
def data_dir() -> Path:
    return Path(__file__).parent / "data"
