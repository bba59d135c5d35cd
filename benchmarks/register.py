"""Listing and filtering 100 000 cases in the register: each query under 200 ms on SQLite (budget), with the
PostgreSQL figure beside it (a throw-away cluster when Debian's postgresql is installed). The ratio printed is
query time against a bare `SELECT count(*)` measured in the same run."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.register import pgcluster  # noqa: E402

from reklamera.register.store import Register  # noqa: E402

N = 100_000
BUDGET_MS = 200
QUERIES = {
    "newest first": dict(),
    "search": dict(search="lindqvist"),
    "search, one match": dict(search="nordmann 99"),
    "overdue by deadline": dict(overdue=True, sort="next_deadline", descending=False),
    "country + status": dict(country="NO", status="answered", sort="seller_name"),
}


def rows(count: int):
    rng = random.Random(2026)
    names = ["Anna Lindqvist", "Bo Ek", "Kari Nordmann", "Jens Hansen", "Aino Virtanen", "Jón Jónsson"]
    sellers = [f"Butik {i} AB" for i in range(400)]
    start = dt.date(2022, 1, 1)
    for index in range(count):
        created = start + dt.timedelta(days=rng.randrange(1400))
        sent = created + dt.timedelta(days=rng.randrange(10))
        yield {
            "id": f"{index:08x}",
            "revision": 1,
            "updated_at": dt.datetime(2026, 1, 1) + dt.timedelta(minutes=index),
            "path": "",
            "consumer_name": f"{rng.choice(names)} {index}",
            "consumer_email": "",
            "seller_name": rng.choice(sellers),
            "seller_private": False,
            "product": f"vara {index % 977}",
            "category": rng.choice(["electronics", "furniture", None]),
            "country": rng.choice(["SE", "NO", "DK", "FI", "IS"]),
            "status": rng.choice(["draft", "sent", "answered", "closed"]),
            "next_deadline": sent + dt.timedelta(14),
            "overdue": rng.random() < 0.1,
            "price": None,
            "currency": "SEK",
            "created": created,
            "first_sent": sent,
            "first_reply": None,
            "closed": None,
            "outcome": None,
            "satisfaction": None,
            "anonymised": False,
        }


def measure(register: Register) -> dict[str, float]:
    batch, data = [], rows(N)
    for row in data:
        batch.append(row)
        if len(batch) == 10_000:
            register.insert_many(batch)
            batch = []
    times = {}
    for name, query in {"count(*) baseline": None, **QUERIES}.items():
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            register.count() if query is None else register.list(limit=200, **query)
            samples.append((time.perf_counter() - start) * 1000)
        times[name] = statistics.median(samples)
    return times


def main() -> int:
    with tempfile.TemporaryDirectory() as folder, Register.sqlite(Path(folder) / "bench.sqlite") as register:
        sqlite = measure(register)
    postgres = {}
    if pgcluster.available():
        with pgcluster.cluster() as url, Register(url) as register:
            postgres = measure(register)
    ok = True
    print(f"register, {N:,} cases: median ms per query (200 rows)   SQLite   PostgreSQL")
    for name in ("count(*) baseline", *QUERIES):
        pg = f"{postgres[name]:8.1f}" if postgres else "   (n/a)"
        ratio = sqlite[name] / sqlite["count(*) baseline"]
        flag = "" if name.startswith("count") or sqlite[name] < BUDGET_MS else "  OVER BUDGET"
        ok &= not flag
        print(f"  {name:<26} {sqlite[name]:8.1f} {pg}   ({ratio:.1f}× count){flag}")
    print(f"budget: every query under {BUDGET_MS} ms on SQLite: {'ok' if ok else 'OVER BUDGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
