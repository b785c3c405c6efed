"""Habits of Word and Excel: Tab leaves a multi-line box, Alt+↑/↓ move a row, Ctrl+S saves on
every page (the settings form included) and says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import organisations
from desktop.ui.main_window import MainWindow
from desktop.ui.window_pages import PAGE_DECISIONS, PAGE_MEETINGS, PAGE_SETTINGS


def test_tab_leaves_the_conclusions_box_without_typing_a_tab(
    qtbot: QtBot, active_window: MainWindow
) -> None:
    window = active_window
    window.show_page(PAGE_MEETINGS)
    conclusions = window.meeting_editor.header.conclusions_edit
    before = conclusions.toPlainText()
    conclusions.setFocus()
    qtbot.keyClick(conclusions, Qt.Key.Key_Tab)
    assert conclusions.toPlainText() == before
    assert QApplication.focusWidget() is not conclusions


def test_alt_down_moves_the_recipient_one_place(qtbot: QtBot, active_window: MainWindow) -> None:
    window = active_window
    window.show_page(PAGE_DECISIONS)
    editor = window.decision_editor
    qtbot.waitUntil(lambda: editor.model.rowCount() > 2, timeout=5000)
    first = editor.model.index(0, 2).data()
    table = editor.recipients.table
    table.setCurrentIndex(editor.model.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.model.index(1, 2).data() == first
    assert table.currentIndex().row() == 1


def test_ctrl_s_saves_the_settings_form_and_says_so(
    qtbot: QtBot, demo_db: Database, active_window: MainWindow
) -> None:
    window = active_window
    window.show_page(PAGE_SETTINGS)
    view = window.settings_view
    view.place_edit.setText("Lục Nam")
    view.place_edit.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Saved."
    assert next(o.place for o in organisations.organisations(demo_db)) == "Lục Nam"


def test_closing_with_an_edit_that_could_not_be_saved_asks_first(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    active_window: MainWindow,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.storage.errors import DiskFullError

    window = active_window
    editor = window.meeting_editor

    def disk_full(*args: object) -> None:
        raise DiskFullError("Ổ đĩa đã đầy; không ghi được")

    monkeypatch.setattr(editor, "_save", disk_full)
    editor.header.title_edit.setText("Hội nghị tổng kết năm 2026")  # an edit, not saved
    editor.header.title_edit.textEdited.emit("Hội nghị tổng kết năm 2026")
    window.close()
    assert window.isVisible()  # not closed: the user is asked
    [box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert box.text() == "Some changes could not be saved. Close anyway and lose them?"
    close = next(b for b in box.buttons() if b.text() == "Close without saving")
    close.click()
    assert not window.isVisible()


def test_ctrl_s_saves_a_decision_without_copying_its_list(
    qtbot: QtBot,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    active_window: MainWindow,
) -> None:
    """Saving writes a snapshot of the edit state (its rows shared), never a deep copy of a
    2,000-recipient decision on the GUI thread; what is saved is what was typed."""
    import copy

    from desktop.services import decisions

    window = active_window
    window.show_page(PAGE_DECISIONS)
    editor = window.decision_editor
    qtbot.waitUntil(lambda: editor.model.rowCount() > 2, timeout=5000)
    decision_id = editor.current.id if editor.current is not None else ""
    copies: list[object] = []
    real_deepcopy = copy.deepcopy
    monkeypatch.setattr(copy, "deepcopy", lambda x, *a: copies.append(x) or real_deepcopy(x, *a))
    editor.state.set_field("reason", "Đã có thành tích xuất sắc trong năm 2026")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Saved."
    assert not editor.has_unsaved_edits
    stored = decisions.get_decision(demo_db, decision_id)
    assert stored.reason == "Đã có thành tích xuất sắc trong năm 2026"
    assert [a.name for a in stored.awards] == [a.name for a in editor.state.awards]
    assert copies == []  # neither the record nor its base was deep-copied to save it
