"""The table models, through qtmodeltester and as the editors use them (no widgets)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from desktop.domain.records import ActionItem, AgendaItem, Attendee, Award
from desktop.services.recycle_bin import BinItem
from desktop.ui.models.awards import (
    COL_KIND,
    COL_NAME,
    COL_TITLE,
    AwardRole,
    AwardTableModel,
    RecipientIdRole,
)
from desktop.ui.models.meeting import (
    COL_ACTION_DUE,
    COL_ATTENDEE_PRESENT,
    COL_ATTENDEE_REASON,
    COL_ATTENDEE_ROLE,
    ActionTableModel,
    AgendaTableModel,
    AttendeeTableModel,
)
from desktop.ui.pages.recycle_bin import RecycleBinModel

AWARDS = [
    Award(kind="collective", name="Phòng Tổng hợp", id="a1"),
    Award(kind="person", name="Nguyễn Văn An", title="Chuyên viên", unit="Phòng A", id="a2"),
    Award(kind="person", name="Lê Thị Bình", title="Kế toán", unit="Văn phòng", id="a3"),
]


def _awards() -> AwardTableModel:
    model = AwardTableModel()
    model.set_records(AWARDS)
    return model


@pytest.mark.parametrize(
    ("model", "records"),
    [
        (AwardTableModel, AWARDS),
        (AttendeeTableModel, [Attendee("Lê A"), Attendee("Trần B", present=False, reason="ốm")]),
        (AgendaTableModel, [AgendaItem("Báo cáo tổng kết", presenter="Lê A")]),
        (ActionTableModel, [ActionItem("Gửi báo cáo", due=dt.date(2024, 2, 1), done=True)]),
        (RecycleBinModel, [BinItem("meeting", "m1", "Hội nghị", "2024-01-03", "2024-05-01T10:00")]),
    ],
)
def test_models_pass_qtmodeltester(qtmodeltester: ModelTester, model: type, records: list) -> None:
    instance = model()
    instance.set_records(records)
    qtmodeltester.check(instance, force_py=True)


def test_award_model_shows_and_edits(qtmodeltester: ModelTester) -> None:
    model = _awards()
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, COL_KIND)) == "Collective"
    assert model.data(model.index(1, COL_NAME)) == "Nguyễn Văn An"
    assert model.data(model.index(1, 0), AwardRole).id == "a2"
    edits: list[str] = []
    model.records_edited.connect(edits.append)
    typed = unicodedata.normalize("NFD", "  Nguyễn  Văn Ân ")
    assert model.setData(model.index(1, COL_NAME), typed)
    assert model.record(1).name == "Nguyễn Văn Ân"  # normalised: NFC, single spaces
    assert model.data(model.index(1, 0), RecipientIdRole) == ""
    assert not model.setData(model.index(1, COL_NAME), "Nguyễn Văn Ân")  # unchanged: no edit
    assert edits == ["Name"]
    model.set_recipient(2, "collective", "Chi bộ 1", "x", "y", "c9")
    assert (model.record(2).kind, model.record(2).title, model.record(2).recipient_id) == (
        "collective",
        "",
        "c9",
    )


def test_award_model_moves_rows_by_drag(qtmodeltester: ModelTester) -> None:
    model = _awards()
    qtmodeltester.check(model, force_py=True)
    data = model.mimeData([model.index(0, COL_NAME)])
    # The drop moves the row itself and answers False so the view does not delete the source.
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [model.record(r).id for r in range(3)] == ["a2", "a3", "a1"]
    data = model.mimeData([model.index(2, COL_NAME)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert [model.record(r).id for r in range(3)] == ["a1", "a2", "a3"]


def test_award_model_insert_remove_reorder() -> None:
    model = _awards()
    model.insert_records(1, [Award(kind="person", name="Mới", id="a4")], "add")
    assert model.rowCount() == 4 and model.record(1).id == "a4"
    model.remove_rows([1, 3], "remove")
    assert [model.record(r).id for r in range(model.rowCount())] == ["a1", "a2"]
    model.reorder([model.record(1), model.record(0)], "sort")
    assert [a.id for a in model.records()] == ["a2", "a1"]


def test_read_only_model_refuses_edits() -> None:
    model = AttendeeTableModel()
    model.set_records([Attendee("Lê A")])
    model.set_read_only(True)
    assert not model.setData(model.index(0, 0), "Lê B")
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    model.insert_records(0, [Attendee("X")], "add")
    assert model.rowCount() == 1


def test_attendee_presence_and_reason() -> None:
    model = AttendeeTableModel()
    model.set_records([Attendee("Lê A")])
    present = model.index(0, COL_ATTENDEE_PRESENT)
    assert model.data(present, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(model.index(0, COL_ATTENDEE_REASON), "Đi công tác")
    assert model.record(0).present is False
    assert model.setData(present, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.record(0).reason == ""
    assert model.setData(model.index(0, COL_ATTENDEE_ROLE), "Secretary")
    assert model.record(0).role == "secretary"


def test_action_due_date_is_parsed() -> None:
    model = ActionTableModel()
    model.set_records([ActionItem("Gửi báo cáo")])
    due = model.index(0, COL_ACTION_DUE)
    assert model.setData(due, "05/02/2024")
    assert model.record(0).due == dt.date(2024, 2, 5)
    assert model.data(due) == "05/02/2024"
    assert not model.setData(due, "31/02/2024")  # not a day: refused, old value kept
    assert model.record(0).due == dt.date(2024, 2, 5)


def test_agenda_text_edit() -> None:
    model = AgendaTableModel()
    model.set_records([AgendaItem("Báo cáo")])
    edits: list[str] = []
    model.records_edited.connect(edits.append)
    model.set_text(0, "notes", "Đồng chí A trình bày")
    assert model.record(0).notes == "Đồng chí A trình bày" and edits == ["notes"]


def test_title_column_is_editable() -> None:
    model = _awards()
    assert model.flags(model.index(1, COL_TITLE)) & Qt.ItemFlag.ItemIsEditable


def test_meeting_models_follow_the_edit_state_row_by_row(qtmodeltester: ModelTester) -> None:
    """Edits and undos made on the state reach the model as row changes, never a reset, and
    qtmodeltester checks every signal on the way."""
    from desktop.domain.records import Meeting, Organisation
    from desktop.services.editing.meeting import MeetingEditState

    state = MeetingEditState(
        Meeting(
            "Hội nghị",
            Organisation("Sở Nội vụ"),
            attendees=[Attendee("Trần B"), Attendee("Lê A", role="chair"), Attendee("Võ C")],
        )
    )
    model = AttendeeTableModel(state=state)
    other = AgendaTableModel(state=state)
    qtmodeltester.check(model, force_py=True)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    other.rowsInserted.connect(lambda *_: resets.append(True))  # another list: not told
    state.paste_attendees("Đỗ D\nPhan E\n")
    state.remove("attendees", [0, 3], "Xóa")
    state.move("attendees", 0, 3, "Chuyển")
    state.sort_attendees()
    state.set_absence_reason(1, "Ốm")
    while state.undo() is not None:
        pass
    assert [model.record(r).name for r in range(model.rowCount())] == ["Trần B", "Lê A", "Võ C"]
    assert not resets
    with pytest.raises(RuntimeError):
        model.set_records([])  # a shared state's rows change through the state
