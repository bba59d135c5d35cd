"""The office register in the app: every case with its status and next deadline (search, filter, sort, open),
"delete this consumer's data", and the statistics with a chart (PNG) and the anonymised CSV export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reklamera.i18n import N_
from reklamera.vocabulary import REGISTER_COLUMN_WORDS, REGISTER_STATUS_WORDS, RegisterStatus

COLUMNS = tuple(words.label for words in REGISTER_COLUMN_WORDS.values())
SORT_KEYS = tuple(REGISTER_COLUMN_WORDS)


class RegisterWindow(QDialog):
    open_requested = Signal(str)

    def __init__(self, register, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register-window")
        self.register, self.ctx = register, ctx
        self.sort, self.descending = "next_deadline", False
        _ = ctx.gettext
        self.setWindowTitle(_("Case register"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        layout.addWidget(tabs)

        cases = QWidget()
        column = QVBoxLayout(cases)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("register-search")
        self.search.setPlaceholderText(_("Search names, sellers and products"))
        self.search.setAccessibleName(_("Search"))
        self.status = QComboBox()
        self.status.setAccessibleName(_("Status"))
        self.status.addItem(_("All"), None)
        for code, words in REGISTER_STATUS_WORDS.items():
            self.status.addItem(_(words.label), code)
        self.overdue = QCheckBox(_("Only &overdue"))
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.overdue)
        column.addLayout(filters)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("register-table")
        self.table.setAccessibleName(_("Cases"))
        self.table.setHorizontalHeaderLabels([_(name) for name in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(_("Op&en the case"))
        self.forget_button = QPushButton(_("&Delete this consumer's data…"))
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.forget_button)
        column.addLayout(buttons)
        tabs.addTab(cases, _("Cases"))

        from reklamera.ui.widgets.chart import MonthlyChart

        stats = QWidget()
        column = QVBoxLayout(stats)
        self.chart = MonthlyChart()
        column.addWidget(self.chart, 1)
        self.summary = QTextBrowser()
        self.summary.setObjectName("register-summary")
        column.addWidget(self.summary, 1)
        row = QHBoxLayout()
        self.png_button = QPushButton(_("Save the chart as &PNG…"))
        self.csv_button = QPushButton(_("E&xport anonymised CSV…"))
        row.addWidget(self.png_button)
        row.addWidget(self.csv_button)
        row.addStretch()
        column.addLayout(row)
        tabs.addTab(stats, _("Statistics"))

        self.search.textChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.forget_button.clicked.connect(self.forget_selected)
        self.png_button.clicked.connect(self.save_png)
        self.csv_button.clicked.connect(self.export_csv)
        self.refresh()
        self._statistics()

    def refresh(self) -> None:
        from reklamera import verdict

        _ = self.ctx.gettext
        rows = self.register.list(search=self.search.text().strip(), status=self.status.currentData(),
                                  overdue=True if self.overdue.isChecked() else None, sort=self.sort,
                                  descending=self.descending)
        format_date = verdict.long_date_formatter(self.ctx.language.code)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            deadline = format_date(row.next_deadline) if row.next_deadline else ""
            if row.overdue:
                deadline = _("{date} (overdue)").format(date=deadline)
            values = (row.consumer_name or _("(anonymised)"), row.seller_name, row.product, row.country,
                      _(REGISTER_STATUS_WORDS[RegisterStatus(row.status)].label), deadline)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (row.id, row.path, row.consumer_name))
                self.table.setItem(index, col, item)
        self.table.resizeColumnsToContents()

    def _statistics(self) -> None:
        """The whole register, whatever the list shows: computed when the window opens and after a deletion,
        not on every keystroke in the search field."""
        from html import escape

        from reklamera.register.statistics import compute

        _ = self.ctx.gettext
        stats = compute(self.register.rows_for_statistics())
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

    def _sort_by(self, column: int) -> None:
        key = SORT_KEYS[column]
        self.descending = not self.descending if key == self.sort else False
        self.sort = key
        self.refresh()

    def _selected(self):
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_selected(self) -> None:
        selected = self._selected()
        if selected and selected[1]:
            self.open_requested.emit(selected[1])

    def forget_selected(self) -> bool:
        """Delete the data of the selected case's consumer — that person only (name and e-mail address), after
        showing which cases, and how many, would go."""
        _ = self.ctx.gettext
        selected = self._selected()
        if not selected or not selected[2]:
            return False
        found = self.register.consumer_cases(selected[0])
        if not found:
            return False
        ngettext = self.ctx.language.ngettext
        question = ngettext("Remove this case of {name} from the register?",
                            "Remove these {count} cases of {name} from the register?", len(found))
        lines = [f"{row.updated_at:%Y-%m-%d}  {row.product or '–'} / {row.seller_name or '–'}" for row in found[:20]]
        if len(found) > 20:
            lines.append(_("… and {count} more").format(count=len(found) - 20))
        text = "\n".join([question.format(name=selected[2], count=len(found)), "", *lines, "",
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
