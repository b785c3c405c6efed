"""Save dialogs that open where the user saved last time (as Word and Excel do).

The folder is remembered per kind of file in the settings (``folders/<kind>``); the first time
the dialog opens in the user's Documents folder, never in the program's own folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui import settings as app_settings


def start_folder(kind: str) -> Path:
    """Where a save dialog for ``kind`` opens: the last folder used, else Documents."""
    stored = str(app_settings.open_settings().value(f"folders/{kind}", "") or "")
    if stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(kind: str, chosen: Path) -> None:
    """The next dialog for ``kind`` opens in ``chosen``'s folder."""
    app_settings.open_settings().setValue(f"folders/{kind}", str(chosen.parent))


def save_path(
    parent: QWidget | None, title: str, name: str, filters: str, kind: str = "export"
) -> Path | None:
    """Ask where to save ``name`` (a suggested file name); the path chosen, or None."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(kind) / name), filters)
    if not chosen:
        return None
    remember_folder(kind, Path(chosen))
    return Path(chosen)
