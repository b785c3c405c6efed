"""Back up the database to a file, and restore one, without ever losing the current data."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop import paths
from desktop.services.files import (
    OutputError,
    check_output,
    clean_leftovers,
    refuse_read_only,
    temp_name,
)
from desktop.storage.backup import Progress, check_not_in_use, copy_backup, copy_database
from desktop.storage.database import StorageError, open_database


def default_backup_path(now: dt.datetime | None = None, database: Path | None = None) -> Path:
    """Where a backup goes when the user names no file: the data folder's backups/, named
    after the database ("vinhdanh-20240103-101500.db") so ``check`` finds the backups of the
    database it checks."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = paths.user_data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stem = database.stem if database is not None else "vinhdanh"
    return folder / f"{stem}-{stamp}.db"


BACKUP_SUFFIXES = (".db", ".bak", ".sqlite", ".sqlite3")


def backup_database(
    database: Path, target: Path | None = None, progress: Progress | None = None
) -> Path:
    """Copy the database file at ``database`` to ``target`` (default: a dated file).

    The copy is written under a temporary name and moved into place only once checked.

    Raises:
        OutputError: the target cannot be written, or would overwrite the database itself.
        StorageError: the database cannot be read or the copy is not sound.
    """
    database = Path(database)
    target = Path(target) if target else default_backup_path(database=database)
    check_output(target, BACKUP_SUFFIXES, protect=[database])
    refuse_read_only(target)
    if not database.is_file():
        raise StorageError(f"Không tìm thấy cơ sở dữ liệu {database}")
    clean_leftovers(target.parent)
    db = open_database(database)
    temp = temp_name(target)
    try:
        copy_database(db, temp, progress)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except PermissionError:
        raise OutputError(f"Không ghi được {target}: tệp đang mở trong chương trình khác") from None
    except OSError as exc:
        raise OutputError(f"Không ghi được {target}: {exc.strerror or exc}") from None
    finally:
        db.close()
        temp.unlink(missing_ok=True)
    return target


def restore_database(backup: Path, database: Path) -> Path | None:
    """Replace the database file with the backup at ``backup``; return the safety copy.

    The backup is opened read-only (it is never modified, and may be on read-only media or
    open in another program) and copied with SQLite's backup API into a temporary file beside
    the database, which is checked (integrity, foreign keys, a schema this version knows) and
    written to disk before it replaces the database. The current database, when there is
    one, is first copied to ``<name>.before-restore-<time>.bak`` beside it, so a mistaken
    restore can be undone; ``None`` is returned when there was nothing to keep. Every
    connection to ``database`` must be closed. An older backup is upgraded on opening.

    Raises:
        StorageError: the backup is not a sound Vinh Danh database, or the database is open in
            another program; nothing was changed.
    """
    backup, database = Path(backup), Path(database)
    if backup.exists() and database.exists() and os.path.samefile(backup, database):
        raise StorageError("Tệp sao lưu chính là cơ sở dữ liệu đang dùng; hãy chọn tệp khác")
    if database.exists() and not database.is_file():
        raise StorageError(f"{database} không phải tệp cơ sở dữ liệu (thư mục, thiết bị…)")
    clean_leftovers(database.parent)
    temp = temp_name(database)
    try:
        copy_backup(backup, temp)
        safety: Path | None = None
        if database.exists() and database.stat().st_size > 0:
            check_not_in_use(database)
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = database.with_name(f"{database.name}.before-restore-{stamp}.bak")
            # The bytes as they are: the current file may be damaged or of a newer version.
            safety_temp = temp_name(safety)
            shutil.copyfile(database, safety_temp)
            with safety_temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(safety_temp, safety)
        # A WAL file left beside the old database would be replayed into the restored one.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(temp, database)
        _sync_folder(database.parent)
    except OSError as exc:
        if isinstance(exc, OutputError):
            raise
        raise OutputError(f"Không khôi phục được vào {database}: {exc.strerror or exc}") from None
    finally:
        temp.unlink(missing_ok=True)
    open_database(database).close()
    return safety


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup of the database the user may restore: where, when, made how."""

    path: Path
    made: dt.datetime
    automatic: bool


def backups_of(database: Path, folders: Sequence[Path] = ()) -> list[BackupFile]:
    """Every backup of ``database`` found, newest first: the data folder's backups/ (manual and
    automatic, named after the database), the other ``folders`` (a USB drive's), and the copies
    kept beside the database (``.bak``: before an upgrade, before a restore). Not checked here:
    ``restore_database`` checks the one chosen."""
    database = Path(database)
    places = [paths.user_data_dir() / "backups", *folders]
    found: dict[Path, BackupFile] = {}
    for folder in places:
        if not folder.is_dir():
            continue
        for candidate in folder.glob(f"{database.stem}-*.db"):
            if candidate.is_file():
                automatic = "-tu-dong-" in candidate.name
                found[candidate.resolve()] = BackupFile(candidate, _made(candidate), automatic)
    if database.parent.is_dir():
        for candidate in database.parent.glob(f"{database.name}*.bak"):
            if candidate.is_file():
                found[candidate.resolve()] = BackupFile(candidate, _made(candidate), False)
    found.pop(database.resolve(), None)
    return sorted(found.values(), key=lambda b: b.made, reverse=True)


def _made(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime)
