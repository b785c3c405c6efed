"""The office PC: a data folder under a Vietnamese user name, portable mode, .vinhdanh packages,
printer names with Vietnamese letters, a database on a network share (the CLI's warning)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from desktop import paths
from desktop.cli import main
from desktop.services import certificates, library
from desktop.storage.database import open_database

NUMBER = "15-QĐ/BTGTU"


@pytest.fixture
def office_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """C:\\Users\\Nguyễn Văn An\\AppData\\Local\\VinhDanh, here, made the data folder."""
    folder = tmp_path / "Users" / "Nguyễn Văn An" / "AppData" / "Local" / "VinhDanh"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_every_data_file_lives_in_a_vietnamese_user_folder(
    office_data: Path, sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert paths.user_data_dir() == office_data
    assert paths.default_database_path() == office_data / "vinhdanh.db"
    assert paths.user_templates_dir() == office_data / "templates"
    assert paths.logs_dir() == office_data / "logs"
    assert paths.settings_file() is None  # the settings move only in portable mode

    status, out, err = run(capsys, "load", str(sample_path))
    assert (status, err) == (0, "")
    assert (office_data / "vinhdanh.db").is_file()

    # A user template in the data folder, used by name.
    template = json.loads(
        paths.resource("templates", "certificates", "giay-khen-dang.json").read_text("utf-8")
    )
    template.update(id="mau-phong-to-chuc", title="Mẫu của Phòng Tổ chức")
    (office_data / "templates" / "mau-phong-to-chuc.json").write_text(
        json.dumps(template, ensure_ascii=False), encoding="utf-8"
    )
    out_dir = tmp_path / "Tài liệu của tôi"
    out_dir.mkdir()
    status, out, err = run(
        capsys,
        "certificates",
        NUMBER,
        "-o",
        str(out_dir / "Giấy khen.pdf"),
        "--template",
        "mau-phong-to-chuc",
    )
    assert status == 0, err
    assert "mẫu mau-phong-to-chuc" in out
    assert (out_dir / "Giấy khen.pdf").stat().st_size > 10_000

    status, out, err = run(capsys, "award-list", NUMBER, "-o", str(out_dir / "Danh sách.xlsx"))
    assert status == 0, err
    assert (out_dir / "Danh sách.xlsx").is_file()

    status, out, err = run(capsys, "backup")
    assert status == 0, err
    [copy] = (office_data / "backups").iterdir()
    assert open_database(copy).table("awards").count == 35

    status, out, err = run(capsys, "check")
    assert (status, err) == (0, "")
    assert "2 quyết định" in out


def test_a_fresh_process_finds_the_data_folder_from_the_environment(
    office_data: Path, sample_path: Path
) -> None:
    env = {**os.environ, paths.DATA_DIR_ENV: str(office_data), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "load", str(sample_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Hội nghị tổng kết" in done.stdout
    assert open_database(office_data / "vinhdanh.db").table("meetings").count == 1


def test_portable_marker_keeps_the_data_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "USB Phòng Hành chính" / "VinhDanh"
    stick.mkdir(parents=True)
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stick / "Vinh Danh.exe"))
    # No marker: the usual per-user folder.
    assert paths.portable_data_dir() is None
    assert paths.settings_file() is None
    assert stick not in paths.user_data_dir().parents
    (stick / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.user_data_dir() == stick / "data"
    assert paths.default_database_path() == stick / "data" / "vinhdanh.db"
    assert paths.settings_file() == stick / "data" / "settings.ini"


def test_portable_marker_means_nothing_outside_a_frozen_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    assert paths.portable_data_dir() is None


@pytest.mark.parametrize("suffix", [".vinhdanh", ".VINHDANH", ".json"])
def test_load_accepts_the_program_s_own_package_extension(
    tmp_path: Path, sample_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / f"Hội nghị tổng kết{suffix}"
    shutil.copy(sample_path, package)
    status, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "load", str(package))
    assert (status, err) == (0, "")
    assert "2 quyết định, 35 người/tập thể" in out


def test_dump_writes_a_vinhdanh_package_that_loads_elsewhere(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    assert run(capsys, "--db", str(first), "load", str(sample_path))[0] == 0
    package = tmp_path / "Gửi máy khác.vinhdanh"
    status, _, err = run(capsys, "--db", str(first), "dump", "2024-01-03", "-o", str(package))
    assert status == 0, err
    status, out, err = run(capsys, "--db", str(second), "load", str(package))
    assert status == 0, err
    assert "35 người/tập thể" in out


def test_a_double_clicked_package_opens_the_gui_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[object, ...]] = []

    def fake_gui(db: object, smoke_test: bool = False, open_package: object = None) -> int:
        started.append((db, smoke_test, open_package))
        return 0

    monkeypatch.setattr("desktop.cli._start_gui", fake_gui)
    package = tmp_path / "Hội nghị sơ kết.vinhdanh"
    assert main([str(package)]) == 0
    assert started == [(None, False, package)]


def test_a_vietnamese_printer_name_keeps_its_offsets(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "x.db"
    assert run(capsys, "--db", str(db_path), "load", str(sample_path))[0] == 0
    name = "Máy in Phòng Tổ chức – Canon LBP 2900 (tầng 2)"
    typed = unicodedata.normalize("NFD", name)  # as some keyboards and drivers deliver it
    status, out, err = run(
        capsys, "--db", str(db_path), "calibration", "--printer", typed, "--set-offset", "1,5", "-2"
    )
    assert status == 0, err
    assert f"“{name}”" in out
    status, out, _ = run(capsys, "--db", str(db_path), "calibration")
    assert out.strip() == f"{name}, khổ A4: X = +1.5 mm, Y = -2 mm"
    sheet = tmp_path / "căn chỉnh.pdf"
    status, _, err = run(
        capsys, "--db", str(db_path), "calibration", "--printer", typed, "-o", str(sheet)
    )
    assert status == 0, err
    with pdfplumber.open(sheet) as pdf:
        text = unicodedata.normalize("NFC", pdf.pages[0].extract_text())
    assert f"máy in “{name}”" in " ".join(text.split())

    db = library.open_library(db_path)
    [printer] = certificates.printers(db)
    assert printer.name == name
    assert certificates.printer_offsets(db, typed) == printer
    assert certificates.printer_offsets(db, "Máy in khác") is None
    db.close()

    status, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "certificates",
        NUMBER,
        "--preprinted",
        "--printer",
        name,
        "-o",
        str(tmp_path / "phôi.pdf"),
    )
    assert status == 0, err
    status, out, _ = run(capsys, "--db", str(db_path), "issued", NUMBER)
    assert f"máy in {name}" in out


def test_a_database_on_a_network_share_is_warned_about(
    tmp_path: Path,
    sample_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"/dev/sda1 / ext4 rw 0 0\n//server/vanthu {share} cifs rw,vers=3.0 0 0\n",
        encoding="utf-8",
    )
    from desktop.services import data_location

    real = data_location.network_warning
    monkeypatch.setattr(
        data_location,
        "network_warning",
        lambda path: real(path, platform="linux", mounts_file=mounts),
    )
    status, _, err = run(capsys, "--db", str(share / "vinhdanh.db"), "load", str(sample_path))
    assert status == 0  # a warning, not a refusal: the office decides
    [line] = err.splitlines()
    assert line.startswith("Cảnh báo: Cơ sở dữ liệu ")
    assert "thư mục mạng cifs" in line
    assert "Không được dùng chung cơ sở dữ liệu SQLite qua ổ mạng" in line
    assert "gói hội nghị" in line

    status, _, err = run(capsys, "--db", str(tmp_path / "local.db"), "load", str(sample_path))
    assert (status, err) == (0, "")


def test_vietnamese_output_survives_a_redirect_on_an_ansi_code_page(
    tmp_path: Path, sample_path: Path
) -> None:
    # As Windows gives it to a program whose output goes to a file: cp1252, no "Đ".
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", paths.DATA_DIR_ENV: str(tmp_path)}
    env.pop("PYTHONUTF8", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "load", str(sample_path)],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.decode("utf-8").startswith("Đã thêm hội nghị")
