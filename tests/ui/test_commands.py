"""The GUI commands of DESIGN.md: --self-test, screenshots, --quit-after-startup, `open` with a bad case."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reklamera.cli import main

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reklamera", *args], capture_output=True, text=True, env=ENV,
                          timeout=timeout)


@pytest.mark.slow
def test_self_test() -> None:
    result = run("--self-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test ok")


@pytest.mark.slow
def test_screenshots_of_every_page(tmp_path: Path) -> None:
    result = run("screenshots", str(tmp_path), "--lang", "fi")
    assert result.returncode == 0, result.stderr
    names = sorted(path.name for path in tmp_path.glob("*.png"))
    assert names == ["01-start.png", "02-purchase.png", "03-defect.png", "04-rights.png", "05-remedy.png",
                     "06-parties.png", "07-letter.png", "08-next.png", "09-followup.png"]
    assert all(path.stat().st_size > 5000 for path in tmp_path.glob("*.png"))


@pytest.mark.slow
def test_quit_after_startup() -> None:
    result = run("--quit-after-startup", timeout=60)
    assert result.returncode == 0, result.stderr


def test_open_with_a_broken_case_opens_the_window_that_says_why(tmp_path: Path, capsys) -> None:
    """A damaged file double-clicked in the file manager: the window opens and stays, explaining (test_files.py
    checks what it says and offers); a terminal also gets the one line. A file that does not exist is a typing
    error on the command line: one line, exit 2."""
    broken = tmp_path / "broken.reklamera"
    broken.write_bytes(b"\x00\x01")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": "",
           "XDG_DATA_HOME": "", "REKLAMERA_LANG": "en"}
    process = subprocess.Popen([sys.executable, "-m", "reklamera", "open", str(broken)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=4)  # still running: the window is up, waiting for the person
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert err.startswith("reklamera: broken.reklamera: is damaged at line 1, column 1\n")
    assert "Traceback" not in err
    assert main(["open", str(tmp_path / "nosuch.reklamera")]) == 2
    assert capsys.readouterr().err == "reklamera: nosuch.reklamera: no such file\n"


@pytest.mark.parametrize("lang, words", [("en", "no display"), ("sv", "ingen skärm"), ("fi", "näyttöä")])
def test_without_a_display_one_line_and_exit_2(lang: str, words: str) -> None:
    """A bare start on a server: one translated line naming xvfb-run, never Qt's abort about xcb-cursor."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-c", "import sys; from reklamera.launcher import main; sys.exit(main())"],
                            capture_output=True, text=True, env={**env, "REKLAMERA_LANG": lang}, timeout=60)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert words in result.stderr.lower() and "xvfb-run -a reklamera" in result.stderr
    assert "xcb" not in result.stderr and "Traceback" not in result.stderr


def test_display_rule() -> None:
    from reklamera.ui.app import display_missing

    assert display_missing({}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({}, "win32")


def test_open_a_good_case_while_the_site_configuration_has_a_problem(tmp_path: Path) -> None:
    """A site problem is printed for the administrator; the case the person opened still opens (a real start in a
    subprocess: Ctrl-C closes it normally, and the settings then list the case among the recent ones)."""
    import json
    import signal

    from reklamera import site
    from reklamera.case import load_case, save_case
    from reklamera.samples import SAMPLE_CASE

    path = tmp_path / "good.reklamera"
    save_case(load_case(SAMPLE_CASE), path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_STATE_HOME": str(tmp_path / "s"), "REKLAMERA_LANG": "en",
           site.ENVIRONMENT: str(tmp_path / "no-such-site.toml")}
    process = subprocess.Popen([sys.executable, "-m", "reklamera", "open", str(path)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=4)  # the window is up
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert "no-such-site.toml does not exist" in err and "Traceback" not in err
    settings = json.loads((tmp_path / "c" / "reklamera" / "settings.json").read_text(encoding="utf-8"))
    assert settings["ui"]["recent_cases"][0] == str(path.resolve())
