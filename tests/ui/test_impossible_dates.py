"""An impossible date (31/02/2024) typed into any date field of the editors (issue 14): the
text stays as typed, the field is marked, the reason is said at the field in Vietnamese, and
nothing of it is saved (never 28/02, never blank)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import decisions, meetings
from desktop.ui.editors.decision import DecisionEditor
from desktop.ui.editors.meeting import INVALID_STYLE, MeetingEditor
from desktop.ui.models.meeting import COL_ACTION_DUE

FEBRUARY = "Ngày 31/02/2024 không có thật: tháng 2 năm 2024 có 29 ngày."


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)  # typed key by key, as a clerk does
    else:  # QTest has no keys for Vietnamese letters
        edit.insert(text)


def test_the_decision_date(
    qtbot: QtBot, decision_editor: DecisionEditor, demo_db: Database
) -> None:
    editor = decision_editor
    _type(qtbot, editor.date_edit, "31/02/2024")
    assert editor.date_edit.text() == "31/02/2024"  # as typed: not 28/02, not 29/02
    label = editor.date_edit.message_label  # type: ignore[attr-defined]
    assert label.isVisibleTo(editor) and label.text() == FEBRUARY
    assert editor.date_edit.styleSheet() == INVALID_STYLE
    assert FEBRUARY in editor.warning_label.text()
    _type(qtbot, editor.reason_edit, "Đã có thành tích xuất sắc")  # other fields still save
    editor.save_now()
    stored = decisions.get_decision(demo_db, editor.state.record.id)  # type: ignore[union-attr]
    assert stored.date == dt.date(2024, 1, 3)
    assert stored.reason == "Đã có thành tích xuất sắc"
    assert editor.date_edit.text() == "31/02/2024"  # the save did not rewrite it

    _type(qtbot, editor.date_edit, "00/13/2024")
    assert label.text() == "Ngày 00/13/2024 không có thật: tháng 13 không có, một năm có 12 tháng."
    _type(qtbot, editor.date_edit, "29/02/2024")  # fixed: the mark goes, the date is saved
    assert not label.isVisibleTo(editor) and editor.date_edit.styleSheet() == ""
    assert FEBRUARY not in editor.warning_label.text()
    editor.save_now()
    stored = decisions.get_decision(demo_db, stored.id)
    assert stored.date == dt.date(2024, 2, 29)


@pytest.mark.parametrize("field", ["starts_edit", "ends_edit"])
def test_the_meeting_start_and_end(
    qtbot: QtBot, meeting_editor: MeetingEditor, demo_db: Database, field: str
) -> None:
    editor = meeting_editor
    edit = getattr(editor, field)
    before = meetings.get_meeting(demo_db, editor.record.id)  # type: ignore[union-attr]
    _type(qtbot, edit, "31/02/2024 14:00")
    assert edit.text() == "31/02/2024 14:00"
    assert edit.styleSheet() == INVALID_STYLE
    assert edit.message_label.isVisibleTo(editor) and edit.message_label.text() == FEBRUARY
    editor.save_now()
    stored = meetings.get_meeting(demo_db, before.id)
    assert (stored.starts_at, stored.ends_at) == (before.starts_at, before.ends_at)
    assert edit.text() == "31/02/2024 14:00"


def test_a_due_date_cell(qtbot: QtBot, meeting_editor: MeetingEditor, demo_db: Database) -> None:
    editor = meeting_editor
    view, model = editor.actions_panel.view, editor.actions_model
    editor.tabs.setCurrentWidget(editor.actions_panel)
    editor.activateWindow()  # focus moves (leaving the cell) need an active window
    qtbot.waitUntil(editor.isActiveWindow)
    before = meetings.get_meeting(demo_db, editor.record.id)  # type: ignore[union-attr]
    index = model.index(0, COL_ACTION_DUE)
    view.setCurrentIndex(index)
    view.edit(index)
    cell = view.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, "31/02/2024")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    # Enter does not take it: the cell stays open, as typed, marked, the reason beside it.
    assert view.state() == QAbstractItemView.State.EditingState
    assert cell.text() == "31/02/2024"
    assert cell.styleSheet() == INVALID_STYLE and cell.toolTip() == FEBRUARY

    refused: list[str] = []
    model.edit_refused.connect(refused.append)
    view.setFocus()  # leaving the cell: refused, the row and column named
    qtbot.waitUntil(lambda: bool(refused), timeout=3000)
    assert refused[0].startswith("Row 1, Due: " + FEBRUARY)  # "Dòng 1, Hạn: …" in Vietnamese
    assert index.data() == "30/09/2024"
    editor.save_now()
    stored = meetings.get_meeting(demo_db, before.id)
    assert stored.actions[0].due == dt.date(2024, 9, 30)


def test_the_decision_date_can_be_clicked_on_a_calendar(
    decision_editor: DecisionEditor, demo_db: Database
) -> None:
    from PySide6.QtCore import QDate

    editor = decision_editor
    calendar = editor.date_edit.show_calendar()  # type: ignore[attr-defined]
    assert calendar.selectedDate() == QDate(2024, 1, 3)  # the month of the date shown
    calendar.clicked.emit(QDate(2024, 1, 5))
    assert editor.date_edit.text() == "05/01/2024"
    editor.save_now()
    stored = decisions.get_decision(demo_db, editor.state.record.id)  # type: ignore[union-attr]
    assert stored.date == dt.date(2024, 1, 5)
