"""Opening files that users hand us, without hanging or filling the memory.

A FIFO or a device (``/dev/zero``, ``/dev/stdin``) given as a package or a list would block
for ever or never end; a file of gigabytes would be read whole before anything is checked.
``read_limited`` refuses both before reading, with a Vietnamese message.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.domain.errors import VinhDanhError


class FileTooLargeError(VinhDanhError, ValueError):
    """A file that is not a regular file, or larger than the limit for its kind."""


def size_text(size: int) -> str:
    """``3 MB``, ``512 KB``: a size as a user reads it."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    return f"{max(1, round(size / 1024))} KB"


def check_regular(path: Path, limit: int) -> int:
    """The size of the regular file at ``path``.

    Raises:
        FileTooLargeError: ``path`` is a FIFO, a device or a socket, or larger than ``limit``.
        OSError: the file is missing or unreadable (FileNotFoundError, PermissionError, …).
    """
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(str(path))
    if not stat.S_ISREG(info.st_mode):
        raise FileTooLargeError(
            "đây không phải một tệp thông thường (là thiết bị, đường ống hoặc socket); hãy chọn "
            "một tệp trên đĩa"
        )
    if info.st_size > limit:
        raise FileTooLargeError(
            f"tệp lớn {size_text(info.st_size)}, vượt quá giới hạn {size_text(limit)}"
        )
    return info.st_size


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, refused past ``limit`` bytes (see
    ``check_regular``); a file that grows while it is read is refused too."""
    check_regular(path, limit)
    # O_NONBLOCK: should the file be swapped for a FIFO after the check, open() still returns.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise FileTooLargeError(
                "đây không phải một tệp thông thường; hãy chọn một tệp trên đĩa"
            )
        data = file.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(f"tệp lớn hơn giới hạn {size_text(limit)}")
    return data
