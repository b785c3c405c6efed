"""Undo for the editors: every edit is a snapshot of the record before and after.

Records are small dataclasses (a meeting, a decision with its list), so a deep copy per edit is
cheap and makes every kind of edit undoable the same way: typing in a field, pasting 26 rows,
sorting, dragging a row. Consecutive typing in the same field merges into one step.
"""

from __future__ import annotations

import copy
from typing import Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from desktop.ui.compat import override

R = TypeVar("R")

MERGE_ID = 0x5644
"""Commands with the same ``merge_key`` and this id merge (typing in one field)."""


class SnapshotTarget(Protocol[R]):  # type: ignore[misc]
    """An editor that can show a record (without recording an edit)."""

    def apply_snapshot(self, record: R) -> None: ...


class SnapshotCommand(QUndoCommand, Generic[R]):
    """Replace the editor's record by ``after``; undo puts ``before`` back."""

    def __init__(
        self, target: SnapshotTarget[R], before: R, after: R, text: str, merge_key: str = ""
    ) -> None:
        super().__init__(text)
        self._target = target
        self._before = copy.deepcopy(before)
        self._after = copy.deepcopy(after)
        self._merge_key = merge_key
        self._first = True

    @override
    def redo(self) -> None:
        if self._first:
            self._first = False  # the editor already shows it: the user just made this edit
            return
        self._target.apply_snapshot(copy.deepcopy(self._after))

    @override
    def undo(self) -> None:
        self._target.apply_snapshot(copy.deepcopy(self._before))

    @override
    def id(self) -> int:
        return MERGE_ID if self._merge_key else -1

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True


class Steps(Protocol):
    """An edit state with its own history (``services.editing``)."""

    def undo(self) -> str | None: ...
    def redo(self) -> str | None: ...


class StepCommand(QUndoCommand):
    """One step of an edit state's history, mirrored in a ``QUndoStack`` (Ctrl+Z, the Edit
    menu, the window's undo group): undo and redo call the state's, which knows what to put
    back. Pushed after the state made the edit, so the first redo does nothing."""

    def __init__(self, steps: Steps, text: str) -> None:
        super().__init__(text)
        self._steps = steps
        self._first = True

    @override
    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._steps.redo()

    @override
    def undo(self) -> None:
        self._steps.undo()
