"""The decision edit state without widgets: every operation, its exact undo, what observers hear."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from typing import Any

import pytest

from desktop.domain.records import Award, Decision, Organisation, RewardMoney, Signer
from desktop.exchange.recipients_import import RecipientImportError
from desktop.services.editing.decision import DecisionEditState, DecisionObserver

HEAD = Signer("Nguyễn Văn Hùng", "Trưởng Ban", "head")


def _decision() -> Decision:
    return Decision(
        number="15-QĐ/BTGTU",
        date=dt.date(2024, 3, 8),
        issuer=Organisation(name="Ban Tuyên giáo", id="o1", style="state", default_signer=HEAD),
        signer=HEAD,
        reason="Đã có thành tích",
        awards=[
            Award("collective", "Phòng Tuyên truyền", id="a1"),
            Award("person", "Trần Thị Cúc", "Chuyên viên", "Phòng A", salutation="Bà", id="a2"),
            Award("person", "Lê Văn Bình", "Trưởng phòng", "Phòng B", salutation="Ông", id="a3"),
            Award("person", "Phạm Thị An", salutation="Bà", recipient_id="p4", id="a4"),
        ],
    )


class Recorder(DecisionObserver):
    """Every notification, in order, as (name, args)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("_") or name in ("calls", "names"):
            return object.__getattribute__(self, name)

        def record(*args: Any) -> None:
            self.calls.append((name, args))

        return record

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture
def state() -> DecisionEditState:
    return DecisionEditState(_decision())


@pytest.fixture
def heard(state: DecisionEditState) -> Recorder:
    recorder = Recorder()
    state.observe(recorder)
    return recorder


def _names(state: DecisionEditState) -> list[str]:
    return [a.name for a in state.awards]


def _undo_redo_exact(state: DecisionEditState, before: Decision) -> None:
    """Undo gives back exactly ``before``; redo gives back exactly what the edit made."""
    after = copy.deepcopy(state.record)
    assert state.undo() is not None
    assert state.record == before
    assert state.redo() is not None
    assert state.record == after


def test_typing_in_a_header_field_is_one_step_undone_exactly(
    state: DecisionEditState, heard: Recorder
) -> None:
    before = copy.deepcopy(state.record)
    for text in ("1", "16", "16-QĐ"):
        assert state.set_field("number", text)
    assert state.field("number") == "16-QĐ"
    assert heard.calls[0] == ("header_changed", (frozenset({"number"}),))
    assert "rows_changed" not in heard.names()
    _undo_redo_exact(state, before)
    assert not state.history.can_undo or state.undo() is None or state.record == before


def test_each_header_field_and_its_undo(state: DecisionEditState) -> None:
    values: dict[str, Any] = {
        "date": dt.date(2025, 1, 2),
        "award_form": "Bằng khen",
        "reason": "Hoàn thành xuất sắc nhiệm vụ",
        "reward": RewardMoney(None, None, "Quỹ thi đua"),
        "signer_name": "Lê Thị Hồng",
        "signer_title": "Phó Trưởng Ban",
        "signer_relation": "deputy",
        "signer_delegator_title": "Trưởng Ban",
    }
    original = copy.deepcopy(state.record)
    for name, value in values.items():
        before = copy.deepcopy(state.record)
        assert state.set_field(name, value)
        assert state.field(name) == value
        _undo_redo_exact(state, before)
    assert state.record is not None and state.record.signer.relation == "deputy"
    assert original is not None and original.signer == HEAD  # the record's own was replaced
    assert not state.set_field("reason", "Hoàn thành xuất sắc nhiệm vụ")  # unchanged: no step


def test_a_cell_edit_changes_one_row_and_undo_puts_that_award_back(
    state: DecisionEditState, heard: Recorder
) -> None:
    old = state.award(3)
    before = copy.deepcopy(state.record)
    assert state.set_cell(3, "name", "Phạm Thị Anh")
    assert heard.calls[:2] == [("rows_changed", (3, 3)), ("changed", ())]
    assert state.award(3).recipient_id == ""  # another person: matched again
    assert old.name == "Phạm Thị An"  # the award was replaced, not changed in place
    state.undo()
    assert state.award(3) is old
    assert state.record == before


def test_kind_collective_drops_title_unit_and_salutation(state: DecisionEditState) -> None:
    before = copy.deepcopy(state.record)
    assert state.set_cell(1, "kind", "collective")
    award = state.award(1)
    assert (award.kind, award.title, award.unit, award.salutation) == ("collective", "", "", None)
    _undo_redo_exact(state, before)


def test_a_typed_name_gets_its_salutation_where_it_is_safe(state: DecisionEditState) -> None:
    state.add(4, "person")
    assert state.award(4).salutation is None
    state.set_cell(4, "name", "Lê Thị Mai")
    assert state.award(4).salutation == "Bà"
    state.add(5, "person")
    state.set_cell(5, "name", "Đỗ Minh Khoa")
    assert state.award(5).salutation is None  # not safe to guess


def test_add_and_paste_insert_at_the_place_and_undo_removes_them(
    state: DecisionEditState, heard: Recorder
) -> None:
    before = copy.deepcopy(state.record)
    assert state.paste(2, "Nguyễn Văn Bình\tChuyên viên\tPhòng A\nTrần Thị Hoa\n") == 2
    assert _names(state)[2:4] == ["Nguyễn Văn Bình", "Trần Thị Hoa"]
    assert state.award(2).id and state.award(2).id != state.award(3).id
    assert heard.calls[:2] == [("about_to_insert_rows", (2, 2)), ("rows_inserted", (2, 2))]
    heard.calls.clear()
    state.undo()
    assert heard.calls[:2] == [("about_to_remove_rows", (2, 2)), ("rows_removed", (2, 2))]
    assert state.record == before
    state.redo()
    assert _names(state)[2:4] == ["Nguyễn Văn Bình", "Trần Thị Hoa"]


def test_a_bad_pasted_row_adds_nothing_and_names_the_row(state: DecisionEditState) -> None:
    with pytest.raises(RecipientImportError, match="Dòng 2: thiếu tên người nhận"):
        state.paste(0, "Nguyễn Văn Bình\tChuyên viên\n\tKế toán\n")
    assert len(state.awards) == 4 and not state.history.can_undo


def test_remove_rows_apart_and_undo_puts_each_back_in_its_place(
    state: DecisionEditState, heard: Recorder
) -> None:
    before = copy.deepcopy(state.record)
    assert state.remove([3, 0, 1, 3, 99])
    assert _names(state) == ["Lê Văn Bình"]
    # Runs removed from the end, so that the row numbers told stay true.
    removed = [args for name, args in heard.calls if name == "rows_removed"]
    assert removed == [(3, 1), (0, 2)]
    _undo_redo_exact(state, before)


def test_move_up_and_down_and_drag(state: DecisionEditState, heard: Recorder) -> None:
    before = copy.deepcopy(state.record)
    assert state.move_by(1, 1)
    assert _names(state)[1:3] == ["Lê Văn Bình", "Trần Thị Cúc"]
    assert ("row_moved", (1, 3)) in heard.calls
    _undo_redo_exact(state, copy.deepcopy(before))
    state.undo()
    assert not state.move_by(0, -1)  # the first row cannot go up
    assert state.move(3, 0)  # drag the last row to the top
    assert _names(state)[0] == "Phạm Thị An"
    _undo_redo_exact(state, before)


def test_sort_is_a_permutation_undone_exactly(state: DecisionEditState, heard: Recorder) -> None:
    before = copy.deepcopy(state.record)
    assert state.sort_by_name()
    assert _names(state) == ["Phòng Tuyên truyền", "Phạm Thị An", "Lê Văn Bình", "Trần Thị Cúc"]
    [(_, (order,))] = [c for c in heard.calls if c[0] == "reordered"]
    assert list(order) == [0, 3, 2, 1]
    _undo_redo_exact(state, before)
    assert not state.sort_by_name()  # already sorted: no step


def test_the_issuer_brings_its_default_signer_and_undo_restores_both(
    state: DecisionEditState, heard: Recorder
) -> None:
    other = Organisation(
        name="Sở Nội vụ", id="o2", default_signer=Signer("Trần Văn Bình", "Phó Giám đốc", "deputy")
    )
    before = copy.deepcopy(state.record)
    assert state.set_issuer(other)
    assert state.record is not None and state.record.signer.name == "Trần Văn Bình"
    assert "issuer" in heard.calls[0][1][0]
    _undo_redo_exact(state, before)
    state.undo()
    state.set_field("signer_name", "Lê Thị Thu Hồng")  # a signer of its own stays
    state.set_issuer(other)
    assert state.record.signer.name == "Lê Thị Thu Hồng"


def test_read_only_refuses_every_edit(state: DecisionEditState) -> None:
    state.read_only = True
    before = copy.deepcopy(state.record)
    assert not state.set_field("number", "1")
    assert not state.set_cell(0, "name", "X")
    assert not state.add(0, "person")
    assert state.paste(0, "Nguyễn Văn Bình\n") == 0
    assert not state.remove([0])
    assert not state.sort_by_name()
    assert not state.move_by(0, 1)
    assert state.record == before and not state.history.can_undo


def test_the_snapshot_is_not_changed_by_later_edits(state: DecisionEditState) -> None:
    snapshot = state.snapshot()
    state.set_cell(1, "name", "Trần Thị Cúc Hoa")
    state.set_field("number", "99")
    state.remove([0])
    assert snapshot is not None
    assert [a.name for a in snapshot.awards][:2] == ["Phòng Tuyên truyền", "Trần Thị Cúc"]
    assert snapshot.number == "15-QĐ/BTGTU"


def test_steps_are_reported_new_or_merged(state: DecisionEditState) -> None:
    steps: list[bool] = []
    state.on_step = steps.append
    state.set_field("reason", "a")
    state.set_field("reason", "ab")
    state.set_cell(0, "name", "Phòng B")
    state.mark_saved()
    state.set_cell(0, "name", "Phòng BC")  # after a save: a new step
    assert steps == [True, False, True, True]


def _rows(count: int) -> str:
    return "".join(f"{n}\tNguyễn Văn Người {n}\tChuyên viên\tPhòng {n % 7}\n" for n in range(count))


def test_two_thousand_rows_paste_undo_redo(state: DecisionEditState, heard: Recorder) -> None:
    before = copy.deepcopy(state.record)
    assert state.paste(1, _rows(2000)) == 2000
    assert len(state.awards) == 2004
    assert state.award(1).name == "Nguyễn Văn Người 0"
    assert state.award(2000).name == "Nguyễn Văn Người 1999"
    assert heard.calls[1] == ("rows_inserted", (1, 2000))  # one insertion, not 2,000
    state.set_cell(1500, "title", "Trưởng phòng")
    assert [name for name, _ in heard.calls[-2:]] == ["rows_changed", "changed"]
    state.undo()
    state.undo()
    assert state.record == before
    state.redo()
    assert len(state.awards) == 2004


class _Mirror(DecisionObserver):
    """A copy of the list kept up to date from the notifications alone (as the Qt model)."""

    def __init__(self, state: DecisionEditState) -> None:
        self.state = state
        self.rows = [a.name for a in state.awards]

    def rows_inserted(self, first: int, count: int) -> None:
        self.rows[first:first] = [a.name for a in self.state.awards[first : first + count]]

    def rows_removed(self, first: int, count: int) -> None:
        del self.rows[first : first + count]

    def row_moved(self, source: int, destination: int) -> None:
        name = self.rows.pop(source)
        self.rows.insert(destination - 1 if destination > source else destination, name)

    def reordered(self, order: Sequence[int]) -> None:
        self.rows = [self.rows[i] for i in order]

    def rows_changed(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.rows[row] = self.state.awards[row].name


def test_notifications_alone_keep_a_view_true(state: DecisionEditState) -> None:
    mirror = _Mirror(state)
    state.observe(mirror)
    state.paste(2, "Võ Thị Sáu\nĐinh Văn Tư\n")
    state.move_by(0, 1)
    state.remove([1, 4])
    state.sort_by_name()
    state.set_cell(0, "name", "Phòng Mới")
    state.add(1, "collective")
    for _ in range(6):
        assert mirror.rows == _names(state)
        state.undo()
    assert mirror.rows == _names(state) == [a.name for a in _decision().awards]
    while state.redo():
        assert mirror.rows == _names(state)
