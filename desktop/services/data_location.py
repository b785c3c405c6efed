"""Where the database lives, as far as safety goes: a network drive is not a place for SQLite.

SQLite's locking does not work reliably over SMB/CIFS or NFS (and WAL not at all), so two
PCs writing one database on a shared folder can corrupt it. The office is told so, in
Vietnamese, with the safe way to share: meeting packages (``vinhdanh dump`` / ``load``).

Detection:

- Windows: a UNC path (``\\\\server\\share\\…``), or a drive letter that Windows reports as
  remote (``GetDriveTypeW`` == ``DRIVE_REMOTE``: a mapped network drive).
- Linux: the mount holding the path has a network file system type in ``/proc/mounts``
  (nfs, cifs, smb3, sshfs, …).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

__all__ = ["NETWORK_FILE_SYSTEMS", "network_kind", "network_warning"]

DRIVE_REMOTE = 4
"""``GetDriveTypeW`` result for a network (mapped) drive."""

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "fuse.smbnetfs",
        "fuse.gvfsd-fuse",
        "davfs",
        "fuse.rclone",
    }
)
"""Linux file system types that are network shares."""

DriveType = Callable[[str], int]


def _windows_drive_type(root: str) -> int:
    import ctypes  # Windows only; imported here so Linux never needs windll

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def _is_unc(text: str) -> bool:
    return text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))


def _windows_kind(path: Path | str, drive_type: DriveType) -> str | None:
    text = str(path)
    if text.startswith("\\\\?\\UNC\\"):
        return "đường dẫn mạng (UNC)"
    if text.startswith("\\\\?\\"):
        text = text[4:]
    if _is_unc(text):
        return "đường dẫn mạng (UNC)"
    drive = PureWindowsPath(text).drive
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return f"ổ đĩa mạng {drive.upper()}"
    return None


def _unescape(field: bytes) -> str:
    """A /proc/mounts field: spaces and tabs come escaped as octal (``\\040``), the rest raw."""
    return re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m[1], 8)]), field).decode(
        "utf-8", "replace"
    )


def _mounts(mounts_file: Path) -> list[tuple[str, str]]:
    """(mount point, file system type) of every mount, longest mount point first."""
    try:
        lines = mounts_file.read_bytes().splitlines()
    except OSError:
        return []
    mounts = [
        (_unescape(fields[1]), fields[2].decode("ascii", "replace"))
        for fields in (line.split() for line in lines)
        if len(fields) >= 3
    ]
    return sorted(mounts, key=lambda m: len(m[0]), reverse=True)


def _linux_kind(path: Path | str, mounts_file: Path) -> str | None:
    target = os.path.realpath(os.path.abspath(str(path)))
    for point, fs_type in _mounts(mounts_file):
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside:
            if fs_type in NETWORK_FILE_SYSTEMS:
                return f"thư mục mạng {fs_type} ({point})"
            return None
    return None


def network_kind(
    path: Path | str,
    *,
    platform: str | None = None,
    drive_type: DriveType | None = None,
    mounts_file: Path = Path("/proc/mounts"),
) -> str | None:
    """How ``path`` is on the network, in words ("ổ đĩa mạng Z:"), or None when it is local.

    ``platform``, ``drive_type`` and ``mounts_file`` stand in for the real system in tests.
    """
    platform = platform or sys.platform
    if platform == "win32":
        kind = _windows_kind(path, drive_type or _windows_drive_type)
        if kind is None and drive_type is None:
            # A mapped drive may resolve to its UNC name; check that too.
            try:
                kind = _windows_kind(Path(path).resolve(), _windows_drive_type)
            except OSError:
                kind = None
        return kind
    if _is_unc(str(path)):
        return "đường dẫn mạng (UNC)"
    if platform.startswith("linux"):
        return _linux_kind(path, mounts_file)
    return None


def network_warning(path: Path | str, **system: object) -> str | None:
    """The Vietnamese warning for a database on a network share, or None when it is local."""
    kind = network_kind(path, **system)  # type: ignore[arg-type]
    if kind is None:
        return None
    return (
        f"Cơ sở dữ liệu {path} nằm trên {kind}. Không được dùng chung cơ sở dữ liệu SQLite "
        "qua ổ mạng: khi hai máy cùng ghi, dữ liệu có thể bị hỏng. Hãy để cơ sở dữ liệu trên "
        "ổ đĩa của máy này, và chuyển hội nghị sang máy khác bằng gói hội nghị (.vinhdanh: "
        "“vinhdanh dump HỘI_NGHỊ -o tệp.vinhdanh”, rồi mở tệp đó ở máy kia)."
    )
