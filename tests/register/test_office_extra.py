"""psycopg is the office's, not every consumer's (issue 15): an `office` extra, and a clear line without it."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from reklamera.errors import InputError
from reklamera.register.store import Register

ROOT = Path(__file__).resolve().parents[2]


def test_psycopg_is_in_the_office_extra_only() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(dependency.startswith("psycopg") for dependency in project["dependencies"])
    assert any(dependency.startswith("psycopg[binary]") for dependency in project["optional-dependencies"]["office"])
    assert "'.[test,office]'" in (ROOT / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")


def test_postgresql_without_the_driver_is_one_clear_error(monkeypatch) -> None:
    for name in [module for module in sys.modules if module == "psycopg" or module.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails, as without the extra
    with pytest.raises(InputError, match=r"driver is not installed .*reklamera\[office\]"):
        Register("postgresql+psycopg://postgres@127.0.0.1:1/postgres")
