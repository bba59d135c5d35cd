"""The UI language while the wizard runs: our gettext catalog, Qt's own translations, the default QLocale.

One object, passed to every page; switching language emits ``changed`` and every page retranslates itself.
"""

from __future__ import annotations

import gettext as _gettext

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from reklamera.i18n import LOCALES, PSEUDO, translations

# Qt ships qtbase catalogs for Swedish, Danish and Finnish; not for Bokmål (nn is Nynorsk) or Icelandic,
# so the wizard's own button texts always come from our catalogs.
QT_CATALOGS = {"sv": "qtbase_sv", "da": "qtbase_da", "fi": "qtbase_fi"}
QT_LOCALES = {**LOCALES, PSEUDO: "en_GB"}


class UiLanguage(QObject):
    changed = Signal(str)

    def __init__(self, code: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.translation: _gettext.NullTranslations = translations("en")
        self._qt_translator: QTranslator | None = None
        self.set(code)

    def gettext(self, message: str) -> str:
        return self.translation.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translation.ngettext(singular, plural, n)

    @property
    def locale(self) -> QLocale:
        return QLocale(QT_LOCALES.get(self.code, "en_GB"))

    def set(self, code: str) -> None:
        if code == self.code:
            return
        self.code = code
        self.translation = translations(code)
        QLocale.setDefault(self.locale)
        self._install_qt_catalog(code)
        self.changed.emit(code)

    def _install_qt_catalog(self, code: str) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if self._qt_translator is not None:
            app.removeTranslator(self._qt_translator)
            self._qt_translator = None
        name = QT_CATALOGS.get(code)
        if name:
            translator = QTranslator(self)
            if translator.load(name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(translator)
                self._qt_translator = translator
