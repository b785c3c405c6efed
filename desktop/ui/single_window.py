"""One window writes to a database: a second one is told so and opens read-only.

The lock is a ``QLockFile`` on ``<database>.lock`` (QtCore only): it holds the process id, so a
lock left by a window that crashed is taken over at once, while a live window keeps it however
long it stays open. The CLI takes no lock: it may write while the window is open, and the
window shows its changes (``MainWindow.check_external_changes``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox

from desktop.ui.questions import ask

log = logging.getLogger(__name__)


def lock_path(db_path: Path) -> Path:
    """The lock file of a database: ``<name>.lock`` beside it."""
    return db_path.with_name(f"{db_path.name}.lock")


def lock_database(db_path: Path) -> QLockFile | None:
    """The held lock of ``db_path``, or None when another window holds it.

    A folder where no lock can be made (read-only media) gives an unlocked QLockFile: the
    window opens as usual there; SQLite still keeps each write whole.
    """
    with contextlib.suppress(OSError):  # a first start: the data folder is made here
        db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    log.warning("cannot create %s (%s)", lock_path(db_path), lock.error())
    return lock


def raise_request_path(db_path: Path) -> Path:
    """The file a second start leaves to ask the open window to come forward.

    Empty: come forward. Otherwise it holds the path of a meeting package (UTF-8, one line)
    double-clicked while the window was open: the window comes forward and offers to add it.
    """
    return db_path.with_name(f"{db_path.name}.lock.show")


def request_raise(db_path: Path, package: Path | None = None) -> bool:
    """Ask the window that has ``db_path`` open to come to the front (within a second), and
    to offer ``package`` for loading when given. True when the request was left.

    Written to a temporary file and moved into place, so the window never reads half a path.
    """
    target = raise_request_path(db_path)
    text = str(Path(package).absolute()) if package is not None else ""
    temporary = target.with_name(f"{target.name}.{os.getpid()}.vinhdanh-tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        log.warning("cannot leave %s", target, exc_info=True)
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    return True


@dataclass(frozen=True)
class RaiseRequest:
    """What a second start asked of the open window."""

    package: Path | None = None
    """A meeting package to offer for loading, or None (only come forward)."""


def take_request(db_path: Path) -> RaiseRequest | None:
    """The request a second start left (read and removed: taken once), or None."""
    target = raise_request_path(db_path)
    try:
        text = target.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        text = ""  # unreadable: still a request to come forward
    try:
        target.unlink()
    except OSError:
        return None  # left for a later poll would repeat it: take it only when removed
    return RaiseRequest(Path(text) if text else None)


def take_raise_request(db_path: Path) -> bool:
    """True (once) when a second start asked this window to come forward."""
    return take_request(db_path) is not None


OPEN_READ_ONLY, SHOW_OPEN_WINDOW, DO_NOT_OPEN = "read-only", "show", "cancel"


def ask_second_window(db_path: Path) -> str:
    """Tell the user the database is open in another window and ask what to do:
    ``OPEN_READ_ONLY``, ``SHOW_OPEN_WINDOW`` (bring it forward) or ``DO_NOT_OPEN``."""
    text = QCoreApplication.translate(
        "SingleWindow",
        "The data file {0} is already open in another Vinh Danh window. Only one window can "
        "change it at a time.\n\nOpen it here read-only (you can look, search, print and "
        "export, but not change anything), or show the window where it is open?",
    ).format(db_path)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":  # no one to ask: read-only
        print(f"vinhdanh: {text}", file=sys.stderr)
        return OPEN_READ_ONLY
    return ask(
        QMessageBox.Icon.Information,
        "Vinh Danh",
        text,
        [
            (
                OPEN_READ_ONLY,
                QCoreApplication.translate("SingleWindow", "Open read-only"),
                QMessageBox.ButtonRole.AcceptRole,
            ),
            (
                SHOW_OPEN_WINDOW,
                QCoreApplication.translate("SingleWindow", "Show the open window"),
                QMessageBox.ButtonRole.ActionRole,
            ),
            (
                DO_NOT_OPEN,
                QCoreApplication.translate("SingleWindow", "Do not open"),
                QMessageBox.ButtonRole.RejectRole,
            ),
        ],
        default=OPEN_READ_ONLY,
        escape=DO_NOT_OPEN,
    )
