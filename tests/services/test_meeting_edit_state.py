"""The meeting edit state without widgets: every edit, its undo, and what listeners are told."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.meetings import MeetingTimeError
from desktop.domain.records import (
    ActionItem,
    AgendaItem,
    Attendee,
    Meeting,
    Organisation,
    Participant,
)
from desktop.services.editing.meeting import Change, MeetingEditState


class Recorder:
    """A listener that checks each change is announced before it is made."""

    def __init__(self, state: MeetingEditState) -> None:
        self.state = state
        self.changes: list[Change] = []
        self._pending: list[Change] = []
        state.subscribe(self)

    def about_to_change(self, change: Change) -> None:
        self._pending.append(change)

    def changed(self, change: Change) -> None:
        self._pending.remove(change)  # announced first
        self.changes.append(change)


def _meeting() -> Meeting:
    return Meeting(
        title="Hội nghị tổng kết năm 2023",
        organiser=Organisation(name="Ban Tuyên giáo Tỉnh ủy", id="o1"),
        starts_at=dt.datetime(2024, 1, 3, 14, 0),
        ends_at=dt.datetime(2024, 1, 3, 17, 0),
        attendees=[
            Attendee("Nguyễn Văn An", "Trưởng ban", role="chair", id="a1"),
            Attendee("Trần Thị Bình", "Phó Trưởng ban", id="a2"),
            Attendee("Lê Văn Cường", "Chuyên viên", present=False, reason="Ốm", id="a3"),
        ],
        agenda=[AgendaItem("Báo cáo tổng kết", id="g1"), AgendaItem("Thảo luận", id="g2")],
        actions=[ActionItem("Gửi báo cáo", id="t1")],
        id="m1",
    )


@pytest.fixture
def state() -> MeetingEditState:
    return MeetingEditState(_meeting())


def _names(state: MeetingEditState) -> list[str]:
    return [a.name for a in state.rows("attendees")]


def test_typing_in_a_field_is_one_step_and_undo_puts_it_back(state: MeetingEditState) -> None:
    seen = Recorder(state)
    for text in ("H", "Hộ", "Hội nghị sơ kết"):
        state.set_field("title", text, "Sửa tên")
    assert state.meeting is not None and state.meeting.title == "Hội nghị sơ kết"
    assert seen.changes == [Change("meeting", "fields", fields=("title",))] * 3
    assert state.undo() == "Sửa tên"
    assert state.meeting.title == "Hội nghị tổng kết năm 2023"
    assert not state.history.can_undo
    assert state.redo() == "Sửa tên" and state.meeting.title == "Hội nghị sơ kết"


def test_moving_the_start_moves_the_end_in_one_step(state: MeetingEditState) -> None:
    seen = Recorder(state)
    assert state.set_start(dt.datetime(2024, 1, 10, 8, 0))
    assert state.meeting is not None
    assert (state.meeting.starts_at, state.meeting.ends_at) == (
        dt.datetime(2024, 1, 10, 8, 0),
        dt.datetime(2024, 1, 10, 11, 0),
    )
    assert seen.changes[-1].fields == ("starts_at", "ends_at")  # the form shows both
    state.undo()
    assert (state.meeting.starts_at, state.meeting.ends_at) == (
        dt.datetime(2024, 1, 3, 14, 0),
        dt.datetime(2024, 1, 3, 17, 0),
    )


def test_an_end_before_the_start_is_refused_and_nothing_changes(state: MeetingEditState) -> None:
    with pytest.raises(MeetingTimeError, match="trước khi bắt đầu"):
        state.set_end(dt.datetime(2024, 1, 3, 13, 0))
    assert state.meeting is not None and state.meeting.ends_at == dt.datetime(2024, 1, 3, 17, 0)
    assert not state.history.can_undo
    assert state.set_end(dt.datetime(2024, 1, 3, 16, 30))
    assert state.meeting.ends_at == dt.datetime(2024, 1, 3, 16, 30)


def test_header_fields_chairs_secretary_organiser(state: MeetingEditState) -> None:
    state.set_field("chairs", [Participant("Lê Văn A", "Bí thư")])
    state.set_field("secretary", Participant("Trần B", "Chuyên viên"))
    state.set_field("organiser", Organisation(name="Sở Nội vụ", id="o2"))
    assert state.meeting is not None and state.meeting.organiser.name == "Sở Nội vụ"
    for _ in range(3):
        state.undo()
    assert state.meeting.chairs == [] and state.meeting.secretary is None
    assert state.meeting.organiser.id == "o1"
    with pytest.raises(ValueError, match="starts_at"):
        state.set_field("starts_at", None)  # the start has its rule: set_start


def test_paste_adds_at_the_end_announced_as_one_insert(state: MeetingEditState) -> None:
    seen = Recorder(state)
    assert (
        state.paste_attendees("STT\tHọ và tên\n1\tLê Thị Hoa\tKế toán\tVăn phòng\n2\tTrần Ba\n")
        == 2
    )
    assert _names(state)[-2:] == ["Lê Thị Hoa", "Trần Ba"]
    assert state.rows("attendees")[3].organisation == "Văn phòng"
    assert seen.changes == [Change("attendees", "insert", 3, 4)]
    state.undo()
    assert len(state.rows("attendees")) == 3
    assert seen.changes[-1] == Change("attendees", "remove", 3, 4)


def test_remove_scattered_rows_and_undo_puts_each_back_in_place(state: MeetingEditState) -> None:
    seen = Recorder(state)
    before = copy.deepcopy(state.rows("attendees"))
    assert state.remove("attendees", [2, 0, 2, 9], "Xóa")
    assert _names(state) == ["Trần Thị Bình"]
    assert [c.first for c in seen.changes] == [2, 0]  # one row at a time, last first
    state.undo()
    assert state.rows("attendees") == before


def test_move_and_undo(state: MeetingEditState) -> None:
    assert state.move("attendees", 0, 3, "Chuyển")
    assert _names(state) == ["Trần Thị Bình", "Lê Văn Cường", "Nguyễn Văn An"]
    state.undo()
    assert _names(state) == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
    assert not state.move("attendees", 1, 2, "Chuyển")  # the same place: no step
    assert not state.history.can_undo


@settings(max_examples=60)
@given(moves=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 5)), max_size=8))
def test_any_moves_undo_back_to_the_start(moves: list[tuple[int, int]]) -> None:
    state = MeetingEditState(_meeting())
    state.insert("attendees", 3, [Attendee("D", id="a4"), Attendee("E", id="a5")], "Thêm")
    start = [a.id for a in state.rows("attendees")]
    steps = sum(state.move("attendees", s, d, "Chuyển") for s, d in moves)
    while state.undo() is not None:
        steps -= 1
    assert steps == -1  # every move, then the insert
    assert [a.id for a in state.rows("attendees")] == start[:3]


def test_sort_by_role_then_name_and_undo(state: MeetingEditState) -> None:
    seen = Recorder(state)
    state.insert("attendees", 0, [Attendee("Báo Nhân Dân", role="press")], "Thêm")
    assert state.sort_attendees()
    assert _names(state) == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Báo Nhân Dân"]
    assert seen.changes[-1].kind == "reorder" and seen.changes[-1].order == (1, 2, 3, 0)
    state.undo()
    assert _names(state)[0] == "Báo Nhân Dân"
    state.undo()
    state.sort_attendees()
    assert not state.sort_attendees()  # already sorted: no step


def test_presence_and_reason_follow_the_rule_and_undo_both(state: MeetingEditState) -> None:
    seen = Recorder(state)
    assert state.set_absence_reason(1, "Đi công tác")
    bình = state.rows("attendees")[1]
    assert (bình.present, bình.reason) == (False, "Đi công tác")
    assert seen.changes[-1] == Change("attendees", "rows", 1, 1, fields=("present", "reason"))
    assert state.set_present(2, True)
    assert (state.rows("attendees")[2].present, state.rows("attendees")[2].reason) == (True, "")
    state.undo()
    assert (state.rows("attendees")[2].present, state.rows("attendees")[2].reason) == (False, "Ốm")
    state.undo()
    assert (state.rows("attendees")[1].present, state.rows("attendees")[1].reason) == (True, "")


def test_cells_of_each_list(state: MeetingEditState) -> None:
    assert state.set_cell("attendees", 1, "role", "secretary", "Vai trò")
    with pytest.raises(ValueError, match="Dòng 2: vai trò «boss»"):
        state.set_cell("attendees", 1, "role", "boss", "Vai trò")
    assert state.set_cell("actions", 0, "due", dt.date(2024, 2, 5), "Hạn")
    assert not state.set_cell("actions", 0, "due", dt.date(2024, 2, 5), "Hạn")  # unchanged
    for text in ("Đ", "Đồng chí A trình bày"):
        state.set_agenda_text(1, "notes", text, "Ghi chép")
    assert state.rows("agenda")[1].notes == "Đồng chí A trình bày"
    assert state.undo() == "Ghi chép" and state.rows("agenda")[1].notes == ""
    assert state.undo() == "Hạn" and state.rows("actions")[0].due is None


def test_an_edit_never_copies_the_meeting(state: MeetingEditState) -> None:
    """Rows not edited stay the same objects; the record object is kept (no whole copy)."""
    meeting = state.meeting
    untouched = state.rows("attendees")[0]
    state.set_absence_reason(1, "Ốm")
    state.set_field("title", "Khác")
    state.undo()
    state.undo()
    assert state.meeting is meeting
    assert state.rows("attendees")[0] is untouched


def test_final_or_read_only_refuses_every_edit(state: MeetingEditState) -> None:
    state.set_field("title", "Trước khi kết thúc")
    state.set_status("final")
    assert state.locked and not state.history.can_undo  # edits before finalising stay done
    assert not state.set_field("title", "X")
    assert state.paste_attendees("Lê Thị Hoa\n") == 0
    assert not state.remove("attendees", [0], "Xóa")
    assert not state.set_present(2, True)
    assert state.meeting is not None and state.meeting.title == "Trước khi kết thúc"
    state.set_status("draft")
    state.read_only = True
    assert not state.set_field("title", "X")
    assert not MeetingEditState().set_field("title", "X")  # nothing open


def test_pushed_tells_new_steps_and_merged_typing() -> None:
    state = MeetingEditState(_meeting())
    steps: list[tuple[str, bool]] = []
    state.pushed.append(lambda label, new: steps.append((label, new)))
    state.set_field("location", "H", "Địa điểm")
    state.set_field("location", "Hội trường", "Địa điểm")
    state.history.mark_clean()  # saved: the next typing is a new step
    state.set_field("location", "Hội trường B", "Địa điểm")
    assert steps == [("Địa điểm", True), ("Địa điểm", False), ("Địa điểm", True)]


def test_loading_another_meeting_resets_every_part_and_the_history() -> None:
    state = MeetingEditState(_meeting())
    state.set_field("title", "X")
    seen = Recorder(state)
    other = _meeting()
    state.load(other)
    assert state.meeting is other and not state.history.can_undo
    assert [c.part for c in seen.changes] == ["meeting", "attendees", "agenda", "actions"]
    assert {c.kind for c in seen.changes} == {"reset"}


def test_a_snapshot_keeps_what_it_saw_whatever_is_edited_after(state: MeetingEditState) -> None:
    seen = state.snapshot()
    assert seen is not None and seen == state.meeting
    state.set_absence_reason(0, "Ốm")
    state.set_cell("agenda", 0, "title", "Báo cáo khác", "Sửa")
    state.insert("actions", 0, [ActionItem("Mới")], "Thêm")
    state.set_start(dt.datetime(2024, 2, 1, 8, 0))
    state.sort_attendees()
    assert seen == _meeting()  # the meeting as it was when the snapshot was taken
    assert seen != state.meeting
