"""What every page shares: the case session (the case, today, settings), the UI language and the dialog service."""

from __future__ import annotations

import datetime as dt

from reklamera.case import Case
from reklamera.session import CaseSession
from reklamera.settings import Settings
from reklamera.ui.dialogs import DialogService
from reklamera.ui.language import UiLanguage


def safe_file_name(text: str) -> str:
    """A file name from a subject line: no characters Windows or Linux refuse, not too long."""
    import re

    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", name)[:80] or "reklamera"


class WizardContext:
    """What the pages share besides the session: the UI language and the dialog service."""

    def __init__(self, session: CaseSession, language: UiLanguage, dialogs: DialogService) -> None:
        self.session, self.language, self.dialogs = session, language, dialogs

    @property
    def settings(self) -> Settings:
        return self.session.settings

    @property
    def case(self) -> Case:
        return self.session.case

    @property
    def today(self) -> dt.date:
        return self.session.today

    def gettext(self, message: str) -> str:
        return self.language.gettext(message)

    def format_date(self, day: dt.date) -> str:
        """A date as the UI language writes it in a sentence ("14 mars 2026")."""
        from reklamera.verdict import long_date_formatter

        return long_date_formatter(self.language.code)(day)

    def ask_save_path(self, title: str, name: str, suffix: str, name_filter: str) -> str | None:
        """Where to save: suggested as ``name`` in the last folder used; ``suffix`` always on the result, and the
        folder remembered for next time."""
        from pathlib import Path

        folder = Path(self.settings.ui.last_folder or Path.home())
        path = self.dialogs.save_path(title, str(folder / f"{safe_file_name(name)}{suffix}"), name_filter)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        self.settings.ui.last_folder = str(Path(path).parent)
        return path
