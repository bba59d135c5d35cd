"""The office register in the app: every case with its status and next deadline (search, filter, sort, open),
"delete this consumer's data", and the statistics with a chart (PNG) and the anonymised CSV export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reklamera.errors import InputError
from reklamera.i18n import N_
from reklamera.ui.background import Background, wait_until
from reklamera.ui.register_model import COLUMNS, ROW_ROLE, RegisterModel
from reklamera.vocabulary import REGISTER_STATUS_WORDS

SEARCH_PAUSE_MS = 250  # a search runs when typing pauses, not on every keystroke


class RegisterWindow(QDialog):
    open_requested = Signal(str)

    def __init__(self, register, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register-window")
        self.register, self.ctx = register, ctx
        self.sort, self.descending = "next_deadline", False
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        cases = QWidget()
        column = QVBoxLayout(cases)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("register-search")
        self.status = QComboBox()
        self.overdue = QCheckBox()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.overdue)
        column.addLayout(filters)
        self.model = RegisterModel(ctx.gettext, self._date_formatter(), self)
        self.table = QTableView()
        self.table.setObjectName("register-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Column widths from the first screenful of rows, once per list and language (then the person's own): each
        # measured cell asks the model for eight roles, and 500 rows took 100 ms on every keystroke's answer.
        self.table.horizontalHeader().setResizeContentsPrecision(20)
        self._widths_fitted = False
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        column.addWidget(self.table, 1)
        # What the list shows, or why it shows nothing: a query that failed or still runs is said, not hidden.
        self.state = QLabel()
        self.state.setObjectName("register-state")
        self.state.setWordWrap(True)
        column.addWidget(self.state)
        buttons = QHBoxLayout()
        self.open_button = QPushButton()
        self.forget_button = QPushButton()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.forget_button)
        column.addLayout(buttons)
        self.tabs.addTab(cases, "")

        from reklamera.ui.widgets.chart import MonthlyChart

        stats = QWidget()
        column = QVBoxLayout(stats)
        self.chart = MonthlyChart()
        column.addWidget(self.chart, 1)
        self.summary = QTextBrowser()
        self.summary.setObjectName("register-summary")
        column.addWidget(self.summary, 1)
        row = QHBoxLayout()
        self.png_button = QPushButton()
        self.csv_button = QPushButton()
        row.addWidget(self.png_button)
        row.addWidget(self.csv_button)
        row.addStretch()
        column.addLayout(row)
        self.tabs.addTab(stats, "")

        self.queries = Background(self)
        self.queries.answered.connect(self._answered)
        self.queries.failed.connect(self._failed)
        self.stats: Any = None
        self._problem: InputError | None = None  # why the last query failed
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._typed)
        self.status.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.forget_button.clicked.connect(self.forget_selected)
        self.png_button.clicked.connect(self.save_png)
        self.csv_button.clicked.connect(self.export_csv)
        ctx.language.changed.connect(self.retranslate)
        self.retranslate()
        self.refresh()
        self._statistics()

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self._widths_fitted = False  # the headers and dates are as wide as the new language writes them
        self.setWindowTitle(_("Case register"))
        self.search.setPlaceholderText(_("Search names, sellers and products"))
        self.search.setAccessibleName(_("Search"))
        self.status.setAccessibleName(_("Status"))
        chosen = self.status.currentData()
        self.status.blockSignals(True)  # the same filter in other words: no new query
        self.status.clear()
        self.status.addItem(_("All"), None)
        for code, words in REGISTER_STATUS_WORDS.items():
            self.status.addItem(_(words.label), code)
        self.status.setCurrentIndex(max(0, self.status.findData(chosen)))
        self.status.blockSignals(False)
        self.overdue.setText(_("Only &overdue"))
        self.table.setAccessibleName(_("Cases"))
        self.open_button.setText(_("Op&en the case"))
        self.forget_button.setText(_("&Delete this consumer's data…"))
        self.png_button.setText(_("Save the chart as &PNG…"))
        self.csv_button.setText(_("E&xport anonymised CSV…"))
        self.tabs.setTabText(0, _("Cases"))
        self.tabs.setTabText(1, _("Statistics"))
        self.model.set_language(_, self._date_formatter())
        self._show_state()
        if self.stats is not None:
            self._show_statistics(self.stats)

    def _date_formatter(self):
        from reklamera import verdict

        return verdict.long_date_formatter(self.ctx.language.code)

    # --- queries, off the GUI thread ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the cases the filters describe; the list changes when the answer comes."""
        self.pause.stop()
        search, status = self.search.text().strip(), self.status.currentData()
        overdue = True if self.overdue.isChecked() else None
        sort, descending = self.sort, self.descending
        self.queries.ask("list", lambda: self.register.list(search=search, status=status, overdue=overdue,
                                                            sort=sort, descending=descending))
        self._problem = None
        self._show_state(searching=True)

    def _typed(self) -> None:
        self.pause.start()
        self._show_state(searching=True)  # the list no longer answers what the field says

    def _statistics(self) -> None:
        """The whole register, whatever the list shows: computed when the window opens and after a deletion,
        not on every keystroke in the search field."""
        from reklamera.register.statistics import compute

        self.queries.ask("statistics", lambda: compute(self.register.rows_for_statistics()))

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Until the typing pause is over and every question asked has its answer (for tests and scripts)."""
        return wait_until(lambda: not self.queries.pending and not self.pause.isActive(), timeout_ms)

    def _answered(self, ticket: int, result: Any) -> None:
        for kind, asked in list(self.queries.pending.items()):
            if asked != ticket:
                continue
            del self.queries.pending[kind]
            if kind == "list":
                self.model.set_rows(result)
                if not self._widths_fitted and result:
                    self.table.resizeColumnsToContents()
                    self._widths_fitted = True
                self._show_state()
            else:
                self.stats = result
                self._show_statistics(result)

    def _failed(self, ticket: int, error: InputError) -> None:
        for kind, asked in list(self.queries.pending.items()):
            if asked == ticket:
                del self.queries.pending[kind]
                self._problem = error
                self._show_state()

    def _show_state(self, *, searching: bool = False) -> None:
        _ = self.ctx.gettext
        problem = self._problem
        if problem is not None:
            text = _("The register could not be read: {reason}").format(reason=problem.localized(_))
        elif searching or "list" in self.queries.pending or self.pause.isActive():
            text = _("Searching…")
        else:
            count = self.model.rowCount()
            text = self.ctx.language.ngettext("{count} case", "{count} cases", count).format(count=count)
        self.state.setText(text)
        self.state.setAccessibleName(text)

    def _show_statistics(self, stats: Any) -> None:
        from html import escape

        _ = self.ctx.gettext
        self.chart.show_months(stats.months, _("Complaints"), _("Days to the first answer (median)"))
        total = _("Cases: {count}").format(count=stats.total)
        lines = [f"<p><b>{escape(total)}</b></p>", "<table cellpadding=3>",
                 "<tr>" + "".join(f"<th>{escape(_(h))}</th>" for h in (
                     N_("Month"), N_("Complaints"), N_("First answer, median days"), N_("Closed, median days"),
                     N_("Satisfaction (1–5)"))) + "</tr>"]
        for month in stats.months:
            cells = (month.month, month.complaints, month.median_response_days, month.median_resolution_days,
                     month.satisfaction)
            shown = ["–" if c is None else (f"{c:g}" if isinstance(c, float) else str(c)) for c in cells]
            lines.append("<tr>" + "".join(f"<td>{value}</td>" for value in shown) + "</tr>")
        lines.append("</table>")
        if stats.by_seller:
            heading = _("Sellers with more than one complaint")
            lines.append(f"<p><b>{escape(heading)}</b></p><ul>" + "".join(
                f"<li>{escape(name)}: {count}</li>" for name, count in stats.by_seller) + "</ul>")
        self.summary.setHtml("".join(lines))

    def done(self, result: int) -> None:
        """Closing: answers still on their way are not waited for (the worker ends after its current query)."""
        self.queries.pending.clear()
        super().done(result)

    def _sort_by(self, column: int) -> None:
        key = COLUMNS[column].value
        self.descending = not self.descending if key == self.sort else False
        self.sort = key
        self.refresh()

    def _selected(self):
        """The register's row of the case chosen in the list, or None."""
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def open_selected(self) -> None:
        selected = self._selected()
        if selected is not None and selected.path:
            self.open_requested.emit(selected.path)

    def forget_selected(self) -> bool:
        """Delete the data of the selected case's consumer — that person only (name and e-mail address), after
        showing which cases, and how many, would go."""
        _ = self.ctx.gettext
        selected = self._selected()
        if selected is None or not selected.consumer_name:
            return False
        found = self.register.consumer_cases(selected.id)
        if not found:
            return False
        ngettext = self.ctx.language.ngettext
        question = ngettext("Remove this case of {name} from the register?",
                            "Remove these {count} cases of {name} from the register?", len(found))
        lines = [f"{row.updated_at:%Y-%m-%d}  {row.product or '–'} / {row.seller_name or '–'}" for row in found[:20]]
        if len(found) > 20:
            lines.append(_("… and {count} more").format(count=len(found) - 20))
        text = "\n".join([question.format(name=selected.consumer_name, count=len(found)), "", *lines, "",
                          _("This cannot be undone. Case files on disk are not touched.")])
        if not self.ctx.dialogs.confirm(_("Delete this consumer's data"), text,
                                        _("Delete"), _("Cancel")):
            return False
        self.register.delete_cases(row.id for row in found)
        self.refresh()
        self._statistics()
        return True

    def save_png(self) -> str | None:
        _ = self.ctx.gettext
        path = self.ctx.dialogs.save_path(_("Save the chart"), "statistics.png", _("PNG image (*.png)"))
        if path:
            self.chart.grab().save(path if path.lower().endswith(".png") else path + ".png")
        return path

    def export_csv(self) -> str | None:
        from reklamera.errors import InputError
        from reklamera.register.export import anonymised_csv
        from reklamera.storage import write_output

        _ = self.ctx.gettext
        path = self.ctx.dialogs.save_path(_("Export anonymised CSV"), "complaints.csv", _("CSV (*.csv)"))
        if not path:
            return None
        try:  # the file dialog has already asked before replacing a file
            write_output(path, anonymised_csv(self.register.rows_for_statistics()).encode("utf-8"), overwrite=True)
        except InputError as error:
            self.ctx.dialogs.error(_("The export was not saved"), error.localized(_))
            return None
        return path
