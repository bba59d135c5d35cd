"""What every page shares: the one Case, the UI language, the dialog service, the settings and "today"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from reklamera.case import Case
from reklamera.settings import Settings
from reklamera.ui.dialogs import DialogService
from reklamera.ui.language import UiLanguage


def safe_file_name(text: str) -> str:
    """A file name from a subject line: no characters Windows or Linux refuse, not too long."""
    import re

    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", name)[:80] or "reklamera"


class CaseHolder(QObject):
    """The single source of truth while the wizard runs. ``replaced`` fires when another case is opened."""

    replaced = Signal()

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case

    def replace(self, case: Case) -> None:
        self.case = case
        self.replaced.emit()


class WizardContext:
    def __init__(self, holder: CaseHolder, language: UiLanguage, dialogs: DialogService, settings: Settings,
                 today_override: dt.date | None = None) -> None:
        self.holder, self.language, self.dialogs, self.settings = holder, language, dialogs, settings
        self.today_override = today_override  # tests and demonstrations; None means the real date

    @property
    def case(self) -> Case:
        return self.holder.case

    @property
    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    def gettext(self, message: str) -> str:
        return self.language.gettext(message)

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
