"""Right-click menus on the tables, as in Word and Excel: insert, delete, move, copy, paste —
each one undo step, off where it does not apply; copy gives Excel rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services.session import Library
from desktop.ui.editors.decision import DecisionEditor
from desktop.ui.editors.meeting import MeetingEditor
from desktop.ui.models.awards import COL_NAME
from desktop.ui.widgets.row_menu import RowMenu, excel_text


def _select(menu: RowMenu, first: int, last: int | None = None) -> None:
    view = menu.view
    model = view.model()
    last = first if last is None else last
    view.setCurrentIndex(model.index(first, 1))
    view.selectionModel().select(
        QItemSelection(model.index(first, 0), model.index(last, 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _names(editor: DecisionEditor) -> list[str]:
    return [a.name for a in editor.model.records()]


def test_right_click_on_the_recipients_opens_the_menu_with_its_keys(
    qtbot: QtBot, decision_editor: DecisionEditor
) -> None:
    table = decision_editor.recipients.table
    table.customContextMenuRequested.emit(QPoint(10, 10))
    [menu] = [m for m in table.findChildren(QMenu) if m.isVisible()]
    shown = {a.text(): a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert shown == {
        "Insert row above": "Ins",
        "Insert row below": "Alt+Ins",
        "Delete rows": "Del",
        "Move up": "Alt+Up",
        "Move down": "Alt+Down",
        "Copy": "Ctrl+C",
        "Copy with column names": "Ctrl+Shift+C",
        "Paste": "Ctrl+V",
    }
    menu.close()


def test_each_recipient_menu_action_is_one_undo_step(decision_editor: DecisionEditor) -> None:
    editor = decision_editor
    menu = editor.recipients.row_menu
    stack = editor.undo_stack
    before = _names(editor)

    _select(menu, 2)
    menu.insert_above_action.trigger()
    assert editor.model.rowCount() == 27 and _names(editor)[2] == ""
    assert _names(editor)[3] == before[2]
    assert stack.count() == 1

    _select(menu, 5)
    menu.insert_below_action.trigger()
    assert editor.model.rowCount() == 28 and _names(editor)[6] == ""
    assert stack.count() == 2

    _select(menu, 0, 3)  # four rows, among them the one inserted
    menu.delete_action.trigger()
    assert editor.model.rowCount() == 24
    assert stack.count() == 3

    _select(menu, 4)
    moved = _names(editor)[4]
    menu.down_action.trigger()
    assert _names(editor)[5] == moved
    menu.up_action.trigger()
    menu.up_action.trigger()
    assert _names(editor)[3] == moved
    assert stack.count() == 6

    QGuiApplication.clipboard().setText("Lê Văn Tám\tBảo vệ\tVăn phòng\n")
    _select(menu, 0)
    menu.paste_action.trigger()
    assert _names(editor)[1] == "Lê Văn Tám"
    assert stack.count() == 7

    for _ in range(7):
        stack.undo()
    assert _names(editor) == before


def test_the_menu_offers_only_what_applies(decision_editor: DecisionEditor) -> None:
    menu = decision_editor.recipients.row_menu
    last = decision_editor.model.rowCount() - 1
    _select(menu, 0)
    menu.refresh()
    assert not menu.up_action.isEnabled() and menu.down_action.isEnabled()
    _select(menu, last)
    menu.refresh()
    assert menu.up_action.isEnabled() and not menu.down_action.isEnabled()
    menu.view.clearSelection()
    menu.view.setCurrentIndex(menu.view.model().index(-1, -1))
    menu.refresh()
    assert not menu.delete_action.isEnabled() and not menu.copy_action.isEnabled()
    assert menu.insert_above_action.isEnabled()


def test_copy_gives_excel_rows_with_the_vietnamese_intact(
    decision_editor: DecisionEditor,
) -> None:
    editor = decision_editor
    menu = editor.recipients.row_menu
    _select(menu, 11, 12)
    menu.copy_action.trigger()
    rows = QApplication.clipboard().text().split("\r\n")
    assert rows[-1] == ""  # Excel ends every row with CR LF
    first = rows[0].split("\t")
    record = editor.model.record(11)
    assert record.name in first and record.unit in first
    assert any(c in rows[0] for c in "ăâđêôơưĂÂĐÊÔƠƯ")
    assert len(rows) == 3 and rows[1].split("\t")[2] == editor.model.record(12).name

    menu.copy_headers_action.trigger()
    header, row = QApplication.clipboard().text().split("\r\n")[:2]
    assert header.split("\t")[2] == editor.model.headerData(COL_NAME, Qt.Orientation.Horizontal)
    assert row.split("\t")[2] == record.name


def test_copy_quotes_a_cell_as_excel_does(
    decision_editor: DecisionEditor,
) -> None:
    editor = decision_editor
    editor.model.setData(editor.model.index(0, COL_NAME + 3), 'Đã "xuất sắc" hai năm')
    menu = editor.recipients.row_menu
    _select(menu, 0)
    text = menu.copy_rows()
    assert '\t"Đã ""xuất sắc"" hai năm"\r\n' in text
    assert excel_text([["a\tb", "c\nd", "e"]]) == '"a\tb"\t"c\nd"\te\r\n'


def test_ctrl_c_in_the_table_copies_the_selected_rows(
    qtbot: QtBot, decision_editor: DecisionEditor
) -> None:
    table = decision_editor.recipients.table
    decision_editor.window().activateWindow()
    qtbot.waitUntil(decision_editor.window().isActiveWindow, timeout=5000)
    table.setFocus()
    _select(decision_editor.recipients.row_menu, 3, 4)
    QApplication.clipboard().setText("")
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    rows = QApplication.clipboard().text().split("\r\n")
    assert [r.split("\t")[2] for r in rows[:2]] == _names(decision_editor)[3:5]


def test_each_attendee_menu_action_is_one_undo_step(meeting_editor: MeetingEditor) -> None:
    editor = meeting_editor
    menu = editor.attendance.row_menu
    model = editor.attendees
    stack = editor.undo_stack
    before = [a.name for a in model.records()]

    _select(menu, 1)
    menu.insert_above_action.trigger()
    assert [a.name for a in model.records()][1] == "" and stack.count() == 1
    _select(menu, 0, 1)
    menu.delete_action.trigger()
    assert [a.name for a in model.records()] == before[1:] and stack.count() == 2
    _select(menu, 0)
    menu.down_action.trigger()
    assert [a.name for a in model.records()][1] == before[1] and stack.count() == 3
    QGuiApplication.clipboard().setText("Đỗ Thị Hằng\tChuyên viên\tBan Tuyên giáo\n")
    menu.paste_action.trigger()
    assert "Đỗ Thị Hằng" in [a.name for a in model.records()] and stack.count() == 4

    for _ in range(4):
        stack.undo()
    assert [a.name for a in model.records()] == before


def test_a_final_meeting_offers_no_edit_in_its_menus(meeting_editor: MeetingEditor) -> None:
    editor = meeting_editor
    editor.set_final(True)
    for panel in (editor.attendance, editor.agenda_panel, editor.actions_panel):
        menu = panel.row_menu
        if panel.model.rowCount():
            _select(menu, 0)
        menu.refresh()
        assert not any(a.isEnabled() for a in menu.edit_actions), panel
    menu = editor.attendance.row_menu
    rows = editor.attendees.rowCount()
    menu.insert_above_action.trigger()
    menu.delete_action.trigger()
    assert editor.attendees.rowCount() == rows
    _select(menu, 0)
    assert menu.copy_action.isEnabled()  # copying changes nothing
    editor.set_final(False)
    _select(menu, 0)
    assert menu.delete_action.isEnabled() and menu.insert_above_action.isEnabled()


def test_the_agenda_has_no_paste_it_cannot_do(meeting_editor: MeetingEditor) -> None:
    texts = [a.text() for a in meeting_editor.agenda_panel.row_menu.menu.actions()]
    assert "Insert row above" in texts and "Paste" not in texts


def test_read_only_tables_copy_their_rows_and_nothing_else(
    qtbot: QtBot, demo_db: Database, demo_path: Path
) -> None:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import open_settings
    from desktop.ui.window_pages import PAGE_DECISIONS

    window = MainWindow(Library(demo_db, demo_path), open_settings(), remember=False)
    qtbot.addWidget(window)
    window.show()
    directory = window.directory_view
    directory.reload()
    qtbot.waitUntil(lambda: directory.model.rowCount() > 0, timeout=5000)
    menu = directory.row_menu
    texts = [a.text() for a in menu.menu.actions() if not a.isSeparator()]
    assert texts == ["Copy", "Copy with column names"]
    _select(menu, 0)
    menu.copy_action.trigger()
    name = directory.model.index(0, 1).data()
    assert name and name in QApplication.clipboard().text().split("\r\n")[0].split("\t")

    window.show_page(PAGE_DECISIONS)
    listed = window.decisions_page.list
    qtbot.waitUntil(lambda: listed.count() > 0, timeout=5000)
    listed.setCurrentRow(0)
    window.decisions_page.row_menu.copy_action.trigger()
    # "15-QĐ/BTGTU" above "Giấy khen — 05/01/2024" in the list: two cells in Excel
    assert QApplication.clipboard().text() == listed.item(0).text().replace("\n", "\t") + "\r\n"
    window.change_watch.timer.stop()


def test_the_menu_keys_work_in_the_attendee_table(
    qtbot: QtBot, meeting_editor: MeetingEditor
) -> None:
    editor = meeting_editor
    editor.tabs.setCurrentWidget(editor.attendance)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    table = editor.attendee_table
    rows = editor.attendees.rowCount()
    table.setFocus()
    _select(editor.attendance.row_menu, 1)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert editor.attendees.rowCount() == rows + 1
    assert editor.attendees.record(1).name == ""
    table.closePersistentEditor(table.currentIndex())
    table.setFocus()
    _select(editor.attendance.row_menu, 1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert editor.attendees.rowCount() == rows
    assert editor.undo_stack.count() == 2
