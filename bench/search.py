"""Benchmark: the search box over a large office database (1,000,000 award rows).

Builds (once, cached in the temp folder) a database with generated Vietnamese people,
collectives, decisions and 1,000,000 awards through the project's own schema and key
functions, then times ``desktop.storage.search.search`` for queries a user types, against a
baseline in the same process: the naive search a hand-written tool would do (``LIKE`` over the
folded text, no index). Reports median and 95th percentile per query, the overall median, and
the ratio to the baseline.

    python bench/search.py [--awards 1000000] [--rebuild] [--repeat 15]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from desktop.domain.collation import collation_key, name_key
from desktop.domain.records import new_id
from desktop.domain.text import fold
from desktop.storage.database import open_database
from desktop.storage.search import search, search_columns

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Giáp",
    "Thân",
    "Nông",
]
MIDDLE = [
    "Văn",
    "Thị",
    "Hữu",
    "Đức",
    "Minh",
    "Ngọc",
    "Thu",
    "Thanh",
    "Quốc",
    "Xuân",
    "Kim",
    "Hồng",
    "Đình",
    "Công",
    "Thùy",
    "Bảo",
]
GIVEN = [
    "An",
    "Anh",
    "Ánh",
    "Bình",
    "Cường",
    "Dũng",
    "Dung",
    "Đạt",
    "Đức",
    "Giang",
    "Hà",
    "Hải",
    "Hằng",
    "Hạnh",
    "Hiếu",
    "Hoa",
    "Hòa",
    "Hùng",
    "Hương",
    "Hường",
    "Khánh",
    "Khởi",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Minh",
    "Nam",
    "Nga",
    "Ngân",
    "Nguyệt",
    "Nhung",
    "Oanh",
    "Phong",
    "Phúc",
    "Phương",
    "Quân",
    "Quang",
    "Sơn",
    "Sự",
    "Tâm",
    "Thắng",
    "Thảo",
    "Thành",
    "Thủy",
    "Trang",
    "Trung",
    "Trường",
    "Tuấn",
    "Tú",
    "Ưng",
    "Vân",
    "Việt",
    "Yến",
]
TITLES = [
    "Chuyên viên",
    "Phó Trưởng ban",
    "Trưởng ban",
    "Phó Trưởng phòng",
    "Trưởng phòng",
    "Phóng viên",
]
UNIT_KINDS = [
    "Ban Tuyên giáo Huyện ủy",
    "Phòng Văn hóa và Thông tin huyện",
    "Trường THCS",
    "Ủy ban nhân dân xã",
    "Trung tâm Y tế huyện",
    "Đoàn Thanh niên xã",
]
PLACES = [
    "Lục Ngạn",
    "Lục Nam",
    "Sơn Động",
    "Yên Thế",
    "Tân Yên",
    "Hiệp Hòa",
    "Lạng Giang",
    "Yên Dũng",
    "Việt Yên",
    "Kép",
    "Đồng Sơn",
    "Tiền Phong",
    "Quang Châu",
    "Nham Sơn",
]

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


def build(path: Path, awards: int, seed: int = 2024) -> None:
    """Generate the database at ``path`` through the real schema and key functions."""
    rng = random.Random(seed)
    db = open_database(path)
    people_count = awards * 2 // 5
    units = [f"{rng.choice(UNIT_KINDS)} {rng.choice(PLACES)} {n}" for n in range(5000)]
    with db.atomic():
        org = db.table("organisations")
        org.insert(
            {"id": "org", "name": "Ban Tuyên giáo", "parent": "Tỉnh ủy Bắc Giang", "style": "party"}
        )

        def people():
            for _ in range(people_count):
                name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
                title, unit = rng.choice(TITLES), rng.choice(units)
                yield {
                    "id": new_id(),
                    "name": name,
                    "title": title,
                    "unit": unit,
                    "name_fold": fold(name),
                    "name_key": name_key(name),
                    **search_columns(name, title, unit),
                }

        db.table("people").insert_all(people(), batch_size=5000)
        db.table("collectives").insert_all(
            (
                {
                    "id": new_id(),
                    "name": u,
                    "name_fold": fold(u),
                    "name_key": collation_key(u),
                    **search_columns(u),
                }
                for u in units
            ),
            batch_size=5000,
        )
        person_ids = [r[0] for r in db.execute("select id from people")]
        collective_ids = [r[0] for r in db.execute("select id, name from collectives")]
        decisions = awards // 100
        db.table("decisions").insert_all(
            (
                {
                    "id": f"d{n}",
                    "number": f"{n % 200 + 1}-QĐ/BTGTU",
                    "date": f"{2000 + n % 25}-{n % 12 + 1:02d}-15",
                    "organisation_id": "org",
                    "award_form": "Giấy khen",
                    "reason": "Đã có thành tích xuất sắc",
                    **search_columns(
                        f"{n % 200 + 1}-QĐ/BTGTU Giấy khen", "Đã có thành tích xuất sắc"
                    ),
                }
                for n in range(decisions)
            ),
            batch_size=5000,
        )

        def award_rows():
            for n in range(awards):
                collective = n % 10 == 0
                yield {
                    "id": new_id(),
                    "decision_id": f"d{n // 100}",
                    "position": n % 100 + 1,
                    "kind": "collective" if collective else "person",
                    "person_id": None if collective else rng.choice(person_ids),
                    "collective_id": rng.choice(collective_ids) if collective else None,
                    "name": "x",
                }

        db.table("awards").insert_all(award_rows(), batch_size=10000)
    for table in ("people", "collectives", "decisions"):
        db.execute(f"insert into {table}_fts({table}_fts) values('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


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
    path = Path(tempfile.gettempdir()) / f"vinhdanh-bench-search-{args.awards}.db"
    if args.rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        start = time.perf_counter()
        build(path, args.awards)
        print(f"built {path} in {time.perf_counter() - start:.0f} s")
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
