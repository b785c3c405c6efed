"""Back up the database to a file, and restore one, without ever losing the current data."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from desktop import paths
from desktop.services.files import OutputError, refuse_read_only
from desktop.storage.backup import Progress, check_backup, check_not_in_use, copy_database
from desktop.storage.database import open_database


def default_backup_path(now: dt.datetime | None = None) -> Path:
    """Where a backup goes when the user names no file: the data folder's backups/."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = paths.user_data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"vinhdanh-{stamp}.db"


def backup_database(
    database: Path, target: Path | None = None, progress: Progress | None = None
) -> Path:
    """Copy the database file at ``database`` to ``target`` (default: a dated file).

    The copy is written under a temporary name and moved into place only once checked.

    Raises:
        OutputError: the target cannot be written.
        StorageError: the database cannot be read or the copy is not sound.
    """
    target = Path(target) if target else default_backup_path()
    if target.resolve() == Path(database).resolve():
        raise OutputError("Tệp sao lưu phải khác tệp cơ sở dữ liệu đang dùng")
    if target.is_dir():
        raise OutputError(
            f"{target} là một thư mục; hãy ghi tên tệp sao lưu, ví dụ {target / 'sao-luu.db'}"
        )
    if not target.parent.exists():
        raise OutputError(f"Thư mục {target.parent} không tồn tại")
    refuse_read_only(target)
    db = open_database(database)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)  # SQLite takes an empty file as an empty database
    temp = Path(temp_name)
    try:
        copy_database(db, temp, progress)
        os.replace(temp, target)
    except PermissionError:
        raise OutputError(f"Không ghi được {target}: tệp đang mở trong chương trình khác") from None
    finally:
        db.close()
        temp.unlink(missing_ok=True)
    return target


def restore_database(backup: Path, database: Path) -> Path:
    """Replace the database file with the backup at ``backup``; return the safety copy.

    The backup is checked first; the current database is then copied to
    ``<name>.before-restore-<time>.bak`` beside it, so a mistaken restore can be undone. Every
    connection to ``database`` must be closed. An older backup is upgraded on opening.

    Raises:
        StorageError: the backup is not a sound Vinh Danh database, or the database is open in
            another program; nothing was changed.
    """
    backup, database = Path(backup), Path(database)
    check_backup(backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = database.with_name(f"{database.name}.before-restore-{stamp}.bak")
    if database.exists():
        check_not_in_use(database)
        current = open_database(database)
        try:
            copy_database(current, safety)
        finally:
            current.close()
    fd, temp_name = tempfile.mkstemp(prefix=f".{database.name}.", dir=database.parent)
    os.close(fd)
    shutil.copyfile(backup, temp_name)
    # A WAL file left beside the old database would be replayed into the restored one.
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(temp_name, database)
    open_database(database).close()
    return safety
