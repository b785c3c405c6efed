"""The database as the user sees it: open it, load and dump packages, search, check, demo."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from desktop import paths
from desktop.domain.records import SearchHit
from desktop.services.files import clean_leftovers
from desktop.storage import search as search_store
from desktop.storage.backup import check_backup
from desktop.storage.database import (
    DamagedDatabaseError,
    StorageError,
    check_file,
    integrity_problems,
    open_database,
    quick_check,
    schema_version,
)

if TYPE_CHECKING:
    from desktop.services.packages import LoadResult, export_meeting, load_package

__all__ = [
    "CheckReport",
    "check",
    "check_database_file",
    "create_demo",
    "damage",
    "demo_package_path",
    "export_meeting",
    "good_backups",
    "is_damage",
    "load_package",
    "meeting_package_text",
    "open_library",
    "prefer_windows_times_new_roman",
    "search",
    "serif_in_use",
    "windows_times_new_roman_installed",
]


def __getattr__(name: str) -> Any:
    # The package functions stay importable from here; their modules (the package format,
    # the directory and decision stores) load when first asked for, not when the window opens.
    if name in ("LoadResult", "export_meeting", "load_package"):
        from desktop.services import packages

        return getattr(packages, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


DEMO_PACKAGE = ("demo", "hoi-nghi-tong-ket-2023.json")


def open_library(path: str | Path | None) -> Database:
    """Open the database at ``path``, or the user's default database when ``None``.

    Temporary files a killed run left beside it (a restore) or in the backups folder are
    removed first (``files.clean_leftovers``).
    """
    path = Path(path) if path else paths.default_database_path()
    clean_leftovers(path.parent)
    clean_leftovers(paths.user_data_dir() / "backups")
    return open_database(path)


def search(db: Database, text: str, limit: int = 20) -> list[SearchHit]:
    """Diacritic-insensitive prefix search over people, collectives, meetings and decisions."""
    return search_store.search(db, text, limit=limit)


def meeting_package_text(db: Database, key: str) -> str:
    """The meeting named by ``key`` as package JSON text."""
    from desktop.exchange.package_writer import dump_package
    from desktop.services.packages import dump_meeting
    from desktop.storage.meetings import MeetingStore

    meeting = MeetingStore(db).find(key)
    return dump_package(dump_meeting(db, meeting.id)).decode("utf-8")


@dataclass(slots=True)
class CheckReport:
    """Outcome of ``check``: facts about the database, and problems (empty when sound)."""

    summary: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def check(db: Database) -> CheckReport:
    """Integrity check of the database file, its references and its search indexes."""
    counts = {
        "hội nghị": db.table("meetings").count_where("deleted_at is null"),
        "quyết định": db.table("decisions").count_where("deleted_at is null"),
        "khen thưởng": db.table("awards").count,
        "cá nhân": db.table("people").count_where("deleted_at is null"),
        "tập thể": db.table("collectives").count_where("deleted_at is null"),
    }
    return CheckReport(
        summary=[
            f"Phiên bản dữ liệu: {schema_version(db)}",
            ", ".join(f"{n} {what}" for what, n in counts.items()),
        ],
        problems=integrity_problems(db),
    )


TABLE_LABELS = {
    "meetings": "hội nghị",
    "decisions": "quyết định",
    "awards": "khen thưởng",
    "people": "cá nhân",
    "collectives": "tập thể",
}

BACKUPS_TRIED = 5
"""How many of the newest backups ``check`` tries before giving up on suggesting one."""


def check_database_file(path: Path) -> CheckReport:
    """``vinhdanh check``: a read-only check of the file at ``path``; never changes it.

    Each damage is one line; when there is any, the newest backup that is itself sound is
    suggested.

    Raises:
        ForeignDatabaseError: the file is not a Vinh Danh database (it is left untouched).
        StorageError: the file is missing or cannot be opened.
    """
    health = check_file(Path(path))
    version = health.versions[-1] if health.versions else "không rõ"
    report = CheckReport(summary=[f"Phiên bản dữ liệu: {version}"], problems=health.problems)
    if health.counts:
        report.summary.append(", ".join(f"{n} {TABLE_LABELS[t]}" for t, n in health.counts.items()))
    if health.newer:
        report.summary.append(health.newer)
    if report.problems:
        good = next(iter(good_backups(Path(path), limit=1)), None)
        if good is not None:
            report.summary.append(
                f'Bản sao lưu tốt gần nhất: {good} — khôi phục bằng: vinhdanh restore "{good}"'
            )
        else:
            report.summary.append("Không tìm thấy bản sao lưu nào còn tốt.")
    return report


def damage(db: Database) -> list[str]:
    """What SQLite's quick check finds wrong in the open database; empty when sound."""
    return quick_check(db)


def is_damage(error: BaseException) -> bool:
    """True when ``error`` says the database file is damaged (a backup may help)."""
    return isinstance(error, DamagedDatabaseError)


def good_backups(database: Path, limit: int = BACKUPS_TRIED) -> list[Path]:
    """Sound backups of ``database``, newest first: the data folder's backups/ named after it
    (``backup.default_backup_path``), and the copies (<name>*.bak) beside the database."""
    from desktop.services.backup import backups_of

    candidates = [found.path for found in backups_of(database)]  # newest first
    good: list[Path] = []
    for candidate in candidates[:BACKUPS_TRIED]:
        try:
            check_backup(candidate)
        except StorageError:
            continue
        good.append(candidate)
        if len(good) >= limit:
            break
    return good


def prefer_windows_times_new_roman(prefer: bool, fonts_dir: Path | None = None) -> bool:
    """Draw every document in Windows' Times New Roman (True) or the bundled Tinos (False).

    Returns False when Times New Roman was asked for but is not installed; Tinos (same widths)
    is used then.
    """
    from desktop.documents import fonts  # reportlab: only when documents are drawn

    family = fonts.windows_times_new_roman(fonts_dir) if prefer else None
    fonts.use_serif(family)
    return family is not None or not prefer


def windows_times_new_roman_installed(fonts_dir: Path | None = None) -> bool:
    """True when Windows' Times New Roman (its four files) is installed here."""
    from desktop.documents import fonts

    return fonts.windows_times_new_roman(fonts_dir) is not None


SERIF_WINDOWS = "windows-times-new-roman"
SERIF_BUNDLED = "tinos"


def serif_in_use() -> str:
    """Which body font documents are drawn in: ``SERIF_WINDOWS`` or ``SERIF_BUNDLED``."""
    from desktop.documents import fonts

    bundled = fonts.bundled_serif()
    return SERIF_BUNDLED if fonts.serif_in_use() == bundled else SERIF_WINDOWS


def demo_package_path() -> Path:
    """The sample conference shipped with the application (Ban Tuyên giáo Tỉnh ủy, 2024)."""
    return paths.resource(*DEMO_PACKAGE)


def create_demo(path: Path) -> tuple[Database, LoadResult]:
    """A fresh database at ``path`` holding the demo meeting (any old one is replaced)."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    from desktop.services.packages import load_package

    db = open_database(path)
    return db, load_package(db, demo_package_path())
