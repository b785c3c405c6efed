"""The user's preferences that change what documents look like, read without Qt.

The window keeps its settings with ``QSettings`` in INI format (``desktop/ui/settings.py``);
the ``vinhdanh`` command must draw documents as the window would without loading Qt, so it
reads the same INI file here with ``configparser``. The file is where QSettings puts it:
``settings.ini`` in the data folder in portable mode, otherwise the user scope of organisation
and application "VinhDanh" — ``%APPDATA%\\VinhDanh\\VinhDanh.ini`` on Windows,
``$XDG_CONFIG_HOME/VinhDanh/VinhDanh.ini`` (``~/.config``) elsewhere. Only the window writes it.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import paths

__all__ = ["Preferences", "read_preferences", "settings_path"]

log = logging.getLogger(__name__)

ORGANISATION = "VinhDanh"
APPLICATION = "VinhDanh"
"""QSettings' organisation and application names (the window sets the same)."""


@dataclass(slots=True)
class Preferences:
    """The user's choices that change what documents look like.

    ``windows_serif``: draw documents in Windows' Times New Roman when installed (the bundled
    Tinos, with the same widths, otherwise).
    """

    windows_serif: bool = True


def settings_path() -> Path:
    """The window's settings file, where QSettings (INI format, user scope) keeps it."""
    moved = paths.settings_file()
    if moved is not None:
        return moved
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    else:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / ORGANISATION / f"{APPLICATION}.ini"


def read_preferences(path: Path | None = None) -> Preferences:
    """The preferences stored by the window; the defaults for anything missing or unreadable."""
    path = settings_path() if path is None else path
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        log.warning("cannot read the window's settings %s", path, exc_info=True)
        return Preferences()
    stored = parser.get("fonts", "windows_times", fallback=None)
    if stored is None:
        return Preferences()
    # As desktop.ui.settings.value reads a bool: QSettings writes "true" or "false".
    return Preferences(windows_serif=stored.strip() in ("true", "1"))
