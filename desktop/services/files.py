"""Writing output files safely: never a half-written file under the final name."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

REPLACE_RETRIES = 5
REPLACE_PAUSE_S = 0.2
"""Windows may hold a file briefly (antivirus, indexer); a short retry rides over that."""


class OutputError(OSError):
    """An output file cannot be written; the message tells the user why and which file."""


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Raises:
        OutputError: the folder is missing or read-only, the target is marked read-only, the
            disk is full, or the target is open in another program (a PDF viewer on Windows);
            the message names the file.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} là một thư mục; hãy chọn tên tệp để ghi")
    if not path.parent.exists():
        raise OutputError(f"Thư mục {path.parent} không tồn tại")
    refuse_read_only(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except PermissionError:
        raise OutputError(f"Không có quyền ghi vào thư mục {path.parent}") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); an output file gets the usual permissions.
        os.chmod(temp, 0o666 & ~_UMASK)
        _replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OutputError):
            raise
        if exc.errno == 28:  # ENOSPC
            raise OutputError(f"Ổ đĩa đầy, không ghi được {path}") from None
        raise OutputError(f"Không ghi được {path}: {exc.strerror or exc}") from None
    return path


def refuse_read_only(path: Path) -> None:
    """Raise OutputError when ``path`` exists and is marked read-only.

    Windows refuses to replace such a file (which would read as "open in another program");
    elsewhere it would be replaced silently. The user marked it so: say so.
    """
    if path.exists() and not path.stat().st_mode & stat.S_IWRITE:
        raise OutputError(
            f"Không ghi được {path}: tệp đang đặt chỉ đọc (read-only). Hãy bỏ thuộc tính chỉ đọc "
            "hoặc chọn tên tệp khác."
        )


def _read_umask() -> int:
    # os.umask can only be read by setting it: do it once, at import, before any worker thread.
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _replace(temp: Path, path: Path) -> None:
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(temp, path)
            return
        except PermissionError:
            if attempt == REPLACE_RETRIES - 1:
                raise OutputError(
                    f"Không ghi được {path}: tệp đang mở trong chương trình khác "
                    "(ví dụ trình xem PDF, Word, Excel). Hãy đóng tệp rồi thử lại."
                ) from None
            time.sleep(REPLACE_PAUSE_S)
