"""Backup and restore: a sound copy while working, and the current data never lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.backup import backup_database, restore_database
from desktop.services.files import OutputError
from desktop.services.packages import load_package
from desktop.storage.database import StorageError, integrity_problems, open_database


@pytest.fixture
def database(tmp_path: Path, sample_path: Path) -> Path:
    path = tmp_path / "vinhdanh.db"
    db = open_database(path)
    load_package(db, sample_path)
    db.close()
    return path


def test_backup_is_a_sound_single_file(database: Path, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    target = backup_database(database, tmp_path / "sao-luu.db", lambda d, t: steps.append((d, t)))
    assert steps and steps[-1][0] == steps[-1][1]
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("select count(*) from awards").fetchone()[0] == 35
    copy.close()
    assert not Path(f"{target}-wal").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary


def test_backup_while_another_connection_writes(database: Path, tmp_path: Path) -> None:
    writer = open_database(database)
    with writer.atomic():
        writer.table("people").insert({"id": "new", "name": "Người Đang Thêm"})
        target = backup_database(database, tmp_path / "copy.db")
    copy = open_database(target)
    assert integrity_problems(copy) == []
    assert copy.table("awards").count == 35


def test_restore_keeps_a_safety_copy(database: Path, tmp_path: Path) -> None:
    backup = backup_database(database, tmp_path / "copy.db")
    db = open_database(database)
    db.execute("DELETE FROM awards")
    db.conn.commit()
    db.close()
    safety = restore_database(backup, database)
    assert open_database(database).table("awards").count == 35
    assert open_database(safety).table("awards").count == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all" * 50, "không phải cơ sở dữ liệu Vinh Danh"),
        (None, "không phải của Vinh Danh"),
    ],
)
def test_restore_refuses_what_is_not_a_backup(
    database: Path, tmp_path: Path, content: bytes | None, message: str
) -> None:
    bad = tmp_path / "bad.db"
    if content is None:
        other = sqlite3.connect(bad)
        other.execute("create table notes (x)")
        other.commit()
        other.close()
    else:
        bad.write_bytes(content)
    with pytest.raises(StorageError, match=message):
        restore_database(bad, database)
    assert open_database(database).table("awards").count == 35


def test_cli_backup_and_restore(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "b.db"
    assert main(["--db", str(database), "backup", "-o", str(target)]) == 0
    assert main(["--db", str(database), "restore", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Đã sao lưu" in out and "Dữ liệu trước đó được giữ ở" in out
    assert main(["--db", str(database), "backup", "-o", str(database)]) == 1
    assert "đó là tệp cơ sở dữ liệu đang dùng" in capsys.readouterr().err


def test_backup_to_a_folder_is_a_clear_error(database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Sao lưu"
    folder.mkdir()
    with pytest.raises(OutputError, match="là một thư mục"):
        backup_database(database, folder)
    assert list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_from_a_missing_file_or_a_folder_changes_nothing(
    database: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "bản sao.db"
    with pytest.raises(StorageError, match="Không tìm thấy tệp sao lưu"):
        restore_database(missing, database)
    assert not missing.exists()  # not created as an empty database
    with pytest.raises(StorageError, match="là một thư mục"):
        restore_database(tmp_path, database)
    assert open_database(database).table("awards").count == 35


def test_restore_while_the_database_is_open_elsewhere_changes_nothing(
    database: Path, tmp_path: Path
) -> None:
    # The application still open on the database: replacing the file under it would leave it
    # writing into the old, removed file (Linux) or fail with a traceback (Windows).
    backup = backup_database(database, tmp_path / "copy.db")
    app = open_database(database)
    app.execute("select count(*) from awards").fetchone()
    with pytest.raises(StorageError, match="đang được mở"):
        restore_database(backup, database)
    app.execute("DELETE FROM awards")
    app.conn.commit()
    app.close()
    assert open_database(database).table("awards").count == 0  # the app's edit is kept
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_backup_over_a_read_only_file_is_refused(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "sao-luu.db"
    target.write_bytes(b"an older backup the user protected")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="chỉ đọc"):
        backup_database(database, target)
    assert target.read_bytes() == b"an older backup the user protected"
