"""0008_printer_paper: printer offsets per printer and per paper size."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.storage.database import integrity_problems, open_database
from desktop.storage.errors import NotFoundError
from desktop.storage.printers import PrinterOffsets, PrinterStore

FIRST_RELEASE = Path(__file__).parent.parent / "data" / "db" / "first-release.db"
CANON = "Máy in Phòng Tổ chức – Canon LBP 2900"


def test_offsets_are_kept_per_printer_and_per_paper_and_survive_a_reload(tmp_path: Path) -> None:
    path = tmp_path / "vinhdanh.db"
    db = open_database(path)
    store = PrinterStore(db)
    store.set(CANON, 1.5, -0.5, "A4")
    store.set(CANON, -3.0, 2.5, "a3")  # as typed
    store.set("HP LaserJet", 0.5, 0.0, "A4")
    store.set(CANON, 1.0, -1.0, "A4")  # measured again: replaces, does not add
    db.close()

    db = open_database(path)
    store = PrinterStore(db)
    assert store.get(CANON, "A4") == PrinterOffsets(CANON, 1.0, -1.0, "A4")
    assert store.get(CANON, "A3") == PrinterOffsets(CANON, -3.0, 2.5, "A3")
    assert store.get("HP LaserJet") == PrinterOffsets("HP LaserJet", 0.5, 0.0, "A4")
    assert [(p.name, p.paper) for p in store.all()] == [
        ("HP LaserJet", "A4"),
        (CANON, "A3"),
        (CANON, "A4"),
    ]
    with pytest.raises(NotFoundError, match=r"chưa được căn chỉnh cho khổ A5.*đã có: A3, A4"):
        store.get(CANON, "A5")
    with pytest.raises(NotFoundError, match="Chưa có độ lệch cho máy in “Epson”"):
        store.get("Epson", "A4")
    store.delete(CANON, "A3")
    assert [p.paper for p in store.all() if p.name == CANON] == ["A4"]
    db.close()


def test_a_custom_paper_size_is_one_key_whichever_way_it_is_written(tmp_path: Path) -> None:
    store = PrinterStore(open_database(None))
    store.set("Canon", 2.0, 1.0, "280 x 200")
    assert store.get("Canon", "200x280").offset_x_mm == 2.0
    assert store.get("Canon", "200×280").paper == "200x280"


@pytest.mark.parametrize(("x", "y", "axis"), [(25.0, 0.0, "X"), (0.0, -20.5, "Y")])
def test_an_offset_beyond_20_mm_is_refused_with_a_message(x: float, y: float, axis: str) -> None:
    store = PrinterStore(open_database(None))
    with pytest.raises(ValueError, match=f"Độ lệch {axis} = .* quá lớn \\(tối đa ±20 mm\\)"):
        store.set("Canon", x, y, "A4")
    assert store.all() == []
    with pytest.raises(ValueError, match="Tên máy in"):
        store.set("  ", 0, 0, "A4")


def test_the_upgrade_keeps_each_printers_offsets_for_every_paper_size(tmp_path: Path) -> None:
    # A database of the first release (at 0002_printers) with two printers calibrated then.
    path = tmp_path / "vinhdanh.db"
    shutil.copy(FIRST_RELEASE, path)
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "insert into printers (name, offset_x_mm, offset_y_mm, updated_at) values (?,?,?,?)",
            [(CANON, 1.5, -2.0, "2025-01-02T03:04:05"), ("HP", 0.0, 3.0, "2025-01-02T03:04:05")],
        )
    db = open_database(path)
    assert integrity_problems(db) == []
    store = PrinterStore(db)
    for paper in ("A3", "A4", "A5"):
        assert store.get(CANON, paper) == PrinterOffsets(CANON, 1.5, -2.0, paper)
        assert store.get("HP", paper) == PrinterOffsets("HP", 0.0, 3.0, paper)
    assert len(store.all()) == 6
    assert "0008_printer_paper" in {
        r["name"] for r in db.query("select name from _sqlite_migrations")
    }
    # The old table's rows were moved, not left behind in a second table.
    assert "printers_by_paper" not in db.table_names()
