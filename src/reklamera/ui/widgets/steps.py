"""The steps beside the pages (the wizard's side widget): where you are, what is done and what needs attention;
every step already reached can be opened again by mouse or keyboard (Enter or a double click)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy

from reklamera.i18n import N_

if TYPE_CHECKING:
    from reklamera.ui.wizard import ComplaintWizard

# Qt.ItemDataRole.UserRole and AccessibleTextRole by value: the QtCore.Qt namespace costs start-up time.
USER_ROLE, ACCESSIBLE_TEXT_ROLE = 0x0100, 0x000B
STATES = {  # mark, words for a screen reader
    "done": ("✓", N_("done")),
    "current": ("▶", N_("current step")),
    "attention": ("!", N_("needs attention")),
    "ahead": ("○", N_("not reached yet")),
}


class StepList(QListWidget):
    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__()
        self.wizard = wizard
        self.setObjectName("steps")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setSpacing(2)
        self.itemActivated.connect(self._open)
        self.gettext: Callable[[str], str] = str
        self.reached: set[int] = set()  # the pages shown so far (QWizard forgets those after a Back)

    def refresh(self) -> None:
        wizard, _ = self.wizard, self.gettext
        current = wizard.currentId()
        self.reached.add(current)  # also the steps after this one that were reached before going back
        visited = self.reached
        self.setAccessibleName(_("Steps"))
        rows = []
        for number, page_id in enumerate(wizard.pageIds(), 1):
            page = wizard.wizard_pages[number - 1]
            if page_id == current:
                state = "current"
            elif page_id in visited:
                state = "attention" if page.built and page.problems() else "done"
            else:
                state = "ahead"
            rows.append((page_id, state, _(page.STEP_LABEL or page.TITLE)))
        if self.count() != len(rows):
            self.clear()
            for _row in rows:
                self.addItem(QListWidgetItem())
        for index, (page_id, state, label) in enumerate(rows):
            mark, words = STATES[state]
            item = self.item(index)
            item.setText(f"{mark}  {label}")
            item.setData(USER_ROLE, page_id)
            item.setToolTip(_(words))
            item.setData(ACCESSIBLE_TEXT_ROLE, _("Step {number} of {count}: {step}, {state}").format(
                number=index + 1, count=len(rows), step=label, state=_(words)))
            # A step not reached yet keeps the normal text colour (greyed-out text would fall below 4.5:1 contrast)
            # and does nothing when chosen (_open); its state is in its words. Item flags are left alone: reading
            # them builds QtCore.Qt's enums, about 20 ms before the first paint.
            font = item.font()
            font.setBold(state == "current")
            item.setFont(font)
            if state == "current":
                self.setCurrentRow(index)
        self.setFixedWidth(max(self.sizeHintForColumn(0) + 24, self.fontMetrics().horizontalAdvance("M" * 12)))

    def _open(self, item: QListWidgetItem) -> None:
        page_id = int(item.data(USER_ROLE))
        if page_id in self.reached:
            self.wizard.go_to_page(page_id)
