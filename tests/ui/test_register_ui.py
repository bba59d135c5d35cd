"""The office register as a desk sees it: saving keeps it in step, two desks, the list, statistics, privacy."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from reklamera.case import load_case
from reklamera.samples import SAMPLE_CASE
from reklamera.settings import Settings
from reklamera.site import load_site_config


def rows(window) -> int:
    return window.model.rowCount()


def cell(window, row: int, column: int) -> str:
    return window.model.index(row, column).data()


def select(window, row: int) -> None:
    window.table.setCurrentIndex(window.model.index(row, 0))


@pytest.fixture()
def office(tmp_path: Path):
    site_file = tmp_path / "site.toml"
    site_file.write_text(f'[register]\nenabled = true\nurl = "sqlite:///{tmp_path / "office.sqlite"}"\n',
                         encoding="utf-8")
    return lambda desk: Settings(tmp_path / f"{desk}.json", site=load_site_config([site_file]))


def test_saving_a_case_puts_it_in_the_register(qtbot, make_wizard, sample, dialogs, office, tmp_path) -> None:
    wizard = make_wizard(sample, settings=office("desk1"))
    dialogs.answers.append(str(tmp_path / "anna.reklamera"))
    assert wizard.save_case()
    assert load_case(tmp_path / "anna.reklamera").id == wizard.case.id != ""
    window = wizard.show_register()
    assert window.wait()
    assert rows(window) == 1 and cell(window, 0, 0) == "Anna Lindqvist"
    assert window.state.text() == "1 case"
    qtbot.keyClicks(window.findChild(QLineEdit, "register-search"), "nothing like it")
    assert window.state.text() == "Searching…"  # the query waits for a pause in the typing …
    assert window.wait() and rows(window) == 0 and window.state.text() == "0 cases"  # … then runs once
    window.search.clear()
    assert window.wait() and "Cases: 1" in window.summary.toPlainText()
    dialogs.answers.append(str(tmp_path / "chart.png"))
    window.save_png()
    assert (tmp_path / "chart.png").stat().st_size > 1000
    dialogs.answers.append(str(tmp_path / "stats.csv"))
    window.export_csv()
    assert "Anna" not in (tmp_path / "stats.csv").read_text(encoding="utf-8")
    dialogs.answers.append(str(tmp_path / "nowhere" / "stats.csv"))
    assert window.export_csv() is None
    assert dialogs.calls[-1][0] == "error" and "does not exist" in dialogs.calls[-1][1][1]


def test_two_desks_save_the_same_case(qtbot, make_wizard, sample, dialogs, office, tmp_path) -> None:
    path = tmp_path / "shared.reklamera"
    first = make_wizard(sample, settings=office("desk1"))
    dialogs.answers.append(str(path))
    assert first.save_case()
    desk_a, desk_b = make_wizard(settings=office("desk2")), make_wizard(settings=office("desk3"))
    for desk in (desk_a, desk_b):
        dialogs.answers.append(str(path))
        assert desk.open_case()
    desk_a.case.notes = "desk A"
    assert desk_a.save_case()
    desk_b.case.notes = "desk B"
    dialogs.calls.clear()
    assert desk_b.save_case()  # desk B's version is saved beside the shared file (nothing lost) …
    kind, (title, text) = dialogs.calls[-1]
    assert kind == "error" and "another desk saved this case" in text  # … and the desk is told where
    assert title == "Another desk saved this case" and "desk copy" in text
    assert load_case(path).notes == "desk A"  # desk A's change is not overwritten
    copies = [p for p in tmp_path.iterdir() if "desk copy" in p.name]
    assert len(copies) == 1 and str(copies[0]) in text and load_case(copies[0]).notes == "desk B"
    assert desk_b.register().list()[0].revision == 2  # desk A's save stands in the register


def test_delete_a_consumers_data_from_the_list(qtbot, make_wizard, sample, dialogs, office, tmp_path) -> None:
    wizard = make_wizard(sample, settings=office("desk1"))
    dialogs.answers.append(str(tmp_path / "a.reklamera"))
    wizard.save_case()
    other = copy.deepcopy(sample)
    other.id, other.consumer.name = "", "Bo Ek"
    second = make_wizard(other, settings=office("desk1"))
    dialogs.answers.append(str(tmp_path / "b.reklamera"))
    second.save_case()
    window = wizard.show_register()
    assert window.wait() and "Cases: 2" in window.summary.toPlainText()
    reads = []
    original = window.register.rows_for_statistics
    window.register.rows_for_statistics = lambda: reads.append(1) or original()
    qtbot.keyClicks(window.search, "Bo")  # typing filters the list; the statistics of the register stay
    window.search.clear()
    assert window.wait() and reads == []
    select(window, 0)
    name = cell(window, 0, 0)
    dialogs.answers.append(True)
    assert window.forget_selected()
    assert window.wait() and reads == [1] and "Cases: 1" in window.summary.toPlainText()
    assert [cell(window, row, 0) for row in range(rows(window))] == \
        [n for n in ("Anna Lindqvist", "Bo Ek") if n != name]


def test_no_register_button_without_the_office_switch(make_wizard) -> None:
    from PySide6.QtWidgets import QWizard

    wizard = make_wizard()
    assert not wizard.button(QWizard.WizardButton.CustomButton3).isVisible()
    assert wizard.register() is None


def test_deleting_a_consumers_data_spares_another_person_of_the_same_name(make_wizard, sample, dialogs, office,
                                                                           tmp_path) -> None:
    """Two people called Anna Lindqvist: deleting one's data shows her cases, counted, and deletes only hers."""
    people = []
    for index, (email, product) in enumerate([("anna.lindqvist@example.se", "Diskmaskin"),
                                              ("anna.l@example.org", "Cykel"),
                                              ("anna.lindqvist@example.se", "Kaffebryggare")]):
        case = copy.deepcopy(sample)
        case.id, case.consumer.email, case.product.description = "", email, product
        wizard = make_wizard(case, settings=office("desk1"))
        dialogs.answers.append(str(tmp_path / f"case{index}.reklamera"))
        assert wizard.save_case()
        people.append(wizard)
    window = people[0].show_register()
    assert window.wait()
    select(window, next(r for r in range(rows(window)) if cell(window, r, 2) == "Cykel"))
    dialogs.answers.append(False)  # the preview first: nothing is deleted when the user says no
    assert not window.forget_selected()
    kind, (_title, text, *_buttons) = dialogs.calls[-1]
    assert kind == "confirm" and "Remove this case of Anna Lindqvist" in text and "Cykel" in text
    assert "Diskmaskin" not in text and window.register.count() == 3
    select(window, next(r for r in range(rows(window)) if cell(window, r, 2) == "Diskmaskin"))
    dialogs.answers.append(True)
    assert window.forget_selected()
    kind, (_title, text, *_buttons) = dialogs.calls[-1]
    assert "Remove these 2 cases of Anna Lindqvist" in text and "Kaffebryggare" in text and "Cykel" not in text
    assert [r.product for r in window.register.list()] == ["Cykel"]  # the other Anna keeps her case


def test_delete_consumer_needs_the_whole_key(tmp_path) -> None:
    from reklamera.register.store import Register

    with Register.sqlite(tmp_path / "r.sqlite") as register:
        for email in ("a@example.se", "b@example.se", ""):
            case = load_case(SAMPLE_CASE)
            case.consumer.email = email
            register.save(case)
        assert register.delete_consumer("Anna Lindqvist", "a@example.se") == 1
        assert register.delete_consumer("Anna Lindqvist", "") == 1
        assert register.count() == 1


def test_the_register_window_stays_responsive_and_says_what_went_wrong(qtbot, make_wizard, sample, dialogs, office,
                                                                       tmp_path) -> None:
    """A slow server: the query runs off the GUI thread (the event loop keeps turning), only the newest search's
    answer is shown, and a failed query is said in the window instead of a traceback or a frozen list."""
    import time

    from PySide6.QtCore import QTimer

    from reklamera.register.store import RegisterError

    wizard = make_wizard(sample, settings=office("desk1"))
    dialogs.answers.append(str(tmp_path / "anna.reklamera"))
    assert wizard.save_case()
    window = wizard.show_register()
    assert window.wait()
    import threading

    original = window.register.list
    asked = []

    def slow(**query):
        asked.append((query["search"], threading.current_thread() is threading.main_thread()))
        time.sleep(0.3)
        return original(**query)

    window.register.list = slow
    beats = []
    heart = QTimer()
    heart.timeout.connect(lambda: beats.append(1))
    heart.start(5)
    window.search.setText("Ann")
    window.refresh()  # as if the pause had passed: a first, slow query …
    window.search.setText("nobody")
    window.refresh()  # … overtaken by a second one
    assert window.wait()
    heart.stop()
    assert asked == [("Ann", False), ("nobody", False)]  # both ran on the worker thread, never the GUI's
    assert rows(window) == 0  # the older answer was dropped
    assert len(beats) >= 20  # the event loop kept turning through the 0.6 s the queries took

    def broken(**_query):
        raise RegisterError("", "the register was not updated ({reason})", reason="server closed the connection")

    window.register.list = broken
    window.refresh()
    assert window.wait()
    assert window.state.text() == "The register could not be read: the register was not updated (server closed " \
                                  "the connection)"


def test_the_register_window_follows_the_ui_language(qtbot, make_wizard, sample, dialogs, office, tmp_path) -> None:
    wizard = make_wizard(sample, settings=office("desk1"))
    dialogs.answers.append(str(tmp_path / "anna.reklamera"))
    assert wizard.save_case()
    window = wizard.show_register()
    assert window.wait()
    window.status.setCurrentIndex(window.status.findData("sent"))
    assert window.wait()
    wizard.ctx.language.set("sv")
    assert window.windowTitle() == "Ärenderegister"
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Säljare"
    assert window.status.currentData() == "sent" and window.status.itemText(0) == "Alla"  # the filter is kept
    assert window.state.text() in {"1 ärende", "0 ärenden"}
