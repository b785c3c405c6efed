"""The decision editor around its edit state: the table follows edits without a reset, and the
autosave runs off the GUI thread without losing what is typed meanwhile."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import decisions
from desktop.ui.editors.decision import DecisionEditor
from desktop.ui.editors.decision import editor as editor_module
from desktop.ui.models.awards import COL_NAME


@pytest.fixture
def editor(decision_editor: DecisionEditor) -> DecisionEditor:
    """The shared decision editor (tests/ui/conftest.py), on 15-QĐ/BTGTU."""
    return decision_editor


def test_edits_reach_the_table_as_partial_updates_never_a_reset(editor: DecisionEditor) -> None:
    model = editor.model
    heard: list[str] = []
    model.modelReset.connect(lambda: heard.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: heard.append(f"inserted {first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: heard.append(f"removed {first}-{last}"))
    model.rowsMoved.connect(lambda *_args: heard.append("moved"))
    model.layoutChanged.connect(lambda *_args: heard.append("layout"))
    model.dataChanged.connect(lambda top, _bottom, _roles: heard.append(f"changed {top.row()}"))

    editor.table.setCurrentIndex(model.index(25, COL_NAME))
    assert editor.paste_text("Lê Văn Tám\tBảo vệ\nTrần Thị Chín\n") == 2
    assert model.setData(model.index(26, COL_NAME), "Lê Văn Tâm")
    editor.table.setCurrentIndex(model.index(3, COL_NAME))
    editor.move_selected(1)
    moved = editor.model.record(4)  # the row moved down, followed through the sort
    editor.sort_by_name()
    row = editor.table.currentIndex().row()
    assert editor.model.record(row) is moved
    # Select that row alone (setCurrentIndex selects by the keyboard modifiers held, and an
    # earlier test may leave Ctrl down in the offscreen platform).
    editor.table.selectionModel().select(
        editor.table.currentIndex(),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    editor.remove_selected()
    assert moved not in editor.state.awards
    for _ in range(5):
        editor.undo_stack.undo()
    assert heard == [
        "inserted 26-27",
        "changed 26",
        "moved",
        "layout",
        f"removed {row}-{row}",
        f"inserted {row}-{row}",  # undo: the row put back in its place
        "layout",
        "moved",
        "changed 26",
        "removed 26-27",
    ]
    assert "reset" not in heard
    assert model.rowCount() == 26


def test_typing_during_an_autosave_is_kept_and_saved_next(
    qtbot: QtBot, editor: DecisionEditor, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    started = threading.Event()
    real = editor_module._save_in_background

    def slow(*args: object) -> object:
        started.set()
        release.wait(10)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(editor_module, "_save_in_background", slow)
    editor.set_field("reason", "Lần một")
    editor._on_save_timer_timeout()  # what the autosave timer calls
    assert started.wait(5)
    editor.set_field("number", "99-QĐ/BTGTU")  # typed while the first save is being written
    assert editor.number_edit.text() == "99-QĐ/BTGTU"  # the window did not wait
    release.set()
    qtbot.waitUntil(lambda: not editor.has_unsaved_edits, timeout=10000)
    stored = decisions.get_decision(demo_db, editor.record.id)  # type: ignore[union-attr]
    assert (stored.reason, stored.number) == ("Lần một", "99-QĐ/BTGTU")
    assert editor.undo_stack.count() == 2  # nothing merged away, history kept
    editor.undo_stack.undo()
    editor.save_now()
    assert decisions.get_decision(demo_db, stored.id).number == "15-QĐ/BTGTU"
