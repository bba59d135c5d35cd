"""Read the wizard as a screen reader does, through AT-SPI: run with Debian's Python (/usr/bin/python3, which has
pyatspi; the project's virtual environment cannot import it) inside a D-Bus session, on a real X server.

    dbus-run-session -- /usr/bin/python3 atspi_reader.py OUT.json LANGUAGE -- APP-COMMAND...

starts APP-COMMAND (tests/ui/atspi_app.py), walks every page with it and writes one JSON object to OUT.json (not to
stdout, which the session's daemons share): the accessible
tree of each page (what is showing), the purchase page with a wrong date (its reason as the field's description),
and the announcements heard when the complaint day changes. tests/ui/test_atspi.py asserts on it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import Atspi, GLib

PAGES = ("start", "purchase", "defect", "rights", "remedy", "parties", "letter", "next", "followup")


def pump(seconds: float) -> None:
    """Run the main loop for a while: AT-SPI events arrive through it."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not context.iteration(False):
            time.sleep(0.01)


class App:
    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def answer(self) -> str:
        line = self.process.stdout.readline().strip()
        if not line.startswith("ok "):
            raise RuntimeError(f"the app answered {line!r} (exit status {self.process.poll()})")
        return line[3:]

    def send(self, command: str, *, events: float = 0.0) -> str:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        if not events:
            return self.answer()
        # Keep the main loop running while the app works, so that its events are delivered.
        import selectors

        selector = selectors.DefaultSelector()
        selector.register(self.process.stdout, selectors.EVENT_READ)
        end = time.monotonic() + 10
        while time.monotonic() < end and not selector.select(0.01):
            pump(0.01)
        page = self.answer()
        pump(events)
        return page


def find_application(pid: int, timeout: float = 15.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except GLib.Error:
                continue
        time.sleep(0.1)
    raise RuntimeError(f"the application (pid {pid}) never appeared on the accessibility bus")


def node(accessible, depth: int = 0) -> dict | None:
    """The showing part of the tree under ``accessible``."""
    try:
        states = accessible.getState()
        if depth and not states.contains(pyatspi.STATE_SHOWING):
            return None
        found = {
            "role": accessible.getRoleName(),
            "name": accessible.name or "",
            "description": accessible.description or "",
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "focused": states.contains(pyatspi.STATE_FOCUSED),
            "id": accessible.get_accessible_id() if hasattr(accessible, "get_accessible_id") else "",
        }
        try:
            text = accessible.queryText()
            found["text"] = text.getText(0, -1)
        except NotImplementedError:
            pass
        children = []
        if depth < 40:
            for index in range(accessible.childCount):
                child = accessible.getChildAtIndex(index)
                if child is not None and (shown := node(child, depth + 1)) is not None:
                    children.append(shown)
        found["children"] = children
        return found
    except GLib.Error as error:
        return {"role": "?", "name": "", "description": "", "error": str(error), "children": []}


def window(app) -> dict:
    app.clear_cache()  # what the app says now, not what libatspi remembers
    for index in range(app.childCount):
        child = app.getChildAtIndex(index)
        if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
            return node(child)
    raise RuntimeError("no window of the application is showing")


def main(argv: list[str]) -> int:
    separator = argv.index("--")
    out, language, command = argv[0], argv[1], argv[separator + 1:]
    result: dict = {"language": language, "pages": {}, "events": []}
    pyatspi.Registry.getDesktop(0)  # starts the accessibility bus (at-spi-bus-launcher) before the app looks for it
    app = App(command)
    try:
        page = app.answer()
        accessible = find_application(app.process.pid)
        accessible.set_cache_mask(Atspi.Cache.NONE)
        result["toolkit"] = f"{accessible.get_toolkit_name()} {accessible.get_toolkit_version()}"
        heard: list[dict] = []

        def listen(event) -> None:
            heard.append({"type": event.type, "text": str(event.any_data or ""), "politeness": event.detail1,
                          "source": event.source.name if event.source is not None else ""})

        pyatspi.Registry.registerEventListener(listen, "object:announcement")
        pump(0.3)
        for expected in PAGES:
            if page != expected:
                raise RuntimeError(f"expected the {expected} page, the app is on {page}")
            result["pages"][page] = window(accessible)
            if page == "purchase":  # a wrong date: its reason is the field's description once the field is left
                app.send("type delivered 31/02/2025")
                app.send("leave")
                result["wrong_date"] = window(accessible)
                app.send("type delivered 17/01/2025")
                app.send("leave")
            if page == "rights":  # a later complaint day: the new verdict is announced
                heard.clear()
                app.send("type complained 20/12/2026", events=1.0)
                result["announced"] = list(heard)
                result["rights_later"] = window(accessible)
                app.send("type complained 23/10/2026", events=0.5)
            if page == PAGES[-1]:
                break
            page = app.send("next")
        app.process.stdin.write("quit\n")
        app.process.stdin.flush()
    except Exception as error:  # reported in the JSON, the test fails with it
        result["error"] = f"{type(error).__name__}: {error}"
    finally:
        if app.process.poll() is None:
            try:
                app.process.wait(5)
            except subprocess.TimeoutExpired:
                app.process.kill()
    with open(out, "w", encoding="utf-8") as file:
        json.dump(result, file, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
