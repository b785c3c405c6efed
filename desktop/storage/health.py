"""Is the database sound: SQLite's quick and integrity checks, foreign keys and the search
indexes, on an open database or, read-only, on a file (``vinhdanh check``)."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.connection import connect_read_only
from desktop.storage.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    StorageError,
    storage_error,
)
from desktop.storage.migrations import migrations
from desktop.storage.upgrade import inspect_database


def quick_check(db: Database) -> list[str]:
    """``PRAGMA quick_check`` in the user's words; empty when the file is sound."""
    try:
        rows = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(storage_error(exc))]
    return [] if rows == ["ok"] else rows


def require_sound(db: Database) -> None:
    """Refuse to write into a database whose quick check fails.

    Raises:
        DamagedDatabaseError: the file is damaged; nothing is written.
    """
    problems = quick_check(db)
    if problems:
        raise DamagedDatabaseError(
            "Cơ sở dữ liệu bị hỏng nên không ghi thêm gì vào (“vinhdanh check” cho biết chi tiết; "
            # SQLite may put a line break inside one problem ("*** in database main ***\nPage
            # 37: …"): the message stays one line.
            f"hãy khôi phục bản sao lưu tốt gần nhất): {' '.join(problems[0].split())}"
        )


def integrity_problems(db: Database) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` report; empty when sound."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    if problems == ["ok"]:
        problems = []
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} (rowid {rowid}): tham chiếu tới {parent} không tồn tại")
    for table in ("people", "collectives", "meetings", "decisions"):
        fts = f"{table}_fts"
        try:
            db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"{fts}: {exc}")
    return problems


@dataclass(slots=True)
class FileHealth:
    """What a read-only look at a database file found (``check_file``)."""

    versions: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    newer: str = ""


COUNTED = {
    "meetings": "deleted_at is null",
    "decisions": "deleted_at is null",
    "awards": "",
    "people": "deleted_at is null",
    "collectives": "deleted_at is null",
}


def check_file(path: Path) -> FileHealth:
    """Check the database at ``path`` without changing anything in it, ever.

    The file is opened read-only (URI ``mode=ro``) and read in one snapshot, so a program
    writing meanwhile neither blocks the check nor makes a sound file look broken. Every
    damage found is one line in ``problems``; a step that cannot run on a damaged file is a
    problem line too, never an exception.

    Raises:
        ForeignDatabaseError: not SQLite, or another program's SQLite file (left untouched).
        StorageError: the file is missing or cannot be opened.
    """
    health = FileHealth()
    if not path.is_file():
        raise StorageError(f"Không tìm thấy tệp cơ sở dữ liệu {path}")
    try:
        inspect_database(path)
    except NewerDatabaseError as exc:
        health.newer = str(exc)
    except DamagedDatabaseError as exc:
        health.problems.append(str(exc))
        return health
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    try:
        _read_health(conn, health)
    finally:
        conn.close()
    return health


def _read_health(conn: sqlite3.Connection, health: FileHealth) -> None:
    def step(what: str, run: Callable[[], object]) -> object:
        try:
            return run()
        except sqlite3.Error as exc:
            health.problems.append(f"Không đọc được {what}: {storage_error(exc)}")
            return None

    conn.execute("BEGIN")  # one snapshot for every step
    try:
        rows = step(
            "phiên bản dữ liệu",
            lambda: conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                [migrations.name],
            ).fetchall(),
        )
        health.versions = [row[0] for row in rows] if isinstance(rows, list) else []
        lines = step("cấu trúc tệp", lambda: conn.execute("PRAGMA integrity_check").fetchall())
        if isinstance(lines, list) and [row[0] for row in lines] != ["ok"]:
            health.problems.extend(f"Tệp bị hỏng: {row[0]}" for row in lines)
        for table, where in COUNTED.items():
            query = f"SELECT count(*) FROM [{table}]" + (f" WHERE {where}" if where else "")
            count = step(f"bảng {table}", functools.partial(_count, conn, query))
            if isinstance(count, int):
                health.counts[table] = count
        broken = step("khóa ngoại", lambda: conn.execute("PRAGMA foreign_key_check").fetchall())
        for table, rowid, parent, _ in broken if isinstance(broken, list) else []:
            health.problems.append(
                f"{table} (rowid {rowid}): tham chiếu tới {parent} không tồn tại"
            )
        for table in ("people", "collectives", "meetings", "decisions"):
            _check_search_index(conn, table, health, step)
    finally:
        conn.rollback()


def _count(conn: sqlite3.Connection, query: str) -> int:
    return int(conn.execute(query).fetchone()[0])


def _check_search_index(
    conn: sqlite3.Connection,
    table: str,
    health: FileHealth,
    step: Callable[[str, Callable[[], object]], object],
) -> None:
    """A read-only check of one search index: one entry per row, and the index readable.

    (FTS5's own 'integrity-check' is a write statement, which a read-only check may not run.)
    """
    fts = f"{table}_fts"
    indexed = step(
        f"chỉ mục tìm kiếm {fts}",
        lambda: conn.execute(f"SELECT count(*) FROM [{fts}_docsize]").fetchone()[0],
    )
    rows = step(
        f"bảng {table}", lambda: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    )
    if isinstance(indexed, int) and isinstance(rows, int) and indexed != rows:
        health.problems.append(
            f"Chỉ mục tìm kiếm {fts} lệch với bảng {table} ({indexed} mục, {rows} dòng)"
        )
    step(
        f"chỉ mục tìm kiếm {fts}",
        lambda: conn.execute(
            f"SELECT rowid FROM [{fts}] WHERE [{fts}] MATCH 'a*' LIMIT 1"
        ).fetchall(),
    )
