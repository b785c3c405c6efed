"""SQLite's quick check of the open database, after the window is shown.

On 400,000 people ``PRAGMA quick_check`` reads the whole file (about a second): it runs on a
pool thread with its own read connection once the window is up, so start-up never waits for
it. A problem found still reaches the user: a dialog (not blocking) says what is wrong and
offers the newest sound backup, restored into the same Library the window reads.

A file too damaged to open at all is refused before any window (``app.start``).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from desktop.services import library as library_service
from desktop.services.session import Library
from desktop.ui import window_actions
from desktop.ui.errors import user_message
from desktop.ui.operations import DatabaseOp, Progress, show_error

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Findings:
    """What the quick check found (empty: sound) and the sound backups to offer."""

    problems: list[str] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)


def damage_text(path: Path, problem: str, backups: list[Path]) -> str:
    """The damage in the user's words, and what can be done about it."""
    text = (
        QCoreApplication.translate("Startup", "The database {0} is damaged:").format(path)
        + f"\n{problem}\n\n"
    )
    if backups:
        return text + QCoreApplication.translate(
            "Startup", "The newest sound backup is {0}. Restore it? (The damaged file is kept.)"
        ).format(backups[0])
    return text + QCoreApplication.translate(
        "Startup", "No sound backup was found. Copy the file before changing anything."
    )


def _look(lib: Library, _: Progress) -> Findings:
    """On the pool thread: the quick check, and the sound backups when it found damage."""
    problems = lib.damage()
    if not problems or lib.path is None:
        return Findings(problems)
    return Findings(problems, library_service.good_backups(lib.path))


def check_in_background(window: MainWindow) -> DatabaseOp:
    """Start the quick check of the window's database; a problem found is shown by
    ``offer_backup`` (the operation's ``finished`` follows)."""
    path = window.library.path
    assert path is not None

    def damaged(error: Exception) -> None:
        if not library_service.is_damage(error):
            log.warning("quick check not run", exc_info=error)
            return
        offer_backup(window, Findings([user_message(error)], library_service.good_backups(path)))

    def looked(found: Findings) -> None:
        if found.problems:
            offer_backup(window, found)

    op = DatabaseOp(window, window.library, _look)
    op.success(looked)
    op.failure(damaged)
    window.setProperty("health_check", op)
    return op.run_in_background()


def offer_backup(window: MainWindow, found: Findings) -> QMessageBox:
    """Say what is damaged and offer the newest sound backup (none in a read-only window);
    the dialog, shown without blocking."""
    path = window.library.path
    assert path is not None
    backups = [] if window.read_only else found.backups
    text = damage_text(path, "\n".join(found.problems[:5]), backups)
    log.error("database %s damaged: %s", path, found.problems[:5])
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        print(f"vinhdanh: {text}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Warning, "Vinh Danh", text, parent=window)
    restore = box.addButton(
        QCoreApplication.translate("Startup", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Startup", "Go on without restoring"),
        QMessageBox.ButtonRole.RejectRole,
    )
    restore.setVisible(bool(backups))

    def answered(button: QAbstractButton) -> None:
        if button is restore and backups:
            restore_now(window, backups[0])

    box.buttonClicked.connect(answered)
    box.open()
    window.setProperty("damage_question", box)
    return box


def restore_now(window: MainWindow, backup: Path) -> bool:
    """Put ``backup`` in place of the damaged database and show its data; False (and the
    reason shown) when that failed."""
    window.save_editors()  # may fail on the damaged file: the message says so
    try:
        window.library.restore(backup)
    except Exception as exc:
        show_error(window, exc)
        return False
    window_actions.show_restored(window, backup)
    return True
