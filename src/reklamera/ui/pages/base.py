"""The shape every wizard page follows (Picard's setup wizard): build once, load from the Case in
initializePage, store into it in validatePage, and block Next with a visible reason next to the field."""

from __future__ import annotations

from typing import Any

# Not QtCore.Qt here: touching that namespace builds every Qt enum (about 15 ms) before the first paint.
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizardPage

from reklamera.errors import InputError
from reklamera.session import Step
from reklamera.ui.context import WizardContext
from reklamera.ui.widgets.date_field import DateField


class BasePage(QWizardPage):
    NAME = "page"

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(f"page-{self.NAME}")
        self.built = False
        self.loading = False
        self.reasons: dict[str, QLabel] = {}
        self.typed: dict[str, DateField] = {}  # fields whose text is parsed (reklamera.inputs) before it is stored
        self.labels: dict[str, QLabel] = {}
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
    def ensure_built(self) -> None:
        if not self.built:
            self.build()
            self.built = True
            self.retranslate()

    def initializePage(self) -> None:
        self.ensure_built()
        self.loading = True
        try:
            self.load()
        finally:
            self.loading = False
        self.refresh()

    def commit(self) -> None:
        """Widgets -> the session's case; the session hears of it when something changed."""
        before = self.ctx.case.to_dict()
        self.store()
        if self.ctx.case.to_dict() != before:
            self.ctx.session.touch()

    def validatePage(self) -> bool:
        self.commit()
        return not self.problems()

    def isComplete(self) -> bool:
        return not self.built or not self.problems()

    def edited(self, *_args) -> None:
        """Connect every input's change signal here: each keystroke goes into the session (leaving the page in
        either direction keeps it), and the reasons and the Next button follow."""
        if not self.loading:
            self.commit()
            self.refresh()

    def refresh(self) -> None:
        problems = self.problems()
        for key, label in self.reasons.items():
            message = problems.get(key)
            if isinstance(message, InputError):
                message = message.reason(self.ctx.gettext)
            elif message:
                message = self.ctx.gettext(message)
            label.setText(message or "")
            label.setVisible(bool(message))
        self.completeChanged.emit()

    def _ui_language_changed(self, _code: str) -> None:
        if self.built:
            self.retranslate()
            self.refresh()

    # --- helpers for building forms -----------------------------------------------------------------
    def add_row(self, form: QFormLayout, key: str, field: QWidget, *, reason: bool = True) -> QLabel:
        """A labelled row: the label is the field's buddy (Alt+letter jumps there, screen readers read it),
        with a reason line under the field that says what is missing."""
        label = QLabel()
        label.setBuddy(field)
        field.setObjectName(key)
        if isinstance(field, DateField):
            self.typed[key] = field
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
        """Compose a letter, ask where to save it (``suffix`` .docx or .pdf), write it and say so in ``status``;
        whatever goes wrong is one message and nothing is written."""
        from reklamera.errors import InputError
        from reklamera.ui.printing import save_letter

        _ = self.ctx.gettext
        name_filter = _("PDF (*.pdf)") if suffix == ".pdf" else _("Word document (*.docx)")
        try:
            content = compose()
            path = self.ctx.ask_save_path(title, content.subject, suffix, name_filter)
            if not path:
                return None
            save_letter(content, path, self.ctx.settings.site.letterhead)
        except InputError as error:
            self.ctx.dialogs.error(_("The letter was not saved"), error.localized(_))
            return None
        status.setText(_("Saved: {path}").format(path=path))
        return path

    def reason_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"reason-{key}")
        label.setWordWrap(True)
        label.setStyleSheet("color: #b3261e;")
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


def hint_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label
