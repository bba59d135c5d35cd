"""A real SQLite file and a real PostgreSQL server (a throw-away cluster on 127.0.0.1) for the register."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from reklamera.register.store import Register


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url():
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not binaries:
        pytest.skip("PostgreSQL is not installed (make test installs Debian's postgresql package as root)")
    bindir = Path(binaries[-1]).parent
    root = Path(tempfile.mkdtemp(prefix="reklamera-pg-"))
    run_as = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: the package's own user runs the cluster
        shutil.chown(root, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()
    subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                    "--no-sync"], check=True, capture_output=True, timeout=120)
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log"),
                    "-o", f"-h 127.0.0.1 -p {port} -k {root} -F", "start"], check=True, capture_output=True,
                   timeout=120)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


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
