"""Automatic backups: when the window closes and at most once a day while it is open, rotated.

A clerk does not think of backups until the day the disk dies. The window therefore copies the
database by itself (``services.backup.backup_database``: SQLite's backup API, checked, moved into
place) into the data folder's ``backups/`` or a folder the user picks (a USB drive), as
``<database>-tu-dong-YYYYmmdd-HHMMSS.db``. The name starts like a manual backup's, so the damaged
database dialog and ``vinhdanh check`` offer these too.

Rotation keeps the newest copy of each of the last ``DAILY`` days that have one and the newest
copy of each of the last ``WEEKLY`` ISO weeks before those (grandfather-father-son without the
grandfather); every older automatic copy is deleted. Files the user made by hand, or any file
not named like an automatic copy, are never touched.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from desktop import paths
from desktop.services.backup import backup_database
from desktop.services.files import OutputError
from desktop.storage.backup import Progress

__all__ = [
    "DAILY",
    "WEEKLY",
    "AutoBackupResult",
    "automatic_backups",
    "back_up_if_due",
    "default_folder",
    "last_backup",
    "rotate",
]

DAILY = 7
WEEKLY = 4
MARKER = "tu-dong"
"""In the file name: "automatic" (ASCII so the name survives any USB drive's file system)."""

_STAMP = re.compile(r"-" + MARKER + r"-(\d{8}-\d{6})\.db$")


@dataclass(frozen=True, slots=True)
class AutoBackupResult:
    """What ``back_up_if_due`` did: the new copy (None when none was due) and what rotation
    deleted."""

    written: Path | None
    deleted: tuple[Path, ...] = ()


def default_folder() -> Path:
    """The data folder's ``backups/`` (where manual backups go too)."""
    return paths.user_data_dir() / "backups"


def automatic_backups(database: Path, folder: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic copies of ``database`` in ``folder``, newest first, with their time."""
    found: list[tuple[dt.datetime, Path]] = []
    if not folder.is_dir():
        return found
    prefix = f"{database.stem}-{MARKER}-"
    for candidate in folder.glob(f"{database.stem}-{MARKER}-*.db"):
        match = _STAMP.search(candidate.name)
        if not match or not candidate.name.startswith(prefix) or not candidate.is_file():
            continue
        try:
            when = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append((when, candidate))
    found.sort(reverse=True)
    return found


def last_backup(database: Path, folder: Path) -> dt.datetime | None:
    """When the newest automatic copy of ``database`` in ``folder`` was made; None: never."""
    copies = automatic_backups(database, folder)
    return copies[0][0] if copies else None


def _is_due(database: Path, folder: Path, now: dt.datetime, closing: bool) -> bool:
    last = last_backup(database, folder)
    if last is None:
        return True
    if closing:
        # On close: whenever the database changed since the last copy (a day without changes
        # makes no copy; its last copy stays the one of that day).
        changed = dt.datetime.fromtimestamp(database.stat().st_mtime)
        wal = Path(f"{database}-wal")
        if wal.is_file():
            changed = max(changed, dt.datetime.fromtimestamp(wal.stat().st_mtime))
        return changed > last
    return last.date() < now.date()


def back_up_if_due(
    database: Path,
    folder: Path | None = None,
    *,
    closing: bool = False,
    force: bool = False,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> AutoBackupResult:
    """Copy ``database`` into ``folder`` when a copy is due, then rotate the copies.

    Due while the window is open: no automatic copy today yet. Due on closing: the database
    changed since the newest copy. ``force``: now, due or not ("Sao lưu ngay"). The folder is
    created when missing (a USB drive's folder).

    Raises:
        OutputError: the folder cannot be written (a USB drive that was pulled out).
        StorageError: the database cannot be read.
    """
    database = Path(database)
    folder = Path(folder) if folder is not None else default_folder()
    now = now or dt.datetime.now()
    if not force and not _is_due(database, folder, now, closing):
        return AutoBackupResult(None)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"Không tạo được thư mục sao lưu {folder}: {exc.strerror or exc}. "
            "Hãy cắm lại ổ USB hoặc chọn thư mục khác trong Cài đặt."
        ) from None
    target = folder / f"{database.stem}-{MARKER}-{now:%Y%m%d-%H%M%S}.db"
    written = backup_database(database, target, progress)
    return AutoBackupResult(written, tuple(rotate(database, folder)))


def rotate(database: Path, folder: Path, *, daily: int = DAILY, weekly: int = WEEKLY) -> list[Path]:
    """Delete the automatic copies rotation no longer keeps; the deleted files.

    Kept: the newest copy of each of the ``daily`` newest days that have one, then the newest
    copy of each of the ``weekly`` newest ISO weeks older than those days' weeks.
    """
    copies = automatic_backups(database, folder)  # newest first
    keep: set[Path] = set()
    seen_days: set[dt.date] = set()
    daily_weeks: set[tuple[int, int]] = set()
    weekly_kept: set[tuple[int, int]] = set()
    for when, path in copies:
        day = when.date()
        if day in seen_days:
            continue  # an older copy of a day already seen
        seen_days.add(day)
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        if len(seen_days) <= daily:
            keep.add(path)
            daily_weeks.add(week)
        elif week not in daily_weeks and week not in weekly_kept and len(weekly_kept) < weekly:
            keep.add(path)
            weekly_kept.add(week)
    deleted: list[Path] = []
    for _, path in copies:
        if path not in keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
    return deleted
