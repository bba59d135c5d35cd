"""What happens next: the reply deadline, typical answers and how to respond, the dispute body, what to keep;
printable as a one-page handout, in the customer's language while the program keeps its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reklamera.i18n import LANGUAGES, N_
from reklamera.ui.pages.base import BasePage, new_form, viewport_of
from reklamera.ui.pages.start import LANGUAGE_NAMES

if TYPE_CHECKING:
    from collections.abc import Iterator

    from reklamera.case import Case
    from reklamera.letter.content import LetterContent


# Between two steps of the preview's picture: a timer, not a posted event, so the window's own events come first.
STEP_MS = 2


class NextStepsPage(BasePage):
    NAME = "next"
    TITLE = N_("What happens next")
    _viewport = None  # the preview's viewport, once built: its resizing places the picture again

    def build(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout

        layout = self.scrolling_layout(QVBoxLayout)
        form = new_form()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.add_row(form, "handout-language", self.language, reason=False)
        layout.addLayout(form)
        self._language_for: Case | None = None  # the case the choice was made for: another starts from its own
        self._steps: Iterator[None] | None = None  # the preview's picture, still being drawn
        self._drawn_width = 0.0  # the width the preview's picture was placed for, in points
        self.text = QTextBrowser()
        self.text.setObjectName("next-steps")
        self.text.setOpenExternalLinks(False)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(self._redraw_picture)
        self._viewport = viewport_of(self.text)
        self._viewport.installEventFilter(self)
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
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.print_button.clicked.connect(self.print_handout)
        self.pdf_button.clicked.connect(self.save_handout)

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("After you have sent the letter."))
        self.set_label("handout-language", _("Handout &language:"))
        self.language.setToolTip(_("The handout is printed in this language; the program keeps its own."))
        self.text.setAccessibleName(_("What happens next"))
        self.print_button.setText(_("&Print a handout…"))
        self.pdf_button.setText(_("Save the handout as P&DF…"))

    @property
    def handout_language(self) -> str:
        """The language chosen for the handout: the case's letter language until someone picks another."""
        return self.language.currentData() or self.ctx.case.language

    def _language_chosen(self) -> None:
        if not self.loading:
            self._language_for = self.ctx.case
            self.load_preview()

    def content(self):
        return self.ctx.session.handout(self.handout_language)

    def handout(self) -> str:
        from reklamera.letter.html import letter_html

        return letter_html(self.content())

    def load(self) -> None:
        if self._language_for is not self.ctx.case:  # a case opened since: its customer's language
            self._language_for = None
            self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.case.language)))
        self.load_preview()

    def load_preview(self) -> None:
        """The text at once; the timeline picture after it, in a few short steps between the window's events (the
        first picture reads the font's tables and places every label: together longer than a person should wait
        for the window to react). Not on a thread: the app's Python event filter would wait for it at every event."""

        from reklamera.letter.html import letter_html

        try:
            content = self.content()
        except ValueError as error:
            self.text.setPlainText(str(error))
            return
        self.text.setHtml(letter_html(content, with_pictures=False))
        self._draw_picture(content)

    def _redraw_picture(self) -> None:
        import contextlib

        with contextlib.suppress(ValueError):  # the text already says why
            self._draw_picture(self.content())

    def _draw_picture(self, content: LetterContent) -> None:
        from PySide6.QtCore import QTimer

        steps = self._picture_steps(content)
        self._steps = steps  # a newer preview drops the steps of an older one
        QTimer.singleShot(STEP_MS, self, lambda: self._step(steps))  # dropped with the page

    def _step(self, steps: Iterator[None]) -> None:
        from PySide6.QtCore import QTimer

        if steps is not self._steps:
            return
        try:
            next(steps)
        except StopIteration:
            self._steps = None
            return
        QTimer.singleShot(STEP_MS, self, lambda: self._step(steps))  # dropped with the page

    def _picture_width(self) -> float:
        """The picture's width in points: the page's text width, or what the preview has room for."""
        from reklamera.letter.html import PICTURE_WIDTH, PX_PER_POINT

        room = viewport_of(self.text).width() - 2 * self.text.document().documentMargin() - 6
        return max(240.0, min(PICTURE_WIDTH, room / PX_PER_POINT))

    def eventFilter(self, watched, event) -> bool:
        """The preview narrowed or widened: its picture placed again for the new width (once it has settled)."""
        from PySide6.QtCore import QEvent

        resized = event.type() == QEvent.Type.Resize and watched is self._viewport  # (None while building)
        if resized and self._drawn_width and abs(self._picture_width() - self._drawn_width) > 12:
            self._resized.start()
        return super().eventFilter(watched, event)

    def _picture_steps(self, content: LetterContent) -> Iterator[None]:
        from reklamera.letter import font_metrics
        from reklamera.letter.html import letter_html, pictures
        from reklamera.letter.timeline_layout import handout_layout

        yield
        from reklamera.ui.pictures import add_pictures, register_letter_font

        yield
        for bold in (False, True):
            font_metrics.text_width("", 1, bold)  # the font's tables, read once
            yield
        width = self._picture_width()
        for block in content.body:
            if block.timeline is not None:
                handout_layout(block.timeline, width)  # placed once, kept while the width stays
                yield
        register_letter_font()
        yield
        html = letter_html(content, picture_width=width)
        add_pictures(self.text.document(), pictures(content, width), 96 / 72, self.text.devicePixelRatioF())
        self._drawn_width = width
        bar = self.text.verticalScrollBar()
        kept = bar.value()
        self.text.setHtml(html)
        bar.setValue(kept)

    def wait_for_preview(self, timeout_ms: int = 10_000) -> bool:
        """Until the preview's picture is in (tests, screenshots)."""
        from reklamera.ui.background import wait_until

        return wait_until(lambda: self._steps is None, timeout_ms)

    def print_handout(self) -> None:
        from reklamera.letter.html import letter_html, pictures
        from reklamera.ui.printing import a4_printer, print_html

        printer = a4_printer()
        if self.ctx.dialogs.print_document(printer, self.ctx.gettext("Print the handout")):
            content = self.content()
            print_html(letter_html(content), printer, content.title, pictures(content), one_page=True)

    def save_handout(self) -> str | None:
        from reklamera.letter.render_pdf import render_pdf

        _ = self.ctx.gettext
        path = self.ctx.ask_save_path(_("Save the handout as PDF"), _("What happens next"), ".pdf", _("PDF (*.pdf)"))
        if not path:
            return None
        content, letterhead = self.content(), self.ctx.settings.site.letterhead
        # The same document as the preview and the printout, laid out without Qt, off the GUI thread.
        return self.save_in_background(path, lambda: render_pdf(content, path, overwrite=True, letterhead=letterhead),
                                       None, _("The handout was not saved"))
