"""Which database locations are network shares (Windows drive types, Linux mount types)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.data_location import DRIVE_REMOTE, network_kind, network_warning

DRIVE_FIXED = 3


def drive_types(remote: str) -> object:
    """A stand-in for GetDriveTypeW: ``remote`` (e.g. "Z:\\") is a network drive."""
    return lambda root: DRIVE_REMOTE if root.upper() == remote else DRIVE_FIXED


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"\\server\vanthu\VinhDanh\vinhdanh.db", "đường dẫn mạng (UNC)"),
        ("//server/vanthu/vinhdanh.db", "đường dẫn mạng (UNC)"),
        (r"\\?\UNC\server\vanthu\vinhdanh.db", "đường dẫn mạng (UNC)"),
        (r"Z:\Dữ liệu chung\vinhdanh.db", "ổ đĩa mạng Z:"),
        (r"z:\vinhdanh.db", "ổ đĩa mạng Z:"),
        (r"C:\Users\Nguyễn Văn An\AppData\Local\VinhDanh\vinhdanh.db", None),
        (r"\\?\C:\Users\An\vinhdanh.db", None),
        (r"D:\vinhdanh.db", None),
    ],
)
def test_windows_network_paths(path: str, expected: str | None) -> None:
    kind = network_kind(path, platform="win32", drive_type=drive_types("Z:\\"))  # type: ignore[arg-type]
    assert kind == expected


def test_linux_network_mounts(tmp_path: Path) -> None:
    share = tmp_path / "Văn thư chung"
    share.mkdir()
    local = tmp_path / "local"
    local.mkdir()
    mounts = tmp_path / "mounts"
    # /proc/mounts escapes spaces as \040 and writes other letters as raw UTF-8.
    escaped = str(share).replace(" ", "\\040")
    mounts.write_bytes(
        (
            "/dev/sda1 / ext4 rw 0 0\n"
            f"//server/vanthu {escaped} cifs rw 0 0\n"
            f"nas:/export {tmp_path}/nfs nfs4 rw 0 0\n"
        ).encode()
    )

    def kind(path: Path) -> str | None:
        return network_kind(path, platform="linux", mounts_file=mounts)

    assert kind(share / "vinhdanh.db") == f"thư mục mạng cifs ({share})"
    assert kind(tmp_path / "nfs" / "a" / "vinhdanh.db") == f"thư mục mạng nfs4 ({tmp_path}/nfs)"
    assert kind(local / "vinhdanh.db") is None
    # A folder whose name only starts like the share's is not inside it.
    assert kind(Path(f"{share}-riêng") / "vinhdanh.db") is None


def test_the_warning_names_the_file_the_danger_and_the_way_out() -> None:
    path = r"\\server\vanthu\vinhdanh.db"
    warning = network_warning(path, platform="win32", drive_type=lambda root: DRIVE_FIXED)
    assert warning is not None
    assert path in warning
    assert "Không được dùng chung cơ sở dữ liệu SQLite qua ổ mạng" in warning
    assert "gói hội nghị (.vinhdanh" in warning
    assert network_warning(r"C:\vinhdanh.db", platform="win32", drive_type=lambda r: 3) is None


def test_this_machine_s_temporary_folder_is_local(tmp_path: Path) -> None:
    assert network_kind(tmp_path / "vinhdanh.db") is None
