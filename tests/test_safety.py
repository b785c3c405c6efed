"""Issue 9: no command, bad file or fault loses an office's data or files, and no traceback.

Each test starts from the reproduction in the issue (the first release failed every one).
"""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import documents, errors, library
from desktop.services.backup import backup_database
from desktop.services.files import TEMP_PREFIX, OutputError, clean_leftovers
from desktop.storage.database import open_database
from desktop.storage.migrations import migrations

NUMBER = "15-QĐ/BTGTU"
MEETING = "2024-01-03"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    gc.collect()  # a command's connection closes (and checkpoints) as at the end of a process
    out, err = capsys.readouterr()
    return status, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def awards_in(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM awards").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def v_db(tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "v.db"
    assert run(capsys, "--db", str(path), "load", str(sample_path))[0] == 0
    return path


def one_line(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("vinhdanh: ")
    assert "Traceback" not in err and "Error" not in err


# -- 1. Output can never destroy input ---------------------------------------------------------


def test_certificates_over_the_database_is_refused(
    v_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reproduction: `vinhdanh --db v.db certificates 15-QĐ/BTGTU -o v.db` replaced the
    database with a PDF and exited 0."""
    before = awards_in(v_db)
    status, _, err = run(capsys, "--db", str(v_db), "certificates", NUMBER, "-o", str(v_db))
    assert status == 1
    one_line(err)
    assert "cơ sở dữ liệu đang dùng" in err
    assert v_db.read_bytes()[:16] == b"SQLite format 3\x00"
    assert awards_in(v_db) == before == 35


@pytest.mark.parametrize(
    ("command", "target"),
    [
        (["certificates", NUMBER, "-o"], "v.db"),
        (["certificates", NUMBER, "-o"], "sub/../v.db-wal"),
        (["certificates", NUMBER, "-o"], "link-to-db.pdf"),
        (["dump", MEETING, "-o"], "link-to-db.json"),
        (["calibration", "-o"], "v.db"),
        (["minutes", MEETING, "-o"], "link-to-db.pdf"),
        (["award-list", NUMBER, "-o"], "link-to-db.xlsx"),
        (["decision", NUMBER, "-o"], "link-to-db.docx"),
        (["backup", "-o"], "v.db"),
        (["backup", "-o"], "v.db-shm"),
    ],
)
def test_no_command_writes_over_the_open_database(
    v_db: Path, capsys: pytest.CaptureFixture[str], command: list[str], target: str
) -> None:
    folder = v_db.parent
    (folder / "sub").mkdir(exist_ok=True)
    for suffix in (".pdf", ".json", ".xlsx", ".docx"):
        (folder / f"link-to-db{suffix}").symlink_to(v_db)
    status, _, err = run(capsys, "--db", str(v_db), *command, str(folder / target))
    assert status == 1
    one_line(err)
    assert awards_in(v_db) == 35
    assert library.check_database_file(v_db).problems == []


@pytest.mark.parametrize(
    ("command", "name", "expected"),
    [
        (["certificates", NUMBER, "-o"], "x.db", ".pdf"),
        (["dump", MEETING, "-o"], "x.pdf", ".json"),
        (["calibration", "-o"], "x.docx", ".pdf"),
        (["backup", "-o"], "x.pdf", ".db"),
    ],
)
def test_each_command_checks_the_extension(
    v_db: Path, capsys: pytest.CaptureFixture[str], command: list[str], name: str, expected: str
) -> None:
    target = v_db.parent / name
    target.write_bytes(b"the user's own file")
    status, _, err = run(capsys, "--db", str(v_db), *command, str(target))
    assert status == 1
    one_line(err)
    assert expected in err
    assert target.read_bytes() == b"the user's own file"


def test_a_fifo_a_folder_and_a_device_are_not_replaced(
    v_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = v_db.parent / "pipe.pdf"
    os.mkfifo(fifo)
    folder = v_db.parent / "folder.pdf"
    folder.mkdir()
    for target in (fifo, folder, Path(os.devnull)):
        status, _, err = run(capsys, "--db", str(v_db), "certificates", NUMBER, "-o", str(target))
        assert status == 1, target
        one_line(err)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_the_gui_exports_go_through_the_same_check(v_db: Path) -> None:
    db = library.open_library(v_db)
    try:
        wal = v_db.with_name("wal-alias.xlsx")
        wal.symlink_to(v_db.with_name("v.db-wal"))
        with pytest.raises(OutputError, match="cơ sở dữ liệu đang dùng"):
            documents.write_award_list(db, NUMBER, wal)
        link = v_db.with_name("alias.pdf")
        link.symlink_to(v_db)
        with pytest.raises(OutputError, match="cơ sở dữ liệu đang dùng"):
            documents.write_minutes(db, MEETING, link)
    finally:
        db.close()
    assert awards_in(v_db) == 35


# -- 2. leftovers of a killed run ---------------------------------------------------------------


def test_leftover_temporary_files_are_cleaned_and_moved_files_put_back(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    (tmp_path / f"{TEMP_PREFIX}{pid}-ab12cd34-01 - An.pdf").write_bytes(b"half")
    (tmp_path / f"{TEMP_PREFIX}{pid}-old-ab12cd34-02 - Bình.pdf").write_bytes(b"earlier")
    (tmp_path / f"{TEMP_PREFIX}{os.getpid()}-ab12cd34-mine.pdf").write_bytes(b"in use")
    (tmp_path / "03 - Chi.pdf").write_bytes(b"kept")
    clean_leftovers(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["02 - Bình.pdf", "03 - Chi.pdf", f"{TEMP_PREFIX}{os.getpid()}-ab12cd34-mine.pdf"]
    )
    assert (tmp_path / "02 - Bình.pdf").read_bytes() == b"earlier"


# -- 4. Restore copies what is really there -----------------------------------------------------


def test_restore_from_a_backup_another_program_has_open(
    v_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first release copied only the main file: the newest records, still in the other
    program's -wal, were lost while it reported success; and it modified the source."""
    source = tmp_path / "shared" / "ban-sao.db"
    source.parent.mkdir()
    backup_database(v_db, source)
    other = sqlite3.connect(source)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("PRAGMA wal_autocheckpoint=0")
    other.execute("DELETE FROM certificate_issues")
    other.execute("UPDATE awards SET reason = 'Mới nhất' WHERE position = 1")
    other.commit()
    assert Path(f"{source}-wal").stat().st_size > 0
    # The -shm is shared memory that every reader writes to; the data is in the other two.
    files_before = {p.name: digest(p) for p in source.parent.iterdir() if p.suffix != ".db-shm"}
    target = tmp_path / "restored.db"
    status, out, err = run(capsys, "--db", str(target), "restore", str(source))
    assert status == 0, err
    assert "Dữ liệu trước đó" not in out  # there was no database: no safety copy to name
    restored = sqlite3.connect(target)
    reasons = [r[0] for r in restored.execute("SELECT reason FROM awards WHERE position = 1")]
    restored.close()
    assert "Mới nhất" in reasons
    assert {
        p.name: digest(p) for p in source.parent.iterdir() if p.suffix != ".db-shm"
    } == files_before
    other.close()


def test_restore_names_the_safety_copy_only_when_one_was_made(
    v_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.db"
    assert run(capsys, "--db", str(v_db), "backup", "-o", str(copy))[0] == 0
    status, out, _ = run(capsys, "--db", str(v_db), "restore", str(copy))
    assert status == 0
    safety = out.split("được giữ ở ")[1].strip()
    assert awards_in(Path(safety)) == 35
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_a_damaged_backup_is_refused_in_one_line(
    v_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "hong.db"
    backup_database(v_db, bad)
    damage(bad)
    before = digest(v_db)
    status, _, err = run(capsys, "--db", str(v_db), "restore", str(bad))
    assert status == 1
    one_line(err)
    assert "hỏng" in err
    assert digest(v_db) == before


# -- 5. Damaged, foreign and newer databases ----------------------------------------------------


def damage(path: Path) -> None:
    """Overwrite one page in the middle of the file with garbage (a bad sector)."""
    size = path.stat().st_size
    page = 4096
    middle = (size // page // 2) * page
    with path.open("r+b") as handle:
        handle.seek(middle)
        handle.write(bytes(range(256)) * (page // 256))


def test_check_reports_each_damage_and_suggests_a_backup(
    v_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first release crashed with a traceback on a damaged page."""
    assert run(capsys, "--db", str(v_db), "backup")[0] == 0
    damage(v_db)
    before = digest(v_db)
    status, out, err = run(capsys, "--db", str(v_db), "check")
    assert status == 1
    assert "Traceback" not in err and err
    assert all(line.startswith("LỖI: ") for line in err.splitlines())
    assert "Bản sao lưu tốt gần nhất:" in out and "vinhdanh restore" in out
    assert digest(v_db) == before


def test_load_refuses_to_write_into_a_damaged_database(
    v_db: Path, sample_data: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    sample_data["meeting"]["title"] = "Hội nghị khác"  # type: ignore[index]
    for decision in sample_data["decisions"]:  # type: ignore[attr-defined]
        decision["number"] = "9" + decision["number"]
    other = tmp_path / "khac.json"
    other.write_text(json.dumps(sample_data, ensure_ascii=False), encoding="utf-8")
    damage(v_db)
    before = digest(v_db)
    status, out, err = run(capsys, "--db", str(v_db), "load", str(other))
    assert status == 1 and out == ""
    one_line(err)
    assert "bị hỏng" in err
    assert digest(v_db) == before


def test_a_foreign_sqlite_file_is_never_changed(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "ke-toan.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE luong (ten TEXT, tien INTEGER)")
    connection.execute("INSERT INTO luong VALUES ('An', 100)")
    connection.commit()
    connection.close()
    before = digest(foreign)
    for argv in (["check"], ["load", str(sample_path)], ["search", "an"], ["issued", NUMBER]):
        status, _, err = run(capsys, "--db", str(foreign), *argv)
        assert status == 1, argv
        assert "không phải của Vinh Danh" in err, argv
    assert digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ke-toan.db"]  # no -wal, no -shm


def test_a_newer_database_is_refused_naming_the_versions(
    v_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(v_db)
    connection.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('vinhdanh', '0099_future', '2030-01-01')"
    )
    connection.commit()
    connection.close()
    before = digest(v_db)
    status, _, err = run(capsys, "--db", str(v_db), "search", "an")
    assert status == 1
    one_line(err)
    newest_known = migrations._migrations[-1].name
    assert "0099_future" in err and newest_known in err
    assert digest(v_db) == before


WRITER = """
import sys, time
from desktop.storage.database import open_database
db = open_database(sys.argv[1])
print("ready", flush=True)
end = time.monotonic() + float(sys.argv[2])
n = 0
while time.monotonic() < end:
    with db.atomic():
        db.table("people").insert(
            {"id": f"w{n}", "name": f"Người Ghi {n}", "search_name": "x", "search_text": ""}
        )
    n += 1
db.close()
print(n, flush=True)
"""

CREATOR = """
import sys, time
from desktop.storage.database import open_database
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
open_database(sys.argv[1]).close()
print("ok")
"""

ROOT = Path(__file__).resolve().parent.parent


def test_check_while_another_process_writes(v_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The first release reported a sound database as broken (and could block the writer)."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(v_db), "2.0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for _ in range(4):
        status, _, err = run(capsys, "--db", str(v_db), "check")
        assert status == 0, err
    out, _ = writer.communicate(timeout=30)
    assert writer.returncode == 0 and int(out) > 0  # the writer went on writing meanwhile


def test_several_processes_create_one_database_at_once(tmp_path: Path) -> None:
    """The first release: `table "organisations" already exists`."""
    path = str(tmp_path / "new.db")
    start = str(time.time() + 1.0)
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CREATOR, path, start],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [child.communicate(timeout=60) for child in children]
    assert [out.strip() for out, _ in results] == ["ok"] * 4, [err for _, err in results]
    assert library.check_database_file(Path(path)).problems == []


# -- 10. No traceback reaches a user ------------------------------------------------------------


def test_a_full_disk_during_load_is_one_line(
    tmp_path: Path,
    sample_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "day.db"
    open_database(path).close()
    real = library.open_library

    def nearly_full(p: object) -> object:
        db = real(p)  # type: ignore[arg-type]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count={pages + 2}")  # SQLite's SQLITE_FULL, as on a full disk
        return db

    monkeypatch.setattr(library, "open_library", nearly_full)
    status, out, err = run(capsys, "--db", str(path), "load", str(sample_path))
    assert status == 1 and out == ""
    one_line(err)
    assert "Ổ đĩa đầy" in err
    monkeypatch.undo()
    assert awards_in(path) == 0


def test_a_read_only_database_is_one_line(
    v_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = library.open_library

    def read_only(p: object) -> object:
        db = real(p)  # type: ignore[arg-type]
        db.execute("PRAGMA query_only=1")  # SQLITE_READONLY, as on a read-only file or folder
        return db

    monkeypatch.setattr(library, "open_library", read_only)
    status, _, err = run(
        capsys, "--db", str(v_db), "calibration", "--printer", "HP", "--set-offset", "1", "2"
    )
    assert status == 1
    one_line(err)
    assert "chỉ cho đọc" in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["search", "an", "--limit", "1e20"], "không phải số nguyên"),
        (["search", "an", "--limit", str(10**20)], "phải từ 1 đến"),
        (["minutes"], "thiếu tham số"),
        (["khong-co"], "không có “khong-co”"),
    ],
)
def test_bad_arguments_are_one_vietnamese_line(
    v_db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(v_db), *argv])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err
    assert "usage" not in err and "error" not in err


def test_an_output_under_a_file_is_one_line(v_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    afile = v_db.parent / "a-file"
    afile.write_text("x")
    status, _, err = run(capsys, "--db", str(v_db), "award-list", NUMBER, "-o", f"{afile}/x.pdf")
    assert status == 1
    one_line(err)
    assert "là một tệp, không phải thư mục" in err
    status, _, err = run(capsys, "--db", f"{afile}/v.db", "search", "an")
    assert status == 1
    one_line(err)
    assert afile.read_text() == "x"


def test_an_unexpected_error_is_logged_with_its_traceback(
    v_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def bug(*args: object, **kwargs: object) -> object:
        raise KeyError("a bug")

    monkeypatch.setattr(library, "search", bug)
    status, _, err = run(capsys, "--db", str(v_db), "search", "an")
    assert status == 1
    one_line(err)
    log = errors.log_path()
    assert str(log) in err
    assert "Traceback" in log.read_text(encoding="utf-8") and "a bug" in log.read_text("utf-8")


def test_sqlite_errors_are_told_by_their_code() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("PRAGMA query_only=1")
    with pytest.raises(sqlite3.Error) as caught:
        connection.execute("CREATE TABLE t (x)")
    assert errors.user_message(caught.value) is not None
    assert "chỉ cho đọc" in str(errors.user_message(caught.value))


KILLED_WRITER = """
import os, signal, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA journal_mode=WAL")
c.execute("PRAGMA wal_autocheckpoint=0")
c.execute("UPDATE awards SET reason = 'Ghi trước khi bị tắt' WHERE position = 1")
c.commit()
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_database_left_by_a_killed_writer_is_checked_restored_and_opened(
    v_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A -wal whose index must be rebuilt: a read-only connection alone cannot read it."""
    source = tmp_path / "killed" / "ban-sao.db"
    source.parent.mkdir()
    backup_database(v_db, source)
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(source)], check=False)
    assert Path(f"{source}-wal").stat().st_size > 0
    Path(f"{source}-shm").unlink()  # as after a power cut: the index is gone

    def data_files() -> dict[str, str]:  # -shm is SQLite's shared memory, not data
        return {p.name: digest(p) for p in source.parent.iterdir() if p.suffix != ".db-shm"}

    before = data_files()
    target = tmp_path / "restored.db"
    status, _, err = run(capsys, "--db", str(target), "restore", str(source))
    assert status == 0, err
    assert data_files() == before
    connection = sqlite3.connect(target)
    reasons = [r[0] for r in connection.execute("SELECT reason FROM awards WHERE position = 1")]
    connection.close()
    assert "Ghi trước khi bị tắt" in reasons
    status, _, err = run(capsys, "--db", str(source), "check")
    assert status == 0, err


HOT_JOURNAL = """
import os, signal, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA journal_mode=DELETE")
c.execute("PRAGMA cache_size=1")  # spill changed pages into the file before the commit
c.execute("BEGIN")
c.execute("UPDATE awards SET reason = reason || ' — sửa dở'")
c.execute("UPDATE people SET name = name || ' X'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_hot_journal_left_by_a_kill_does_not_stop_check_or_open(
    v_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only connection cannot roll back a hot journal (SQLITE_READONLY_ROLLBACK)."""
    connection = sqlite3.connect(v_db)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    subprocess.run([sys.executable, "-c", HOT_JOURNAL, str(v_db)], check=False)
    assert Path(f"{v_db}-journal").exists()
    status, out, err = run(capsys, "--db", str(v_db), "check")
    assert status == 0, err
    assert "35 khen thưởng" in out
    status, out, err = run(capsys, "--db", str(v_db), "search", "Giáp Thị")
    assert status == 0 and "sửa dở" not in out and " X" not in out


def test_restore_from_read_only_media(
    v_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a read-only USB stick or CD, SQLite cannot make the WAL index of a backup that has a
    -wal: the read-only open fails (SQLITE_CANTOPEN); the backup is read from a private copy."""
    from desktop.storage import backup as backup_store

    source = tmp_path / "usb" / "ban-sao.db"
    source.parent.mkdir()
    backup_database(v_db, source)
    other = sqlite3.connect(source)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("PRAGMA wal_autocheckpoint=0")
    other.execute("UPDATE awards SET reason = 'Chỉ có trong -wal' WHERE position = 1")
    other.commit()
    shutil.copyfile(source, tmp_path / "usb-copy.db")  # the media as it would be mounted
    shutil.copyfile(f"{source}-wal", tmp_path / "usb-copy.db-wal")
    other.close()
    media = tmp_path / "usb-copy.db"
    refused = sqlite3.OperationalError("unable to open database file")
    refused.sqlite_errorcode = 14  # type: ignore[attr-defined]

    def read_only_media(path: Path, *, recover: bool = True) -> sqlite3.Connection:
        raise refused

    monkeypatch.setattr(backup_store, "connect_read_only", read_only_media)
    before = {p.name: digest(p) for p in tmp_path.glob("usb-copy.db*")}
    target = tmp_path / "restored.db"
    status, _, err = run(capsys, "--db", str(target), "restore", str(media))
    assert status == 0, err
    connection = sqlite3.connect(target)
    reasons = [r[0] for r in connection.execute("SELECT reason FROM awards WHERE position = 1")]
    connection.close()
    assert "Chỉ có trong -wal" in reasons
    assert {p.name: digest(p) for p in tmp_path.glob("usb-copy.db*")} == before
