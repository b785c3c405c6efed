"""Writing output files safely: never a half-written file under the final name, never over
the open database, never over a device or a folder, and a batch of files all or nothing.

Temporary files are named ``.vinhdanh-tmp-<pid>-…`` so that one left by a killed run is
recognised and removed (``clean_leftovers``) the next time the application starts or writes
into that folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from desktop.domain.errors import VinhDanhError
from desktop.storage.database import open_database_files

TEMP_PREFIX = ".vinhdanh-tmp-"
"""Every temporary file this application makes starts with this."""

OLD_MARK = "-old-"
"""A file moved aside by a batch (to restore on failure) is ``<TEMP_PREFIX><pid>-old-<name>``."""

LEFTOVER_AGE_S = 3600
"""Where a process cannot be asked whether it still runs (Windows), a temp file this old is
a leftover."""

REPLACE_RETRIES = 5
REPLACE_PAUSE_S = 0.2
"""Windows may hold a file briefly (antivirus, indexer); a short retry rides over that."""


class OutputError(VinhDanhError, OSError):
    """An output file cannot be written; the message tells the user why and which file."""


def _same_file(a: str, b: str) -> bool:
    if os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b)):
        return True
    try:
        return os.path.samefile(a, b)  # hard links; case-insensitive file systems
    except OSError:
        return False


def check_output(
    path: str | Path,
    suffixes: Sequence[str] | None = None,
    *,
    protect: Iterable[str | Path] = (),
) -> Path:
    """Refuse an output path that would destroy input; return it as a Path.

    Refused: the open database or its -wal/-shm/-journal (through symlinks, "..", letter
    case on Windows), any file in ``protect``, an existing path that is not a regular file (a
    folder, a device, a FIFO), a folder that does not exist or is a file, and (when
    ``suffixes`` is given) an extension the command does not write.

    Raises:
        OutputError: the message names the file and why.
    """
    path = Path(path)
    guarded = [*open_database_files(), *(Path(p) for p in protect)]
    for file in guarded:
        base = str(file)
        for suffix in ("", "-wal", "-shm", "-journal"):
            if _same_file(str(path), base + suffix):
                raise OutputError(
                    f"Không ghi vào {path}: đó là tệp cơ sở dữ liệu đang dùng; hãy chọn tên khác"
                )
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except NotADirectoryError:
        raise OutputError(
            f"Không ghi được {path}: {path.parent} là một tệp, không phải thư mục"
        ) from None
    except OSError as exc:
        raise OutputError(f"Không ghi được {path}: {exc.strerror or exc}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{path} là một thư mục; hãy chọn tên tệp để ghi")
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"Không ghi vào {path}: đó không phải tệp thường (thiết bị, FIFO…)")
    if suffixes is not None and path.suffix.lower() not in suffixes:
        raise OutputError(
            f"Không ghi vào {path}: tệp ghi ra phải có đuôi {' hoặc '.join(suffixes)}"
        )
    parent = path.parent
    if not parent.exists():
        raise OutputError(f"Thư mục {parent} không tồn tại")
    if not parent.is_dir():
        raise OutputError(f"Không ghi được {path}: {parent} là một tệp, không phải thư mục")
    return path


def temp_name(target: Path, kind: str = "") -> Path:
    """A recognisable temporary name beside ``target`` (same folder, so a rename is atomic)."""
    token = secrets.token_hex(4)
    return target.with_name(f"{TEMP_PREFIX}{os.getpid()}{kind}-{token}-{target.name}"[:240])


def write_atomically(
    path: str | Path,
    data: bytes,
    suffixes: Sequence[str] | None = None,
    *,
    protect: Iterable[str | Path] = (),
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    ``path`` is checked first (``check_output``): never the open database, a folder, a device.

    Raises:
        OutputError: the folder is missing or read-only, the target is marked read-only, the
            disk is full, or the target is open in another program (a PDF viewer on Windows);
            the message names the file.
    """
    path = check_output(path, suffixes, protect=protect)
    refuse_read_only(path)
    try:
        fd, temp_text = tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=f"-{path.name}"[:200], dir=path.parent
        )
    except PermissionError:
        raise OutputError(f"Không có quyền ghi vào thư mục {path.parent}") from None
    except OSError as exc:
        raise OutputError(f"Không ghi được {path}: {exc.strerror or exc}") from None
    temp = Path(temp_text)
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
        raise _output_error(exc, path) from None
    return path


def write_files(
    items: Sequence[tuple[Path, bytes]],
    *,
    protect: Iterable[str | Path] = (),
    then: Callable[[], object] | None = None,
) -> list[Path]:
    """Write several files all or nothing; every file that was there before stays as it was.

    Every target is checked writable first; all new contents are written under temporary
    names; only then is each target moved aside and replaced. ``then`` (recording the files
    in the database) runs once every file is in place. If anything fails, ``then`` included,
    the new files are removed and the moved-aside ones put back.

    Raises:
        OutputError: nothing was changed; the message names the file.
    """
    protect = list(protect)
    targets: list[Path] = []
    seen: set[str] = set()
    for path, _ in items:
        check_output(path, protect=protect)
        refuse_read_only(path)
        key = os.path.normcase(os.path.abspath(path))
        if key in seen:
            raise OutputError(f"Hai tệp cùng tên {path}; không ghi tệp nào")
        seen.add(key)
        if not os.access(path.parent, os.W_OK):
            raise OutputError(f"Không có quyền ghi vào thư mục {path.parent}")
        targets.append(path)
    temps: list[Path] = []
    moved: list[tuple[Path, Path]] = []  # (aside, original)
    placed: list[Path] = []
    try:
        for path, data in items:
            temp = temp_name(path)
            temps.append(temp)
            _write_new(temp, data)
        for path, temp in zip(targets, temps, strict=True):
            if os.path.lexists(path):
                aside = temp_name(path, OLD_MARK.rstrip("-"))
                _replace(path, aside, shown=path)
                moved.append((aside, path))
            _replace(temp, path)
            placed.append(path)
        if then is not None:
            then()
    except BaseException as exc:
        for path in placed:
            with contextlib.suppress(OSError):
                path.unlink()
        for aside, original in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(aside, original)
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        if isinstance(exc, OutputError) or not isinstance(exc, OSError):
            raise
        failed = Path(exc.filename) if exc.filename else targets[0]
        raise _output_error(exc, failed) from None
    for aside, _ in moved:
        with contextlib.suppress(OSError):
            aside.unlink()
    return targets


def _write_new(temp: Path, data: bytes) -> None:
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _output_error(exc: OSError, path: Path) -> OutputError:
    if exc.errno == 28:  # ENOSPC
        return OutputError(f"Ổ đĩa đầy, không ghi được {path}")
    if exc.errno == 36:  # ENAMETOOLONG
        return OutputError(f"Tên tệp quá dài: {path.name[:60]}…")
    if exc.errno in (13, 1):  # EACCES, EPERM
        return OutputError(f"Không có quyền ghi {path}")
    if exc.errno == 30:  # EROFS
        return OutputError(f"Không ghi được {path}: ổ đĩa chỉ cho đọc")
    return OutputError(f"Không ghi được {path}: {exc.strerror or exc}")


def clean_leftovers(folder: str | Path) -> list[Path]:
    """Remove the temporary files a killed run left in ``folder``; return what was done.

    A file moved aside by a batch whose original is missing is put back instead. Files of a
    process that still runs are left alone.
    """
    folder = Path(folder)
    done: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return done
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX) or not entry.is_file(follow_symlinks=False):
            continue
        rest = entry.name[len(TEMP_PREFIX) :]
        pid_text = rest.split("-", 1)[0]
        if not pid_text.isdigit() or _still_running(int(pid_text), entry):
            continue
        path = Path(entry.path)
        parts = rest.split("-", 3)
        if len(parts) == 4 and parts[1] == OLD_MARK.strip("-"):
            original = folder / parts[3]
            if not original.exists():
                with contextlib.suppress(OSError):
                    os.replace(path, original)
                    done.append(original)
                continue
        with contextlib.suppress(OSError):
            path.unlink()
            done.append(path)
    return done


def _still_running(pid: int, entry: os.DirEntry[str]) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        # os.kill would end the process there; go by the age of the file instead.
        try:
            return time.time() - entry.stat().st_mtime < LEFTOVER_AGE_S
        except OSError:
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


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


def _replace(temp: Path, path: Path, shown: Path | None = None) -> None:
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(temp, path)
            return
        except PermissionError:
            if attempt == REPLACE_RETRIES - 1:
                raise OutputError(
                    f"Không ghi được {shown or path}: tệp đang mở trong chương trình khác "
                    "(ví dụ trình xem PDF, Word, Excel). Hãy đóng tệp rồi thử lại."
                ) from None
            time.sleep(REPLACE_PAUSE_S)
