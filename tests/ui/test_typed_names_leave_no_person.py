"""Names only typed leave no person behind (issue 14): the autosave links every name it saves
to the directory; a name changed afterwards must not stay there as a person of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import decisions
from desktop.services.session import Library
from desktop.ui.editors.decision import DecisionEditor
from desktop.ui.models.awards import COL_NAME


@pytest.fixture
def editor(decision_editor: DecisionEditor) -> DecisionEditor:
    """The shared decision editor (tests/ui/conftest.py), on 15-QĐ/BTGTU."""
    return decision_editor


def _people(db: Database) -> dict[str, str]:
    return {row["name"]: row["id"] for row in db.table("people").rows_where("deleted_at is null")}


def _person_row(editor: DecisionEditor) -> int:
    return next(i for i, a in enumerate(editor.state.awards) if a.kind == "person")


def _type_and_save(editor: DecisionEditor, row: int, name: str) -> None:
    assert editor.model.setData(editor.model.index(row, COL_NAME), name)
    editor.save_now()  # what the autosave does a moment after each edit


def test_a_name_changed_three_times_then_undone_leaves_only_the_final_person(
    editor: DecisionEditor, demo_db: Database
) -> None:
    editor.add_recipient("person")
    row = editor.table.currentIndex().row()
    editor.table.setFocus()  # the cell editor the button opened is closed
    before = _people(demo_db)
    for name in ("1", "Nguyễn Văn", "Nguyễn Văn Tám", "Nguyễn Văn Tâm"):
        _type_and_save(editor, row, name)
    editor.undo_stack.undo()  # back to "Nguyễn Văn Tám"
    editor.save_now()

    after = _people(demo_db)
    assert set(after) - set(before) == {"Nguyễn Văn Tám"}
    for typed in ("1", "Nguyễn Văn", "Nguyễn Văn Tâm"):
        assert typed not in after
        assert not [e for e in editor._library.directory.complete(typed) if e.name == typed]
    stored = decisions.get_decision(demo_db, editor.state.record.id)  # type: ignore[union-attr]
    assert stored.awards[row].name == "Nguyễn Văn Tám"
    assert stored.awards[row].recipient_id == after["Nguyễn Văn Tám"]


def test_a_renamed_recipient_undone_comes_back_as_the_same_person(
    editor: DecisionEditor, demo_db: Database
) -> None:
    row = _person_row(editor)
    original = editor.state.awards[row]
    assert _people(demo_db)[original.name] == original.recipient_id
    for name in ("Trần Văn Một", "Trần Văn Hai", "Trần Văn Ba"):
        _type_and_save(editor, row, name)
    for _ in range(3):
        editor.undo_stack.undo()
    editor.save_now()

    after = _people(demo_db)
    assert after[original.name] == original.recipient_id  # the same record, its history kept
    assert not {"Trần Văn Một", "Trần Văn Hai", "Trần Văn Ba"} & set(after)
    stored = decisions.get_decision(demo_db, editor.state.record.id)  # type: ignore[union-attr]
    assert stored.awards[row].recipient_id == original.recipient_id


def test_the_directory_offers_to_remove_names_left_by_earlier_versions(
    qtbot: QtBot, demo_db: Database, demo_path: Path
) -> None:
    from desktop.domain.records import Person
    from desktop.storage.directory import DirectoryStore
    from desktop.ui.pages.directory import DirectoryView

    store = DirectoryStore(demo_db)  # what the first release's autosave left behind
    left = [store.add_person(Person(name=name, unit="Phòng A")) for name in ("1", "Nguyễn Văn")]
    binned = store.add_person(Person(name="Người trong thùng rác"))
    store.delete_person(binned)  # the recycle bin decides about this one, not this button
    awarded = dict(_people(demo_db))

    view = DirectoryView(Library(demo_db, demo_path))
    qtbot.addWidget(view)
    view.show()
    view.reload()
    qtbot.waitUntil(view.unused_button.isVisible, timeout=5000)  # counted in the background
    assert view.unused_button.text() == "Remove 2 unused name(s)…"  # "Xoá 2 tên …" in Vietnamese
    assert view.unused_count == 2
    box = view._on_unused_button_clicked()
    assert "1 (Phòng A)" in box.informativeText()
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    remove.click()
    qtbot.waitUntil(lambda: not view.unused_button.isVisible(), timeout=5000)

    after = _people(demo_db)
    assert not set(left) & set(after.values())
    assert {k: v for k, v in after.items() if v not in left} == {
        k: v for k, v in awarded.items() if v not in left
    }
    assert demo_db.table("people").get(binned)["deleted_at"]  # still in the recycle bin
