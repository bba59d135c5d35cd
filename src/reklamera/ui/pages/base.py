"""The shape every wizard page follows (Picard's setup wizard): build once, load from the case in
initializePage, store every edit into the session as it is made, and refuse Next with the reasons next to the
fields. A reason shows once its field has been left, or for every field when Next is refused; it is the field's
accessible description too, and a refused Next is announced and moves the focus to the first problem."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

# Not QtCore.Qt at import time: touching that namespace builds every Qt enum (about 25 ms) before the first paint.
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget, QWizardPage

from reklamera.errors import InputError
from reklamera.session import Step
from reklamera.ui.context import WizardContext

if TYPE_CHECKING:  # the date field's module (and the Qt classes it uses) loads with the first page that has one
    from PySide6.QtWidgets import QAbstractScrollArea

    from reklamera.ui.background import Background
    from reklamera.ui.widgets.date_field import DateField

LayoutT = TypeVar("LayoutT", bound=QLayout)


class BasePage(QWizardPage):
    NAME = "page"
    TITLE = ""  # marked with N_ in each page: its title, and its name in the list of steps
    STEP_LABEL = ""  # a shorter name for the list of steps, where the title is long

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self._saving: Background | None = None  # writes saved files off the GUI thread, made on first use
        self._saves: dict[int, tuple[str, QLabel | None, str]] = {}  # ticket -> path, status label, failure title
        self.ctx = ctx
        self.setObjectName(f"page-{self.NAME}")
        self.built = False
        self.loading = False
        self.reasons: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}  # the field each reason is about
        self._keys: dict[QObject, str] = {}  # a field's focus widget -> its key, to see it being left
        self.touched: set[str] = set()  # fields the person has left: their reasons show
        self.show_all = False  # Next was refused: every reason shows
        self._descriptions: dict[str, str] = {}  # each field's own accessible description
        self.typed: dict[str, DateField] = {}  # fields whose text is parsed (reklamera.inputs) before it is stored
        self.labels: dict[str, QLabel] = {}
        self.language_stale = False  # built, and the UI language changed while another page was on screen
        ctx.language.changed.connect(self._ui_language_changed)

    # --- to implement -------------------------------------------------------------------------------
    def build(self) -> None:
        """Create the widgets (once, the first time the page is shown: start-up stays fast)."""

    def retranslate(self) -> None:
        """Set every visible text from the current UI language."""

    def load(self) -> None:
        """Case -> widgets."""

    def store(self) -> None:
        """Widgets -> Case (also called by autosave, so it must accept unfinished input)."""

    # The session's step this page shows, and the page's key for each case field it shows (case path -> key).
    STEP: Step | None = None
    FIELD_KEYS: dict[str, str] = {}

    def candidates(self) -> dict[str, Any]:
        """Case path -> the value as typed now, judged by the session before it is stored."""
        return {}

    def problems(self) -> dict[str, str | InputError]:
        """Field key -> why Next is blocked: the session's problems of the step for what is typed now (an
        English message marked with N_, or an InputError with its parameters)."""
        if self.STEP is None:
            return {}
        found = self.ctx.session.problems(self.STEP, self.candidates())
        problems: dict[str, str | InputError] = {
            self.FIELD_KEYS[path]: problem for path, problem in found.items() if path in self.FIELD_KEYS}
        for key, field in self.typed.items():  # text that is not a date yet: say why (already translated)
            if problem := field.problem():
                problems[key] = problem
        return problems

    # --- shared behaviour ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def _filling(self) -> Iterator[None]:
        """Widgets filled by the program (building, loading, retranslating) fire change signals: not edits."""
        self.loading = True
        try:
            yield
        finally:
            self.loading = False

    def ensure_built(self) -> None:
        if not self.built:
            with self._filling():
                self.build()
                self.built = True
                self.retranslate()

    def initializePage(self) -> None:
        self.ensure_built()
        if self.language_stale:
            self.translate_again()
        with self._filling():
            self.load()
        self.touched, self.show_all = set(), False  # a new visit starts without red text
        self.refresh()
        QTimer.singleShot(0, self.focus_first)

    def focus_first(self) -> None:
        """The first input of the page gets the focus on arrival, so typing never goes nowhere."""
        if self.wizard() is not None and self.wizard().currentPage() is not self:
            return
        first = next((field for field in self.inputs.values() if field.isVisibleTo(self) and field.isEnabled()),
                     None)
        if first is not None:
            first.setFocus()
        else:
            self.setFocus()
            self.focusNextChild()

    def commit(self) -> None:
        """Widgets -> the session's case; the session hears of it when something changed."""
        before = self.ctx.case.to_dict()
        self.store()
        if self.ctx.case.to_dict() != before:
            self.ctx.session.touch()

    def validatePage(self) -> bool:
        """Next: refused while something is wrong, with every reason shown, the focus on the first problem and
        the reasons announced (Next itself stays enabled: a disabled button cannot say why)."""
        self.commit()
        problems = self.problems()
        if not problems:
            return True
        self.show_all = True
        self.refresh()
        first = next((key for key in self.reasons if key in problems), next(iter(problems)))
        field = self.inputs.get(first)
        if field is not None:
            field.setFocus()
        from reklamera.ui.announce import announce

        texts = [self.reasons[key].text() for key in self.reasons if key in problems and self.reasons[key].text()]
        announce(self, " ".join(texts), assertive=True)
        return False

    def edited(self, *_args) -> None:
        """Connect every input's change signal here: each keystroke goes into the session (leaving the page in
        either direction keeps it), and the reasons and the Next button follow."""
        if not self.loading:
            self.commit()
            self.refresh()

    def refresh(self) -> None:
        problems = self.problems()
        for key, label in self.reasons.items():
            problem = problems.get(key)
            if isinstance(problem, InputError):
                message = problem.reason(self.ctx.gettext, self.ctx.format_date)
            else:
                message = self.ctx.gettext(problem) if problem else ""
            shown = bool(message) and (self.show_all or key in self.touched)
            label.setText(message if shown else "")
            label.setVisible(shown)
            target = self.inputs.get(key)
            if target is not None:  # a screen reader hears the reason with the field it is about
                own = self._descriptions.setdefault(key, target.accessibleDescription())
                target.setAccessibleDescription(message if shown else own)
        self.completeChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._keys:
            self.touched.add(self._keys[watched])
            self.refresh()
        return False

    def _ui_language_changed(self, _code: str) -> None:
        # Only the page on screen is translated at once; the others when they are next shown (initializePage).
        # Translating all nine in one go stalled the window for 100 ms and more.
        self.language_stale = self.built
        wizard = self.wizard()
        if self.built and (wizard is None or wizard.currentPage() is self):
            self.translate_again()

    def translate_again(self) -> None:
        self.language_stale = False
        self._descriptions.clear()  # the fields' own descriptions are set again in the new language
        with self._filling():
            self.retranslate()
        self.refresh()

    # --- helpers for building forms -----------------------------------------------------------------
    def scrolling_layout(self, kind: type[LayoutT]) -> LayoutT:
        """The page's layout, inside a scroll area: at 200 % scaling on a 1280×720 screen, or with the long
        texts of some languages, every field stays reachable (Tab scrolls to the field it reaches)."""
        from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea()
        area.setObjectName(f"{self.NAME}-scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own: Tab goes from field to field. Set as the property's value (Qt::NoFocus is 0):
        # naming Qt.FocusPolicy would build all of QtCore.Qt's enums (25–45 ms) before the first page is painted.
        area.setProperty("focusPolicy", 0)
        body = QWidget()
        body.setObjectName(f"{self.NAME}-body")
        area.setWidget(body)
        viewport_of(area).setAutoFillBackground(False)  # the wizard's page colour shows through, as before
        body.setAutoFillBackground(False)
        outer.addWidget(area)
        return kind(body)

    def add_row(self, form: QFormLayout, key: str, field: QWidget, *, reason: bool = True) -> QLabel:
        """A labelled row: the label is the field's buddy (Alt+letter jumps there, screen readers read it),
        with a reason line under the field that says what is missing."""
        label = QLabel()
        label.setBuddy(field)
        field.setObjectName(key)
        if getattr(field, "is_date_field", False):
            self.typed[key] = cast("DateField", field)
        self.watch(key, field)
        self.labels[key] = label
        if reason:
            holder = QWidget()
            from PySide6.QtWidgets import QVBoxLayout

            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(self.reason_label(key))
            form.addRow(label, holder)
        else:
            form.addRow(label, field)
        return label

    def save_letter(self, compose, title: str, suffix: str, status: QLabel) -> str | None:
        """Compose a letter, ask where to save it (``suffix`` .docx or .pdf) and write it there off the GUI thread
        (see :meth:`save_in_background`). None when it cannot be composed or nothing was chosen."""
        from reklamera.ui.printing import save_letter

        _ = self.ctx.gettext
        name_filter = _("PDF (*.pdf)") if suffix == ".pdf" else _("Word document (*.docx)")
        try:
            content = compose()
        except InputError as error:
            self.ctx.dialogs.error(_("The letter was not saved"), error.localized(_))
            return None
        path = self.ctx.ask_save_path(title, content.subject, suffix, name_filter)
        if not path:
            return None
        letterhead = self.ctx.settings.site.letterhead
        return self.save_in_background(path, lambda: save_letter(content, path, letterhead), status,
                                       _("The letter was not saved"))

    def save_in_background(self, path: str, write: Callable[[], object], status: QLabel | None,
                           failure: str) -> str:
        """Run ``write`` on a worker thread: laying out a PDF takes up to half a second, and the page keeps
        reacting meanwhile. ``status`` says "Saving …", then "Saved: …"; a failure is one message titled
        ``failure`` (the file is written whole or not at all: storage.write_output). Returns ``path`` at once;
        :meth:`wait_for_saving` waits for the file (tests, the self-test)."""
        from reklamera.ui.background import Background

        _ = self.ctx.gettext
        if self._saving is None:
            self._saving = Background(self)
            self._saving.answered.connect(self._saved)
            self._saving.failed.connect(self._not_saved)
        ticket = self._saving.ask("save", write)
        self._saves[ticket] = (path, status, failure)
        if status is not None:
            status.setText(_("Saving: {path} …").format(path=path))
        return path

    def wait_for_saving(self, timeout_ms: int = 10_000) -> bool:
        """Until every file asked for is written or has failed (tests and the self-test)."""
        from reklamera.ui.background import wait_until

        return wait_until(lambda: not self._saves, timeout_ms)

    def _saved(self, ticket: int, _result: object) -> None:
        path, status, _failure = self._saves.pop(ticket)
        if status is not None:
            status.setText(self.ctx.gettext("Saved: {path}").format(path=path))

    def _not_saved(self, ticket: int, error: InputError) -> None:
        _path, status, failure = self._saves.pop(ticket)
        if status is not None:
            status.clear()
        self.ctx.dialogs.error(failure, error.localized(self.ctx.gettext))

    def watch(self, key: str, field: QWidget) -> None:
        """``field`` is the input ``key``'s reason is about: leaving it shows the reason, a refused Next focuses it.
        A composite field names the widget that takes the focus as ``focus_target`` (not QWidget.focusProxy():
        PySide6 6.12's getter releases None once too often when there is no proxy, and the interpreter aborts)."""
        target = getattr(field, "focus_target", field)
        self.inputs[key] = target
        self._keys[target] = key
        target.installEventFilter(self)

    def forget(self, key: str) -> None:
        """A field that is gone (a cost removed): its reason and its place among the page's fields."""
        target = self.inputs.pop(key, None)
        if target is not None:
            self._keys.pop(target, None)
            target.removeEventFilter(self)
        for known in (self.reasons, self._descriptions):
            known.pop(key, None)
        self.touched.discard(key)

    def reason_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"reason-{key}")
        label.setWordWrap(True)
        # Red with at least 4.5:1 contrast on the window colour, in light and in dark palettes.
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        label.setStyleSheet(f"color: {'#ffb4ab' if dark else '#b3261e'};")
        label.hide()
        self.reasons[key] = label
        return label

    def set_label(self, key: str, text: str) -> None:
        """Label text and the field's accessible name together."""
        label = self.labels[key]
        label.setText(text)
        buddy = label.buddy()
        if buddy is not None:
            buddy.setAccessibleName(text.replace("&", ""))


def new_form(parent: QWidget | None = None) -> QFormLayout:
    """A form whose long labels (Finnish, Icelandic) move above their field instead of squeezing it."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """``area.viewport()``, found by the name Qt gives it. viewport() makes shiboken work out the Python type of
    the widget it returns, which builds the enums of some 80 widget classes: about 17 ms, before the first paint
    on the start page."""
    return cast(QWidget, area.findChild(QWidget, "qt_scrollarea_viewport"))


def hint_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label
