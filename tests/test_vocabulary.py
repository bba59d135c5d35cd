"""Every choice is declared once, in reklamera.vocabulary, with its words: a module that spells out a choice's
values again (a tuple of channels, a dict keyed by refusals …) fails here."""

from __future__ import annotations

import ast
from enum import StrEnum
from pathlib import Path

import pytest

from reklamera import vocabulary

SOURCE = Path(vocabulary.__file__).parent
CHOICES = {name: {member.value for member in value}
           for name, value in vars(vocabulary).items()
           if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum}
WORDS = {name: value for name, value in vars(vocabulary).items() if name.endswith("_WORDS")}


def literal_strings(node: ast.AST) -> set[str] | None:
    """The strings of a tuple, list or set literal, or of a dict literal's keys (None if not all strings)."""
    items = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", None)
    if not items or not all(isinstance(item, ast.Constant) and isinstance(item.value, str) for item in items):
        return None
    return {item.value for item in items}


def restated_choices(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
            continue
        strings = literal_strings(node)
        if not strings or len(strings) < 3:
            continue
        for name, values in CHOICES.items():
            if strings <= values:
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno} restates {name}: {sorted(strings)}")
    return found


def test_no_module_restates_a_choice() -> None:
    problems = [problem for path in sorted(SOURCE.rglob("*.py")) if path.name != "vocabulary.py"
                for problem in restated_choices(path)]
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_restated_choice(tmp_path: Path) -> None:
    module = tmp_path / "page.py"
    module.write_text('CHANNELS = ("phone", "email", "letter")\n', encoding="utf-8")
    global SOURCE
    saved, SOURCE = SOURCE, tmp_path
    try:
        assert restated_choices(module) == ["page.py:1 restates ContactChannel: ['email', 'letter', 'phone']"]
    finally:
        SOURCE = saved


@pytest.mark.parametrize("name", sorted(WORDS))
def test_every_member_has_its_words(name: str) -> None:
    table = WORDS[name]
    choice = type(next(iter(table)))
    members = [member for member in choice if name != "REGISTER_COLUMN_WORDS" or member != "updated_at"]
    assert list(table) == members, f"{name} must list every {choice.__name__} in declaration order"


def test_the_file_format_and_the_command_line_take_their_choices_from_the_vocabulary() -> None:
    import dataclasses
    import typing

    from reklamera import case
    from reklamera.cli import build_parser

    hints = typing.get_type_hints(case.Event)
    assert {hints[f.name] for f in dataclasses.fields(case.Event) if f.name in ("kind", "channel")} == {
        vocabulary.EventKind, vocabulary.SendChannel}
    parser = build_parser()
    followup = next(action for action in parser._subparsers._group_actions[0].choices["followup"]._actions
                    if "--kind" in action.option_strings)
    assert followup.help == ", ".join(vocabulary.values(vocabulary.FollowUpKind))
