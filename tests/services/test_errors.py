"""One error base class: what the user is told, and what is logged as a bug.

A locked database is recognised by SQLite's error code (never by its English text) and told
as "busy"; a ValueError from a bug is logged with its traceback, not shown as the user's
mistake; the user's own mistakes keep their Vietnamese message.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from desktop.exchange.meeting_package import PackageError
from desktop.services import errors
from desktop.services.errors import InvalidInput, VinhDanhError
from desktop.services.files import OutputError
from desktop.storage import database
from desktop.storage.errors import AmbiguousError, NotFoundError

BUSY = "Cơ sở dữ liệu đang bận vì chương trình khác đang ghi vào; hãy thử lại sau"


@pytest.fixture
def loaded(tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "vinhdanh.db"
    assert main(["--db", str(path), "load", str(sample_path)]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def writer(loaded: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write: it holds the write lock (BEGIN IMMEDIATE)."""
    other = sqlite3.connect(loaded, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_every_layers_user_errors_share_the_base_class() -> None:
    for error in (
        NotFoundError("Không có quyết định 99-QĐ/BTGTU"),
        PackageError(["dòng 3: thiếu tên"], "hoi-nghi.vinhdanh"),
        OutputError("Tệp bao-cao.pdf đang mở trong chương trình khác"),
        InvalidInput("Năm 20244 nằm ngoài khoảng"),
    ):
        assert isinstance(error, VinhDanhError)
        assert errors.as_user_error(error) is error
    ambiguous = AmbiguousError("“An” chỉ nhiều người", ["Nguyễn Văn An", "Lê Thị An"])
    assert ambiguous.details == ("Nguyễn Văn An", "Lê Thị An")


def test_a_locked_database_is_busy_by_its_error_code(
    writer: sqlite3.Connection, loaded: Path
) -> None:
    third = sqlite3.connect(loaded, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError) as caught:
        third.execute("BEGIN IMMEDIATE")
    third.close()
    assert caught.value.sqlite_errorcode & 0xFF == database.SQLITE_BUSY
    assert errors.user_message(caught.value) == BUSY


def test_the_english_text_alone_does_not_make_an_error_busy() -> None:
    # The same words without SQLite's code: not classified as "busy" (no text matching).
    told = errors.user_message(sqlite3.OperationalError("database is locked"))
    assert told is not None and told != BUSY
    assert told.startswith("Lỗi cơ sở dữ liệu")


def test_the_command_says_busy_when_another_program_holds_the_lock(
    writer: sqlite3.Connection,
    loaded: Path,
    sample_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)  # wait 0.2 s, not 5 s
    status = main(["--db", str(loaded), "load", str(sample_path)])
    err = capsys.readouterr().err
    assert status == 1
    assert err.strip() == f"vinhdanh: {BUSY}"
    assert "Traceback" not in err


def test_a_value_error_from_a_bug_is_logged_not_shown_as_the_users_mistake(
    loaded: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        int("mười")  # a bug: ValueError: invalid literal for int() with base 10

    monkeypatch.setattr("desktop.services.library.search", broken)
    status = main(["--db", str(loaded), "search", "An"])
    err = capsys.readouterr().err
    assert status == 1
    assert "invalid literal" not in err  # the bug's English text is not the user's message
    assert "Lỗi không mong đợi" in err
    log = (paths.logs_dir() / errors.LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError: invalid literal for int() with base 10: 'mười'" in log
    assert "Traceback" in log


def test_the_users_own_mistake_keeps_its_message(
    loaded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--db", str(loaded), "stats", "1800"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.strip() == "vinhdanh: Năm 1800 nằm ngoài khoảng 1945–2100"


def test_a_plain_value_error_is_a_bug() -> None:
    assert errors.as_user_error(ValueError("invalid literal for int()")) is None
    assert errors.as_user_error(KeyError("name")) is None
