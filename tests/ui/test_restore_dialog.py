"""Tệp → Khôi phục từ bản sao lưu…: the backups listed newest first; restoring keeps today's."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services import auto_backup
from desktop.services.session import Library
from desktop.ui import restore_dialog
from desktop.ui.restore_dialog import PathRole, RestoreDialog


@pytest.fixture
def library(tmp_path: Path) -> Library:
    session, _ = Library.demo(tmp_path / "văn phòng.db")
    return session


def test_backups_are_listed_newest_first_with_the_usb_folder(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    usb = tmp_path / "USB"
    settings.setValue("backup/folder", str(usb))
    assert library.path is not None
    older = auto_backup.back_up_if_due(library.path, usb, now=dt.datetime(2026, 11, 30, 9))
    newer = auto_backup.back_up_if_due(library.path, usb, now=dt.datetime(2026, 12, 1, 9))
    assert older.written and newer.written
    os.utime(older.written, (1_764_000_000, 1_764_000_000))
    dialog = RestoreDialog(library, settings)
    qtbot.addWidget(dialog)
    listed = [Path(dialog.list.item(i).data(PathRole)) for i in range(dialog.list.count())]
    assert listed == [newer.written, older.written]
    assert "automatic" in dialog.list.item(0).text()
    assert dialog.restore_button.isEnabled()
    library.close()


def test_restoring_brings_back_a_deleted_decision_in_the_same_library(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("backup/folder", str(tmp_path / "USB"))
    assert library.path is not None
    copy = auto_backup.back_up_if_due(library.path, tmp_path / "USB", force=True).written
    [decision] = [d for d in library.decisions.decisions() if d.number == "15-QĐ/BTGTU"]
    library.decisions.delete_decision(decision.id)

    def choose(self: RestoreDialog) -> int:
        self.list.setCurrentRow(0)
        self.chosen = Path(self.list.currentItem().data(PathRole))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    monkeypatch.setattr(
        restore_dialog.QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes
    )
    assert restore_dialog.restore_from_backup(None, library, settings) == copy  # type: ignore[arg-type]
    assert any(d.id == decision.id for d in library.decisions.decisions())
    kept = list(library.path.parent.glob("văn phòng.db.before-restore-*.bak"))
    assert len(kept) == 1
    library.close()
