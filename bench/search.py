"""Benchmark: the search box over a large office database (1,000,000 award rows).

Builds (once, cached in the temp folder: ``generated.office_database``) a database with
generated Vietnamese people, collectives, decisions and 1,000,000 awards through the project's
own schema and key functions, then times ``desktop.storage.search.search`` for queries a user
types, against a baseline in the same process: the naive search a hand-written tool would do
(``LIKE`` over the folded text, no index). Reports median and 95th percentile per query, the
overall median, and the ratio to the baseline.

    python bench/search.py [--awards 1000000] [--rebuild] [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from generated import office_database

from desktop.domain.text import fold
from desktop.storage.database import open_database
from desktop.storage.search import search

QUERIES = [
    "dang thi",
    "giap",
    "nguyen van an",
    "ng v an",
    "an nguy",
    "tran duc thang",
    "huong",
    "ban tuyen giao luc",
    "15-qd",
    "thi",
    "n",
    "khong co ai ten nay",
]

BASELINE_SQL = """
    select id, name from people
    where search_text like :pattern and deleted_at is null
    limit 20
"""


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--awards", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = office_database(args.awards, args.rebuild)
    db = open_database(path)
    print(
        f"{db.table('awards').count:,} awards, {db.table('people').count:,} people, "
        f"{db.table('collectives').count:,} collectives, {db.table('decisions').count:,} "
        "decisions"
    )
    for query in QUERIES:  # warm the page cache like a running application
        search(db, query)
    medians, baseline_medians = [], []
    print(f"{'query':<22}{'hits':>6}{'median ms':>11}{'p95 ms':>9}{'baseline ms':>13}{'ratio':>8}")
    for query in QUERIES:
        hits = len(search(db, query))
        samples = timed(lambda q=query: search(db, q), args.repeat)
        pattern = "%" + "%".join(fold(query).split()) + "%"
        base = timed(
            lambda p=pattern: db.execute(BASELINE_SQL, {"pattern": p}).fetchall(),
            max(3, args.repeat // 3),
        )
        med, base_med = statistics.median(samples), statistics.median(base)
        p95 = statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else med
        medians.append(med)
        baseline_medians.append(base_med)
        print(f"{query:<22}{hits:>6}{med:>11.2f}{p95:>9.2f}{base_med:>13.2f}{med / base_med:>8.2f}")
    overall, base_overall = statistics.median(medians), statistics.median(baseline_medians)
    print(
        f"\noverall median {overall:.2f} ms (goal ≤ 30 ms); naive LIKE scan "
        f"{base_overall:.2f} ms; ratio search/baseline {overall / base_overall:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
