"""Undo and redo without Qt (services.editing.history)."""

from __future__ import annotations

from desktop.services.editing.history import Edit, History


def _set(cells: dict[str, str], key: str, value: str, merge: object = None) -> Edit:
    old = cells.get(key, "")

    def redo() -> None:
        cells[key] = value

    def undo() -> None:
        cells[key] = old

    return Edit(f"Sửa {key}", redo, undo, merge_key=merge)


def test_undo_and_redo_walk_the_steps_back_and_forth() -> None:
    cells: dict[str, str] = {}
    history = History()
    history.push(_set(cells, "tên", "Nguyễn Văn An"))
    history.push(_set(cells, "đơn vị", "Sở Nội vụ"))
    assert history.undo() == "Sửa đơn vị"
    assert cells == {"tên": "Nguyễn Văn An", "đơn vị": ""}
    assert history.undo() == "Sửa tên"
    assert cells == {"tên": "", "đơn vị": ""}
    assert history.undo() is None
    assert history.redo() == "Sửa tên" and history.redo() == "Sửa đơn vị"
    assert cells == {"tên": "Nguyễn Văn An", "đơn vị": "Sở Nội vụ"}
    assert history.redo() is None


def test_typing_in_one_field_is_one_step_but_not_across_a_save() -> None:
    cells: dict[str, str] = {}
    history = History()
    for text in ("N", "Ng", "Ngu"):
        history.push(_set(cells, "tên", text, merge=("tên", 0)))
    history.mark_clean()
    assert history.is_clean
    history.push(_set(cells, "tên", "Nguy", merge=("tên", 0)))
    assert not history.is_clean
    history.undo()
    assert cells["tên"] == "Ngu"  # back to what was saved, not to the empty field
    history.undo()
    assert cells["tên"] == ""  # the three keystrokes before the save were one step


def test_a_new_edit_drops_what_was_undone_and_old_steps_are_forgotten() -> None:
    cells: dict[str, str] = {}
    history = History(limit=3)
    for n in range(5):
        history.push(_set(cells, "số", str(n)))
    undone = 0
    while history.undo():
        undone += 1
    assert undone == 3 and cells["số"] == "1"
    history.redo()
    history.push(_set(cells, "số", "9"))
    assert not history.can_redo
