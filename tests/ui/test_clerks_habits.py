"""Issue 14's bullets that had no test on the real window yet: Ctrl+S says so on every page, and
rows pasted without their header (Ctrl+V on the recipients table) keep their names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.models.awards import COL_NAME, COL_TITLE, COL_UNIT
from desktop.ui.window_pages import PAGE_DECISIONS


def test_ctrl_s_says_saved_on_every_page(qtbot: QtBot, active_window: MainWindow) -> None:
    window = active_window
    said = []
    for page in range(window.navigation.count()):
        window.show_page(page)
        window.statusBar().clearMessage()
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        said.append((window.navigation.item(page).text(), window.statusBar().currentMessage()))
    assert said == [(name, "Saved.") for name, _ in said]


def _paste(qtbot: QtBot, window: MainWindow, text: str) -> list[tuple[str, str, str]]:
    """Copy ``text`` as Excel does, press Ctrl+V in the recipients table: the rows added."""
    window.show_page(PAGE_DECISIONS)
    editor = window.decision_editor
    qtbot.waitUntil(lambda: editor.model.rowCount() > 0, timeout=5000)
    before = editor.model.rowCount()
    table = editor.table
    table.setCurrentIndex(editor.model.index(before - 1, COL_NAME))  # pasted after the last row
    QGuiApplication.clipboard().setText(text)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    model = editor.model
    return [
        (
            model.index(r, COL_NAME).data(),
            model.index(r, COL_TITLE).data(),
            model.index(r, COL_UNIT).data(),
        )
        for r in range(before, model.rowCount())
    ]


def test_rows_pasted_without_their_header_keep_their_names(
    qtbot: QtBot, active_window: MainWindow
) -> None:
    # Rows copied from the middle of a list: the STT column, no header row. The first release
    # read them the same way; the "1", "2" recipients come from the case below.
    window = active_window
    added = _paste(
        qtbot,
        window,
        "7\tNguyễn Thị Ánh Tuyết\tTrưởng phòng\tPhòng Tổ chức cán bộ\r\n"
        "8\tTrần Quốc Huỳnh\tChuyên viên\tVăn phòng Sở\r\n",
    )
    assert added == [
        ("Nguyễn Thị Ánh Tuyết", "Trưởng phòng", "Phòng Tổ chức cán bộ"),
        ("Trần Quốc Huỳnh", "Chuyên viên", "Văn phòng Sở"),
    ]


def test_rows_pasted_with_their_section_row_keep_their_names(
    qtbot: QtBot, active_window: MainWindow
) -> None:
    # The first release made recipients "3" and "4" of them, the names in Chức vụ. Now the
    # columns are read by what they hold, and the heading row passed over is shown first.
    window = active_window
    editor = window.decision_editor
    added = _paste(
        qtbot,
        window,
        "II. Cá nhân\t\t\t\r\n"
        "3\tLê Thị Hường\tChuyên viên chính\tPhòng Cải cách hành chính\r\n"
        "4\tPhạm Đức Thắng\tChuyên viên\tPhòng Cải cách hành chính\r\n",
    )
    assert added == []  # nothing before the user confirms
    dialog = editor.recipients.paste_dialog
    skipped = [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())]
    assert skipped == ["Dòng 1: tiêu đề mục “II. Cá nhân” (các dòng sau là cá nhân)"]
    before = editor.model.rowCount()
    dialog.accept()
    model = editor.model
    rows = [model.record(r) for r in range(before - 0, model.rowCount())]
    assert [(a.name, a.title, a.kind) for a in rows][-2:] == [
        ("Lê Thị Hường", "Chuyên viên chính", "person"),
        ("Phạm Đức Thắng", "Chuyên viên", "person"),
    ]
