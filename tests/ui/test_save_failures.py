"""Every way a save or an autosave can fail reaches the user once, with the reason (issue 15): a lone surrogate
(which no UTF-8 file can hold) as well as a full disk."""

from __future__ import annotations

import json
from pathlib import Path

from reklamera.case import CaseError, load_case
from reklamera.samples import SAMPLE_CASE


def test_a_lone_surrogate_in_a_file_is_refused_on_opening(make_wizard, dialogs, tmp_path: Path) -> None:
    data = json.loads(SAMPLE_CASE.read_text(encoding="utf-8"))
    data["x_later"] = {"note": "\ud800"}
    path = tmp_path / "bad.reklamera"
    path.write_text(json.dumps(data), encoding="ascii")
    wizard = make_wizard()
    dialogs.answers.append(str(path))
    assert not wizard.open_case()
    kind, (_title, text) = dialogs.calls[-1]
    assert kind == "error" and "x_later.note: contains a character that is not text (U+D800)" in text


def test_autosave_and_save_failures_reach_the_user_once_with_the_reason(make_wizard, dialogs, tmp_path) -> None:
    wizard = make_wizard(load_case(SAMPLE_CASE))
    wizard.case.notes = "half a pair \ud800"  # past every check (pasted in): no UTF-8 file can hold it
    dialogs.calls.clear()
    assert wizard.autosave() is False
    assert wizard.autosave() is False  # the timer keeps trying, quietly
    errors = [args for kind, args in dialogs.calls if kind == "error"]
    assert len(errors) == 1 and errors[0][0] == "Autosave is not working" and "surrogate" in errors[0][1]
    dialogs.answers.append(str(tmp_path / "case.reklamera"))
    assert not wizard.save_case()
    kind, (title, text) = dialogs.calls[-1]
    assert kind == "error" and title == "The case was not saved" and "surrogate" in text
    assert not (tmp_path / "case.reklamera").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
    assert isinstance(wizard.case.check_value("notes"), CaseError)  # the notes field shows why, too
