"""Errors of the storage layer that the user is told about (not bugs): problems with the
database file, SQLite's errors in the user's words (chosen by error code, never by text), and
the stores' lookup and conflict errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.domain.errors import VinhDanhError


class StorageError(VinhDanhError):
    """A problem with the database file that the user must be told about."""


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


class DiskIOError(StorageError):
    """The disk holding the database failed to read or write (a USB stick pulled out, a
    network drive gone), or the file could not be opened any more."""


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
        return DiskIOError(f"Không mở được tệp cơ sở dữ liệu{where}")
    if primary == SQLITE_NOMEM:
        return StorageError("Không đủ bộ nhớ để làm việc với cơ sở dữ liệu")
    if primary == SQLITE_IOERR:
        return DiskIOError(f"Lỗi đọc/ghi ổ đĩa với cơ sở dữ liệu{where}")
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return StorageError(f"Lỗi cơ sở dữ liệu{where} ({name})")


def as_storage_error(exc: BaseException) -> StorageError | None:
    """An SQLite error in the user's words (by its error code); None for anything else."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        return storage_error(exc)
    if isinstance(exc, OverflowError) and "SQLite" in str(exc):
        return StorageError("Số quá lớn để lưu vào cơ sở dữ liệu")
    return None


class NotFoundError(StorageError, LookupError):
    """No record matches the id or key the user gave."""


class AmbiguousError(StorageError, LookupError):
    """Several records match the key the user gave; ``candidates`` describes them."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates
        self.details = tuple(candidates)


class DuplicateError(StorageError):
    """The record is already stored (e.g. the same decision loaded twice)."""


class StaleRecordError(StorageError):
    """A save carried an older version than the one on disk: someone else saved in between.

    ``label`` names the record ("Quyết định 15-QĐ/BTGTU"); nothing was written.
    """

    def __init__(self, label: str, expected: int, stored: int) -> None:
        super().__init__(
            f"{label} vừa được sửa ở nơi khác (cửa sổ khác hoặc lệnh vinhdanh) nên không ghi "
            "đè lên được; hãy mở lại để xem bản mới nhất"
        )
        self.label = label
        self.expected = expected
        self.stored = stored
