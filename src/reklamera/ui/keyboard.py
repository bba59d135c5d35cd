"""The wizard's keyboard layer: Back and Next on keys that do not change with the language, and no Alt+letter
ever typed into a field.

Support staff switch the UI language while a customer watches: Alt+Left / Alt+Right and Ctrl+PgUp / Ctrl+PgDown
move between pages in every language, beside the translated Alt-letters on the buttons. An Alt+letter with no
shortcut on the page would otherwise be typed into the field that has the focus ("12x" + Alt+N -> "12xn"); it is
swallowed instead. Only Alt alone counts: AltGr (Ctrl+Alt on Windows) types @, € and { on Nordic keyboards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWizard

# The Qt classes that only the shortcuts and the filter need are imported when they are installed, after the
# first paint: PySide6 builds each class's enums on its first import, a few milliseconds per class.


class NoStrayMnemonics(QObject):
    """An event filter on the widget that has the keyboard focus (it moves with the focus): Alt+letter or
    Alt+digit without a shortcut never reaches a text input. Not a filter on the whole application: that would
    carry every event of every widget through Python, which made building a page three times slower."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

        self._key_event = QKeyEvent
        self._alt = Qt.KeyboardModifier.AltModifier
        self._text_inputs = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)

    def follow_focus(self, old: QObject | None, new: QObject | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, self._key_event):
            return False
        if event.modifiers() != self._alt or not event.text().isalnum():
            return False
        return isinstance(watched, self._text_inputs)


def install(wizard: QWizard) -> NoStrayMnemonics:
    """The shortcuts on ``wizard``, and the filter that follows the focus (returned)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    for keys, move in ((("Alt+Left", "Ctrl+PgUp"), wizard.back), (("Alt+Right", "Ctrl+PgDown"), wizard.next)):
        for key in keys:
            QShortcut(QKeySequence(key), wizard).activated.connect(move)
    mnemonics = NoStrayMnemonics(wizard)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(mnemonics.follow_focus)
        mnemonics.follow_focus(None, app.focusWidget())
    return mnemonics


def fit_to_screen(wizard: QWizard) -> None:
    """A window never larger than the screen it opens on (150 % and 200 % scaling on a 1280×720 laptop),
    and never off it."""
    screen = wizard.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width, height = min(wizard.width(), room.width()), min(wizard.height(), room.height())
    if (width, height) != (wizard.width(), wizard.height()):
        wizard.resize(width, height)
    frame = wizard.frameGeometry()
    if not room.contains(frame):
        x = min(max(frame.left(), room.left()), room.right() - frame.width() + 1)
        y = min(max(frame.top(), room.top()), room.bottom() - frame.height() + 1)
        wizard.move(x, y)
