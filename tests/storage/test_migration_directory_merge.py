"""0007_directory_merge on a database the first release wrote: people keep their awards, and
the new columns work (a merge and its undo)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.services import directory, recycle_bin
from desktop.storage.database import open_database

FIRST_RELEASE = Path(__file__).parent.parent / "data" / "db" / "first-release.db"


def _awards_by_person(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "select person_id, count(*) from awards where person_id is not null group by 1"
        ).fetchall()
    connection.close()
    return {str(person): int(count) for person, count in rows}


def test_first_release_database_upgrades_and_merges(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIRST_RELEASE, path)
    before = _awards_by_person(path)
    db = open_database(path)
    assert {"birth_year", "merged_into"} <= set(db.table("people").columns_dict)
    assert "merged_into" in db.table("collectives").columns_dict
    assert db.table("directory_merges").count == 0
    assert _awards_by_person(path) == before
    first, second = sorted(before)[:2]
    directory.merge(db, "person", first, second)
    assert len(directory.history(db, first)) == before[first] + before[second]
    recycle_bin.restore(db, "person", second)
    assert len(directory.history(db, first)) == before[first]
    assert len(directory.history(db, second)) == before[second]
    db.close()
