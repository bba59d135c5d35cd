"""The `reklamera` command's entry point: a bare start opens the desktop app without loading the command-line
machinery (argparse, json), which the first paint does not need; everything else goes to reklamera.cli."""

from __future__ import annotations

import gc
import sys

DOCUMENT_COMMANDS = frozenset({"letter", "followup", "escalate"})


def main() -> int:
    try:
        return _start(sys.argv[1:])
    finally:
        # The process ends next. Python's last garbage collections would walk every object the run made (for a
        # letter: the case, the law tables, Babel's locale data and the document), about 45 ms, longer than
        # writing the letter; the operating system frees the memory at once. Finalizers and atexit still run.
        gc.freeze()


def _start(argv: list[str]) -> int:
    if not argv or argv == ["--quit-after-startup"]:
        # No cycle collection until the first page is painted: loading Qt and the wizard makes some 38 000
        # objects and the collector's passes over them find almost nothing. The wizard turns it back on after
        # the paint (ComplaintWizard._after_first_paint), with the start-up's objects frozen out of its passes.
        gc.disable()
        try:
            from reklamera.ui import app

            return app.quit_after_startup() if argv else app.run()
        except KeyboardInterrupt:  # Ctrl-C before the window is up; from then on it closes the app (ui/crash.py)
            return 1
    if DOCUMENT_COMMANDS.intersection(argv):
        # One case in, one document out, then the process ends. The cycle collector's passes while the modules
        # load cost about 15 ms (6 % of a letter) and free a few hundred objects, which the end frees anyway.
        gc.disable()
    if len(argv) == 1 and argv[0].endswith(".reklamera"):  # case.SUFFIX, without importing the case model
        argv = ["open", argv[0]]  # a double-clicked case file (the desktop file and the Windows association)
    from reklamera.cli import main as cli_main

    return cli_main(argv)
