"""The letter: a readable preview in the letter's language; save as Word, copy as e-mail text, print or save
as PDF, save the case."""

from __future__ import annotations

from reklamera.errors import InputError
from reklamera.i18n import LANGUAGES, LOCALES, N_
from reklamera.ui.pages.base import BasePage, hint_label, new_form
from reklamera.ui.pages.start import LANGUAGE_NAMES

LANGUAGE_NOTE = N_("The letter is written in {letter}, the language you chose for the seller; the program itself "
                   "keeps its own language.")


class LetterPage(BasePage):
    NAME = "letter"
    TITLE = N_("Your letter")

    def build(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QComboBox, QGridLayout, QPushButton, QTextBrowser, QVBoxLayout

        layout = self.scrolling_layout(QVBoxLayout)
        form = new_form()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.add_row(form, "letter_language", self.language, reason=False)
        layout.addLayout(form)
        self.language_note = hint_label("letter-language-note")
        layout.addWidget(self.language_note)
        # What the recipient will miss (no order number, no seller address …): advice before it goes out, never
        # a block; each line names what to add and where.
        self.advice = hint_label("letter-advice")
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.advice)
        self.preview = QTextBrowser()
        self.preview.setObjectName("letter-preview")
        layout.addWidget(self.preview, 1)
        from reklamera.ui.widgets.evidence import EvidenceList

        self.evidence = EvidenceList()
        layout.addWidget(self.evidence)
        self.evidence.add_requested.connect(self.add_evidence)
        self.evidence.changed.connect(self._evidence_changed)
        grid = QGridLayout()
        self.save_word = QPushButton()
        self.copy_text = QPushButton()
        self.print_button = QPushButton()
        self.save_pdf = QPushButton()
        for index, (button, name) in enumerate(((self.save_word, "save-word"), (self.copy_text, "copy-text"),
                                                (self.print_button, "print-letter"), (self.save_pdf, "save-pdf"))):
            button.setObjectName(name)
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        self.status = hint_label("letter-status")
        layout.addWidget(self.status)
        self.language.currentIndexChanged.connect(self._letter_language_changed)
        self.save_word.clicked.connect(self.save_as_word)
        self.copy_text.clicked.connect(self.copy_as_text)
        self.print_button.clicked.connect(self.print_letter)
        self.save_pdf.clicked.connect(self.save_as_pdf)

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("Read it through. Save it as a Word document, print it, or paste it into an e-mail."))
        self.set_label("letter_language", _("Language of the &letter:"))
        self.preview.setAccessibleName(_("Letter preview"))
        self.save_word.setText(_("Save as &Word document…"))
        self.copy_text.setText(_("&Copy as e-mail text"))
        self.print_button.setText(_("&Print…"))
        self.save_pdf.setText(_("Save as P&DF…"))
        self.evidence.retranslate(_)

    def load(self) -> None:
        self.language.setCurrentIndex(self.language.findData(self.ctx.case.language))
        self.status.clear()
        self._show_evidence()
        self.render_preview()

    def _show_evidence(self) -> None:
        from reklamera import evidence

        _ = self.ctx.gettext
        words = {evidence.EvidenceState.CHANGED: _("changed since it was logged"),
                 evidence.EvidenceState.MISSING: _("missing")}
        checks = evidence.verify(self.ctx.case, self.ctx.session.path)
        self.evidence.show_items(self.ctx.case.evidence, {index: words[check.state] for index, check in
                                                          enumerate(checks) if check.state in words})

    def add_evidence(self) -> bool:
        """A file kept as evidence: logged with its SHA-256, numbered after the others, named in the letter."""
        _ = self.ctx.gettext
        path = self.ctx.dialogs.open_path(_("Add evidence"), self.ctx.settings.ui.last_folder, _("All files (*)"))
        if not path:
            return False
        try:
            self.ctx.session.add_evidence(path)
        except InputError as error:
            self.ctx.dialogs.error(_("The file was not added"), error.localized(_))
            return False
        self._show_evidence()
        self.evidence.list.setCurrentRow(len(self.ctx.case.evidence) - 1)
        self.evidence.note.setFocus()  # what it shows, next
        self.render_preview()
        return True

    def _evidence_changed(self) -> None:
        self.ctx.session.touch()
        self.render_preview()

    def store(self) -> None:
        self.ctx.case.language = self.language.currentData()

    def content(self):
        return self.ctx.session.letter()

    def render_preview(self) -> None:
        from reklamera.letter.html import letter_html

        # A Finnish speaker in Sweden writes to a Swedish shop in Swedish: say so plainly when the two differ.
        letter, ui = self.ctx.case.language, self.ctx.language.code
        differs = letter != ui and ui in LOCALES
        text = ""
        if differs:
            from babel import Locale

            name = Locale.parse(LOCALES[ui]).languages.get(letter, LANGUAGE_NAMES[letter])  # in the UI's words
            text = self.ctx.gettext(LANGUAGE_NOTE).format(letter=name)
        self.language_note.setVisible(differs)
        self.language_note.setText(text)
        try:
            self.preview.setHtml(letter_html(self.content()))
        except InputError as error:
            self.preview.setPlainText(error.localized(self.ctx.gettext))
        self._show_advice()

    def _show_advice(self) -> None:
        from html import escape

        _ = self.ctx.gettext
        found = self.ctx.session.letter_advice()
        lines = [problem.reason(_, self.ctx.format_date) for problem in found]
        heading = _("Before you send it:")
        self.advice.setText(f"<b>{escape(heading)}</b><ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines)
                            + "</ul>" if lines else "")
        self.advice.setVisible(bool(lines))
        self.advice.setAccessibleName(" ".join([heading, *lines]) if lines else "")

    def _letter_language_changed(self) -> None:
        if not self.loading:
            self.commit()
            self.render_preview()

    def save_as_word(self) -> str | None:
        return self.save_letter(self.content, self.ctx.gettext("Save the letter"), ".docx", self.status)

    def copy_as_text(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.content().as_text())
        self.status.setText(self.ctx.gettext("The letter is on the clipboard: paste it into your e-mail."))

    def print_letter(self) -> None:
        from reklamera.letter.html import letter_html
        from reklamera.ui.printing import a4_printer, print_html

        printer = a4_printer()
        if self.ctx.dialogs.print_document(printer, self.ctx.gettext("Print the letter")):
            content = self.content()
            print_html(letter_html(content), printer, content.subject)

    def save_as_pdf(self) -> str | None:
        return self.save_letter(self.content, self.ctx.gettext("Save the letter as PDF"), ".pdf", self.status)

