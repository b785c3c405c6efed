"""A database that was there last time and is gone now (a USB drive not plugged in, a folder
moved, a file deleted) is reported at start, never silently replaced by an empty one.

The window remembers every database file it opened (``database/opened`` in the settings). When
the one to open is missing and was opened before, the user chooses: restore a backup into its
place, start a new empty database there, or quit (and plug the drive in).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

OPENED_KEY = "database/opened"
REMEMBERED = 20

NEW = "new"
QUIT = "quit"


def _key(path: Path) -> str:
    return str(path.expanduser().absolute())


def _opened(settings: QSettings) -> list[str]:
    stored = settings.value(OPENED_KEY, [])
    if isinstance(stored, str):  # QSettings gives one string for a one-item list (INI)
        return [stored]
    return [str(s) for s in stored] if isinstance(stored, list) else []


def opened_before(settings: QSettings, path: Path) -> bool:
    """True when the window opened the database at ``path`` before."""
    return _key(path) in _opened(settings)


def remember_opened(settings: QSettings, path: Path) -> None:
    """Note that the database at ``path`` was opened (the newest first, a few kept)."""
    known = _opened(settings)
    key = _key(path)
    settings.setValue(OPENED_KEY, [key, *[k for k in known if k != key]][:REMEMBERED])


def ask_about_missing(path: Path, offscreen: bool = False) -> Path | str:
    """What to do about the missing database at ``path``: a backup to restore into its place,
    ``NEW`` (an empty database there) or ``QUIT``."""
    text = QCoreApplication.translate(
        "Startup",
        "The data file {0} is not there any more (it was opened before). If it is on a USB "
        "drive or a network folder, plug it in or connect and start again.",
    ).format(path)
    # Only when the database has gone (not at a normal start): the dialogs and the backups.
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.services.backup import backups_of

    backups = backups_of(path)
    if backups:
        text += "\n\n" + QCoreApplication.translate(
            "Startup", "The newest backup is from {0}: {1}"
        ).format(f"{backups[0].made:%d/%m/%Y %H:%M}", backups[0].path)
    if offscreen:
        print(f"vinhdanh: {text}", file=sys.stderr)
        return QUIT
    box = QMessageBox(QMessageBox.Icon.Warning, "Vinh Danh", text)
    restore = box.addButton(
        QCoreApplication.translate("Startup", "Restore a backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new = box.addButton(
        QCoreApplication.translate("Startup", "Start with empty data"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is new:
        return NEW
    if clicked is restore:
        start = str(backups[0].path) if backups else str(path.parent)
        chosen, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("Startup", "Backup to restore"),
            start,
            QCoreApplication.translate("Startup", "Vinh Danh data (*.db *.bak *.sqlite *.sqlite3)"),
        )
        return Path(chosen) if chosen else QUIT
    return QUIT
