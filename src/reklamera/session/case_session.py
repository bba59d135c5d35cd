"""CaseSession: the case being edited, the day it is judged on, the settings and the office's site, and
everything derived from them — the one source of truth the wizard, the command line and the self-test share.

Qt-free. Edits go through :meth:`CaseSession.edit` (or :meth:`CaseSession.touch` after changing the case in
place); each bumps ``revision`` and tells the listeners, and the derived state is computed again on first use."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reklamera.case import Case, load_case, save_case
from reklamera.errors import InputError
from reklamera.letter.content import LetterContent
from reklamera.rules.model import Assessment
from reklamera.session.derived import Derived
from reklamera.session.steps import Step, step_problems
from reklamera.settings import Settings

Listener = Callable[[int], None]


@dataclass(frozen=True)
class SaveResult:
    """Where the case was saved, and what happened to the office register: ``register_problem`` is None when the
    register was updated (or is not used), else the reason — the case file is saved either way."""

    path: Path
    register_problem: InputError | None = None
    conflict: bool = False  # another desk saved this case in the register since it was opened here


class CaseSession:
    def __init__(self, case: Case | None = None, *, settings: Settings | None = None, today: dt.date | None = None,
                 path: str | os.PathLike[str] | None = None, register: Any = None) -> None:
        self.settings = settings or Settings()
        self._today = today  # tests and demonstrations; None means the real date, read on each use
        self._case = case or self.blank_case()
        self.path = Path(path) if path else None
        self.revision = 0
        self._listeners: list[Listener] = []
        self._derived: Derived | None = None
        self._saved = self._case.to_dict()  # what "unsaved changes" are measured against
        self.register = register  # the office register (opened by the caller on first use), or None
        self.register_revision: int | None = None  # the register's revision of this case that this desk read

    # --- state ------------------------------------------------------------------------------------------
    @property
    def case(self) -> Case:
        return self._case

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def blank_case(self) -> Case:
        """A new case with the office's and the person's defaults (country, letter language, reply days)."""
        case = Case.new(self.settings.value("country"))
        case.language = self.settings.value("letter_language") or case.language
        case.reply_days = self.settings.value("reply_days")
        return case

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(revision)`` after every change; returns the function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def edit(self, path: str, value: Any) -> None:
        """Set one value of the case ("product.price") and tell everyone, unless it is unchanged."""
        if self._case.get(path) == value and type(self._case.get(path)) is type(value):
            return
        self._case.set(path, value)
        self.touch()

    def touch(self) -> None:
        """The case was changed in place (a table of contacts, several fields at once)."""
        self.revision += 1
        self._derived = None
        for listener in list(self._listeners):
            listener(self.revision)

    def replace(self, case: Case, path: str | os.PathLike[str] | None = None, *, saved: bool = True) -> None:
        """Another case: opened, restored after a crash, or new. ``saved``: whether it equals its file."""
        self._case = case
        self.path = Path(path) if path else None
        self._saved = case.to_dict() if saved else {}
        self.register_revision = None
        self.touch()

    @property
    def dirty(self) -> bool:
        return self._case.to_dict() != self._saved

    # --- derived ----------------------------------------------------------------------------------------
    @property
    def derived(self) -> Derived:
        today = self.today
        if self._derived is None or self._derived.today != today:
            self._derived = Derived(self._case, today)
        return self._derived

    def problems(self, step: Step, candidates: dict[str, Any] | None = None) -> dict[str, InputError]:
        """What stops ``step`` (field path -> problem); ``candidates`` are typed values not yet stored."""
        return step_problems(self._case, step, self.today, candidates)

    # --- actions ----------------------------------------------------------------------------------------
    def _office(self) -> str:
        return self.settings.site.letter_line()

    def letter(self, language: str | None = None, *, reply_days: int | None = None) -> LetterContent:
        """The complaint letter, dated the complaint day. Raises InputError naming what is missing."""
        from reklamera.letter.compose import compose

        return compose(self._case, self._assessment(), language, reply_days=reply_days, office=self._office())

    def followup_problem(self, kind: str) -> InputError | None:
        """Why the follow-up of ``kind`` cannot be written today (the wizard disables its button and shows this),
        or None: no reminder before the reply deadline has passed or once the seller has answered, no answer
        before an answer is recorded, nothing once the case is closed."""
        from reklamera.letter.followup import followup_problem

        return followup_problem(self._case, kind, self.today)

    def followup(self, kind: str, language: str | None = None) -> LetterContent:
        """A reminder or an answer to a refusal (vocabulary.FollowUpKind), dated today. Raises InputError (see
        :meth:`followup_problem`) when the case does not allow it."""
        from reklamera.letter.followup import compose_followup

        return compose_followup(self._case, kind, language, today=self.today, office=self._office())

    def escalation(self, language: str | None = None) -> LetterContent:
        """The case summary for the country's dispute body, dated today."""
        from reklamera.letter.escalation import compose_escalation

        self._assessment()  # the same clear error as the letter when the case cannot be assessed
        return compose_escalation(self._case, language, today=self.today, office=self._office(),
                                  check=self.derived.eligibility)

    def handout(self, language: str | None = None) -> LetterContent:
        """The one-page "what happens next" handout, in ``language`` (default: the case's letter language)."""
        from reklamera.next_steps import handout_content

        return handout_content(self._case, self._assessment(), language or self._case.language)

    def _assessment(self) -> Assessment:
        derived = self.derived
        if derived.assessment is None:
            assert derived.problem is not None
            raise derived.problem
        return derived.assessment

    # --- files ------------------------------------------------------------------------------------------
    def open(self, path: str | os.PathLike[str]) -> None:
        """Read a case file (InputError naming the file and field when it is bad); the session then holds it."""
        case = load_case(path)
        self.replace(case, path)
        if self.register is not None and case.id:
            self.register_revision = self.register.revision(case.id)

    def save(self, path: str | os.PathLike[str] | None = None) -> SaveResult:
        """Write the case file atomically, then keep the office register in step. OSError when the file cannot
        be written (nothing is then changed); a register problem is reported in the result, never raised."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("a new case needs a path to be saved to")
        if self.register is not None and not self._case.id:
            self._case.id = uuid.uuid4().hex  # the case's identity in the office register
        save_case(self._case, target)
        self.path = target
        self._saved = self._case.to_dict()
        return SaveResult(target, *self._save_to_register(target))

    def _save_to_register(self, path: Path) -> tuple[InputError | None, bool]:
        if self.register is None:
            return None, False
        from reklamera.register.store import ConflictError

        try:
            self.register_revision = self.register.save(self._case, str(path),
                                                         expected_revision=self.register_revision,
                                                         today=self.today)
        except ConflictError as error:
            return error, True
        except InputError as error:
            return error, False
        return None, False
