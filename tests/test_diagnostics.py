"""The diagnostic log (issue 15): rotating, in the user's log folder, set up only by the app's entry points, cheap
for `reklamera check`, and without personal data in what it writes."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reklamera import diagnostics


@pytest.fixture(autouse=True)
def no_log_left_open():
    diagnostics.shutdown()
    yield
    diagnostics.shutdown()


def test_the_log_rotates_at_a_megabyte_keeping_three(tmp_path: Path) -> None:
    assert diagnostics.setup("cli", tmp_path) == tmp_path / "reklamera.log"
    handler = next(h for h in logging.getLogger("reklamera").handlers
                   if isinstance(h, logging.handlers.RotatingFileHandler))
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 3)
    assert logging.getLogger("reklamera").propagate is False
    for n in range(25_000):  # about 1.4 MB
        diagnostics.event("page", name="purchase", n=n)
    assert (tmp_path / "reklamera.log.1").exists()
    assert all(path.stat().st_size <= 1_000_000 for path in tmp_path.glob("reklamera.log*"))


def test_setup_once_and_the_start_line(tmp_path: Path) -> None:
    diagnostics.setup("gui", tmp_path)
    diagnostics.setup("gui", tmp_path / "other")
    text = (tmp_path / "reklamera.log").read_text(encoding="utf-8")
    assert text.count(" start interface=gui version=") == 1 and " system=" in text
    assert not (tmp_path / "other").exists()


def test_the_default_folder_is_the_users_log_folder(user_dirs: Path) -> None:
    assert diagnostics.log_folder().is_relative_to(user_dirs)
    assert diagnostics.setup("cli") == diagnostics.log_folder() / "reklamera.log"


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert diagnostics.setup("gui", blocked / "log") is None
    diagnostics.event("page", name="start")  # goes nowhere, quietly


def test_nothing_is_logged_before_setup(tmp_path: Path) -> None:
    diagnostics.event("page", name="start")
    diagnostics.failure("fault", ValueError("x"))
    assert diagnostics._handler is None and not [h for h in logging.getLogger("reklamera").handlers
                                                 if isinstance(h, logging.FileHandler | logging.NullHandler)]


def test_values_stay_on_one_line(tmp_path: Path) -> None:
    diagnostics.setup("cli", tmp_path)
    diagnostics.event("command", name="letter\nreklamera: all good", kind="a b")
    lines = (tmp_path / "reklamera.log").read_text(encoding="utf-8").splitlines()
    assert lines[-1].endswith(r"command name=letter\nreklamera:_all_good kind=a_b")


def test_a_traceback_without_messages_or_home_folder() -> None:
    secret = "Annika Personsdotter"
    try:
        try:
            {}["x"]
        except KeyError as inner:
            raise ValueError(secret) from inner
    except ValueError as error:
        text = diagnostics.traceback_text(error)
        details = diagnostics.details(error, page="defect")
    assert secret not in text and secret not in details
    assert text.count("Traceback (most recent call last):") == 2 and "which caused:" in text
    assert text.endswith("ValueError") and "\nKeyError\n" in text
    assert "test_diagnostics.py" in text and str(Path.home()) not in details
    assert "page: defect" in details and details.startswith("reklamera ")


@pytest.mark.parametrize(("path", "kind"), [("/home/anna/Anna Svensson.reklamera", ".reklamera"),
                                             ("brev.DOCX", ".docx"), ("noname", "none"), (None, "none"),
                                             ("x.a b", "other")])
def test_a_file_is_logged_by_its_kind(path, kind) -> None:
    assert diagnostics.file_kind(path) == kind


def test_package_paths_are_shortened() -> None:
    assert diagnostics._short("/home/anna/.venv/lib/python3.11/site-packages/PySide6/x.py") == "PySide6/x.py"
    assert diagnostics._short("/home/anna/code/src/reklamera/ui/wizard.py") == "reklamera/ui/wizard.py"
    assert diagnostics._short(os.path.join(os.path.dirname(os.__file__), "json", "decoder.py")) == \
        "python/json/decoder.py"


def test_check_json_starts_without_logging(tmp_path: Path) -> None:
    """benchmarks/check_cli.py's path: neither logging nor the module that sets it up is imported."""
    code = ("import sys; from reklamera.cli import main; "
            "main(['check', '--country', 'SE', '--delivered', '2025-03-14', '--discovered', '2026-01-10', '--json']);"
            "print(sorted(m for m in sys.modules if m.startswith('logging')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_importing_the_module_sets_nothing_up() -> None:
    code = "import sys, reklamera.diagnostics; print('logging' in sys.modules, 'PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_a_fault_in_a_command_goes_to_the_log_without_its_values(monkeypatch, capsys) -> None:
    from reklamera import cli

    secret = "Annika Personsdotter"

    def broken(_args):
        raise RuntimeError(secret)

    monkeypatch.setattr(cli, "_check", broken)
    assert cli.main(["check", "--country", "SE", "--delivered", "2025-03-14", "--discovered", "2026-01-10"]) == 1
    err = capsys.readouterr().err
    log = diagnostics.log_folder() / diagnostics.FILE_NAME
    assert "unexpected error: RuntimeError" in err
    text = log.read_text(encoding="utf-8")
    assert " start interface=cli " in text and " failed command=check" in text and "in broken" in text
    assert "Annika" not in text and "2025-03-14" not in text
