"""Generated Vietnamese names, titles, units and a large office database, shared by the benches.

Each bench runs as a script (``python bench/x.py``), so this module is imported as
``generated`` from the bench folder. The lists are the union of what the benches used to keep
each on their own; every name is written as a clerk writes it (NFC, diacritics).
"""

from __future__ import annotations

import random
from pathlib import Path

FAMILY = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Giáp", "Thân", "Nông",
]  # fmt: skip
MIDDLE = [
    "Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thu", "Thanh", "Quốc", "Xuân", "Kim", "Hồng",
    "Đình", "Công", "Thùy", "Bảo", "Thế", "Gia",
]  # fmt: skip
GIVEN = [
    "An", "Anh", "Ánh", "Bình", "Chi", "Cường", "Dũng", "Dung", "Duy", "Đạt", "Đức", "Giang",
    "Hà", "Hải", "Hằng", "Hạnh", "Hiền", "Hiếu", "Hoa", "Hòa", "Hùng", "Hương", "Hường",
    "Khánh", "Khởi", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngân", "Nguyệt",
    "Nhung", "Oanh", "Phong", "Phúc", "Phương", "Quân", "Quang", "Sơn", "Sự", "Tâm", "Thắng",
    "Thảo", "Thành", "Thủy", "Trang", "Trung", "Trường", "Tuấn", "Tùng", "Tú", "Ưng", "Vân",
    "Việt", "Yến",
]  # fmt: skip
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
    "Lục Ngạn", "Lục Nam", "Sơn Động", "Yên Thế", "Tân Yên", "Hiệp Hòa", "Lạng Giang",
    "Yên Dũng", "Việt Yên", "Kép", "Đồng Sơn", "Tiền Phong", "Quang Châu", "Nham Sơn",
]  # fmt: skip


def person_name(rng: random.Random) -> str:
    """A full name: family, middle and given name."""
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def unit_names(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct units ("Trường THCS Lục Nam 12")."""
    return [f"{rng.choice(UNIT_KINDS)} {rng.choice(PLACES)} {n}" for n in range(count)]


def office_database(awards: int = 1_000_000, rebuild: bool = False) -> Path:
    """A generated office database (cached in the temp folder): ``awards`` awards, two
    people per five awards, 5,000 units (also collectives), a decision per 100 awards.

    Built through the real schema and key functions; ``rebuild`` builds it again.
    """
    import tempfile
    import time

    path = Path(tempfile.gettempdir()) / f"vinhdanh-bench-office-{awards}.db"
    if rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        start = time.perf_counter()
        _build(path, awards)
        print(f"built {path} in {time.perf_counter() - start:.0f} s")
    return path


def _build(path: Path, awards: int, seed: int = 2024) -> None:
    from desktop.domain.collation import collation_key, name_key
    from desktop.domain.records import new_id
    from desktop.domain.text import fold
    from desktop.storage.database import open_database
    from desktop.storage.search import search_columns

    rng = random.Random(seed)
    db = open_database(path)
    people_count = awards * 2 // 5
    units = unit_names(rng, 5000)
    with db.atomic():
        org = db.table("organisations")
        org.insert(
            {"id": "org", "name": "Ban Tuyên giáo", "parent": "Tỉnh ủy Bắc Giang", "style": "party"}
        )

        def people():  # type: ignore[no-untyped-def]
            for _ in range(people_count):
                name = person_name(rng)
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
        decisions = max(1, awards // 100)
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

        def award_rows():  # type: ignore[no-untyped-def]
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
