"""ComplaintWizard: the QWizard a consumer completes in a few minutes, one Case as the source of truth."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWizard

from reklamera.case import SUFFIX, Case, CaseError
from reklamera.errors import InputError
from reklamera.i18n import N_, ui_language
from reklamera.session import CaseSession
from reklamera.settings import Settings, user_data_dir
from reklamera.ui.autosave import INTERVAL_MS, Autosave
from reklamera.ui.context import WizardContext
from reklamera.ui.dialogs import DialogService, Unsaved
from reklamera.ui.language import UiLanguage
from reklamera.ui.pages.base import BasePage
from reklamera.ui.pages.defect import DefectPage
from reklamera.ui.pages.followup import FollowUpPage
from reklamera.ui.pages.letter import LetterPage
from reklamera.ui.pages.next_steps import NextStepsPage
from reklamera.ui.pages.parties import PartiesPage
from reklamera.ui.pages.purchase import PurchasePage
from reklamera.ui.pages.remedy import RemedyPage
from reklamera.ui.pages.rights import RightsPage
from reklamera.ui.pages.start import StartPage

CASE_FILTER = N_("reklamera cases (*.reklamera)")
BROKEN_ADVICE = N_("The file may be damaged, or it is not a reklamera case. Nothing has been changed. If reklamera "
                   "closed while you were working on it, your work is offered back the next time reklamera starts; "
                   "otherwise open an earlier copy of the file, for example from a backup.")
BUTTONS = {
    QWizard.WizardButton.BackButton: N_("< &Back"),
    QWizard.WizardButton.NextButton: N_("&Next >"),
    QWizard.WizardButton.CommitButton: N_("&Next >"),
    QWizard.WizardButton.FinishButton: N_("&Finish"),
    QWizard.WizardButton.CancelButton: N_("Close"),
    QWizard.WizardButton.CustomButton1: N_("&Open…"),
    QWizard.WizardButton.CustomButton2: N_("&Save case"),
    # No Alt-letter: every letter of the word is taken on some page, and this button shows on all of them.
    QWizard.WizardButton.CustomButton3: N_("Register…"),
}


class FirstPaint(QObject):
    """Calls ``then`` once, just after ``widget`` is first painted, and stops watching. A window that is never
    painted (started minimised, or on a busy machine whose first paint is merged away) still gets it, a little
    later: ``then`` installs the keyboard shortcuts, which must never be missing."""

    FALLBACK_MS = 2000

    def __init__(self, widget, then) -> None:
        super().__init__(widget)
        self.then, self.done = then, False
        self.widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if not self.done:
            self.done = True
            self.widget.removeEventFilter(self)
            self.then()


def _collect_again() -> None:
    """The launcher holds the cycle collector off until the first paint (reklamera.launcher). What was loaded to
    get there stays for the whole run: frozen, later passes leave it out (gc.freeze's use after start-up)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class ComplaintWizard(QWizard):
    PAGES = (StartPage, PurchasePage, DefectPage, RightsPage, RemedyPage, PartiesPage, LetterPage, NextStepsPage,
             FollowUpPage)

    def __init__(self, case: Case | None = None, *, settings: Settings | None = None,
                 dialogs: DialogService | None = None, language: str | None = None, today: dt.date | None = None,
                 autosave_dir: Path | None = None, case_path: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint-wizard")
        self.settings = settings or Settings.load()
        code = language or self.settings.value("ui_language") or ui_language()
        self.session = CaseSession(case, settings=self.settings, today=today, path=case_path)
        self.ctx = WizardContext(self.session, UiLanguage(code, self), dialogs or DialogService(self))
        self.autosave_store = Autosave(autosave_dir or user_data_dir() / "autosave")
        self._close_confirmed = False
        self.autosave_failed = False  # told the user once; the timer keeps trying quietly
        self._register_opened = False  # the office register is opened on first use (it is not needed to start)

        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        options = (QWizard.WizardOption.NoBackButtonOnStartPage | QWizard.WizardOption.HaveCustomButton1
                   | QWizard.WizardOption.HaveCustomButton2 | QWizard.WizardOption.NoDefaultButton)
        layout = [QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2]
        if self.settings.site.register_enabled:
            options |= QWizard.WizardOption.HaveCustomButton3
            layout.append(QWizard.WizardButton.CustomButton3)
        self.setOptions(options)
        self.setButtonLayout([*layout,
                              QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                              QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                              QWizard.WizardButton.CancelButton])
        self.wizard_pages: list[BasePage] = []
        for page_class in self.PAGES:
            page = page_class(self.ctx)
            self.wizard_pages.append(page)
            self.addPage(page)
            if isinstance(page, StartPage):
                page.new_requested.connect(self.new_case)
                page.open_requested.connect(self.open_case)
                page.import_requested.connect(self.import_document)
        self.customButtonClicked.connect(self._custom_button)
        from reklamera.ui.widgets.steps import StepList

        self.steps = StepList(self)
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(lambda _id: self.steps.refresh())
        self.currentIdChanged.connect(self._translate_if_stale)  # Back shows a page without initializePage
        self.session.subscribe(lambda _revision: self.steps.refresh())
        self.ctx.language.changed.connect(self.retranslate)
        self.retranslate()
        self.resize(880, 680)
        if self.settings.ui.geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.ui.geometry.encode("ascii")))
        from reklamera.ui.keyboard import fit_to_screen

        fit_to_screen(self)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        self.setAcceptDrops(True)  # a case file or an order confirmation dropped on the window
        self._importing: Any = None  # the worker that reads an order confirmation, made on first use
        # A zero timer started here would run before the first paint, not after it: wait for the paint itself.
        self._first_paint = FirstPaint(self, self._after_first_paint)

    def _translate_if_stale(self, _id: int) -> None:
        page = self.currentPage()
        if isinstance(page, BasePage) and page.language_stale:
            page.translate_again()

    def _reading_order(self) -> None:
        """Screen readers follow the order of the widgets' children: the title first, then the page, then the
        buttons. QWizard makes the buttons first and the title area last, so a reader would say Back and Next
        before the page and its title at the end. lower() moves a widget to the front of that order, raise_() to
        the end (nothing overlaps here, so what is drawn does not change)."""
        from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

        inner = next((child for child in self.children() if isinstance(child, QWidget)), None)
        if inner is None:
            return
        for child in inner.children():
            if isinstance(child, QWidget) and not isinstance(child, QAbstractButton | QLabel) and \
                    sum(isinstance(grandchild, QLabel) for grandchild in child.children()) >= 2:
                child.lower()  # the title area: title, subtitle and logo labels
        for child in inner.children():
            if isinstance(child, QAbstractButton):
                child.raise_()

    def _after_first_paint(self) -> None:
        """Work no one needs before the first page is on screen, one step per turn of the event loop, so a key
        pressed meanwhile never waits for all of it: the shortcuts (QtCore.Qt's enums alone take 25–45 ms), the
        icon, then what the later pages need the first time they are shown (the rules, the UI language's
        calendar data), loaded while the person reads the first page instead of when they press Next. (The pages
        themselves are not built ahead: building a hidden page took the focus window away, offscreen at least.)"""
        from reklamera.ui.app import set_window_icon

        steps = [_collect_again, self._reading_order, self._install_shortcuts, set_window_icon,
                 self._load_the_rules, self._load_the_calendar, lambda: self.ctx.format_date(self.ctx.today)]

        def next_step() -> None:
            steps.pop(0)()
            if steps:
                QTimer.singleShot(0, self, next_step)

        next_step()

    @staticmethod
    def _load_the_rules() -> None:
        import reklamera.rules  # noqa: F401 - imported for later: the purchase page assesses as it is filled

    def _load_the_calendar(self) -> None:
        from reklamera.inputs import format_date

        format_date(self.ctx.today, self.ctx.language.code)  # Babel's CLDR data for the date fields

    def _install_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence.StandardKey.Open, self).activated.connect(self.open_case)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_case)
        from reklamera.ui.keyboard import install

        self._mnemonics = install(self)  # Alt+Left/Right, Ctrl+PgUp/PgDown; no Alt+letter typed into a field

    # --- state ------------------------------------------------------------------------------------------
    @property
    def case(self) -> Case:
        return self.session.case

    @property
    def case_path(self) -> str | None:
        return str(self.session.path) if self.session.path else None

    def page_named(self, name: str) -> BasePage:
        return next(page for page in self.wizard_pages if name == page.NAME)

    def current_page(self) -> BasePage:
        """The page on screen, as the BasePage every page of this wizard is."""
        return next(page for page in self.wizard_pages if page is self.currentPage())

    def store_current_page(self) -> None:
        page = self.currentPage()
        if isinstance(page, BasePage) and page.built:
            page.commit()

    def is_dirty(self) -> bool:
        self.store_current_page()
        return self.session.dirty

    def autosave(self) -> bool:
        self.store_current_page()
        try:
            # No page on screen (before the first show, or while the wizard restarts): the work is saved anyway.
            page = self.currentPage()
            name = page.NAME if isinstance(page, BasePage) else ""
            return self.autosave_store.write(self.case, self.case_path, name)
        except OSError as error:  # a full disk or a read-only data folder: say so once, keep the work in memory
            if not self.autosave_failed:
                self.autosave_failed = True
                _ = self.ctx.gettext
                self.ctx.dialogs.error(
                    _("Autosave is not working"),
                    _("Your work cannot be saved automatically in {folder} ({reason}). Save the case yourself "
                      "with \"{button}\".").format(folder=self.autosave_store.folder,
                                                     reason=error.strerror or error,
                                                     button=_(BUTTONS[QWizard.WizardButton.CustomButton2])
                                                     .replace("&", "")))
            return False

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved case back. True when it was restored."""
        left = self.autosave_store.read()
        if left is None:
            return False
        _ = self.ctx.gettext
        case = left.case
        # Name the case as the person knows it: the product and whose complaint it is, or its file.
        what = ", ".join(part for part in (case.product.description.strip()[:60], case.consumer.name.strip()[:40],
                                           Path(left.case_path).name if left.case_path else "") if part)
        question = _("reklamera was not closed properly last time. Restore the case you were working on "
                     "(saved {time})?").format(time=left.saved_at.replace("T", " "))
        if what:
            question += "\n\n" + what
        if self.ctx.dialogs.confirm(_("Restore your work?"), question, _("Restore"), _("Start afresh")):
            self._replace(case, left.case_path, saved=False)
            self.autosave_store.last_written = ""
            if left.page in {page.NAME for page in self.wizard_pages}:
                self.go_to_page(self.pageIds()[[page.NAME for page in self.wizard_pages].index(left.page)])
            return True
        self.autosave_store.clear()
        return False

    def _replace(self, case: Case, case_path: str | None, *, saved: bool) -> None:
        self.session.replace(case, case_path, saved=saved)
        self.steps.reached.clear()  # another case: its steps are yet to be reached
        self.restart()
        self.retranslate()

    # --- file actions -------------------------------------------------------------------------------------
    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.open_case()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.save_case()
        elif which == QWizard.WizardButton.CustomButton3.value:
            self.show_register()

    # --- the office register ---------------------------------------------------------------------------------
    def register(self):
        """The office register when the site configuration switches it on, else None (opened on first use)."""
        if not self.settings.site.register_enabled:
            return None
        if not self._register_opened:
            from reklamera.register.command import open_register

            try:
                self.session.register = open_register(self.settings.site)
            except InputError as error:
                _ = self.ctx.gettext
                self.ctx.dialogs.error(_("The register cannot be opened"), error.localized(_))
                return None
            self._register_opened = True
        return self.session.register

    def show_register(self):
        register = self.register()
        if register is None:
            return None
        from reklamera.ui.register_window import RegisterWindow

        window = RegisterWindow(register, self.ctx, self)
        def open_from_register(path: str) -> None:
            window.accept()
            self.open_case(path)

        window.open_requested.connect(open_from_register)
        window.show()
        return window

    def open_case(self, path: str | None = None) -> bool:
        _ = self.ctx.gettext
        if not self._may_discard():
            return False
        path = path or self.ctx.dialogs.open_path(_("Open a case"), self.settings.ui.last_folder, _(CASE_FILTER))
        if not path:
            return False
        self.register()  # the register's revision of the case is read when it is opened
        try:
            self.session.open(path)
        except CaseError as error:
            self.ctx.dialogs.error(_("The case could not be opened"), error.localized(_) + "\n\n" + _(BROKEN_ADVICE))
            return False
        self.settings.add_recent(path)
        self.steps.reached.clear()
        self.restart()
        self.retranslate()
        self.report_evidence()
        self.show_overdue()
        return True

    def report_evidence(self) -> bool:
        """On opening a case: the evidence files that are missing or no longer the ones logged, said once."""
        problems = self.session.evidence_problems()
        if not problems:
            return False
        _ = self.ctx.gettext
        lines = [problem.localized(_, self.ctx.format_date) for problem in problems]
        self.ctx.dialogs.info(_("Evidence files have changed"), "\n".join(
            [*lines, "", _("The evidence log records each file as it was when it was added: a log, not proof. "
                           "Keep the original files unchanged and add a new copy as new evidence.")]))
        return True

    def could_not_open(self, path: str, error: InputError) -> None:
        """A case file given at start (double-clicked in the file manager) that cannot be opened: say what is
        wrong with it, then offer what can help: the work autosaved before a crash, or another file."""
        _ = self.ctx.gettext
        self.ctx.dialogs.error(_("The case could not be opened"), error.localized(_) + "\n\n" + _(BROKEN_ADVICE))
        if self.offer_recovery():
            return
        question = _("Open another copy of the case, for example from a backup, or start a new case?")
        if self.ctx.dialogs.confirm(_("The case could not be opened"), question, _("Open another file…"),
                                    _("Start a new case")):
            self.settings.ui.last_folder = str(Path(path).resolve().parent)  # the copies are usually beside it
            self.open_case()

    # --- starting from an order confirmation (reklamera.importer) ----------------------------------------------
    IMPORT_FILTER = N_("Order confirmations and receipts (*.eml *.msg *.pdf *.txt)")
    IMPORT_SUFFIXES = (".eml", ".msg", ".pdf", ".txt")

    def import_document(self, path: str | None = None) -> bool:
        """Read an order confirmation off the GUI thread; its values are reviewed in a dialog when it is read
        (see _imported). False when nothing was started."""
        _ = self.ctx.gettext
        if not self._may_discard():
            return False
        path = path or self.ctx.dialogs.open_path(_("Start from an order confirmation"),
                                                  self.settings.ui.last_folder, _(self.IMPORT_FILTER))
        if not path:
            return False
        from reklamera.importer import import_file
        from reklamera.ui.background import Background

        if self._importing is None:
            self._importing = Background(self)
            self._importing.answered.connect(self._imported)
            self._importing.failed.connect(self._import_failed)
        country, today = self.case.country, self.session.today  # the country chosen on the start page
        self._importing.ask("import", lambda: import_file(path, country=country, today=today))
        self.setCursor(_busy())
        return True

    def wait_for_import(self, timeout_ms: int = 10_000) -> bool:
        """Until the order confirmation has been read and reviewed (tests)."""
        from reklamera.ui.background import wait_until

        return wait_until(lambda: self._importing is None or not self._importing.pending, timeout_ms)

    def _imported(self, ticket: int, result: Any) -> None:
        if not self._importing.latest("import", ticket):
            return
        self._importing.pending.pop("import", None)
        self.unsetCursor()
        from reklamera.importer import apply_to_case
        from reklamera.ui.import_review import ImportReview

        _ = self.ctx.gettext
        if not any(key in result.fields for key in ImportReview.KEYS):
            self.ctx.dialogs.info(_("Nothing found"), _("reklamera found none of the purchase's details in {file}. "
                                                        "Fill them in on the next pages.").format(file=result.file))
            return
        dialog = ImportReview(result, _, self.ctx.language.code, self.session.today, self)
        if not self.ctx.dialogs.review(dialog):
            return
        accepted, values, _problems = dialog.values()
        case = self.session.blank_case()
        case.country = self.case.country
        refused = apply_to_case(result, case, accepted, values)
        self._replace(case, None, saved=False)
        self.go_to_page(self.pageIds()[[page.NAME for page in self.wizard_pages].index("purchase")])
        if refused:
            self.ctx.dialogs.error(_("Some values were not taken"),
                                   "\n".join(problem.localized(_) for problem in refused))

    def _import_failed(self, ticket: int, error: InputError) -> None:
        if not self._importing.latest("import", ticket):
            return
        self._importing.pending.pop("import", None)
        self.unsetCursor()
        _ = self.ctx.gettext
        self.ctx.dialogs.error(_("The file could not be read"), error.localized(_))

    def dragEnterEvent(self, event) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_path(event)
        if path is None:
            return
        event.acceptProposedAction()
        if path.lower().endswith(SUFFIX):
            self.open_case(path)
        else:
            self.import_document(path)

    def _dropped_path(self, event) -> str | None:
        """The one local file dropped, when it is a case or something to import."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = urls[0].toLocalFile()
        return path if path.lower().endswith((SUFFIX, *self.IMPORT_SUFFIXES)) else None

    def show_overdue(self) -> bool:
        """On opening a case whose answer is overdue: say so, and go to the follow-up page."""
        state = self.session.derived.follow_up
        if not state.overdue or state.reply_by is None:
            return False
        _ = self.ctx.gettext
        from reklamera import verdict

        day = verdict.long_date_formatter(self.ctx.language.code)(state.reply_by)
        text = self.ctx.language.ngettext(
            "The seller's answer was due on {date}, {days} day ago. The follow-up page helps you with the next step.",
            "The seller's answer was due on {date}, {days} days ago. The follow-up page helps you with the next step.",
            state.overdue_days)
        self.ctx.dialogs.info(_("The seller has not answered"), text.format(date=day, days=state.overdue_days))
        followup = self.page_named("followup")
        while (page := self.current_page()) is not followup and not page.problems() and self.nextId() != -1:
            self.next()
        return True

    def new_case(self) -> bool:
        if not self._may_discard():
            return False
        self._replace(self.session.blank_case(), None, saved=True)
        return True

    def save_case(self, path: str | None = None) -> bool:
        _ = self.ctx.gettext
        self.store_current_page()
        path = path or self.case_path
        if not path:
            path = self.ctx.ask_save_path(_("Save the case"), self.case.product.description or _("case"), SUFFIX,
                                          _(CASE_FILTER))
            if not path:
                return False
        self.register()
        try:
            result = self.session.save(path)
        except OSError as error:
            self.ctx.dialogs.error(_("The case was not saved"), f"{path}: {error.strerror or error}")
            return False
        self.settings.add_recent(path)
        if result.register_problem is not None:
            self.ctx.dialogs.error(_(result.title), result.message(_))  # a kept desk copy: where it is
        self.retranslate()
        return True

    def _may_discard(self) -> bool:
        """Ask before unsaved changes are lost: save, discard or cancel."""
        if not self.is_dirty():
            return True
        _ = self.ctx.gettext
        answer = self.ctx.dialogs.ask_unsaved(_("Unsaved changes"),
                                              _("The case has changes that are not saved. Save them first?"),
                                              _("Save"), _("Discard"), _("Cancel"))
        if answer is Unsaved.SAVE:
            return self.save_case()
        return answer is Unsaved.DISCARD

    # --- closing --------------------------------------------------------------------------------------------
    def _confirm_close(self) -> bool:
        if self._close_confirmed:
            return True
        if not self._may_discard():
            return False
        self._close_confirmed = True
        self.timer.stop()
        if self.session.register is not None:
            self.session.register.close()
        self.autosave_store.clear()
        self.settings.ui.geometry = self.saveGeometry().toBase64().toStdString()
        with contextlib.suppress(OSError):  # a read-only profile must not stop the window from closing
            self.settings.save()
        return True

    def done(self, result: int) -> None:
        if self._confirm_close():
            super().done(result)

    def closeEvent(self, event) -> None:
        if self._confirm_close():
            super().closeEvent(event)
        else:
            event.ignore()

    # --- language -------------------------------------------------------------------------------------------
    def go_to_page(self, page_id: int) -> None:
        """Open a step already reached: back, or forward through pages that are complete."""
        while self.currentId() > page_id:
            self.back()
        while self.currentId() < page_id:
            before = self.currentId()
            self.next()
            if self.currentId() == before:  # refused: the page says why
                break

    def retranslate(self, *_args) -> None:
        _ = self.ctx.gettext
        self.steps.gettext = _
        self.steps.refresh()
        for button, text in BUTTONS.items():
            self.setButtonText(button, _(text))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(_("Open a saved case (Ctrl+O)"))
        self.button(QWizard.WizardButton.CustomButton2).setToolTip(_("Save the case to a file (Ctrl+S)"))
        name = Path(self.case_path).name if self.case_path else _("New case")
        self.setWindowTitle(f"{name} — reklamera")


def _busy():
    from PySide6.QtCore import Qt

    return Qt.CursorShape.BusyCursor
