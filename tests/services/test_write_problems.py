"""The cause of a failed write, as the window tells it: by SQLite's error code and the OS's
errno, never by the English text; a file no longer there is "gone"."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.errors import VinhDanhError
from desktop.services.write_problems import write_problem


def _sqlite_error(code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("message in any language")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_a_write_to_a_read_only_connection_is_read_only() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("create table t (x)")
    db.execute("PRAGMA query_only = 1")
    with pytest.raises(sqlite3.OperationalError) as raised:
        db.execute("insert into t values (1)")
    assert write_problem(raised.value) == "read_only"


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (_sqlite_error(8 | (1 << 8)), "read_only"),  # SQLITE_READONLY_RECOVERY
        (_sqlite_error(13), "full"),
        (_sqlite_error(5), "busy"),
        (_sqlite_error(6), "busy"),
        (_sqlite_error(10 | (3 << 8)), "io"),  # SQLITE_IOERR_WRITE
        (_sqlite_error(14), "io"),
        (OSError(errno.ENOSPC, "No space left on device"), "full"),
        (OSError(errno.EROFS, "Read-only file system"), "read_only"),
        (_sqlite_error(19), None),  # a constraint: a bug, not the file
        (ValueError("bug"), None),
    ],
)
def test_causes_by_code(error: BaseException, problem: str | None) -> None:
    assert write_problem(error) == problem


def test_a_cause_wrapped_in_a_message_is_found() -> None:
    wrapped = VinhDanhError("Không lưu được")
    wrapped.__cause__ = _sqlite_error(13)
    assert write_problem(wrapped) == "full"


def test_a_file_no_longer_there_is_gone(tmp_path: Path) -> None:
    assert write_problem(_sqlite_error(10), tmp_path / "missing.db") == "gone"
    (tmp_path / "here.db").write_bytes(b"")
    assert write_problem(_sqlite_error(10), tmp_path / "here.db") == "io"
