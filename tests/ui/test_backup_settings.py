"""Automatic backups in the window: the settings group, "Back up now", the copy on closing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import auto_backup
from desktop.services.session import Library
from desktop.ui import settings as app_settings
from desktop.ui.pages.settings import SettingsView


@pytest.fixture
def view(
    qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path
) -> Iterator[SettingsView]:
    settings = app_settings.open_settings()
    settings.setValue("backup/folder", str(tmp_path / "USB" / "Sao lưu"))
    settings.setValue("backup/automatic", True)
    widget = SettingsView(Library(demo_db, demo_path), settings)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    settings.remove("backup/folder")
    settings.remove("backup/automatic")


def test_back_up_now_writes_a_copy_and_shows_its_time(
    qtbot: QtBot, view: SettingsView, demo_path: Path, tmp_path: Path
) -> None:
    box = view.backup_box
    assert box.folder_label.text() == str(tmp_path / "USB" / "Sao lưu")
    assert box.last_label.text() == "No automatic backup yet"
    with qtbot.waitSignal(view.backup_schedule.backed_up, timeout=20000) as signal:
        box.now_button.click()
    written = Path(signal.args[0])
    assert written.parent == tmp_path / "USB" / "Sao lưu" and written.is_file()
    copy = Library.open(written)
    try:
        assert copy.meetings.meetings(), "the copy holds the meeting"
    finally:
        copy.close()
    [(when, _)] = auto_backup.automatic_backups(demo_path, written.parent)
    assert box.last_label.text() == f"{when:%d/%m/%Y %H:%M}"


def test_closing_copies_only_after_a_change_and_not_when_switched_off(
    view: SettingsView, demo_path: Path, tmp_path: Path
) -> None:
    schedule = view.backup_schedule
    first = schedule.back_up_on_close()  # no copy yet: one now
    assert first is not None and first.is_file()
    old = first.stat().st_mtime - 3600
    os.utime(demo_path, (old, old))  # nothing changed since that copy
    for extra in (Path(f"{demo_path}-wal"), Path(f"{demo_path}-shm")):
        if extra.exists():
            os.utime(extra, (old, old))
    assert schedule.back_up_on_close() is None
    view.backup_box.enabled_box.setChecked(False)
    os.utime(demo_path)  # changed now, but automatic backups are off
    assert schedule.back_up_on_close() is None


def test_a_folder_that_cannot_be_made_is_reported_in_the_settings(
    qtbot: QtBot, view: SettingsView, tmp_path: Path
) -> None:
    blocker = tmp_path / "E"
    blocker.write_text("a file where the drive was")
    view.backup_box.set_folder(blocker / "Sao lưu")
    with qtbot.waitSignal(view.backup_schedule.failed, timeout=20000):
        view.backup_box.now_button.click()
    assert "Không tạo được thư mục sao lưu" in view.backup_box.last_label.text()
