"""The database as the user sees it: open it, load and dump packages, search, check, demo."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop import paths
from desktop.domain.records import SearchHit
from desktop.exchange.meeting_package import dump_package
from desktop.services.packages import LoadResult, dump_meeting, export_meeting, load_package
from desktop.storage import search as search_store
from desktop.storage.database import integrity_problems, open_database, schema_version
from desktop.storage.meetings import MeetingStore

__all__ = [
    "CheckReport",
    "check",
    "create_demo",
    "demo_package_path",
    "export_meeting",
    "load_package",
    "meeting_package_text",
    "open_library",
    "prefer_windows_times_new_roman",
    "search",
    "serif_in_use",
]

DEMO_PACKAGE = ("demo", "hoi-nghi-tong-ket-2023.json")


def open_library(path: str | Path | None) -> Database:
    """Open the database at ``path``, or the user's default database when ``None``."""
    return open_database(Path(path) if path else paths.default_database_path())


def search(db: Database, text: str, limit: int = 20) -> list[SearchHit]:
    """Diacritic-insensitive prefix search over people, collectives, meetings and decisions."""
    return search_store.search(db, text, limit=limit)


def meeting_package_text(db: Database, key: str) -> str:
    """The meeting named by ``key`` as package JSON text."""
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


def prefer_windows_times_new_roman(prefer: bool, fonts_dir: Path | None = None) -> bool:
    """Draw every document in Windows' Times New Roman (True) or the bundled Tinos (False).

    Returns False when Times New Roman was asked for but is not installed; Tinos (same widths)
    is used then.
    """
    from desktop.documents import fonts  # reportlab: only when documents are drawn

    family = fonts.windows_times_new_roman(fonts_dir) if prefer else None
    fonts.use_serif(family)
    return family is not None or not prefer


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
    db = open_database(path)
    return db, load_package(db, demo_package_path())
