"""Output files are whole or absent, and a file open elsewhere gets a clear message."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop.services import files
from desktop.services.files import OutputError, write_atomically


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "Giấy khen.pdf"
    write_atomically(target, b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["Giấy khen.pdf"]


def test_target_open_in_a_viewer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows a PDF open in Adobe Reader cannot be replaced: PermissionError."""
    target = tmp_path / "danh-sach.pdf"
    target.write_bytes(b"the version the viewer shows")
    monkeypatch.setattr(files, "REPLACE_PAUSE_S", 0)

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(OutputError) as info:
        write_atomically(target, b"new")
    assert str(info.value) == (
        f"Không ghi được {target}: tệp đang mở trong chương trình khác (ví dụ trình xem PDF, "
        "Word, Excel). Hãy đóng tệp rồi thử lại."
    )
    assert target.read_bytes() == b"the version the viewer shows"
    assert os.listdir(tmp_path) == ["danh-sach.pdf"]


def test_lock_released_during_retry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    attempts = []

    def briefly_locked(src: str, dst: str) -> None:
        attempts.append(dst)
        if len(attempts) < 3:
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(files, "REPLACE_PAUSE_S", 0)
    monkeypatch.setattr(files.os, "replace", briefly_locked)
    write_atomically(tmp_path / "x.pdf", b"data")
    assert (tmp_path / "x.pdf").read_bytes() == b"data"


def test_disk_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(OutputError, match="Ổ đĩa đầy, không ghi được"):
        write_atomically(tmp_path / "x.pdf", b"data")
    assert os.listdir(tmp_path) == []


def test_missing_folder_and_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="không tồn tại"):
        write_atomically(tmp_path / "nowhere" / "x.pdf", b"data")
    with pytest.raises(OutputError, match="là một thư mục"):
        write_atomically(tmp_path, b"data")


def test_output_gets_the_usual_permissions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "_UMASK", 0o022)
    target = write_atomically(tmp_path / "x.pdf", b"data")
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    # Windows refuses to replace a file marked read-only: that was reported (after retrying)
    # as "open in another program". Say what it is, and respect it on every system.
    target = tmp_path / "giay-khen.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="chỉ đọc"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["giay-khen.pdf"]
