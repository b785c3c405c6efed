"""The ``vinhdanh`` command as a user runs it: exit status, output, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.storage.database import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def loaded(tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "x.db"
    status, out, _ = run(capsys, "--db", str(db), "load", str(sample_path))
    assert status == 0
    assert "2 quyết định, 35 người/tập thể" in out
    return db


def test_search_json_lists_the_person(loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--db", str(loaded), "search", "dang thi", "--json")
    assert status == 0
    hits = json.loads(out)
    people = [h["title"] for h in hits if h["kind"] == "person"]
    assert people == ["Đặng Thị Ngọc Ánh"]


def test_search_text_output(loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "giap", "--db", str(loaded))
    assert status == 0
    assert out.startswith("Cá nhân     Giáp Thị Nguyệt — Chuyên viên, Ban Tuyên giáo Thành ủy")
    _, out, _ = run(capsys, "--db", str(loaded), "search", "khong co ai")
    assert out == "Không tìm thấy kết quả nào.\n"


def test_bad_package_is_refused_in_one_line(
    tmp_path: Path, sample_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    del sample_data["decisions"][1]["recipients"][13]["name"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(sample_data, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "x.db"
    status, out, err = run(capsys, "--db", str(db), "load", str(bad))
    assert status == 1
    assert out == ""
    assert err == f"vinhdanh: {bad}: decisions[1].recipients[13].name: thiếu tên người nhận\n"
    status, out, _ = run(capsys, "--db", str(db), "search", "giap", "--json")
    assert json.loads(out) == []
    status, out, _ = run(capsys, "--db", str(db), "check")
    assert status == 0
    assert "0 hội nghị, 0 quyết định" in out


def test_dump_to_file_and_stdout(
    loaded: Path, tmp_path: Path, sample_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "out.json"
    status, out, _ = run(capsys, "--db", str(loaded), "dump", "2024-01-03", "-o", str(out_file))
    assert status == 0
    assert (
        json.loads(out_file.read_text(encoding="utf-8"))["meeting"]["title"]
        == (sample_data["meeting"]["title"])
    )
    status, out, _ = run(capsys, "--db", str(loaded), "dump", "2024-01-03")
    assert json.loads(out) == json.loads(out_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["dump", "1999-01-01"], 'vinhdanh: Không tìm thấy hội nghị "1999-01-01"'),
        (["load", "/no/such/file.json"], "vinhdanh: /no/such/file.json: không tìm thấy tệp"),
        (
            ["dump", "2024-01-03", "-o", "/no/such/dir/x.json"],
            "vinhdanh: Thư mục /no/such/dir không tồn tại",
        ),
    ],
)
def test_user_errors_are_one_line(
    loaded: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, _, err = run(capsys, "--db", str(loaded), *argv)
    assert status == 1
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_check_reports_a_broken_database(loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(loaded)
    db.execute("PRAGMA foreign_keys=OFF")
    db.execute("UPDATE awards SET person_id = 'gone' WHERE kind = 'person' AND position = 12")
    db.conn.commit()
    db.close()
    status, _, err = run(capsys, "--db", str(loaded), "check")
    assert status == 1
    assert err.startswith("LỖI: awards")


def test_demo_creates_a_fresh_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.cli._start_gui", lambda path: 0)
    db = tmp_path / "demo.db"
    for _ in range(2):  # a second run starts afresh instead of refusing the duplicate
        status, out, _ = run(capsys, "--db", str(db), "demo")
        assert status == 0
        assert "2 quyết định, 35 người/tập thể được khen" in out
    assert open_database(db).table("meetings").count == 1


def test_installed_command_runs(tmp_path: Path, sample_path: Path) -> None:
    """The real entry point in a fresh process: version, help and a load."""
    exe = [sys.executable, "-m", "desktop.cli"]
    version = subprocess.run([*exe, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("vinhdanh ")
    helptext = subprocess.run([*exe, "--help"], capture_output=True, text=True, check=True)
    for command in ("load", "dump", "search", "check", "demo"):
        assert command in helptext.stdout
    bad = subprocess.run(
        [*exe, "--db", str(tmp_path / "x.db"), "load", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert bad.stderr.strip().endswith("đây là một thư mục, không phải tệp")


def test_a_database_busy_in_another_program_is_one_line(
    tmp_path: Path,
    sample_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sqlite3

    db = tmp_path / "x.db"
    open_database(db).close()
    monkeypatch.setattr("desktop.storage.database.BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    try:
        status, _, err = run(capsys, "--db", str(db), "load", str(sample_path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert status == 1
    assert err.startswith("vinhdanh: Cơ sở dữ liệu đang bận") and len(err.splitlines()) == 1
    assert open_database(db).table("meetings").count == 0


def test_output_to_a_closed_pipe_is_not_a_traceback(
    loaded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`vinhdanh dump … | head`: the reader stopped early; end quietly, not with a traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone
    closed = os.fdopen(write_end, "w", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", closed)
    assert main(["--db", str(loaded), "dump", "2024-01-03"]) == 0


def test_printer_offsets_typed_with_a_decimal_comma(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Vietnamese write 0,5 for a half; the calibration sheet is read off with a ruler.
    db = str(tmp_path / "x.db")
    status, out, _ = run(
        capsys, "--db", db, "calibration", "--printer", "Canon", "--set-offset", "0,5", "-1.25"
    )
    assert status == 0 and "X = +0.5 mm, Y = -1.25 mm" in out
    with pytest.raises(SystemExit):
        main(["--db", db, "calibration", "--printer", "Canon", "--set-offset", "nửa", "1"])
    assert "độ lệch “nửa” không phải là số" in capsys.readouterr().err


def test_issued_shows_the_local_time(
    loaded: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The log keeps UTC; a certificate printed at 00:30 on New Year's Day in Hà Nội was listed
    # as printed on 31/12 of the year before, at 17:30.
    import datetime as dt
    import time

    from desktop.services.certificates import issue_certificates

    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        db = open_database(loaded)
        issue_certificates(
            db,
            "15-QĐ/BTGTU",
            tmp_path / "gk.pdf",
            awards=["1"],
            now=dt.datetime(2023, 12, 31, 17, 30, tzinfo=dt.UTC),
        )
        db.close()
        status, out, _ = run(capsys, "--db", str(loaded), "issued", "15-QĐ/BTGTU")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert status == 0
    assert "01/01/2024 00:30" in out


def test_load_of_a_v1_state_package_notes_its_guesses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packages = Path(__file__).parent / "data" / "packages"
    db = tmp_path / "x.db"
    status, out, err = run(capsys, "--db", str(db), "load", str(packages / "state-v1.json"))
    assert status == 0 and "4 quyết định" in out
    assert "Lưu ý: decisions[1].issuer.signer_prefix “TM.”: đoán tên tập thể lãnh đạo" in err
    # A deputy who signed with no prefix is refused, with the field that must change.
    status, _, err = run(
        capsys, "--db", str(db), "load", str(packages / "deputy-without-prefix-v1.json")
    )
    assert status != 0
    assert "decisions[0].issuer.signer_prefix: Trần Văn Bình là Phó Giám đốc" in err
    # Certificates say whose salutation nobody chose, and print none of them as "Ông/Bà".
    status, out, err = run(
        capsys, "--db", str(db), "certificates", "05/QĐ-SNV", "-o", str(tmp_path / "gk.pdf")
    )
    assert status == 0
    assert (
        "Lưu ý: Quyết định 05/QĐ-SNV: chưa chọn danh xưng (Ông, Bà, Đồng chí hoặc không) cho "
        "1 người (Đỗ Minh Khoa)"
    ) in err


def test_a_first_release_deputy_is_refused_before_printing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    db = tmp_path / "x.db"
    shutil.copy(Path(__file__).parent / "data" / "db" / "first-release.db", db)
    for command in ("certificates", "decision", "award-list"):
        status, _, err = run(
            capsys, "--db", str(db), command, "09/QĐ-SNV", "-o", str(tmp_path / "out.pdf")
        )
        assert status != 0
        assert err.startswith("vinhdanh: Quyết định 09/QĐ-SNV: Chưa chọn quyền hạn ký")
        assert not (tmp_path / "out.pdf").exists()
