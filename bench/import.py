"""Benchmark: importing a recipient list from Excel into a decision.

Writes an .xlsx the way offices keep them (title rows, a header, section rows, "Chức vụ, đơn vị"
in one column) with N recipients, then times, in one process:

* the baseline: openpyxl reading every cell of the sheet (read-only mode), nothing else;
* ``read_awards``: the same reading plus header detection, sections, legacy-encoding check,
  normalisation and validation;
* ``import_recipients``: all that plus storing the awards (directory matching, one transaction).

    python bench/import.py [--rows 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generated import person_name  # noqa: E402


def make_workbook(path: Path, rows: int, seed: int = 7) -> None:
    import openpyxl

    rng = random.Random(seed)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["BAN TUYÊN GIÁO TỈNH ỦY"])
    sheet.append(["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Thành tích"])
    sheet.append(["I. TẬP THỂ"])
    collectives = rows // 10
    for n in range(collectives):
        sheet.append([n + 1, f"Phòng Văn hóa và Thông tin huyện số {n}", None, None])
    sheet.append(["II. CÁ NHÂN"])
    for n in range(rows - collectives):
        name = person_name(rng)
        sheet.append([n + 1, name, f"Chuyên viên, Phòng Nội vụ huyện {n % 40}", None])
    book.save(path)


def timed(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    import openpyxl

    from desktop.exchange.recipients_import import read_awards
    from desktop.services.packages import load_package
    from desktop.services.recipients import import_recipients
    from desktop.storage.database import open_database

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "danh-sach.xlsx"
        make_workbook(path, args.rows)

        def baseline() -> None:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            for _ in book.worksheets[0].iter_rows(values_only=True):
                pass
            book.close()

        def into_decision() -> None:
            db = open_database(None)
            load_package(db, ROOT / "resources" / "demo" / "hoi-nghi-tong-ket-2023.json")
            import_recipients(db, path, "14-QĐ/BTGTU", replace=True)
            db.close()

        base = timed(baseline, args.repeat)
        parsed = timed(lambda: read_awards(path), args.repeat)
        stored = timed(into_decision, args.repeat)
        assert len(read_awards(path)) == args.rows
    print(f"{args.rows:,} recipients in an .xlsx, median of {args.repeat}")
    print(f"  openpyxl reading the cells (baseline)   {base * 1000:8.0f} ms")
    print(
        f"  read_awards                             {parsed * 1000:8.0f} ms   {parsed / base:.2f}×"
    )
    print(
        f"  import_recipients (into the database)   {stored * 1000:8.0f} ms   {stored / base:.2f}×"
    )


if __name__ == "__main__":
    main()
