"""kill -9 in the middle of saves (issue 15): the case file is never torn, and the temp files the killed
processes left are gone after the next start in that folder."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reklamera.case import load_case
from reklamera.session import CaseSession
from reklamera.storage import TEMP_PREFIX

KILLS = 48

# A fork server: imports once, then on each line from the parent forks a child that saves the case over and over
# (a large note, so that the kill often lands inside a write), and prints the child's pid.
SERVER = textwrap.dedent("""
    import os, sys
    from reklamera.case import load_case
    from reklamera.samples import SAMPLE_CASE
    from reklamera.session import CaseSession
    target = sys.argv[1]
    print("ready", flush=True)
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            session = CaseSession(load_case(SAMPLE_CASE))
            n = 0
            while True:
                n += 1
                session.edit("notes", f"save {n} " + "x" * 40000)
                session.save(target)
        print(pid, flush=True)
        os.waitpid(pid, 0)
""")


@pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL")
def test_kill_9_during_saves_never_tears_the_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "case.reklamera"
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(target)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=tmp_path)
    assert server.stdin is not None and server.stdout is not None
    try:
        assert server.stdout.readline().strip() == "ready"
        rng = random.Random(15)
        for _ in range(KILLS):
            server.stdin.write("go\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            time.sleep(rng.uniform(0.005, 0.06))
            os.kill(pid, signal.SIGKILL)
            if target.exists():  # whatever moment the kill came, the file is a whole case
                assert load_case(target).notes.startswith("save ")
    finally:
        server.stdin.close()
        server.wait(30)
        server.stdout.close()
    left = [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
    print(json.dumps({"kills": KILLS, "temp files left by the kills": len(left)}))
    for path in left:  # the next start comes more than a minute later
        os.utime(path, (time.time() - 120, time.time() - 120))
    CaseSession().open(target)
    assert [p.name for p in tmp_path.iterdir()] == ["case.reklamera"]


def test_a_temp_file_of_a_running_process_or_a_recent_one_is_kept(tmp_path: Path) -> None:
    from reklamera.storage import remove_stale_temp_files

    mine = tmp_path / f"{TEMP_PREFIX}{os.getpid()}-abc.tmp"
    recent = tmp_path / f"{TEMP_PREFIX}999999999-abc.tmp"
    other = tmp_path / "notes.tmp"
    for path in (mine, recent, other):
        path.write_text("x")
    os.utime(mine, (time.time() - 120, time.time() - 120))
    os.utime(other, (time.time() - 120, time.time() - 120))
    assert remove_stale_temp_files(tmp_path) == 0
    assert remove_stale_temp_files(tmp_path, now=time.time() + 120) == 1  # the dead pid's, a minute on
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, other.name])
