"""Shared helpers: interleaved runs and medians, so both sides of a ratio see the same machine load."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Sequence


def installed_env(**extra: str) -> dict[str, str]:
    """The environment of an installed program: bytecode caches allowed (pip writes them on install; some
    shells here set PYTHONDONTWRITEBYTECODE, which would make every run compile the package anew)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def time_commands(
    commands: dict[str, Sequence[str]], rounds: int, env: dict[str, str] | None = None
) -> dict[str, float]:
    """Median wall time in seconds of each command, run in turns (A B A B …) after one warm-up each."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm the page cache and .pyc files
        subprocess.run(command, check=True, capture_output=True, env=env)
    for _ in range(rounds):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def report(name: str, ratio: float, budget: float, detail: str, *, higher_is_better: bool = False) -> bool:
    ok = ratio >= budget if higher_is_better else ratio <= budget
    sign = "≥" if higher_is_better else "≤"
    print(f"{name}: {ratio:.2f} (budget {sign} {budget}) {'ok' if ok else 'OVER BUDGET'} — {detail}")
    return ok
