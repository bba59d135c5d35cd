"""Assessments per second in-process (budget ≥ 50 000/s), and the ratio to a baseline measured in the same
run: building the same Facts objects and adding two months to each discovery date (the least any assessment
must do), so machine speed cancels out of the ratio."""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import report

from reklamera.rules import COUNTRIES, Facts, assess
from reklamera.rules.calendar import add_months

BUDGET = 50_000
N = 20_000


def sample_facts(count: int) -> list[tuple[Facts, dt.date]]:
    rng = random.Random(2026)
    out = []
    for _ in range(count):
        delivered = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        discovered = delivered + dt.timedelta(days=rng.randrange(1500))
        complained = discovered + dt.timedelta(days=rng.randrange(120))
        facts = Facts(rng.choice(COUNTRIES), delivered, discovered, complained=complained,
                      long_life=rng.random() < 0.2, bought_online=rng.random() < 0.3,
                      private_seller=rng.random() < 0.05, seller_bad_faith=rng.random() < 0.05)
        out.append((facts, complained))
    return out


def best_of(repeats: int, work) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    cases = sample_facts(N)
    run_assess = lambda: [assess(facts, today) for facts, today in cases]  # noqa: E731
    run_baseline = lambda: [  # noqa: E731
        add_months(Facts(f.country, f.delivered, f.discovered, complained=f.complained).discovered, 2)
        for f, _today in cases
    ]
    run_assess()  # warm caches (holiday tables), as a long-running app would be
    assess_time = best_of(5, run_assess)
    baseline_time = best_of(5, run_baseline)
    rate = N / assess_time
    ok = rate >= BUDGET
    print(f"assess: {rate:,.0f} assessments/s (budget ≥ {BUDGET:,}) {'ok' if ok else 'UNDER BUDGET'}")
    report("assess cost ratio to the baseline", assess_time / baseline_time, 25.0,
           f"{assess_time / N * 1e6:.1f} µs per assessment, baseline {baseline_time / N * 1e6:.2f} µs")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
