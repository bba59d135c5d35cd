"""A real SQLite file and a real PostgreSQL server (a throw-away cluster on 127.0.0.1) for the register."""

from __future__ import annotations

from pathlib import Path

import pytest

from reklamera.register.store import Register
from tests.register import pgcluster


@pytest.fixture(scope="session")
def postgres_url():
    if not pgcluster.available():
        pytest.skip("PostgreSQL is not installed (make test installs Debian's postgresql package as root)")
    with pgcluster.cluster() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request, tmp_path: Path):
    if request.param == "sqlite":
        store = Register.sqlite(tmp_path / "register.sqlite")
    else:
        store = Register(request.getfixturevalue("postgres_url"))
        with store.engine.begin() as connection:  # each test starts from an empty table
            connection.exec_driver_sql("DELETE FROM cases")
    yield store
    store.close()
