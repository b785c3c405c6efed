"""Opening the database: the file checked, WAL and foreign keys, pending migrations applied.

The parts live beside it: ``errors`` (SQLite's errors in the user's words), ``connection``
(the locking connection, read-only connections, open files), ``upgrade`` (the migration
runner), ``health`` (integrity and file checks). Their public names are re-exported here.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.connection import (
    BUSY_TIMEOUT_MS,
    MIGRATION_TIMEOUT_MS,
    LockingDatabase,
    connect_read_only,
    open_database_files,
)
from desktop.storage.errors import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ForeignDatabaseError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
    as_storage_error,
    storage_error,
)
from desktop.storage.health import (
    COUNTED,
    FileHealth,
    check_file,
    integrity_problems,
    quick_check,
    require_sound,
)
from desktop.storage.migrations import migrations
from desktop.storage.upgrade import inspect_database, migrate, schema_version

__all__ = [
    "BUSY_TIMEOUT_MS",
    "COUNTED",
    "MIGRATION_TIMEOUT_MS",
    "DamagedDatabaseError",
    "DatabaseBusyError",
    "DiskFullError",
    "FileHealth",
    "ForeignDatabaseError",
    "NewerDatabaseError",
    "ReadOnlyDatabaseError",
    "StorageError",
    "as_storage_error",
    "check_file",
    "connect_read_only",
    "data_version",
    "inspect_database",
    "integrity_problems",
    "is_read_only",
    "open_database",
    "open_database_files",
    "quick_check",
    "refuse_writes",
    "require_sound",
    "schema_version",
    "storage_error",
]


def open_database(path: str | Path | None) -> Database:
    """Open (creating if needed) the database at ``path``; ``None`` gives an in-memory one.

    Foreign keys are enforced, the journal is WAL for files, and pending migrations are
    applied, in one write transaction (so several processes creating one database at once do
    not collide), after the file has been copied to ``<name>.before-<migration>.bak`` so an
    upgrade can always be undone by hand.

    Before anything is written, the file is inspected read-only: a file that is not a Vinh
    Danh database (not SQLite, or another program's tables) and a database of a newer Vinh
    Danh (migrations this version does not know) are refused and left exactly as they were.

    Raises:
        ForeignDatabaseError, NewerDatabaseError, ReadOnlyDatabaseError, DiskFullError,
        DamagedDatabaseError, DatabaseBusyError, StorageError: the message names the file.
    """
    # execute_plugins=False: no third-party sqlite-utils plugin runs inside the application,
    # and start-up skips the entry-point scan (about 90 ms, bench/startup.py).
    if path is None:
        db = LockingDatabase(memory=True, execute_plugins=False)
        db.execute("PRAGMA foreign_keys=ON")
        migrations.apply(db)
        return db
    path = Path(path)
    if path.exists() and path.is_dir():
        raise StorageError(f"{path} là một thư mục, không phải tệp cơ sở dữ liệu")
    if path.exists() and not path.is_file():
        raise StorageError(f"{path} không phải tệp thường (thiết bị, FIFO…); không dùng được")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise StorageError(f"Không tạo được thư mục {path.parent}: đó là một tệp") from None
    except OSError as exc:
        raise StorageError(f"Không tạo được thư mục {path.parent}: {exc.strerror or exc}") from None
    inspect_database(path)
    try:
        db = LockingDatabase(
            sqlite3.connect(str(path), check_same_thread=True, timeout=BUSY_TIMEOUT_MS / 1000),
            execute_plugins=False,
        )
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    try:
        # Setting up waits as long as a migration may take: another process creating or
        # upgrading the same file holds its lock until it is done (seconds on a busy PC).
        db.execute(f"PRAGMA busy_timeout={MIGRATION_TIMEOUT_MS}")
        _use_wal(db)
        db.execute("PRAGMA foreign_keys=ON")
        migrate(db, path)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        db.close()
        raise storage_error(exc, path) from exc
    except BaseException:
        db.close()
        raise
    db.register_open_file(path)
    return db


def _use_wal(db: LockingDatabase) -> None:
    """Switch the file to WAL, waiting for another process that is creating it.

    Changing the journal mode needs the file to itself, and SQLite answers SQLITE_BUSY at once
    (no busy handler: it would deadlock) while another connection is setting the same new file
    up; so the switch is retried until ``MIGRATION_TIMEOUT_MS``.
    """
    deadline = time.monotonic() + MIGRATION_TIMEOUT_MS / 1000
    while True:
        try:
            if str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorcode", 0) & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def is_open(db: Database) -> bool:
    """False once the connection was closed (a window's work finishing after the window)."""
    try:
        db.conn.total_changes  # noqa: B018 - raises on a closed connection
    except sqlite3.ProgrammingError:
        return False
    return True


def data_version(db: Database) -> int:
    """A number that changes when another connection (a second window, the CLI) commits.

    ``PRAGMA data_version``: cheap (no file read), unchanged by this connection's own writes.
    """
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def refuse_writes(db: Database) -> None:
    """Make this connection read-only: every later write fails (``PRAGMA query_only``)."""
    db.execute("PRAGMA query_only = ON")


def is_read_only(db: Database) -> bool:
    """True after ``refuse_writes``."""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def database_file(db: Database) -> Path | None:
    """The main file of ``db``; None for an in-memory database."""
    rows = db.execute("PRAGMA database_list").fetchall()
    name = next((row[2] for row in rows if row[1] == "main"), "")
    return Path(name) if name else None
