"""Why the database cannot take a write, as the window tells it: one cause per kind of trouble.

The autosave writes every edit a moment after it is made; when the database refuses, the
window tells the user once per cause (not once per keystroke), so the causes are named here,
from the storage layer's classified errors (SQLite's error codes, never their English text)
and the OS's errno, and from whether the file is still where it was opened.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Literal

from desktop.storage.errors import (
    DatabaseBusyError,
    DiskFullError,
    DiskIOError,
    ReadOnlyDatabaseError,
    as_storage_error,
)

__all__ = ["WriteProblem", "file_gone", "file_read_only", "write_problem"]

WriteProblem = Literal["read_only", "full", "busy", "io", "gone"]
"""read_only: the file (or its folder, share, USB stick) only allows reading; full: the disk is
full; busy: another program held the database past the timeout; io: the disk failed to read or
write; gone: the file is no longer where it was opened (deleted, moved, unplugged)."""

_BY_ERRNO: dict[int, WriteProblem] = {
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.ENOSPC: "full",
    errno.EIO: "io",
}


def file_gone(path: Path | None) -> bool:
    """True when the database file opened from ``path`` is no longer there (never for a
    database in memory)."""
    return path is not None and not path.exists()


def file_read_only(path: Path | None) -> bool:
    """True when the database file at ``path``, or its folder (where SQLite writes its journal),
    cannot be written: the read-only attribute, a read-only share or USB stick."""
    if path is None or not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def write_problem(error: BaseException | None, path: Path | None = None) -> WriteProblem | None:
    """The cause of a failed write (``error``, or its causes), or None when it is not a problem
    with the database file (a conflict, a bug). A file no longer at ``path`` is "gone" whatever
    SQLite said about it."""
    if file_gone(path):
        return "gone"
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        stored = as_storage_error(error)
        if isinstance(stored, ReadOnlyDatabaseError):
            return "read_only"
        if isinstance(stored, DiskFullError):
            return "full"
        if isinstance(stored, DatabaseBusyError):
            return "busy"
        if isinstance(stored, DiskIOError):
            return "io"
        if isinstance(error, OSError) and error.errno in _BY_ERRNO:
            return _BY_ERRNO[error.errno]
        error = error.__cause__ or error.__context__
    return None
