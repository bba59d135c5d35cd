"""Autosave: the case being edited is written every few seconds to the user's data folder, and offered back
after a crash. A clean close removes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reklamera.case import Case, CaseError, load_case
from reklamera.storage import atomic_write_bytes, remove_stale_temp_files

INTERVAL_MS = 3000


class AutosaveError(OSError):
    """An autosave failed for a reason other than the file system; ``strerror`` is the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(0, reason)


@dataclass(frozen=True)
class Leftover:
    """What a session that did not close cleanly left behind."""

    case: Case
    case_path: str | None
    saved_at: str  # ISO, local time
    page: str  # the page the person was on ("" when not known)


class Autosave:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.case_file = folder / "autosave.reklamera"
        self.info_file = folder / "autosave.json"
        self.last_written = ""

    def write(self, case: Case, case_path: str | None, page: str = "") -> bool:
        """Write when the case or the page changed since the last autosave; True when something was written.
        ``page`` is the page the person is on, so a recovery brings them back to it. Every failure is an
        OSError with the reason (a full disk, or a value no file can hold such as a lone surrogate), so the
        wizard tells the user once, whatever it was."""
        try:
            return self._write(case, case_path, page)
        except OSError:
            raise
        except Exception as error:  # any failure must reach the user, and never stop the timer
            raise AutosaveError(f"{type(error).__name__}: {error}") from error

    def _write(self, case: Case, case_path: str | None, page: str) -> bool:
        text = case.to_json()
        if text + page == self.last_written:
            return False
        self.folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(self.folder)  # what a session killed in the middle of a save left behind
        atomic_write_bytes(self.case_file, text.encode("utf-8"))  # what save_case writes, serialised once
        import json

        info = {"case_path": case_path, "saved_at": dt.datetime.now().isoformat(timespec="seconds"), "page": page}
        atomic_write_bytes(self.info_file, json.dumps(info).encode("utf-8"))
        self.last_written = text + page
        return True

    def read(self) -> Leftover | None:
        """The case left behind by a session that did not close cleanly, or None."""
        remove_stale_temp_files(self.folder)  # the next start cleans up after a killed session
        if not self.case_file.exists():
            return None
        try:
            case = load_case(self.case_file)
        except CaseError:
            return None  # a damaged leftover is worth nothing; it will be overwritten
        import json

        try:
            info = json.loads(self.info_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        if not isinstance(info, dict):
            info = {}
        return Leftover(case, info.get("case_path") if isinstance(info.get("case_path"), str) else None,
                        str(info.get("saved_at", "")), str(info.get("page", "")))

    def clear(self) -> None:
        for path in (self.case_file, self.info_file):
            path.unlink(missing_ok=True)
        self.last_written = ""
