"""The window's font setting read without Qt, as the ``vinhdanh`` command needs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.preferences import read_preferences, settings_path

# As QSettings (INI format) writes the window's settings, byte arrays and all.
WRITTEN_BY_THE_WINDOW = r"""[General]
language=vi

[fonts]
windows_times=false

[window]
geometry=@ByteArray(\x1\xd9\xd0\xcb\0\x3\0\0\0\0\0\0\0\0\0%\0\0\x3\xbf)
page=2
"""


def test_the_windows_unticked_setting_is_read(tmp_path: Path) -> None:
    ini = tmp_path / "VinhDanh.ini"
    ini.write_text(WRITTEN_BY_THE_WINDOW, encoding="utf-8")
    assert read_preferences(ini).windows_serif is False
    ini.write_text(WRITTEN_BY_THE_WINDOW.replace("=false", "=true"), encoding="utf-8")
    assert read_preferences(ini).windows_serif is True


def test_no_file_or_an_unreadable_one_gives_the_windows_default(tmp_path: Path) -> None:
    assert read_preferences(tmp_path / "missing.ini").windows_serif is True
    broken = tmp_path / "broken.ini"
    broken.write_bytes(b"\xff\xfe not an ini [[[")
    assert read_preferences(broken).windows_serif is True


def test_the_file_is_where_qsettings_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from desktop.ui import settings as app_settings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path))
    stored = app_settings.open_settings()
    stored.setValue("fonts/windows_times", False)
    stored.sync()
    assert Path(stored.fileName()) == settings_path()
    assert read_preferences().windows_serif is False
