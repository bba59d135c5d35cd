"""What happens next: the reply deadline, typical answers and how to respond, the dispute body, what to keep;
printable as a one-page handout."""

from __future__ import annotations

from reklamera.i18n import N_
from reklamera.ui.pages.base import BasePage


class NextStepsPage(BasePage):
    NAME = "next"
    TITLE = N_("What happens next")

    def build(self) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout

        layout = self.scrolling_layout(QVBoxLayout)
        self.text = QTextBrowser()
        self.text.setObjectName("next-steps")
        self.text.setOpenExternalLinks(False)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton()
        self.print_button.setObjectName("print-handout")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("save-handout")
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch()
        layout.addLayout(row)
        self.print_button.clicked.connect(self.print_handout)
        self.pdf_button.clicked.connect(self.save_handout)

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("After you have sent the letter."))
        self.text.setAccessibleName(_("What happens next"))
        self.print_button.setText(_("&Print a handout…"))
        self.pdf_button.setText(_("Save the handout as P&DF…"))

    def handout(self) -> str:
        from reklamera.letter.html import letter_html

        return letter_html(self.ctx.session.handout(self.ctx.language.code))

    def load(self) -> None:
        try:
            self.text.setHtml(self.handout())
        except ValueError as error:
            self.text.setPlainText(str(error))

    def print_handout(self) -> None:
        from reklamera.ui.printing import a4_printer, print_html

        printer = a4_printer()
        if self.ctx.dialogs.print_document(printer, self.ctx.gettext("Print the handout")):
            print_html(self.handout(), printer, self.ctx.gettext("What happens next"))

    def save_handout(self) -> str | None:
        from reklamera.errors import InputError
        from reklamera.letter.render_pdf import render_pdf

        _ = self.ctx.gettext
        path = self.ctx.ask_save_path(_("Save the handout as PDF"), _("What happens next"), ".pdf", _("PDF (*.pdf)"))
        if not path:
            return None
        try:  # the same document as the preview and the printout, laid out without Qt
            render_pdf(self.ctx.session.handout(self.ctx.language.code), path, overwrite=True,
                       letterhead=self.ctx.settings.site.letterhead)
        except InputError as error:
            self.ctx.dialogs.error(_("The handout was not saved"), error.localized(_))
            return None
        return path
