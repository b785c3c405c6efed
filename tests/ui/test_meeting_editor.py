"""The meeting editor: details, attendees pasted from Excel, agenda notes, final and reopen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import meetings
from desktop.services.session import Library
from desktop.ui.editors.meeting import INVALID_STYLE, MeetingEditor


@pytest.fixture
def editor(meeting_editor: MeetingEditor) -> MeetingEditor:
    return meeting_editor


def _stored(db: Database, editor: MeetingEditor) -> meetings.Meeting:
    assert editor.record is not None
    return meetings.get_meeting(db, editor.record.id)


def _type(edit: object, text: str) -> None:
    edit.setText(text)  # type: ignore[attr-defined]
    edit.textEdited.emit(text)  # type: ignore[attr-defined]


def test_shows_the_meeting(editor: MeetingEditor) -> None:
    assert editor.title_edit.text().startswith("Hội nghị tổng kết")
    assert editor.starts_edit.text() == "03/01/2024 14:00"
    assert editor.attendees.rowCount() == 6
    assert editor.agenda.rowCount() > 0


def test_details_are_saved(editor: MeetingEditor, demo_db: Database) -> None:
    _type(editor.location_edit, "Hội trường  B")
    _type(editor.starts_edit, "04/01/2024 8:30")
    _type(editor.chairs_edit, "Lê Văn A (Bí thư); Trần B")
    _type(editor.number_edit, " 03-BB/BTGTU ")
    _type(editor.ends_edit, "32/01/2024")  # not a date: marked, not saved
    assert editor.ends_edit.styleSheet() == INVALID_STYLE
    editor.save_now()
    stored = _stored(demo_db, editor)
    assert stored.location == "Hội trường B"
    assert stored.starts_at == dt.datetime(2024, 1, 4, 8, 30)
    assert [c.name for c in stored.chairs] == ["Lê Văn A", "Trần B"]
    assert stored.ends_at == dt.datetime(2024, 1, 4, 11, 30)  # moved with the start, 3 hours
    assert stored.number == "03-BB/BTGTU"


def test_paste_attendees_and_undo(editor: MeetingEditor, demo_db: Database) -> None:
    assert editor.paste_attendees("1\tLê Thị Hoa\tKế toán\tVăn phòng\n2\tTrần Ba\n") == 2
    editor.save_now()
    assert [a.name for a in _stored(demo_db, editor).attendees][-2:] == ["Lê Thị Hoa", "Trần Ba"]
    editor.undo_stack.undo()
    editor.save_now()
    assert len(_stored(demo_db, editor).attendees) == 6


def test_agenda_notes_follow_the_selected_item(editor: MeetingEditor, demo_db: Database) -> None:
    editor.tabs.setCurrentIndex(2)
    editor.agenda_table.setCurrentIndex(editor.agenda.index(1, 0))
    editor.notes_edit.setPlainText("Đồng chí A trình bày báo cáo.")
    editor.conclusion_edit.setPlainText("Thống nhất thông qua.")
    editor.save_now()
    item = _stored(demo_db, editor).agenda[1]
    assert (item.notes, item.conclusion) == (
        "Đồng chí A trình bày báo cáo.",
        "Thống nhất thông qua.",
    )
    editor.agenda_table.setCurrentIndex(editor.agenda.index(0, 0))
    assert editor.notes_edit.toPlainText() == _stored(demo_db, editor).agenda[0].notes


def test_final_is_read_only_until_reopened(editor: MeetingEditor, demo_db: Database) -> None:
    editor.set_final(True)
    assert _stored(demo_db, editor).status == "final"
    assert editor.title_edit.isReadOnly()
    assert editor.paste_attendees("Lê Thị Hoa\n") == 0
    assert not editor.attendees.setData(editor.attendees.index(0, 0), "X")
    # The row buttons are off too: nothing looks clickable that does nothing.
    for panel in (editor.attendance, editor.agenda_panel, editor.actions_panel):
        assert not panel.tools.isEnabled()
    editor.final_button.click()
    assert _stored(demo_db, editor).status == "draft"
    assert not editor.title_edit.isReadOnly()
    assert all(p.tools.isEnabled() for p in (editor.attendance, editor.actions_panel))


def test_minutes_preview_and_export(qtbot: QtBot, editor: MeetingEditor, tmp_path: Path) -> None:
    editor.refresh_preview()
    with qtbot.waitSignal(editor.preview.refreshed, timeout=5000) as blocker:
        pass
    assert blocker.args[0] >= 1
    target = tmp_path / "biên bản.docx"
    with qtbot.waitSignal(editor.exported, timeout=20000):
        editor.export_minutes(target)
    assert target.stat().st_size > 0


def test_an_end_before_the_start_is_marked_not_saved(
    editor: MeetingEditor, demo_db: Database
) -> None:
    _type(editor.ends_edit, "03/01/2024 13:00")  # the meeting starts at 14:00
    assert editor.ends_edit.styleSheet() == INVALID_STYLE
    editor.save_now()
    assert _stored(demo_db, editor).ends_at == dt.datetime(2024, 1, 3, 17, 0)
    _type(editor.ends_edit, "03/01/2024 16:30")
    assert editor.ends_edit.styleSheet() == ""
    editor.save_now()
    assert _stored(demo_db, editor).ends_at == dt.datetime(2024, 1, 3, 16, 30)


def test_moving_the_start_past_the_end_moves_the_end(
    editor: MeetingEditor, demo_db: Database
) -> None:
    _type(editor.starts_edit, "10/01/2024 08:00")  # was 03/01 14:00–17:00
    assert editor.ends_edit.text() == "10/01/2024 11:00"
    editor.save_now()
    stored = _stored(demo_db, editor)
    assert (stored.starts_at, stored.ends_at) == (
        dt.datetime(2024, 1, 10, 8, 0),
        dt.datetime(2024, 1, 10, 11, 0),
    )


def test_the_organiser_can_be_changed(editor: MeetingEditor, demo_db: Database) -> None:
    from desktop.services import decisions

    other = decisions.add_organisation(demo_db, "Sở Nội vụ")
    editor.load(editor.record.id)  # type: ignore[union-attr]
    index = editor.organiser_box.findData(other.id)
    assert index >= 0
    editor.organiser_box.setCurrentIndex(index)
    editor.organiser_box.activated.emit(index)
    editor.save_now()
    assert _stored(demo_db, editor).organiser.name == "Sở Nội vụ"


def test_an_attendee_name_of_only_invisible_characters_is_refused_and_named(
    editor: MeetingEditor, demo_db: Database
) -> None:
    from PySide6.QtWidgets import QMessageBox

    index = editor.attendees.index(1, 0)
    before = index.data()
    assert before
    assert not editor.attendees.setData(index, "\u200b\u2060")
    [box] = [b for b in editor.findChildren(QMessageBox) if b.isVisible()]
    assert box.text().startswith("Row 2, ")  # "Dòng 2, …" in Vietnamese
    assert "U+200B U+2060" in box.text()
    box.close()
    assert index.data() == before
    editor.save_now()
    assert _stored(demo_db, editor).attendees[1].name == before


def test_ctrl_z_undoes_typing_as_one_step_and_the_box_follows(
    editor: MeetingEditor, demo_db: Database
) -> None:
    before = editor.title_edit.text()
    for text in ("H", "Họ", "Họp giao ban"):
        _type(editor.title_edit, text)
    assert editor.undo_stack.count() == 1  # typing in one box: one step in the Edit menu
    editor.undo_stack.undo()
    assert editor.title_edit.text() == before
    editor.save_now()
    assert _stored(demo_db, editor).title == before
    editor.undo_stack.redo()
    assert editor.title_edit.text() == "Họp giao ban"


def test_undo_of_a_moved_start_puts_both_times_back(editor: MeetingEditor) -> None:
    _type(editor.starts_edit, "10/01/2024 08:00")
    editor.undo_stack.undo()
    assert (editor.starts_edit.text(), editor.ends_edit.text()) == (
        "03/01/2024 14:00",
        "03/01/2024 17:00",
    )


def test_table_edits_update_rows_without_resetting_the_model(
    editor: MeetingEditor, demo_db: Database
) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.models.meeting import COL_ATTENDEE_PRESENT, COL_ATTENDEE_REASON

    resets: list[bool] = []
    changed: list[int] = []
    editor.attendees.modelReset.connect(lambda: resets.append(True))
    editor.attendees.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    assert editor.attendees.setData(editor.attendees.index(2, COL_ATTENDEE_REASON), "Đi công tác")
    assert editor.paste_attendees("Lê Thị Hoa\n") == 1
    editor.undo_stack.undo()  # the paste
    assert not resets and 2 in changed
    present = editor.attendees.index(2, COL_ATTENDEE_PRESENT)
    assert editor.attendees.data(present, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    editor.save_now()
    stored = _stored(demo_db, editor).attendees[2]
    assert (stored.present, stored.reason) == (False, "Đi công tác")
    assert len(_stored(demo_db, editor).attendees) == 6


def test_sort_by_role_lists_the_chairs_first_and_undoes(
    editor: MeetingEditor, demo_db: Database
) -> None:
    from desktop.ui.models.meeting import COL_ATTENDEE_ROLE

    editor.paste_attendees("Nguyễn Văn Chủ\n")
    last = editor.attendees.rowCount() - 1
    assert editor.attendees.setData(editor.attendees.index(last, COL_ATTENDEE_ROLE), "chair")
    assert editor.attendance.sort()
    assert editor.attendees.record(0).name == "Nguyễn Văn Chủ"
    editor.undo_stack.undo()
    assert editor.attendees.record(last).name == "Nguyễn Văn Chủ"
    editor.save_now()
    assert _stored(demo_db, editor).attendees[last].name == "Nguyễn Văn Chủ"


def test_typing_saved_after_a_change_elsewhere_is_merged_and_shown(
    qtbot: QtBot, editor: MeetingEditor, demo_path: Path, demo_db: Database
) -> None:
    from desktop.services import library

    cli = library.open_library(demo_path)  # a second connection, as the CLI opens it
    try:
        assert editor.record is not None
        theirs = meetings.get_meeting(cli, editor.record.id)
        theirs.attendees.append(meetings.Attendee("Hoàng Thị Dung"))
        meetings.save_meeting(cli, theirs, meetings.get_meeting(cli, editor.record.id))
    finally:
        cli.close()
    editor.location_edit.end(False)
    qtbot.keyClicks(editor.location_edit, " B")
    qtbot.waitUntil(lambda: not editor.has_unsaved_edits)

    stored = _stored(demo_db, editor)
    assert stored.location.endswith(" B")
    assert stored.attendees[-1].name == "Hoàng Thị Dung"
    # The editor shows both; its history restarted (undo would drop what was merged in).
    assert editor.attendees.record(editor.attendees.rowCount() - 1).name == "Hoàng Thị Dung"
    assert editor.location_edit.text().endswith(" B")
    assert editor.undo_stack.count() == 0 and not editor.state.history.can_undo


def test_a_conflict_on_a_field_asks_and_keeps_mine(
    editor: MeetingEditor, demo_path: Path, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import library

    assert editor.record is not None
    meeting_id = editor.record.id
    cli = library.open_library(demo_path)
    try:
        theirs = meetings.get_meeting(cli, meeting_id)
        theirs.location = "Phòng họp số 2"
        meetings.save_meeting(cli, theirs, meetings.get_meeting(cli, meeting_id))
    finally:
        cli.close()
    asked: list[str] = []

    def ask(message: str, *, can_wait: bool) -> str:
        asked.append(message)
        return "mine"

    monkeypatch.setattr(editor, "ask_conflict", ask)
    _type(editor.location_edit, "Hội trường lớn")
    editor.save_now()
    assert len(asked) == 1 and "địa điểm" in asked[0].casefold()
    assert _stored(demo_db, editor).location == "Hội trường lớn"
    assert editor.location_edit.text() == "Hội trường lớn"


def test_a_tab_built_when_first_shown_shows_the_meeting_and_its_lock(
    qtbot: QtBot, demo_db: Database, demo_path: Path
) -> None:
    """The attendees, agenda and action items are built when their tab is first shown (not
    at start): clicked then, each shows the meeting opened before, locked if it is final."""
    widget = MeetingEditor(Library(demo_db, demo_path))
    qtbot.addWidget(widget)
    widget.show()
    meeting = meetings.meetings(demo_db)[0]
    widget.load(meeting.id)
    assert widget.tabs.count() == 4
    assert widget.tabs.currentWidget() is widget.header  # the Details tab, on the first screen
    widget.set_final(True)
    widget.tabs.setCurrentIndex(1)  # "Attendees", as a click on the tab does
    panel = widget.tabs.currentWidget()
    assert panel is widget.attendance  # the tab is the panel itself once built
    assert widget.tabs.tabText(1) == widget.tr("Attendees")
    names = [widget.attendees.record(r).name for r in range(widget.attendees.rowCount())]
    assert names == [a.name for a in meetings.get_meeting(demo_db, meeting.id).attendees]
    assert not widget.attendance.tools.isEnabled()  # final: read-only, as the other tabs
    widget.tabs.setCurrentIndex(2)
    assert widget.tabs.currentWidget() is widget.agenda_panel
    assert widget.notes_edit.isReadOnly()
    widget.set_final(False)
    assert widget.attendance.tools.isEnabled() and not widget.notes_edit.isReadOnly()
    widget.tabs.setCurrentIndex(3)
    assert widget.tabs.currentWidget() is widget.actions_panel
    assert widget.actions_panel.tools.isEnabled()
    widget.close()
