"""Undo and redo as a list of reversible edits, without Qt.

An edit is two closures: ``redo`` changes the state, ``undo`` puts it back. The state that made
the edit knows exactly what changed (one cell, rows inserted at a place, a permutation), so an
edit costs what it touches, not a copy of the whole record: a 2,000-recipient decision is never
copied per keystroke. Consecutive edits with the same ``merge_key`` (typing in one field) become
one step, as in Word.

The window mirrors each step into a ``QUndoStack`` (so Ctrl+Z, the Edit menu and the undo group
keep working) whose commands call ``History.undo`` and ``History.redo``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Edit", "History"]

UNDO_LIMIT = 500
"""Steps kept; the oldest are forgotten beyond it (memory stays bounded during a long session)."""


@dataclass(slots=True)
class Edit:
    """One step the user can undo: a label for the Edit menu and the two directions."""

    label: str
    redo: Callable[[], None]
    undo: Callable[[], None]
    merge_key: object = None
    """Edits with the same non-None key that follow each other merge into one step."""
    merged: list[Edit] = field(default_factory=list)


class History:
    """The steps done and undone, newest last."""

    def __init__(self, limit: int = UNDO_LIMIT) -> None:
        self._done: list[Edit] = []
        self._undone: list[Edit] = []
        self._limit = limit
        self._clean_index: int | None = 0

    def push(self, edit: Edit) -> bool:
        """Do ``edit`` and remember it; True when it became a new step (False: merged into the
        previous one, which now undoes both)."""
        edit.redo()
        self._undone.clear()
        last = self._done[-1] if self._done else None
        if (
            last is not None
            and edit.merge_key is not None
            and edit.merge_key == last.merge_key
            and self._clean_index != len(self._done)
        ):
            last.merged.append(edit)
            return False
        self._done.append(edit)
        if len(self._done) > self._limit:
            del self._done[0]
            if self._clean_index is not None:
                self._clean_index = self._clean_index - 1 if self._clean_index > 0 else None
        return True

    def undo(self) -> str | None:
        """Undo the newest step; its label, or None when there is nothing to undo."""
        if not self._done:
            return None
        edit = self._done.pop()
        for part in reversed(edit.merged):
            part.undo()
        edit.undo()
        self._undone.append(edit)
        return edit.label

    def redo(self) -> str | None:
        """Redo the step undone last; its label, or None when there is nothing to redo."""
        if not self._undone:
            return None
        edit = self._undone.pop()
        edit.redo()
        for part in edit.merged:
            part.redo()
        self._done.append(edit)
        return edit.label

    def clear(self) -> None:
        """Forget every step (another record was opened)."""
        self._done.clear()
        self._undone.clear()
        self._clean_index = 0

    def mark_clean(self) -> None:
        """The state as it is now is saved; the next edit starts a new step."""
        self._clean_index = len(self._done)

    @property
    def is_clean(self) -> bool:
        return self._clean_index == len(self._done)

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    @property
    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""
