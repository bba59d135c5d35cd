"""`reklamera check --json` start-up against `python -c "import argparse, json, datetime"` (budget ≤ 3×, DESIGN.md).

Both run with the same interpreter, interleaved, in the same run; the ratio of the medians is printed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import installed_env, report, time_commands

BUDGET = 3.0


def main() -> int:
    script = Path(sys.executable).with_name("reklamera")
    if not script.exists():
        print(f"no console script at {script}: run `make setup` first", file=sys.stderr)
        return 2
    check = [str(script), "check", "--country", "SE", "--delivered", "2025-03-14", "--discovered", "2026-01-10",
             "--complained", "2026-02-01", "--today", "2026-02-01", "--json"]
    baseline = [sys.executable, "-c", "import argparse, json, datetime"]
    env = installed_env(LANG="sv_SE.UTF-8")
    medians = time_commands({"baseline": baseline, "check": check}, rounds=int(os.environ.get("ROUNDS", "30")), env=env)
    ratio = medians["check"] / medians["baseline"]
    detail = f"check {medians['check'] * 1000:.1f} ms, baseline {medians['baseline'] * 1000:.1f} ms (medians)"
    return 0 if report("check --json start-up ratio", ratio, BUDGET, detail) else 1


if __name__ == "__main__":
    sys.exit(main())
