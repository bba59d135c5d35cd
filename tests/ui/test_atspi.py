"""Issue 13, done means: every page read through AT-SPI as a screen reader reads it (Xvfb, a D-Bus session,
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, Debian's pyatspi from the system Python).

tests/ui/atspi_reader.py runs with /usr/bin/python3 (the virtual environment cannot import pyatspi) inside
``dbus-run-session``; it starts the wizard (tests/ui/atspi_app.py, this Python) on Xvfb, walks the pages with it and
prints what it read as JSON. The accessibility bus (at-spi-bus-launcher) and the registry (at-spi2-registryd) are
started by D-Bus activation inside that private session. Qt 6.8 and later send a QAccessibleAnnouncementEvent as the
AT-SPI signal Object:Announcement: pyatspi hears it as "object:announcement", the message in any_data and the
politeness in detail1 (1 polite, 2 assertive).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reklamera.samples import SAMPLE_TODAY
from tests.ui.conftest import x_environment

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
PAGES = ("start", "purchase", "defect", "rights", "remedy", "parties", "letter", "next", "followup")
# What a person can operate or read as a control; each must say what it is. Scroll bars are left out: they take no
# focus, and screen readers say "scroll bar" and its position for them.
CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
            "password text", "spin button", "list", "list item", "table", "table cell", "tree", "tree item",
            "page tab", "slider", "link", "menu item", "calendar", "document frame", "tree table"}
# The sample: the defect noticed on 2 October 2026, so the two months in which a complaint is always in time end on
# 2 December 2026; the sample's today is 23 October 2026.
DEADLINE = dt.date(2026, 12, 2)

pytestmark = pytest.mark.gui


def missing_tools() -> str:
    """Why the AT-SPI stack cannot run here, or "" when it can."""
    if shutil.which("dbus-run-session") is None:
        return "dbus-run-session is missing (apt-get install dbus-bin; scripts/bootstrap.sh test installs dbus-x11)"
    if not any(Path(path).exists() for path in BUS_LAUNCHERS):
        return "at-spi-bus-launcher is missing (apt-get install at-spi2-core)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing: pyatspi is read with Debian's own Python"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, check=False)
    if check.returncode:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (apt-get install python3-pyatspi): {check.stderr[-300:]}"
    return ""


@pytest.fixture(scope="module")
def read(x_display, tmp_path_factory) -> dict:
    if why := missing_tools():
        pytest.skip(why)
    here = Path(__file__).parent
    out = tmp_path_factory.mktemp("atspi") / "read.json"
    command = ["dbus-run-session", "--", SYSTEM_PYTHON, str(here / "atspi_reader.py"), str(out), "en", "--",
               sys.executable, str(here / "atspi_app.py"), "en"]
    env = x_environment(x_display, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    if not out.exists():
        pytest.fail(f"the AT-SPI reader wrote nothing (exit {done.returncode}):\n{done.stderr[-3000:]}")
    result = json.loads(out.read_text("utf-8"))
    assert "error" not in result, f"{result['error']}\n{done.stderr[-3000:]}"
    return result


def nodes(tree: dict):
    yield tree
    for child in tree["children"]:
        yield from nodes(child)


def named(tree: dict, object_name: str) -> dict:
    """The node of the widget with this object name (Qt gives it as the end of the accessible id)."""
    found = [node for node in nodes(tree) if node.get("id", "").split(".")[-1] == object_name]
    assert found, f"no {object_name} in the tree"
    return found[0]


def test_every_page_is_read(read) -> None:
    assert tuple(read["pages"]) == PAGES
    assert read["toolkit"].startswith("Qt ")


def test_every_control_has_a_role_and_a_name(read) -> None:
    silent = [f"{page}: {node['role']} {node.get('id', '')}" for page, tree in read["pages"].items()
              for node in nodes(tree)
              if not node["role"] or node["role"] in ("unknown", "invalid")
              or (node["role"] in CONTROLS and not node["name"].strip())]
    assert not silent, "\n".join(silent)


def test_every_tab_stop_has_a_name(read) -> None:
    nameless = [f"{page}: {node['role']} {node.get('id', '')}" for page, tree in read["pages"].items()
                for node in nodes(tree) if node.get("focusable") and not node["name"].strip()]
    assert not nameless, "\n".join(nameless)


def test_each_page_is_read_before_the_buttons_and_after_its_title(read) -> None:
    for page, tree in read["pages"].items():
        order = [node.get("id", "").split(".")[-1] or node["name"] for node in nodes(tree)]
        first = next(index for index, name in enumerate(order) if name == f"page-{page}")
        buttons = [index for index, node in enumerate(nodes(tree)) if node["role"] == "push button"
                   and node.get("id", "").split(".")[-1].startswith("__qt__passive_wizardbutton")]
        title = next(index for index, node in enumerate(nodes(tree)) if node["role"] == "label"
                     and node["name"] and node.get("id", "").endswith("QWidget.QWidget.QLabel"))
        assert title < first < min(buttons), f"{page}: title {title}, page {first}, buttons {buttons}"


def test_a_wrong_date_is_the_description_of_its_field(read) -> None:
    tree = read["wrong_date"]
    reason = named(tree, "reason-delivered")
    field = next(node for node in nodes(tree) if node.get("id", "").endswith("delivered.date-text"))
    assert reason["name"] == "There is no day 31 in February 2025."
    assert field["description"] == reason["name"]
    assert field["name"] == "Day you received it:"
    # Put right again, the field has its own description back.
    again = next(node for node in nodes(read["pages"]["purchase"])
                 if node.get("id", "").endswith("delivered.date-text"))
    assert again["description"] == "Type the date, or press Alt+Down or F4 for a calendar."


def test_the_verdict_is_read_with_its_date_and_days_left(read) -> None:
    verdict = named(read["pages"]["rights"], "verdict")
    days = (DEADLINE - SAMPLE_TODAY).days
    assert verdict["name"].startswith("In time. ")
    assert "2 December 2026" in verdict["name"] and f"{days} days left" in verdict["name"], verdict["name"]
    assert verdict["focusable"]  # Tab reaches it
    assert named(read["pages"]["rights"], "status-badge")["name"] == "In time"
    timeline = named(read["pages"]["rights"], "timeline")
    assert timeline["focusable"] and timeline["name"] and "17 January 2025" in timeline["description"]


def test_a_new_complaint_day_is_announced(read) -> None:
    heard = read["announced"]
    assert heard, "no object:announcement when the complaint day changed"
    last = heard[-1]
    assert last["type"] == "object:announcement"
    assert last["text"].startswith("At risk. ") and "2 December 2026" in last["text"], last["text"]
    assert last["politeness"] == 1  # polite: it waits for what the reader is saying
    assert named(read["rights_later"], "verdict")["name"] == last["text"]
