"""What to tell the user about any error, and where the details of an unexpected one go.

Every failure a user can meet is one Vietnamese sentence: the layers raise their own errors
with such messages (StorageError, OutputError, PackageError, CertificateError …); what escapes
from a library (an SQLite error, an OSError) is classified here, SQLite errors by their error
code (``storage.database.as_storage_error``), OS errors by ``errno``. Anything else is a bug: it
is written with its traceback to a rotating log file in the data folder, and the user is told
where that file is.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
from pathlib import Path

from desktop import paths
from desktop.storage.database import as_storage_error

log = logging.getLogger(__name__)

LOG_NAME = "vinhdanh.log"
LOG_BYTES = 1_000_000
LOG_COPIES = 3

_OS_MESSAGES = {
    errno.ENOSPC: "Ổ đĩa đầy",
    errno.EROFS: "Ổ đĩa chỉ cho đọc",
    errno.EACCES: "Không có quyền truy cập",
    errno.EPERM: "Không có quyền truy cập",
    errno.ENOTDIR: "Một phần của đường dẫn là tệp, không phải thư mục",
    errno.EISDIR: "Đó là một thư mục, không phải tệp",
    errno.ENOENT: "Không tìm thấy tệp hoặc thư mục",
    errno.ENAMETOOLONG: "Tên tệp quá dài",
    errno.EEXIST: "Tệp đã có",
}


def user_message(error: BaseException) -> str | None:
    """The one line the user reads about ``error``; None when it is a bug (see ``log_bug``)."""
    stored = as_storage_error(error)
    if stored is not None:
        return str(stored)
    if isinstance(error, OSError):
        where = f": {error.filename}" if error.filename else ""
        text = _OS_MESSAGES.get(error.errno or 0)
        if text is None:
            return f"Lỗi đọc/ghi tệp{where} (mã lỗi {error.errno})"
        return f"{text}{where}"
    if isinstance(error, MemoryError):
        return "Không đủ bộ nhớ để làm việc này; hãy đóng bớt chương trình rồi thử lại"
    if isinstance(error, RecursionError):
        return "Dữ liệu lồng nhau quá sâu, không đọc được"
    return None


def log_path() -> Path:
    """The log file in the data folder (rotated: vinhdanh.log, vinhdanh.log.1, …)."""
    return paths.logs_dir() / LOG_NAME


def install_log_file() -> Path | None:
    """Send warnings and errors of the application to the rotating log file; its path.

    None when the data folder cannot be written (the messages still reach stderr).
    """
    root = logging.getLogger()
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        for existing in list(root.handlers):
            if isinstance(existing, logging.handlers.RotatingFileHandler):
                if existing.baseFilename == os.path.abspath(path):
                    return path
                # The data folder changed (another database's portable folder, a test):
                # one log file, the current one.
                root.removeHandler(existing)
                existing.close()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_COPIES, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def log_bug(error: BaseException) -> str:
    """Log an unexpected error with its traceback; the one line that tells the user."""
    where = install_log_file()
    log.error("unexpected error", exc_info=error)
    place = f"; chi tiết đã ghi vào {where}" if where else ""
    return f"Lỗi không mong đợi{place}. Hãy gửi tệp này cho người hỗ trợ."
