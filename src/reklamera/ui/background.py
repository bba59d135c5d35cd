"""Work that may take seconds (a register query over the network, reading a 20 MB e-mail) off the GUI thread.

Each call runs on one worker thread; its answer comes back through a queued signal, and only the answer to the
newest question of each kind is wanted (a slow answer to an older search is dropped by the caller).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from reklamera.errors import InputError


class Background(QObject):
    """Runs calls on a worker thread. ``answered(ticket, result)`` or ``failed(ticket, error)`` arrive
    on the GUI thread; ``ask`` returns the ticket, and ``latest`` tells whether an answer is still wanted."""

    answered = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reklamera-background")
        self._tickets = itertools.count(1)
        self.pending: dict[str, int] = {}  # kind of question -> the ticket of its newest asking

    def ask(self, kind: str, call: Callable[[], Any]) -> int:
        ticket = next(self._tickets)
        self.pending[kind] = ticket
        self._pool.submit(self._run, ticket, call)
        return ticket

    def latest(self, kind: str, ticket: int) -> bool:
        return self.pending.get(kind) == ticket

    def _run(self, ticket: int, call: Callable[[], Any]) -> None:
        try:
            result = call()
        except InputError as error:
            self.failed.emit(ticket, error)
        except Exception as error:  # a driver's own error: the window says so instead of freezing or crashing
            self.failed.emit(ticket, InputError("", "{detail}", detail=f"{type(error).__name__}: {error}"))
        else:
            self.answered.emit(ticket, result)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def wait_until(done: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the event loop until ``done()`` or the timeout; returns ``done()`` (tests, scripts, the self-test
    waiting for a worker's answer or a step-by-step drawing)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)
    while not done() and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return done()
