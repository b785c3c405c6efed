"""Opening the database: pragmas, migrations (with a copy first), integrity check."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import shutil
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.migrations import migrations

log = logging.getLogger(__name__)


class StorageError(Exception):
    """A problem with the database file that the user must be told about."""


BUSY_TIMEOUT_MS = 5000
MIGRATION_TIMEOUT_MS = 60_000
"""How long a write waits for another program's write to finish before giving up."""


class DatabaseBusyError(StorageError):
    """Another program kept the database locked for longer than ``BUSY_TIMEOUT_MS``."""


class DamagedDatabaseError(StorageError):
    """The file is a damaged SQLite database (a quick check or a read failed)."""


class ForeignDatabaseError(StorageError):
    """The file is not a Vinh Danh database (another program's, or not SQLite at all)."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer Vinh Danh: it has migrations this one does not know."""


class ReadOnlyDatabaseError(StorageError):
    """The database file or its folder cannot be written."""


class DiskFullError(StorageError):
    """The disk holding the database is full."""


# SQLite's primary result codes (https://sqlite.org/rescode.html); Python 3.11 gives the
# extended code in ``sqlite_errorcode``, whose low byte is the primary one.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def storage_error(exc: sqlite3.Error, path: str | Path | None = None) -> StorageError:
    """The user's words for an SQLite error, chosen by its error code (not its English text)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    where = f" {path}" if path else ""
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyError(
            "Cơ sở dữ liệu đang bận vì chương trình khác đang ghi vào; hãy thử lại sau"
        )
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return ReadOnlyDatabaseError(
            f"Không ghi được vào cơ sở dữ liệu{where}: tệp hoặc thư mục chứa nó chỉ cho đọc "
            "(read-only); hãy chép nó sang thư mục ghi được hoặc bỏ thuộc tính chỉ đọc"
        )
    if primary == SQLITE_FULL:
        return DiskFullError(f"Ổ đĩa đầy, không ghi được vào cơ sở dữ liệu{where}")
    if primary == SQLITE_CORRUPT:
        return DamagedDatabaseError(
            f"Cơ sở dữ liệu{where} bị hỏng; hãy chạy “vinhdanh check” rồi khôi phục bản sao lưu "
            "tốt gần nhất"
        )
    if primary == SQLITE_NOTADB:
        return ForeignDatabaseError(f"Tệp{where} không phải cơ sở dữ liệu Vinh Danh")
    if primary == SQLITE_CANTOPEN:
        return StorageError(f"Không mở được tệp cơ sở dữ liệu{where}")
    if primary == SQLITE_NOMEM:
        return StorageError("Không đủ bộ nhớ để làm việc với cơ sở dữ liệu")
    if primary == SQLITE_IOERR:
        return StorageError(f"Lỗi đọc/ghi ổ đĩa với cơ sở dữ liệu{where}")
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return StorageError(f"Lỗi cơ sở dữ liệu{where} ({name})")


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

    def close(self) -> None:
        registered = self._registered_path
        if registered is not None:
            _open_files[registered] -= 1
            self._registered_path = None
        super().close()


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
        db = _Database(memory=True, execute_plugins=False)
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
        db = _Database(
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
        _migrate(db, path)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        db.close()
        raise storage_error(exc, path) from exc
    except BaseException:
        db.close()
        raise
    real = os.path.normcase(os.path.realpath(path))
    _open_files[real] += 1
    db._registered_path = real
    return db


def _use_wal(db: _Database) -> None:
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


def _migrate(db: _Database, path: Path) -> None:
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


def as_storage_error(exc: BaseException) -> StorageError | None:
    """An SQLite error in the user's words (by its error code); None for anything else."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        return storage_error(exc)
    if isinstance(exc, OverflowError) and "SQLite" in str(exc):
        return StorageError("Số quá lớn để lưu vào cơ sở dữ liệu")
    return None


def database_file(db: Database) -> Path | None:
    """The main file of ``db``; None for an in-memory database."""
    rows = db.execute("PRAGMA database_list").fetchall()
    name = next((row[2] for row in rows if row[1] == "main"), "")
    return Path(name) if name else None
