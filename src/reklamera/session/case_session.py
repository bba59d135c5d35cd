"""CaseSession: the case being edited, the day it is judged on, the settings and the office's site, and
everything derived from them — the one source of truth the wizard, the command line and the self-test share.

Qt-free. Edits go through :meth:`CaseSession.edit` (or :meth:`CaseSession.touch` after changing the case in
place); each bumps ``revision`` and tells the listeners, and the derived state is computed again on first use."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reklamera.case import REPLY_DAYS, Case, Evidence, case_from_bytes, read_case_file
from reklamera.errors import InputError
from reklamera.i18n import N_
from reklamera.session.derived import Derived
from reklamera.session.steps import Step, step_problems
from reklamera.settings import Settings

if TYPE_CHECKING:
    from reklamera.letter.content import LetterContent  # only the letters need it, not the first page
    from reklamera.rules.model import Assessment

Listener = Callable[[int], None]


CONFLICT = N_("another desk saved this case in the meantime, so the shared file was left as they saved it. Your "
             "version is kept in {copy}. Open the case again to see their changes, then make yours.")
FILE_SAVED = N_("Your case file is saved.")


@dataclass(frozen=True)
class SaveResult:
    """Where the case was saved, and what happened to the office register: ``register_problem`` is None when the
    register was updated (or is not used), else the reason — the case file is saved either way, except on a
    ``conflict``: then the file another desk saved is left alone and this desk's version is in ``kept_copy``."""

    path: Path
    register_problem: InputError | None = None
    conflict: bool = False  # another desk saved this case (or its file) since it was opened here
    kept_copy: Path | None = None  # on a conflict: where this desk's version was written instead

    @property
    def title(self) -> str:
        """The dialog's title for ``register_problem`` (an English template: translate it)."""
        return N_("Another desk saved this case") if self.conflict else N_("The register was not updated")

    def message(self, gettext: Callable[[str], str] = str) -> str:
        """What the user is told about ``register_problem``, in one message."""
        if self.register_problem is None:
            return ""
        text = self.register_problem.localized(gettext)
        return text if self.conflict else text + "\n" + gettext(FILE_SAVED)


class CaseWriteError(OSError):
    """The case file could not be written for a reason other than the file system (a value that cannot be
    encoded, say): an OSError like the others, so every caller that reports a failed save reports this too."""

    def __init__(self, reason: str) -> None:
        super().__init__(0, reason)


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
        self._evidence_hashes: dict[tuple[str, int, int, int], str] = {}  # evidence files read: (stat) -> SHA-256
        self._saved = self._case.to_dict()  # what "unsaved changes" are measured against
        self.register_revision: int | None = None  # the register's revision of this case that this desk read
        self._register: Any = None
        self.register = register  # the office register (opened by the caller on first use), or None
        # What the file held when this desk read or wrote it: another desk's save since then is a conflict.
        # The bytes themselves (a case file is at most a few hundred kB): an exact comparison, no hashing.
        self._file_bytes = _bytes_of(self.path) if self.path and case is not None else None

    @property
    def register(self) -> Any:
        return self._register

    @register.setter
    def register(self, register: Any) -> None:
        """Attach the office register; the revision of the case is read now (a case given with the session)."""
        self._register = register
        if register is not None and self._case.id:
            self._read_revision()

    def _read_revision(self) -> None:
        from reklamera.register.store import RegisterError

        try:
            self.register_revision = self._register.revision(self._case.id)
        except RegisterError:
            self.register_revision = None  # unknown: a row found on saving is then a conflict (the safe side)

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
        days = self.settings.value("reply_days")
        # A preference saved by an older version may be below today's minimum: a new case starts within bounds.
        case.reply_days = days if days in REPLY_DAYS else max(REPLY_DAYS.minimum, min(days, REPLY_DAYS.maximum))
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
        self._file_bytes = None
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

    def letter(self, language: str | None = None, *, reply_days: int | None = None,
               also_language: str | None = None) -> LetterContent:
        """The complaint letter, dated the complaint day. Raises InputError naming what is missing.
        ``also_language``: the same letter in that language after it, on a new page (a cross-border purchase)."""
        from reklamera.letter.compose import compose

        def write(chosen: str | None) -> LetterContent:
            return compose(self._case, self._assessment(), chosen, reply_days=reply_days, office=self._office())

        return self._bilingual(write, language, also_language)

    def _bilingual(self, write: Callable[[str | None], LetterContent], language: str | None,
                   also_language: str | None) -> LetterContent:
        from reklamera.letter.bilingual import check_second_language, with_translation

        check_second_language(language or self._case.language, also_language)
        letter = write(language)
        return with_translation(letter, write(also_language)) if also_language else letter

    def letter_advice(self) -> list[InputError]:
        """What the letter's recipient will miss (no order number, no seller address or e-mail, no receipt among
        the attachments, a defect in a few words, a reply time below the minimum): advice, never a block. Each
        names its field; show it with ``error.reason(gettext)`` or ``error.localized(gettext)``."""
        from reklamera.letter.completeness import advice

        return advice(self._case)

    def followup_problem(self, kind: str) -> InputError | None:
        """Why the follow-up of ``kind`` cannot be written today (the wizard disables its button and shows this),
        or None: no reminder before the reply deadline has passed or once the seller has answered, no answer
        before an answer is recorded, nothing once the case is closed."""
        from reklamera.letter.followup import followup_problem

        return followup_problem(self._case, kind, self.today)

    def followup(self, kind: str, language: str | None = None, *, also_language: str | None = None) -> LetterContent:
        """A reminder or an answer to a refusal (vocabulary.FollowUpKind), dated today. Raises InputError (see
        :meth:`followup_problem`) when the case does not allow it. ``also_language`` as for :meth:`letter`."""
        from reklamera.letter.followup import compose_followup

        def write(chosen: str | None) -> LetterContent:
            return compose_followup(self._case, kind, chosen, today=self.today, office=self._office())

        return self._bilingual(write, language, also_language)

    def escalation(self, language: str | None = None, *, also_language: str | None = None) -> LetterContent:
        """The case summary for the country's dispute body, dated today; ``also_language`` as for :meth:`letter`."""
        from reklamera.letter.escalation import compose_escalation

        self._assessment()  # the same clear error as the letter when the case cannot be assessed

        def write(chosen: str | None) -> LetterContent:
            return compose_escalation(self._case, chosen, today=self.today, office=self._office(),
                                      check=self.derived.eligibility)

        return self._bilingual(write, language, also_language)

    def handout(self, language: str | None = None) -> LetterContent:
        """The one-page "what happens next" handout, in ``language`` (default: the case's letter language)."""
        from reklamera.next_steps import handout_content

        return handout_content(self._case, self._assessment(), language or self._case.language, self.today)

    def _assessment(self) -> Assessment:
        derived = self.derived
        if derived.assessment is None:
            assert derived.problem is not None
            raise derived.problem
        return derived.assessment

    # --- evidence ---------------------------------------------------------------------------------------
    def add_evidence(self, path: str | os.PathLike[str], note: str = "") -> Evidence:
        """Log the file at ``path`` as the next evidence item (E1, E2 …), added today: its SHA-256, size, dates and
        ``note`` (what it shows). Stored relative to the case file's folder when it is inside it. InputError when
        the file cannot be read, the log is full or the note too long (the case is then unchanged)."""
        from reklamera import evidence

        item = evidence.add(self._case, path, note, self.path, self.today)
        self.touch()
        return item

    def evidence_problems(self) -> list[InputError]:
        """The evidence files that are missing or no longer the ones logged, checked against the case file's
        folder (each names its item: "E1 receipt.pdf: the file is no longer the one logged on …"). The files can
        change without the case changing, so each call looks again: a stat per file, and a file is read again
        only when its size, modification time or inode changed since it was last read."""
        if not self._case.evidence:
            return []  # nothing to check, and hashlib (OpenSSL) is not worth loading for it
        from reklamera import evidence

        return evidence.problems(self._case, self.path, hashes=self._evidence_hashes)

    # --- files ------------------------------------------------------------------------------------------
    def open(self, path: str | os.PathLike[str]) -> None:
        """Read a case file (InputError naming the file and field when it is bad); the session then holds it."""
        from reklamera.storage import remove_stale_temp_files

        remove_stale_temp_files(Path(path).parent)  # what a session killed while saving here left behind
        raw = read_case_file(path)
        case = case_from_bytes(raw, Path(path).name)
        self.replace(case, path)
        self._file_bytes = raw
        if self.register is not None and case.id:
            self._read_revision()

    def save(self, path: str | os.PathLike[str] | None = None) -> SaveResult:
        """Save the case: check first, then write. With the office register, the register's revision is checked
        and the file written while the case is locked there; the register row follows in the same transaction.

        A conflict (another desk saved the case, or the file, since this desk read it) never writes the file:
        this desk's version is kept beside it ("case (desk copy 2026-12-02 1412).reklamera") and the result
        says where. OSError when the file cannot be written (nothing is then changed); a register problem is
        reported in the result, never raised — the case file is saved without it."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("a new case needs a path to be saved to")
        if self.register is not None and not self._case.id:
            import uuid  # on first save only: uuid brings platform along

            self._case.id = uuid.uuid4().hex  # the case's identity in the office register
        if self._case.evidence and (self.path is None or not _same_file(target, self.path)):
            from reklamera import evidence

            evidence.relocate(self._case, self.path, target)  # the log keeps finding its files from there
        data = self._encoded()
        from reklamera.storage import remove_stale_temp_files

        remove_stale_temp_files(target.parent if str(target.parent) else Path("."))
        written = False

        def check_and_write(current: int | None = None, *, registered: bool = True) -> None:
            nonlocal written
            if (registered and current != self.register_revision) or self._file_changed(target):
                raise _ConflictError
            save_bytes(data, target)
            written = True

        problem: InputError | None = None
        try:
            if self.register is None:
                check_and_write(registered=False)
            else:
                from reklamera.register.store import RegisterError

                try:
                    self.register_revision = self.register.save(
                        self._case, str(target), expected_revision=self.register_revision, today=self.today,
                        before_write=check_and_write, lock=(target.name.casefold(),))
                except RegisterError as error:  # the database failed: the case file is saved all the same
                    problem = error
                    if not written:
                        check_and_write(registered=False)
                except InputError as error:  # a ConflictError of the register itself, after the check
                    if not written:
                        raise _ConflictError from None
                    problem = error
        except _ConflictError:
            return self._keep_copy(target, data)
        self.path = target
        self._saved = self._case.to_dict()
        self._file_bytes = data
        return SaveResult(target, problem)

    def _encoded(self) -> bytes:
        try:
            return self._case.to_json().encode("utf-8")
        except (ValueError, TypeError) as error:  # a lone surrogate typed or pasted in, a value JSON cannot hold
            raise CaseWriteError(str(error)) from None

    def _file_changed(self, target: Path) -> bool:
        """Whether the file at ``target`` is not the one this desk read or wrote (another desk saved it)."""
        if self._file_bytes is None or self.path is None or not _same_file(target, self.path):
            return False
        current = _bytes_of(target)
        return current is not None and current != self._file_bytes

    def _keep_copy(self, target: Path, data: bytes) -> SaveResult:
        """This desk's version beside the shared file, under a name no one uses yet."""
        from reklamera.storage import TargetExistsError, atomic_write_bytes

        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M")
        for number in range(1, 1000):
            tail = f" (desk copy {stamp}{'' if number == 1 else f' {number}'}){target.suffix}"
            stem = target.stem.encode("utf-8", "surrogateescape")[:255 - len(tail.encode())]
            copy = target.with_name(stem.decode("utf-8", "ignore") + tail)
            try:
                atomic_write_bytes(copy, data, overwrite=False)
            except TargetExistsError:
                continue
            break
        else:  # pragma: no cover - a thousand copies in one minute
            raise CaseWriteError(f"{target.name}: no free name for a copy")
        self._saved = self._case.to_dict()  # nothing is lost: the user is told where it is
        error = InputError("", CONFLICT, copy=str(copy))
        return SaveResult(target, error, conflict=True, kept_copy=copy)


class _ConflictError(Exception):
    """Raised inside the register's transaction to leave the shared file alone (and roll the row back)."""


def save_bytes(data: bytes, target: Path) -> None:
    from reklamera.storage import atomic_write_bytes

    atomic_write_bytes(target, data)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _bytes_of(path: Path) -> bytes | None:
    """A case file as it is now; None when there is none (or it cannot be read as one)."""
    try:
        return read_case_file(path)
    except InputError:
        return None
