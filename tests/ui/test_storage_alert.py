"""A database the window cannot write to is told in a dialog (not only in the status bar),
in Vietnamese, once per cause: read-only, disk full, held by another program, gone."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services.session import Library
from desktop.ui import translations
from desktop.ui.editors.meeting import MeetingEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import open_settings
from desktop.ui.window_pages import PAGE_MEETINGS


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    installed = translations.install(qapp, "vi")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(
    qtbot: QtBot, vietnamese: None, demo_db: Database, demo_path: Path
) -> Iterator[MainWindow]:
    shown = MainWindow(Library(demo_db, demo_path), open_settings(), remember=False)
    qtbot.addWidget(shown)
    shown.show()
    shown.show_page(PAGE_MEETINGS)
    qtbot.waitUntil(lambda: shown.meeting_editor.record is not None, timeout=5000)
    yield shown
    shown.change_watch.timer.stop()
    shown.setProperty("discard", True)  # an edit the test left unsaved: close without asking


def _edit(editor: MeetingEditor, title: str) -> None:
    editor.header.title_edit.setText(title)
    editor.header.title_edit.textEdited.emit(title)
    editor.save_now()


def _alerts(window: MainWindow) -> list[QMessageBox]:
    QApplication.processEvents()  # the dialog opens from the event loop
    return [b for b in window.findChildren(QMessageBox, "storage_alert") if b.isVisible()]


def _failing(code: int, text: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_a_read_only_database_is_told_once_in_a_dialog(
    window: MainWindow, demo_db: Database
) -> None:
    editor = window.meeting_editor
    demo_db.execute("PRAGMA query_only = 1")  # SQLite now refuses writes: SQLITE_READONLY
    try:
        _edit(editor, "Hội nghị tổng kết năm 2026")
        [box] = _alerts(window)
        assert box.text() == "Không ghi được vào cơ sở dữ liệu: tệp chỉ cho đọc."
        assert "không có gì bị ghi dở dang" in box.informativeText()
        assert "chép tệp vào một thư mục trên máy này" in box.informativeText()
        assert window.statusBar().currentMessage().startswith("Chưa lưu")
        _edit(editor, "Hội nghị tổng kết năm 2026 (sửa)")  # the next autosave: not told again
        _edit(editor, "Hội nghị tổng kết năm 2026 (sửa lần 2)")
        assert len(_alerts(window)) == 1
        assert editor.has_unsaved_edits  # the edit is kept in the window
        box.close()
    finally:
        demo_db.execute("PRAGMA query_only = 0")
    editor.save_now()
    assert not editor.has_unsaved_edits


@pytest.mark.parametrize(
    ("code", "sqlite_text", "headline", "advice"),
    [
        (13, "database or disk is full", "Ổ đĩa chứa cơ sở dữ liệu đã đầy.", "giải phóng chỗ"),
        (5, "database is locked", "Một chương trình khác đang giữ", "đóng chương trình khác"),
        (10, "disk I/O error", "Không đọc hay ghi được ổ đĩa", "Khôi phục từ bản sao lưu…"),
    ],
)
def test_each_cause_is_told_once_and_again_after_a_good_save(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    sqlite_text: str,
    headline: str,
    advice: str,
) -> None:
    editor = window.meeting_editor
    save = editor._save

    def failing(*args: object) -> object:
        raise _failing(code, sqlite_text)

    monkeypatch.setattr(editor, "_save", failing)
    _edit(editor, "Hội nghị sơ kết")
    _edit(editor, "Hội nghị sơ kết 6 tháng")
    [box] = _alerts(window)
    assert box.text().startswith(headline)
    assert advice in box.informativeText()
    box.close()
    monkeypatch.setattr(editor, "_save", save)
    _edit(editor, "Hội nghị sơ kết 6 tháng đầu năm")  # saved: the cause is forgotten
    assert not editor.has_unsaved_edits and not _alerts(window)
    monkeypatch.setattr(editor, "_save", failing)
    _edit(editor, "Hội nghị sơ kết 6 tháng đầu năm 2026")
    assert len(_alerts(window)) == 1


def test_a_database_held_by_another_program_is_told(
    window: MainWindow, demo_db: Database, demo_path: Path
) -> None:
    other = sqlite3.connect(demo_path)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    demo_db.execute("PRAGMA busy_timeout = 50")
    try:
        _edit(window.meeting_editor, "Hội nghị giao ban")
        [box] = _alerts(window)
        assert box.text() == "Một chương trình khác đang giữ cơ sở dữ liệu và không nhả ra."
        box.close()
    finally:
        other.rollback()
        other.close()


def test_a_database_file_deleted_while_open_is_told(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    demo_path.unlink()  # deleted in Explorer, or its USB stick pulled out
    qtbot.waitUntil(lambda: len(_alerts(window)) == 1, timeout=5000)  # the window's watch
    [box] = _alerts(window)
    assert box.text() == f"Tệp cơ sở dữ liệu không còn ở chỗ cũ: {demo_path}"
    assert "ổ USB chứa nó đã bị rút ra" in box.informativeText()
    qtbot.wait(1500)  # another look by the watch: not told twice
    assert len(_alerts(window)) == 1


@pytest.mark.parametrize("second_window", [False, True])
def test_a_read_only_file_is_told_at_start_not_at_the_first_edit(
    qtbot: QtBot,
    vietnamese: None,
    demo_db: Database,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    second_window: bool,
) -> None:
    from desktop.ui import storage_alert

    # The attribute set in Explorer (or a read-only USB stick): what os.access then says.
    monkeypatch.setattr(storage_alert, "file_read_only", lambda path: path == demo_path)
    shown = MainWindow(
        Library(demo_db, demo_path), open_settings(), remember=False, read_only=second_window
    )
    qtbot.addWidget(shown)
    shown.show()
    try:
        qtbot.wait(1200)  # the watch looks again: still one dialog
        alerts = _alerts(shown)
        if second_window:  # opened read-only on purpose: no news
            assert alerts == []
        else:
            [box] = alerts
            assert box.text() == "Không ghi được vào cơ sở dữ liệu: tệp chỉ cho đọc."
    finally:
        shown.change_watch.timer.stop()


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root writes any file")
def test_a_file_with_the_read_only_attribute_is_seen(tmp_path: Path) -> None:
    from desktop.services.write_problems import file_read_only

    path = tmp_path / "d.db"
    path.write_bytes(b"")
    assert not file_read_only(path)
    path.chmod(0o444)
    assert file_read_only(path)
