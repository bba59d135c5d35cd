"""What every page shares: the one Case, the UI language, the dialog service, the settings and "today"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from reklamera.case import Case
from reklamera.settings import Settings
from reklamera.ui.dialogs import DialogService
from reklamera.ui.language import UiLanguage


class CaseHolder(QObject):
    """The single source of truth while the wizard runs. ``replaced`` fires when another case is opened."""

    replaced = Signal()

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case

    def replace(self, case: Case) -> None:
        self.case = case
        self.replaced.emit()


@dataclass
class WizardContext:
    holder: CaseHolder
    language: UiLanguage
    dialogs: DialogService
    settings: Settings
    today_override: dt.date | None = None
    extra: dict = field(default_factory=dict)

    @property
    def case(self) -> Case:
        return self.holder.case

    @property
    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    def gettext(self, message: str) -> str:
        return self.language.gettext(message)
