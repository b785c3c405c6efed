"""The user's preferences (QSettings, INI format) with one table of defaults."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop import paths

ORGANISATION = "VinhDanh"
APPLICATION = "VinhDanh"

DEFAULTS: dict[str, Any] = {
    "language": "vi",
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/page": 0,
    "preview/zoom": 100,
    "print/preprinted": False,
    # Windows' own Times New Roman when installed (Tinos, same widths, otherwise).
    "fonts/windows_times": True,
    # Automatic backups (services.auto_backup): on close and once a day; "" = the data folder.
    "backup/automatic": True,
    "backup/folder": "",
}


def open_settings() -> QSettings:
    """The application's settings file (INI, in the user's configuration folder).

    In portable mode it is ``settings.ini`` in the data folder beside the program.
    """
    moved = paths.settings_file()
    if moved is not None:
        return QSettings(str(moved), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def value(settings: QSettings, key: str) -> Any:
    """The stored value of ``key``, of the type of its default."""
    default = DEFAULTS[key]
    stored = settings.value(key, default)
    if isinstance(default, bool):
        return stored in (True, "true", "1", 1)
    if isinstance(default, int):
        try:
            return int(stored)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
    if isinstance(default, QByteArray) and not isinstance(stored, QByteArray):
        return default
    return stored
