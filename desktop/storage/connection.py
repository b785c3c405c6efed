"""The connection every store uses: sqlite-utils' Database that takes the write lock at once
and runs scripts statement by statement inside a transaction; read-only connections; and the
files of every database open in this process (which no output may overwrite)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections import Counter
from collections.abc import Generator
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.errors import (
    SQLITE_CANTOPEN,
    SQLITE_READONLY,
    DatabaseBusyError,
    storage_error,
)

BUSY_TIMEOUT_MS = 5000
MIGRATION_TIMEOUT_MS = 60_000
"""How long a write waits for another program's write to finish before giving up."""


_open_files: Counter[str] = Counter()
"""Database files open in this process (real paths), which no output may overwrite."""


def open_database_files() -> list[Path]:
    """Every file of every database open in this process: the main file, -wal, -shm, -journal."""
    return [
        Path(f"{name}{suffix}")
        for name, count in _open_files.items()
        if count > 0
        for suffix in ("", "-wal", "-shm", "-journal")
    ]


class LockingDatabase(Database):
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
            busy = storage_error(exc)  # by SQLite's error code, not its English text
            if not isinstance(busy, DatabaseBusyError):
                raise
            raise busy from exc
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

    def executescript(self, script: str) -> sqlite3.Cursor:
        """Run ``script`` statement by statement inside an open transaction.

        sqlite3's ``executescript`` commits a pending transaction first, which would let
        another process in halfway through a migration.
        """
        if not self.conn.in_transaction:
            return super().executescript(script)
        cursor = self.conn.cursor()
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                cursor.execute(statement)
                statement = ""
        if statement.strip():
            cursor.execute(statement)
        return cursor

    _registered_path: str | None = None
    """The real path counted in ``_open_files`` while this connection is open."""

    def register_open_file(self, path: Path) -> None:
        """Count ``path`` among the open databases until this connection closes."""
        real = os.path.normcase(os.path.realpath(path))
        _open_files[real] += 1
        self._registered_path = real

    def close(self) -> None:
        registered = self._registered_path
        if registered is not None:
            _open_files[registered] -= 1
            self._registered_path = None
        super().close()


def connect_read_only(path: Path, *, recover: bool = True) -> sqlite3.Connection:
    """A connection that cannot change ``path``'s data (URI ``mode=ro``); WAL content is seen.

    A program killed while writing leaves a -wal whose index only a writable connection can
    rebuild; a read-only one fails then (SQLITE_READONLY_RECOVERY). With ``recover`` such a file
    is opened writable but ``query_only``: the index is rebuilt, no data can be changed.
    """
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) or 0
        if not recover or code & 0xFF not in (SQLITE_READONLY, SQLITE_CANTOPEN):
            raise
        connection.close()
        connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA query_only=1")
    return connection
