"""The `reklamera` command's entry point: a bare start opens the desktop app without loading the command-line
machinery (argparse, json), which the first paint does not need; everything else goes to reklamera.cli."""

from __future__ import annotations

import sys


def main() -> int:
    argv = sys.argv[1:]
    if not argv or argv == ["--quit-after-startup"]:
        try:
            from reklamera.ui import app

            return app.quit_after_startup() if argv else app.run()
        except KeyboardInterrupt:  # Ctrl-C before the window is up; from then on it closes the app (ui/crash.py)
            return 1
    if len(argv) == 1 and argv[0].endswith(".reklamera"):  # case.SUFFIX, without importing the case model
        argv = ["open", argv[0]]  # a double-clicked case file (the desktop file and the Windows association)
    from reklamera.cli import main as cli_main

    return cli_main(argv)
