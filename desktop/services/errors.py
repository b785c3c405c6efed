"""What to tell the user about any error, and where the details of an unexpected one go.

Every failure a user can meet is one Vietnamese sentence in a ``VinhDanhError`` (defined in
``desktop.domain.errors``, re-exported here: the GUI and the CLI import it from this module).
Storage, exchange, services and domain errors derive from it. What escapes from below without
it is classified here, at the service boundary, by ``as_user_error``:

- an SQLite error by its error code (``sqlite_errorcode``, via ``storage.database``), never by
  its English text: a locked database is "busy", a full disk "full", and so on;
- an OSError by ``errno``;
- the documents layer's input errors (a template, style, font or pattern the user chose), which
  are wrapped in a ``VinhDanhError`` with the same message.

Anything else — a ``ValueError`` or ``KeyError`` from a bug included — is a bug: it is written
with its traceback to a rotating log file in the data folder, and the user is told where that
file is (``log_bug``).
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
from pathlib import Path

from desktop import paths
from desktop.domain.errors import InvalidInput, VinhDanhError
from desktop.storage.database import as_storage_error

__all__ = [
    "InvalidInput",
    "VinhDanhError",
    "as_user_error",
    "install_log_file",
    "log_bug",
    "user_message",
]

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


def as_user_error(error: BaseException) -> VinhDanhError | None:
    """``error`` as the user is told about it; None when it is a bug (see ``log_bug``)."""
    if isinstance(error, VinhDanhError):
        return error
    stored = as_storage_error(error)  # SQLite's errors, by their error code
    if stored is not None:
        return _wrapped(str(stored), error)
    if isinstance(error, OSError):
        where = f": {error.filename}" if error.filename else ""
        text = _OS_MESSAGES.get(error.errno or 0)
        if text is None:
            return _wrapped(f"Lỗi đọc/ghi tệp{where} (mã lỗi {error.errno})", error)
        return _wrapped(f"{text}{where}", error)
    if isinstance(error, MemoryError):
        return _wrapped(
            "Không đủ bộ nhớ để làm việc này; hãy đóng bớt chương trình rồi thử lại", error
        )
    if isinstance(error, RecursionError):
        return _wrapped("Dữ liệu lồng nhau quá sâu, không đọc được", error)
    if isinstance(error, _document_input_errors()):
        return _wrapped(str(error), error)
    return None


def user_message(error: BaseException) -> str | None:
    """The one line the user reads about ``error``; None when it is a bug (see ``log_bug``)."""
    told = as_user_error(error)
    return None if told is None else str(told)


def _wrapped(message: str, cause: BaseException) -> VinhDanhError:
    wrapped = VinhDanhError(message)
    wrapped.__cause__ = cause
    return wrapped


def _document_input_errors() -> tuple[type[Exception], ...]:
    """The documents layer's errors about what the user chose (it sits below this base class).

    Imported when an error is classified, not when the program starts.
    """
    from desktop.documents.certificates.template import TemplateError
    from desktop.documents.fonts import FontFileError
    from desktop.documents.official.pdf_render import MissingGlyphError
    from desktop.documents.placeholders import PatternError
    from desktop.documents.style import StyleError
    from desktop.services.template_design import DesignError

    return (TemplateError, FontFileError, MissingGlyphError, PatternError, StyleError, DesignError)


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
