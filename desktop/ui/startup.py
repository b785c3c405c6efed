"""What happens once at start-up on an office PC, beside building the window.

- The windowed program has no console: warnings and errors go to a log file in the data
  folder (``logs/vinhdanh.log``, rotated).
- A database on a network share gets one warning per start (SQLite must not be shared so).
- ``Vinh Danh FILE.vinhdanh`` (a package double-clicked in Explorer) asks before adding the
  meeting, then loads it through the same operation as File › Import.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services import data_location, errors, packages
from desktop.ui.errors import user_message

log = logging.getLogger(__name__)


def log_to_file() -> Path | None:
    """Send warnings and errors to the rotating log in the data folder; its path (or None)."""
    return errors.install_log_file()


def warn_about_network(parent: QWidget | None, db_path: Path) -> str | None:
    """Warn (a dialog) when the database is on a network share; the warning, or None."""
    warning = data_location.network_warning(db_path)
    if warning:
        log.warning("database on a network share: %s", db_path)
        QMessageBox.warning(
            parent, QCoreApplication.translate("Startup", "Database on a network drive"), warning
        )
    return warning


def offer_package(window: QWidget, path: Path) -> bool:
    """Ask whether to add the package at ``path``; load it through the window when asked.

    Returns True when the loading was started. A bad file is explained, nothing is stored.
    """
    try:
        summary = packages.describe_package(path)
    except Exception as exc:
        QMessageBox.warning(window, "Vinh Danh", user_message(exc))
        return False
    when = f" ({summary.starts_at})" if summary.starts_at else ""
    question = QCoreApplication.translate(
        "Startup",
        "Add the meeting “{0}”{1} to the database?\n\n"
        "{2} decisions, {3} people and collectives to be awarded.\nFile: {4}",
    ).format(summary.title, when, summary.decisions, summary.awards, path)
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Startup", "Open meeting package"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    import_package = getattr(window, "import_package", None)
    if import_package is None:
        return False
    import_package(path)
    return True


def offer_first_start(window: Any) -> QWidget | None:
    """On a database without any issuing body, ask for the office once (skippable); the
    dialog shown (it does not block), or None."""
    if window.read_only or not window.settings_view.needs_first_start():
        return None
    return window.settings_view.first_start()
