"""The migration runner: a file is inspected read-only first (a foreign or newer database is
refused untouched), then the pending migrations of ``storage.migrations`` run under one write
lock (``BEGIN IMMEDIATE``, statement by statement), after the file was copied aside."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.connection import (
    BUSY_TIMEOUT_MS,
    MIGRATION_TIMEOUT_MS,
    LockingDatabase,
    connect_read_only,
)
from desktop.storage.errors import (
    ForeignDatabaseError,
    NewerDatabaseError,
    StorageError,
    storage_error,
)
from desktop.storage.migrations import migrations

log = logging.getLogger(__name__)


def migrate(db: LockingDatabase, path: Path) -> None:
    """Apply pending migrations under one write lock, after a copy of an older database."""
    pending = migrations.pending(db)
    if not pending:
        return
    if migrations.applied(db):
        backup = path.with_name(f"{path.name}.before-{pending[0].name}.bak")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, backup)
        log.info("copied %s to %s before migrating", path, backup)
    # Another process creating or upgrading the same file holds the lock for as long as its
    # migrations take (seconds on a busy PC): wait longer than for an ordinary write.
    db.execute(f"PRAGMA busy_timeout={MIGRATION_TIMEOUT_MS}")
    try:
        with db.atomic():
            # Another process may have migrated between the look and the lock: look again.
            if migrations.pending(db):
                migrations.apply(db)
    finally:
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def inspect_database(path: Path) -> None:
    """Refuse, without changing it, a file that is not a Vinh Danh database or is newer.

    An absent or empty file is fine (it becomes a new database).

    Raises:
        ForeignDatabaseError: not SQLite, or SQLite with another program's tables.
        NewerDatabaseError: migrations this version does not know (names them).
        DamagedDatabaseError: the schema cannot even be read.
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StorageError(f"Không đọc được tệp {path}: {exc.strerror or exc}") from None
    if header != b"SQLite format 3\x00":
        raise ForeignDatabaseError(
            f"Tệp {path} không phải cơ sở dữ liệu Vinh Danh (không phải tệp SQLite); "
            "tệp được giữ nguyên"
        )
    try:
        probe = connect_read_only(path)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    try:
        tables = {
            row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        names: list[str] = []
        if "_sqlite_migrations" in tables:
            names = [
                row[0]
                for row in probe.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    [migrations.name],
                )
            ]
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    finally:
        probe.close()
    if tables and not names:
        raise ForeignDatabaseError(
            f"Tệp {path} là cơ sở dữ liệu SQLite của chương trình khác, không phải của Vinh Danh; "
            "tệp được giữ nguyên"
        )
    known = [m.name for m in migrations._migrations]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise NewerDatabaseError(
            f"Cơ sở dữ liệu {path} do phiên bản Vinh Danh mới hơn tạo (có phiên bản dữ liệu "
            f"{', '.join(unknown)}; phiên bản này chỉ biết tới {known[-1]}); hãy cập nhật "
            "Vinh Danh. Tệp được giữ nguyên"
        )


def schema_version(db: Database) -> str:
    """Name of the last migration applied ("0001_initial", …)."""
    applied = migrations.applied(db)
    return applied[-1].name if applied else ""
