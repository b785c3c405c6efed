"""The main window's background work on the whole database: loading and writing meeting
packages and backing up, each a ``DatabaseOp`` with progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services.session import Library
from desktop.ui.operations import DatabaseOp, Progress
from desktop.ui.window_pages import PAGE_MEETINGS

if TYPE_CHECKING:
    from desktop.services.packages import LoadResult
    from desktop.ui.main_window import MainWindow


def import_package(window: MainWindow, library: Library, path: Path) -> DatabaseOp:
    """Add a meeting package (.json) to the database, then show its meeting."""

    def task(lib: Library, progress: Progress) -> LoadResult:
        progress.report(0, 1)
        return lib.packages.load_package(path)

    def loaded(result: LoadResult) -> None:
        window.reload_all()
        window.show_page(PAGE_MEETINGS)
        window.meetings_page.reload(select=result.meeting_id)
        window.show_status(
            QCoreApplication.translate("MainWindow", "Added “{0}” with {1} decisions.").format(
                result.title, len(result.decision_ids)
            ),
            long=True,
        )

    return (
        DatabaseOp(window, library, task)
        .success(loaded)
        .with_progress(QCoreApplication.translate("MainWindow", "Reading {0}…").format(path.name))
        .run_in_background()
    )


def export_package(window: MainWindow, library: Library, meeting_id: str, path: Path) -> DatabaseOp:
    """Write a meeting and its decisions as a package (.json)."""

    def task(lib: Library, progress: Progress) -> Path:
        progress.report(0, 1)
        return lib.packages.export_meeting(meeting_id, path)

    return (
        DatabaseOp(window, library, task)
        .success(window.file_written)
        .with_progress(QCoreApplication.translate("MainWindow", "Writing {0}…").format(path.name))
        .run_in_background()
    )


def back_up(window: MainWindow, library: Library, source: Path, path: Path) -> DatabaseOp:
    """Copy the whole database at ``source`` to ``path``, with progress."""
    from desktop.services import backup

    def task(lib: Library, progress: Progress) -> Path:
        return backup.backup_database(source, path, progress.report)

    return (
        DatabaseOp(window, library, task)
        .success(window.file_written)
        .with_progress(QCoreApplication.translate("MainWindow", "Backing up the data…"))
        .run_in_background()
    )
