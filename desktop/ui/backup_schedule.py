"""When the window makes its automatic backups (services.auto_backup): a check every hour while
it is open (a copy at most once a day, on a worker thread) and one on closing after a change."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.services import auto_backup
from desktop.services.session import Library
from desktop.ui import settings as app_settings
from desktop.ui.errors import user_message
from desktop.ui.operations import DatabaseOp, Progress

log = logging.getLogger(__name__)

CHECK_MS = 60 * 60 * 1000
"""How often the open window asks whether today's copy is due."""


def backup_folder(settings: QSettings) -> Path:
    """The folder the user chose (a USB drive), or the data folder's backups/."""
    chosen = str(app_settings.value(settings, "backup/folder") or "").strip()
    return Path(chosen) if chosen else auto_backup.default_folder()


class BackupSchedule(QObject):
    """Runs the automatic backups of one window's database."""

    backed_up = Signal(object)
    """A new copy was written (its path)."""
    failed = Signal(str)
    """A copy could not be written (the message, in Vietnamese)."""

    def __init__(self, parent: QWidget, library: Library, settings: QSettings) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self._settings = settings
        self._running: DatabaseOp | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.back_up_if_due)

    @property
    def enabled(self) -> bool:
        return bool(app_settings.value(self._settings, "backup/automatic"))

    def start(self) -> None:
        """Check now (a copy when none was made today) and every hour after."""
        self.timer.start()
        QTimer.singleShot(0, self.back_up_if_due)

    def back_up_if_due(self, *, force: bool = False) -> DatabaseOp | None:
        """Today's copy, on a worker thread, when due (``force``: now)."""
        path = self._library.path
        if path is None or self._running is not None or not (self.enabled or force):
            return None
        folder = backup_folder(self._settings)

        def task(lib: Library, progress: Progress) -> auto_backup.AutoBackupResult:
            return auto_backup.back_up_if_due(path, folder, force=force)

        op = DatabaseOp(self._parent, self._library, task).success(self._on_done)
        op.failure(self._on_failed)
        op.finished.connect(self._on_finished)
        self._running = op
        return op.run_in_background()

    def back_up_on_close(self) -> Path | None:
        """The closing copy (only when the database changed since the last one); on the GUI
        thread, as the window is going away. Failures are logged and reported, never raised."""
        path = self._library.path
        if path is None or not self.enabled:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = auto_backup.back_up_if_due(path, backup_folder(self._settings), closing=True)
        except Exception as exc:
            log.warning("automatic backup on close failed", exc_info=True)
            self.failed.emit(user_message(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result.written is not None:
            self.backed_up.emit(result.written)
        return result.written

    def last_backup(self) -> dt.datetime | None:
        path = self._library.path
        return (
            None if path is None else auto_backup.last_backup(path, backup_folder(self._settings))
        )

    def _on_done(self, result: auto_backup.AutoBackupResult) -> None:
        if result.written is not None:
            log.info(
                "automatic backup %s (%d old copies removed)", result.written, len(result.deleted)
            )
            self.backed_up.emit(result.written)

    def _on_failed(self, error: Exception) -> None:
        log.warning("automatic backup failed: %s", error)
        self.failed.emit(user_message(error))

    def _on_finished(self) -> None:
        self._running = None
