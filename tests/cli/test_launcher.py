"""The `reklamera` entry point: what it does before handing over to the command line."""

import gc

import pytest

from reklamera import cli, launcher


def test_document_commands_are_commands() -> None:
    # A renamed command would quietly lose the faster start, or disable the collector for another command.
    assert launcher.DOCUMENT_COMMANDS.issubset(cli._COMMANDS)


@pytest.mark.parametrize(("argv", "collecting"), [
    (["letter", "missing.reklamera", "-o", "x.docx"], False),
    (["--lang", "sv", "escalate", "missing.reklamera", "-o", "x.docx"], False),
    (["check", "--country", "SE", "--delivered", "2026-01-05", "--discovered", "2026-03-01"], True),
])
def test_collector_off_only_for_one_document(argv, collecting, monkeypatch, capsys) -> None:
    calls: list[str] = []
    monkeypatch.setattr(gc, "disable", lambda: calls.append("disable"))
    launcher._start(argv)
    assert (calls == []) is collecting
    capsys.readouterr()
