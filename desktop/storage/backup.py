"""Backups of the database file: a consistent copy while the application keeps working."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.database import StorageError, integrity_problems, open_database

Progress = Callable[[int, int], None]
"""Called with (pages done, pages in all) while a copy runs."""

PAGES_PER_STEP = 256


def copy_database(db: Database, target: Path, progress: Progress | None = None) -> None:
    """Copy ``db`` to ``target`` (absent or empty) with SQLite's online backup.

    The copy is consistent even while other connections write (docs/pitfalls). It is switched
    from WAL to a plain rollback journal so it is one self-contained file to hand over, and
    checked before this returns.

    Raises:
        StorageError: the copy could not be made or is not sound; no partial file is left.
    """
    destination = sqlite3.connect(str(target))
    try:
        db.conn.backup(
            destination,
            pages=PAGES_PER_STEP,
            progress=(lambda _status, remaining, total: progress(total - remaining, total))
            if progress
            else None,
        )
        destination.execute("PRAGMA journal_mode=DELETE")
        problems = integrity_problems(Database(destination, execute_plugins=False))
    except sqlite3.Error as exc:
        destination.close()
        target.unlink(missing_ok=True)
        raise StorageError(f"Không sao lưu được vào {target}: {exc}") from exc
    destination.close()
    if problems:
        target.unlink(missing_ok=True)
        raise StorageError(f"Bản sao lưu {target} không toàn vẹn: {problems[0]}")


def check_not_in_use(path: Path) -> None:
    """Make sure no other connection (the application, another command) has ``path`` open.

    Leaving WAL needs the only connection to the file, so the switch is the test; the file is
    about to be replaced anyway.

    Raises:
        StorageError: another program has the database open.
    """
    probe = sqlite3.connect(str(path), timeout=0.5)
    try:
        mode = probe.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        mode = ""
    finally:
        probe.close()
    if mode != "delete":
        raise StorageError(
            f"{path} đang được mở trong Vinh Danh hoặc chương trình khác; hãy đóng chương trình "
            "đó rồi khôi phục lại"
        )


def check_backup(path: Path) -> None:
    """Make sure ``path`` is a sound Vinh Danh database (upgrading a copy would work).

    Raises:
        StorageError: it is not a database, not ours, or damaged; the message says which.
    """
    if path.is_dir():
        raise StorageError(f"{path} là một thư mục, không phải tệp sao lưu")
    if not path.is_file():
        # sqlite3.connect would create an empty file there.
        raise StorageError(f"Không tìm thấy tệp sao lưu {path}")
    probe = Database(sqlite3.connect(str(path)), execute_plugins=False)
    try:
        tables = set(probe.table_names())
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"Tệp {path} không phải cơ sở dữ liệu Vinh Danh ({exc})") from None
    finally:
        probe.close()
    if not {"_sqlite_migrations", "meetings", "decisions", "awards"} <= tables:
        raise StorageError(f"Tệp {path} không phải bản sao lưu của Vinh Danh")
    restored = open_database(None)
    source = sqlite3.connect(str(path))
    try:
        source.backup(restored.conn)
    finally:
        source.close()
    problems = integrity_problems(restored)
    restored.close()
    if problems:
        raise StorageError(f"Bản sao lưu {path} bị hỏng: {problems[0]}")
