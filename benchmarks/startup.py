"""The wizard's first paint against a bare PySide6 QWizard with three empty pages (budget ≤ 1.5×, DESIGN.md), and
the peak memory of both (budget ≤ 1.3×). Both run offscreen with the same interpreter, interleaved, in one run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import installed_env, report

TIME_BUDGET, MEMORY_BUDGET = 1.5, 1.3  # DESIGN.md
BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication([])
wizard = QWizard()
for _ in range(3):
    wizard.addPage(QWizardPage())
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
wizard.installEventFilter(watcher)
wizard.show()
app.exec()
"""


def run(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in KiB of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[0]} failed")
    return elapsed, usage.ru_maxrss


def main() -> int:
    script = Path(sys.executable).with_name("reklamera")
    home = tempfile.mkdtemp(prefix="reklamera-bench-home-")  # a first start: no settings, no autosave
    env = installed_env(QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME="", XDG_DATA_HOME="")
    commands = {"baseline": [sys.executable, "-c", BARE], "wizard": [str(script), "--quit-after-startup"]}
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    for command in commands.values():
        run(command, env)  # warm-up: page cache, bytecode
    for _ in range(int(os.environ.get("ROUNDS", "12"))):
        for name, command in commands.items():
            samples[name].append(run(command, env))
    times = {name: statistics.median(t for t, _ in values) for name, values in samples.items()}
    memory = {name: statistics.median(m for _, m in values) for name, values in samples.items()}
    ok = report("first paint ratio", times["wizard"] / times["baseline"], TIME_BUDGET,
                f"wizard {times['wizard'] * 1000:.0f} ms, bare QWizard {times['baseline'] * 1000:.0f} ms (medians)")
    ok &= report("peak memory ratio", memory["wizard"] / memory["baseline"], MEMORY_BUDGET,
                 f"wizard {memory['wizard'] / 1024:.0f} MiB, bare QWizard {memory['baseline'] / 1024:.0f} MiB")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
