"""Benchmark: award statistics over a large office database (1,000,000 awards).

Builds (once, cached in the temp folder) a database through the project's own schema:
8 issuing bodies, 10,000 decisions over 25 years in four award forms, 1,000,000 awards
(one in ten to a collective) to people of 3,000 units, each decision's list drawing on 30 of
them (a decision commends the units of one sector, several people each). Then times
``desktop.services.statistics.statistics`` (what the statistics page, ``vinhdanh stats``
and the year-end table call) for one year, all 25 years and 12 years in the middle, by
form, body, unit and meeting, beside a naive count in the same run: every award row read
with its decision's columns and counted in Python (what a hand-written report script does).
Reports the median of each and the ratio. Then times what the tallies cost a write: a
decision of 100 awards saved into the first year (every running total after it moves),
beside the same decision saved with the tally triggers dropped, in a copy of the database.

    python bench/stats.py [--awards 1000000] [--rebuild] [--repeat 9]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics as stats
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from desktop.services.statistics import statistics
from desktop.storage.database import open_database

FORMS = ["Giấy khen", "Bằng khen", "Giấy chứng nhận", "Chiến sĩ thi đua cơ sở"]
BODIES = [
    ("Sở Nội vụ", "Ủy ban nhân dân tỉnh Thái Nguyên", "state"),
    ("Ủy ban nhân dân tỉnh Thái Nguyên", "", "state"),
    ("Sở Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh Thái Nguyên", "state"),
    ("Sở Y tế", "Ủy ban nhân dân tỉnh Thái Nguyên", "state"),
    ("Ban Tuyên giáo", "Tỉnh ủy Bắc Giang", "party"),
    ("Ban Tổ chức", "Tỉnh ủy Bắc Giang", "party"),
    ("Tỉnh ủy Bắc Giang", "", "party"),
    ("Đảng ủy Khối các cơ quan tỉnh", "Tỉnh ủy Bắc Giang", "party"),
]
FIRST_YEAR, YEARS = 2001, 25
GOAL_MS = 200
SCHEMA = "0010"  # the newest migration the cached database was built or upgraded with

NAIVE_SQL = """
    select d.date, d.award_form, d.organisation_id, d.meeting_id, a.kind, a.name, a.unit
    from awards a join decisions d on d.id = a.decision_id
    where d.deleted_at is null
"""


def build(path: Path, awards: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    db = open_database(path)
    units = [
        f"Đơn vị số {n} huyện {rng.choice(['Phú Bình', 'Đại Từ', 'Võ Nhai'])}" for n in range(3000)
    ]
    decisions = max(1, awards // 100)
    with db.atomic():
        db.table("organisations").insert_all(
            {"id": f"o{i}", "name": name, "parent": parent, "style": style}
            for i, (name, parent, style) in enumerate(BODIES)
        )
        db.table("meetings").insert_all(
            {"id": f"m{y}", "organisation_id": "o0", "title": f"Hội nghị tổng kết năm {y}"}
            for y in range(FIRST_YEAR, FIRST_YEAR + YEARS)
        )
        db.table("decisions").insert_all(
            (
                {
                    "id": f"d{n}",
                    "number": f"{n % 300 + 1}/QĐ-X",
                    "date": f"{FIRST_YEAR + n % YEARS}-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                    "organisation_id": f"o{n % len(BODIES)}",
                    "award_form": FORMS[n % len(FORMS)],
                    "meeting_id": f"m{FIRST_YEAR + n % YEARS}" if n % 3 == 0 else None,
                }
                for n in range(decisions)
            ),
            batch_size=5000,
        )

        pools = [rng.sample(units, 30) for _ in range(decisions)]

        def award_rows():  # type: ignore[no-untyped-def]
            for n in range(awards):
                collective = n % 10 == 0
                unit = rng.choice(pools[n * decisions // awards])
                yield {
                    "id": f"a{n}",
                    "decision_id": f"d{n * decisions // awards}",
                    "position": n % 100 + 1,
                    "kind": "collective" if collective else "person",
                    "name": unit if collective else f"Người {n}",
                    "unit": "" if collective else unit,
                }

        db.table("awards").insert_all(award_rows(), batch_size=10000)
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def naive(db, first: int, last: int, by: str) -> Counter[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    counts: Counter[tuple[object, ...]] = Counter()
    for date, form, org, meeting, kind, name, unit in db.execute(NAIVE_SQL):
        year = int(date[:4])
        if not first <= year <= last:
            continue
        key = {
            "form": "",
            "body": org,
            "meeting": meeting,
            "unit": name if kind == "collective" else unit,
        }[by]
        counts[(year, form, kind, key)] += 1
    return counts


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return stats.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--awards", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir())
    path = folder / f"vinhdanh-bench-stats-{args.awards}-{SCHEMA}.db"
    earlier = folder / f"vinhdanh-bench-stats-{args.awards}.db"
    if not args.rebuild and not path.exists() and earlier.exists():
        shutil.copy(earlier, path)  # upgraded by open_database: faster than building again
    if args.rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        start = time.perf_counter()
        build(path, args.awards)
        print(f"built {path} in {time.perf_counter() - start:.0f} s")
    db = open_database(path)
    for backup in folder.glob(f"{path.name}.before-*.bak"):
        backup.unlink()  # the upgrade's safety copy: this database is rebuilt at will
    print(f"{db.table('awards').count:,} awards, {db.table('decisions').count:,} decisions")
    last_year = FIRST_YEAR + YEARS - 1
    cases = [
        (f"{last_year}", last_year, last_year),
        (f"{FIRST_YEAR}-{last_year}", FIRST_YEAR, last_year),
        (f"{FIRST_YEAR + 6}-{FIRST_YEAR + 17}", FIRST_YEAR + 6, FIRST_YEAR + 17),
    ]
    print(f"{'years':<12}{'by':<9}{'median ms':>10}{'naive ms':>10}{'ratio':>8}")
    worst = 0.0
    for label, first, last in cases:
        for by in ("form", "body", "unit", "meeting"):
            result = statistics(db, first, last, by)  # warm the page cache
            start = time.perf_counter()
            total = sum(naive(db, first, last, by).values())
            base = (time.perf_counter() - start) * 1000
            if total != result.total.total:
                print(f"MISMATCH {label} {by}: {result.total.total} != {total}")
                return 1
            ms = timed(lambda f=first, la=last, b=by: statistics(db, f, la, b), args.repeat)
            worst = max(worst, ms)
            print(f"{label:<12}{by:<9}{ms:>10.1f}{base:>10.1f}{ms / base:>8.3f}")
    print(f"\nslowest {worst:.1f} ms (goal ≤ {GOAL_MS} ms)")
    db.close()
    write_cost(path)
    return 0


def write_cost(path: Path) -> None:
    """A decision of 100 awards written into the first year, with and without the tallies."""
    copy = path.with_name(f"{path.stem}-writes.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(path, copy)
    db = open_database(copy)

    def write(tag: str) -> float:
        start = time.perf_counter()
        with db.atomic():
            db.table("decisions").insert(
                {
                    "id": f"w{tag}",
                    "number": f"{tag}/QĐ-W",
                    "date": f"{FIRST_YEAR}-03-01",
                    "organisation_id": "o0",
                    "award_form": FORMS[0],
                }
            )
            db.table("awards").insert_all(
                {
                    "id": f"w{tag}-{n}",
                    "decision_id": f"w{tag}",
                    "position": n + 1,
                    "kind": "person",
                    "name": f"Người {n}",
                    "unit": f"Đơn vị số {n * 29} huyện Đại Từ",
                }
                for n in range(100)
            )
        return (time.perf_counter() - start) * 1000

    kept = stats.median(write(f"t{n}") for n in range(5))

    def drop(pattern: str) -> None:
        sql = "select name from sqlite_master where type = 'trigger' and name like ?"
        for (name,) in db.execute(sql, [pattern]).fetchall():
            db.execute(f"drop trigger [{name}]")

    drop("%running%")  # 0010_unit_running_tallies
    before = stats.median(write(f"r{n}") for n in range(5))
    drop("%tall%")  # every tally (0006, 0009)
    bare = stats.median(write(f"b{n}") for n in range(5))
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    print(
        f"write 100 awards into {FIRST_YEAR}: {kept:.1f} ms with every tally, {before:.1f} ms "
        f"without the running ones of 0010 ({kept / before:.1f}×), {bare:.1f} ms with none "
        f"({kept / bare:.1f}×)"
    )


if __name__ == "__main__":
    sys.exit(main())
