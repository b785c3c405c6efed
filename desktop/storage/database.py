"""Opening the database: pragmas, migrations (with a copy first), integrity check."""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from collections.abc import Generator
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.migrations import migrations

log = logging.getLogger(__name__)


class StorageError(Exception):
    """A problem with the database file that the user must be told about."""


BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another program's write to finish before giving up."""


class DatabaseBusyError(StorageError):
    """Another program kept the database locked for longer than ``BUSY_TIMEOUT_MS``."""


class _Database(Database):
    """sqlite-utils' Database whose outermost ``atomic()`` takes the write lock at once.

    sqlite-utils begins with a deferred ``BEGIN``: a transaction that reads and then writes
    fails at once with "database is locked" when another process (a second command, the GUI's
    worker) wrote in between, without waiting ``busy_timeout``. ``BEGIN IMMEDIATE`` waits.
    """

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            with super().atomic():  # a savepoint
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise DatabaseBusyError(
                "Cơ sở dữ liệu đang bận vì chương trình khác đang ghi vào; hãy thử lại sau"
            ) from exc
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def open_database(path: str | Path | None) -> Database:
    """Open (creating if needed) the database at ``path``; ``None`` gives an in-memory one.

    Foreign keys are enforced, the journal is WAL for files, and pending migrations are
    applied, each in its own transaction, after the file has been copied to
    ``<name>.before-<migration>.bak`` so an upgrade can always be undone by hand.
    """
    # execute_plugins=False: no third-party sqlite-utils plugin runs inside the application,
    # and start-up skips the entry-point scan (about 90 ms, bench/startup.py).
    if path is None:
        db = _Database(memory=True, execute_plugins=False)
    else:
        path = Path(path)
        if path.exists() and path.is_dir():
            raise StorageError(f"{path} là một thư mục, không phải tệp cơ sở dữ liệu")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = _Database(
                sqlite3.connect(str(path), check_same_thread=True), execute_plugins=False
            )
            db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise _not_ours(path, exc) from exc
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    try:
        pending = migrations.pending(db)
    except sqlite3.DatabaseError as exc:
        raise _not_ours(path, exc) from exc
    if pending and path is not None and migrations.applied(db):
        backup = path.with_name(f"{path.name}.before-{pending[0].name}.bak")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, backup)
        log.info("copied %s to %s before migrating", path, backup)
    migrations.apply(db)
    return db


def _not_ours(path: Path | None, exc: sqlite3.DatabaseError) -> StorageError:
    return StorageError(f"Tệp {path} không phải cơ sở dữ liệu Vinh Danh ({exc})")


def schema_version(db: Database) -> str:
    """Name of the last migration applied ("0001_initial", …)."""
    applied = migrations.applied(db)
    return applied[-1].name if applied else ""


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
