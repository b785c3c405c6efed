"""Opening the database: pragmas, migrations, integrity, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.storage import migrations as migrations_module
from desktop.storage.database import (
    StorageError,
    integrity_problems,
    open_database,
    schema_version,
)


def test_file_database_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "vd.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.table("awards").insert(
            {
                "id": "a",
                "decision_id": "no-such-decision",
                "position": 1,
                "kind": "person",
                "name": "X",
            }
        )


def test_fresh_database_is_at_the_latest_version(db: Database) -> None:
    assert schema_version(db) == migrations_module.migrations._migrations[-1].name
    assert integrity_problems(db) == []


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "vd.db"
    open_database(path).close()
    db = open_database(path)
    names = [m.name for m in migrations_module.migrations.applied(db)]
    assert len(names) == len(set(names))


def test_pending_migration_copies_the_file_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "vd.db"
    db = open_database(path)
    db.table("people").insert({"id": "p1", "name": "Giáp Thị Nguyệt"})
    db.close()
    extra = migrations_module.Migrations("vinhdanh")
    extra._migrations = list(migrations_module.migrations._migrations)

    @extra(name="9999_test_column")
    def add_column(database: Database) -> None:
        database.table("people").add_column("nickname", str)

    monkeypatch.setattr("desktop.storage.upgrade.migrations", extra)  # the runner's list
    upgraded = open_database(path)
    assert "nickname" in upgraded.table("people").columns_dict
    backup = tmp_path / "vd.db.before-9999_test_column.bak"
    assert backup.exists()
    old = Database(backup)
    assert "nickname" not in old.table("people").columns_dict
    assert old.table("people").get("p1")["name"] == "Giáp Thị Nguyệt"


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"This is a text file, not SQLite. " * 100)
    with pytest.raises(StorageError, match="không phải cơ sở dữ liệu"):
        open_database(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="thư mục"):
        open_database(tmp_path)


def test_integrity_check_reports_broken_references(sample_db: Database) -> None:
    sample_db.execute("PRAGMA foreign_keys=OFF")
    sample_db.execute("UPDATE awards SET decision_id = 'gone' WHERE position = 1")
    problems = integrity_problems(sample_db)
    assert problems and all("awards" in p for p in problems)


# Upgrading each shipped schema with its data: test_release_upgrades.py (real files).


def test_two_writers_at_once_wait_for_each_other(tmp_path: Path) -> None:
    # Two commands on one database: one reads then writes in a transaction while the other
    # writes. A deferred BEGIN made the first fail at once with "database is locked".
    import threading
    import time

    path = tmp_path / "vd.db"
    open_database(path).close()
    first = open_database(path)
    started, failures = threading.Event(), []

    def other_command() -> None:
        second = open_database(path)
        started.set()
        try:
            with second.atomic():
                second.table("people").insert({"id": "b", "name": "Người B"})
        except sqlite3.Error as exc:
            failures.append(exc)
        finally:
            second.close()

    with first.atomic():
        first.execute("select count(*) from people").fetchone()
        thread = threading.Thread(target=other_command)
        thread.start()
        started.wait()
        time.sleep(0.3)
        first.table("people").insert({"id": "a", "name": "Người A"})
    thread.join()
    assert failures == []
    assert sorted(r["id"] for r in first.table("people").rows) == ["a", "b"]
    first.close()
