"""Backups of the database file: a consistent copy while the application keeps working."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.database import (
    StorageError,
    connect_read_only,
    inspect_database,
    integrity_problems,
    storage_error,
)

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


REQUIRED_TABLES = {"_sqlite_migrations", "meetings", "decisions", "awards"}


def _open_source(path: Path, scratch: Path) -> sqlite3.Connection:
    """``path`` opened so that nothing can change it, WAL content included.

    On read-only media SQLite may not be able to set up a WAL file's shared memory, and a -wal
    left by a program killed while writing needs its index rebuilt, which a read-only
    connection cannot do: the file and its -wal are then copied into ``scratch`` (a private
    folder) and read there, so the source is never touched.
    """
    try:
        return connect_read_only(path, recover=False)
    except sqlite3.Error as exc:
        first = exc
    try:
        copy = scratch / "source.db"
        shutil.copyfile(path, copy)
        if Path(f"{path}-wal").exists():
            shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        return sqlite3.connect(str(copy))
    except (OSError, sqlite3.Error):
        raise storage_error(first, path) from first


def copy_backup(path: Path, target: Path) -> None:
    """Copy the backup at ``path`` into ``target`` (absent or empty) and check the copy.

    The source is opened read-only and copied with SQLite's backup API, so what another
    program still holds in its -wal file comes along and the source is never modified. The
    copy must be a sound Vinh Danh database (integrity, foreign keys, a schema this version
    knows); it is written to disk (fsync) before this returns.

    Raises:
        StorageError: the backup is missing, not ours, newer, or damaged; ``target`` is
            removed then.
    """
    if path.is_dir():
        raise StorageError(f"{path} là một thư mục, không phải tệp sao lưu")
    if not path.is_file():
        # sqlite3.connect would create an empty file there.
        raise StorageError(f"Không tìm thấy tệp sao lưu {path}")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StorageError(f"Không đọc được tệp sao lưu {path}: {exc.strerror or exc}") from None
    if header != b"SQLite format 3\x00":
        raise StorageError(f"Tệp {path} không phải cơ sở dữ liệu Vinh Danh")
    scratch = Path(tempfile.mkdtemp(prefix=".vinhdanh-tmp-source-"))
    source = _open_source(path, scratch)
    try:
        destination = sqlite3.connect(str(target))
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        error = storage_error(exc, path)
        raise StorageError(f"Bản sao lưu {path} không đọc được: {error}") from exc
    finally:
        source.close()
        shutil.rmtree(scratch, ignore_errors=True)
    try:
        _check_copy(path, target)
        with target.open("rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _check_copy(original: Path, copy: Path) -> None:
    try:
        inspect_database(copy)
    except StorageError as exc:
        raise StorageError(str(exc).replace(str(copy), str(original))) from None
    probe = Database(sqlite3.connect(str(copy)), execute_plugins=False)
    try:
        tables = set(probe.table_names())
        if not tables >= REQUIRED_TABLES:
            raise StorageError(f"Tệp {original} không phải bản sao lưu của Vinh Danh")
        problems = integrity_problems(probe)
    except sqlite3.Error as exc:
        raise StorageError(f"Bản sao lưu {original} bị hỏng: {storage_error(exc)}") from exc
    finally:
        probe.close()
    if problems:
        raise StorageError(f"Bản sao lưu {original} bị hỏng: {problems[0]}")


def check_backup(path: Path) -> None:
    """Make sure ``path`` is a sound Vinh Danh database, without changing it.

    Raises:
        StorageError: it is not a database, not ours, newer, or damaged; the message says which.
    """
    with tempfile.TemporaryDirectory(prefix=".vinhdanh-tmp-check-") as folder:
        copy_backup(path, Path(folder) / "check.db")
