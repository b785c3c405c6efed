"""Issue 9, items 7 and 8 for packages: hidden text, duplicate keys, deep nesting, and files
that are not files (FIFO, device) or far too large — refused in one Vietnamese line."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from desktop.exchange import package_format
from desktop.exchange.meeting_package import PackageError
from desktop.services import directory
from desktop.services.packages import load_package
from tests.test_cli import run


def _write(tmp_path: Path, data: dict[str, Any], name: str = "goi.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _second_meeting(data: dict[str, Any]) -> dict[str, Any]:
    """The sample as another conference with one decision, 16-QĐ/BTGTU."""
    data["meeting"]["title"] = "Hội nghị sơ kết 6 tháng đầu năm 2024"
    data["meeting"]["starts_at"] = "2024-07-05T08:00"
    data["meeting"]["ends_at"] = "2024-07-05T11:00"
    data["decisions"] = data["decisions"][:1]
    data["decisions"][0]["number"] = "16-QĐ/BTGTU"
    return data


def test_a_name_of_only_invisible_characters_is_refused(
    db: Database, sample_data: dict[str, Any], tmp_path: Path
) -> None:
    sample_data["decisions"][1]["recipients"][3]["name"] = "\u200b\u200c\u202e\U000e0041"
    with pytest.raises(PackageError, match=r"decisions\[1\]\.recipients\[3\]\.name: thiếu tên"):
        load_package(db, _write(tmp_path, sample_data))
    assert db.table("awards").count == 0


def test_a_zero_width_space_finds_the_existing_collective(
    sample_db: Database, sample_data: dict[str, Any], tmp_path: Path
) -> None:
    before = {(e.kind, e.name) for e in directory.entries(sample_db)}
    assert ("collective", "Báo Bắc Giang") in before
    data = _second_meeting(sample_data)
    recipients = data["decisions"][0]["recipients"]
    index = next(i for i, r in enumerate(recipients) if r["name"] == "Báo Bắc Giang")
    recipients[index]["name"] = "Báo Bắc\u200b Giang\u202c"
    load_package(sample_db, _write(tmp_path, data))
    after = directory.entries(sample_db)
    assert {(e.kind, e.name) for e in after} == before  # no look-alike collective was added
    bao = next(e for e in after if e.name == "Báo Bắc Giang")
    assert bao.awards == 2


def test_a_duplicate_key_is_an_error_naming_its_place(
    db: Database, sample_data: dict[str, Any], tmp_path: Path
) -> None:
    text = json.dumps(sample_data, ensure_ascii=False)
    first = '"name": "Ban Tuyên giáo Huyện ủy Lục Nam"'
    assert first in text
    text = text.replace(first, first + ', "name": "Ban Tuyên giáo Huyện ủy Yên Thế"', 1)
    path = tmp_path / "hai-khoa.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackageError, match=r'decisions\[1\]\.recipients\[0\]\.name: khóa "name"'):
        load_package(db, path)
    assert db.table("meetings").count == 0


def test_deep_nesting_is_refused_not_a_recursion_error(
    db: Database, sample_data: dict[str, Any], tmp_path: Path
) -> None:
    sample_data["meeting"]["notes"] = json.loads("[" * 500 + "]" * 500)
    path = _write(tmp_path, sample_data)
    with pytest.raises(PackageError, match="lồng nhau quá sâu"):
        load_package(db, path)
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(PackageError, match="lồng nhau quá sâu"):
        load_package(db, path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_is_refused_at_once(db: Database, tmp_path: Path) -> None:
    fifo = tmp_path / "goi.json"
    os.mkfifo(fifo)  # reading it would wait for a writer for ever
    with pytest.raises(PackageError, match="không phải một tệp thông thường"):
        load_package(db, fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused(db: Database) -> None:
    with pytest.raises(PackageError, match="không phải một tệp thông thường"):
        load_package(db, "/dev/zero")  # reading it would never end


def test_a_file_over_the_size_limit_is_refused_before_reading(db: Database, tmp_path: Path) -> None:
    huge = tmp_path / "goi.json"
    with huge.open("wb") as file:  # sparse: costs no disk
        file.truncate(package_format.MAX_PACKAGE_BYTES + 1)
    with pytest.raises(PackageError, match="vượt quá giới hạn 64 MB"):
        load_package(db, huge)


def test_the_cli_refuses_a_device_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("needs /dev/zero")
    status, _out, err = run(capsys, "--db", str(tmp_path / "v.db"), "load", "/dev/zero")
    assert status == 1
    assert "không phải một tệp thông thường" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
