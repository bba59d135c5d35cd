"""The diagnostic log for office support: a small rotating file in the user's log folder, and the details of a
failure in a form that can be sent to anyone (docs/diagnostics.md says what is logged and why).

No personal data ever reaches the log: callers log *kinds* (an event, a page's name, a command, a file's
suffix), and a failure is logged as the types of its exceptions and the frames of its traceback (file, line,
function and the line of code) — never an exception's message, a value, a path's name or anything typed.

Nothing happens on import, and importing this module costs nothing: ``logging`` is imported by :func:`setup`,
which the desktop app calls at its start and the command line only when it has something to log, so that
``reklamera check --json`` starts without it.
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reklamera import __version__

if TYPE_CHECKING:
    import logging

LOGGER = "reklamera"
FILE_NAME = "reklamera.log"
MAX_BYTES = 1_000_000  # about 10 000 lines; with three old files kept, 4 MB at most
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(message)s"

_handler: logging.Handler | None = None


def log_folder() -> Path:
    """The user's log folder (platformdirs): ~/.local/state/reklamera/log on Linux,
    %LOCALAPPDATA%\\reklamera\\Logs on Windows, ~/Library/Logs/reklamera on macOS."""
    import platformdirs

    return Path(platformdirs.user_log_dir("reklamera", appauthor=False))


def setup(interface: str, folder: Path | None = None) -> Path | None:
    """Log to ``folder`` (default: :func:`log_folder`) from now on, once per process; the first call writes the
    start line (``interface``: gui, cli). Returns the log file, or None when it cannot be written (a read-only
    profile): the app works the same without a log, so that is never an error."""
    global _handler
    if _handler is not None:
        name = getattr(_handler, "baseFilename", None)
        return Path(name) if name else None
    import logging
    import logging.handlers

    logger = logging.getLogger(LOGGER)
    logger.propagate = False  # never into a host application's or a test runner's root logger
    logger.setLevel(logging.INFO)
    target = (folder or log_folder()) / FILE_NAME
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        handler, target = logging.NullHandler(), None  # type: ignore[assignment]
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    _handler = handler
    event("start", interface=interface, version=__version__, python=platform.python_version(),
          system=_system())
    return target


def shutdown() -> None:
    """Close the log file (tests; the interpreter's exit does it otherwise)."""
    global _handler
    if _handler is None:
        return
    import logging

    logging.getLogger(LOGGER).removeHandler(_handler)
    _handler.close()
    _handler = None


def event(kind: str, /, **fields: object) -> None:
    """One line: the event's kind and its fields as key=value. Fields are kinds and counts, never personal
    data (no names, no text typed, no path). Nothing is written before :func:`setup`."""
    if _handler is None:
        return
    import logging

    text = " ".join([_printable(kind), *(f"{key}={_printable(str(value))}" for key, value in fields.items())])
    logging.getLogger(LOGGER).info(text)


def failure(kind: str, error: BaseException, /, **fields: object) -> None:
    """An exception of ours: its types and traceback frames (see :func:`traceback_text`), no message."""
    if _handler is None:
        return
    import logging

    event(kind, **fields)
    logging.getLogger(LOGGER).error("%s", traceback_text(error))


def file_kind(path: str | os.PathLike[str] | None) -> str:
    """What may be logged of a file: its kind (suffix), never its name, which can be a person's."""
    if not path:
        return "none"
    suffix = Path(path).suffix.lower()
    if not suffix:
        return "none"
    return suffix if suffix[1:].isalnum() and len(suffix) <= 12 else "other"


def details(error: BaseException, **extra: str) -> str:
    """What office support needs to find a fault, safe to paste into an e-mail: the version, the platform and
    the traceback without any value (see :func:`traceback_text`)."""
    lines = [f"reklamera {__version__}", f"Python {platform.python_version()} ({sys.implementation.name})",
             f"System: {_system()}", *(f"{key}: {value}" for key, value in extra.items()), "",
             traceback_text(error)]
    return "\n".join(lines)


def traceback_text(error: BaseException) -> str:
    """The traceback as Python prints it, but with the exception's type instead of its message (messages can
    hold values: a name, a path, text typed) and with file names relative to the installed packages (a full
    path names the user's home folder). Chained exceptions (``raise … from``, during handling) are included."""
    import traceback

    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(chain) < 8:
        chain.append(current)
        seen.add(id(current))
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    blocks = []
    for exception in reversed(chain):
        lines = ["Traceback (most recent call last):"]
        for frame in traceback.extract_tb(exception.__traceback__):
            lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        kind = type(exception)
        lines.append(f"{kind.__module__}.{kind.__qualname__}" if kind.__module__ != "builtins" else kind.__qualname__)
        blocks.append("\n".join(lines))
    return "\n\nwhich caused:\n".join(blocks)


def _short(filename: str) -> str:
    """A source file's name from the folder of the packages it belongs to: reklamera/ui/wizard.py,
    PySide6/..., python/json/decoder.py — the part before it is the user's folder and is left out."""
    parts = Path(filename).parts
    for marker in ("site-packages", "dist-packages", "src"):
        if marker in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(marker):])
    stdlib = Path(os.__file__).parent
    try:
        return "python/" + Path(filename).relative_to(stdlib).as_posix()
    except ValueError:
        return Path(filename).name  # a script or "<string>": its name only


def _system() -> str:
    return f"{platform.system()} {platform.release()} {platform.machine()}".strip()


def _printable(text: str) -> str:
    """A value fit for one key=value line: spaces become "_", anything else not printable is shown escaped (no
    newline can forge a second line), and it is kept short."""
    return "".join("_" if char == " " else char if char.isprintable() else repr(char)[1:-1] for char in text[:80])
