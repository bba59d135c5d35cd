"""Start: country, languages, open a saved case or start a new one; the promise that nothing leaves the computer."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from reklamera.countries import COUNTRIES, COUNTRY_NAMES, DEFAULT_CURRENCY, DEFAULT_LANGUAGE
from reklamera.i18n import LANGUAGES, N_
from reklamera.ui.pages.base import BasePage, hint_label, new_form

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

# Each language in its own name, so a person can always find theirs whatever the UI speaks now.
LANGUAGE_NAMES = {
    "sv": "Svenska",
    "nb": "Norsk bokmål",
    "da": "Dansk",
    "fi": "Suomi",
    "is": "Íslenska",
    "en": "English",
}


class StartPage(BasePage):
    NAME = "start"
    TITLE = N_("Complain about a faulty product")
    STEP_LABEL = N_("Start")
    new_requested = Signal()  # "Start a new case"
    open_requested = Signal(str)  # a recent case's path, or "" to ask for one
    import_requested = Signal()  # "Start from an order confirmation…"

    def build(self) -> None:
        self.main_layout = layout = self.scrolling_layout(QVBoxLayout)
        self.intro = hint_label("intro")
        layout.addWidget(self.intro)
        form = new_form()
        self.country = QComboBox()
        for code in COUNTRIES:
            self.country.addItem("", code)
        self.ui_language = QComboBox()
        self.letter_language = QComboBox()
        for code in LANGUAGES:
            self.ui_language.addItem(LANGUAGE_NAMES[code], code)
            self.letter_language.addItem(LANGUAGE_NAMES[code], code)
        self.add_row(form, "country", self.country, reason=False)
        self.add_row(form, "ui_language", self.ui_language, reason=False)
        self.add_row(form, "letter_language", self.letter_language, reason=False)
        layout.addLayout(form)
        self.steps = hint_label("how-it-works")  # rich text, recognised from its tags
        layout.addWidget(self.steps)

        # One way to start: Next. Opening a saved case is the button bar's "Open…" (Ctrl+O) or a recent case;
        # "Start a new case" shows only when there is a case to put aside.
        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("new-case")
        buttons.addWidget(self.new_button)
        # The seller's details, the order number, the dates and the price are in the order confirmation the
        # consumer already has: read them from it (each value shown with its line, to tick or correct).
        self.import_button = QPushButton()
        self.import_button.setObjectName("import-document")
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.recent_label = QLabel()
        self.recent_label.hide()
        layout.addWidget(self.recent_label)
        self.recent: QListWidget | None = None  # the recent cases, made when there are any (none on a first start)
        self.recent_index = layout.count()
        layout.addStretch()
        self.privacy = hint_label("privacy")
        layout.addWidget(self.privacy)

        self.country.currentIndexChanged.connect(self._country_changed)
        self.ui_language.currentIndexChanged.connect(self._ui_language_chosen)
        self.new_button.clicked.connect(lambda: self.new_requested.emit())
        self.import_button.clicked.connect(lambda: self.import_requested.emit())

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(
            _(
                "Answer a few questions. reklamera tells you whether you are still in time, what you "
                "can ask for, and writes the complaint letter."
            )
        )
        self.intro.setText(
            _(
                "Choose the country where you bought the product. Its consumer-sale act decides "
                "your rights and deadlines."
            )
        )
        for index in range(self.country.count()):
            self.country.setItemText(index, _(COUNTRY_NAMES[self.country.itemData(index)]))
        self.set_label("country", _("&Country of purchase:"))
        self.set_label("ui_language", _("Language of this &program:"))
        self.set_label("letter_language", _("Language of the &letter:"))
        steps = (
            _("Tell reklamera about the purchase and the defect."),
            _("See whether you are in time, until when, and what you can ask for."),
            _("Get a letter you can send today, and learn what happens next."),
        )
        items = "".join(f"<li>{escape(step)}</li>" for step in steps)
        heading = _("How it works")
        self.steps.setText(f"<p><b>{escape(heading)}</b></p><ol>{items}</ol>")
        self.new_button.setText(_("Start a ne&w case"))
        self.import_button.setText(_("Start from an order con&firmation…"))
        self.import_button.setToolTip(_("An e-mail (.eml, .msg), a PDF receipt or text from the shop's web page; "
                                        "you can also drop the file on this window"))
        self.recent_label.setText(_("&Recent cases (press Enter to open):"))
        if self.recent is not None:
            self.recent.setAccessibleName(_("Recent cases"))
        self.privacy.setText(_("Everything stays on this computer: nothing you type is sent anywhere."))
        for name, combo in (
            ("country", self.country),
            ("ui_language", self.ui_language),
            ("letter_language", self.letter_language),
        ):
            locked = self.ctx.settings.is_locked(name)
            combo.setEnabled(not locked)
            combo.setToolTip(_("Set by your office") if locked else "")

    def load(self) -> None:
        case = self.ctx.case
        self.country.setCurrentIndex(self.country.findData(case.country))
        self.ui_language.setCurrentIndex(self.ui_language.findData(self.ctx.language.code))
        self.letter_language.setCurrentIndex(self.letter_language.findData(case.language))
        self.new_button.setVisible(case != self.ctx.session.blank_case())
        paths = [path for path in self.ctx.settings.ui.recent_cases if Path(path).exists()]
        if paths and self.recent is None:
            self._make_recent_list()
        self.recent_label.setVisible(bool(paths))
        if self.recent is None:
            return
        from PySide6.QtWidgets import QListWidgetItem

        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(self._describe(Path(path)))
            item.setToolTip(path)  # the full path, shown on hover and used to open it
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))

    def _describe(self, path: Path) -> str:
        """'Anna Lindqvist – diskmaskin Electra DW-450 (17 november 2026)': whose case, about what, last saved;
        the file name when the file cannot be read as a case."""
        import datetime as dt

        from reklamera.case import CaseError, load_case
        from reklamera.verdict import long_date_formatter

        try:
            case = load_case(path)
            saved = dt.date.fromtimestamp(path.stat().st_mtime)
        except (CaseError, OSError):
            return path.name
        who_what = " – ".join(part for part in (case.consumer.name.strip(), case.product.description.strip()[:60])
                              if part) or path.name
        return f"{who_what} ({long_date_formatter(self.ctx.language.code)(saved)})"

    def _make_recent_list(self) -> None:
        from PySide6.QtWidgets import QListWidget

        self.recent = recent = QListWidget()
        recent.setObjectName("recent-cases")
        self.recent_label.setBuddy(recent)
        recent.setMaximumHeight(110)
        recent.setAccessibleName(self.ctx.gettext("Recent cases"))
        self.main_layout.insertWidget(self.recent_index, recent)
        recent.itemActivated.connect(lambda item: self.open_requested.emit(item.toolTip()))

    def store(self) -> None:
        case = self.ctx.case
        country = self.country.currentData()
        self.ctx.settings.choose("country", country)
        if country != case.country:
            # Follow the new country's currency unless the person chose another one themselves.
            if case.product.currency == DEFAULT_CURRENCY.get(case.country):
                case.product.currency = DEFAULT_CURRENCY[country]
            case.country = country
        case.language = self.letter_language.currentData()

    def _country_changed(self) -> None:
        if self.loading:
            return
        # The letter follows the country's language until the person picks another letter language.
        if self.letter_language.currentData() == DEFAULT_LANGUAGE.get(self.ctx.case.country):
            language = DEFAULT_LANGUAGE[self.country.currentData()]
            self.letter_language.setCurrentIndex(self.letter_language.findData(language))
        self.commit()

    def _ui_language_chosen(self) -> None:
        if self.loading:
            return
        code = self.ui_language.currentData()
        self.ctx.settings.choose("ui_language", code)
        self.ctx.language.set(code)
