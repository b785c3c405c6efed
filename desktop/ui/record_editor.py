"""What the meeting and decision editors share: undo, autosave, a preview kept up to date."""

from __future__ import annotations

import copy
import logging
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.ui.errors import user_message
from desktop.ui.undo import SnapshotCommand

log = logging.getLogger(__name__)

R = TypeVar("R")

AUTOSAVE_MS = 250
"""Edits are written this long after the last one (and at once when leaving the record)."""


class RecordEditor(QWidget, Generic[R]):
    """Holds one record; every edit becomes an undo step, an autosave and a preview refresh."""

    saved = Signal()
    """The record as edited is now in the database."""
    save_failed = Signal(str)
    """Saving failed; the message is for the user."""
    edited = Signal()
    """The record changed (an edit, an undo or a redo)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._record: R | None = None
        self._dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save_now)

    @property
    def record(self) -> R | None:
        """A copy of the record as edited."""
        return copy.deepcopy(self._record)

    @property
    def has_unsaved_edits(self) -> bool:
        """True while an edit waits for the autosave."""
        return self._dirty

    def show_record(self, record: R | None) -> None:
        """Edit ``record`` (the previous one is saved first); the undo history starts afresh."""
        self.save_now()
        self.undo_stack.clear()
        self._record = copy.deepcopy(record)
        self._show(self._record)
        self.edited.emit()

    def apply_snapshot(self, record: R) -> None:
        """Show ``record`` as the current state (undo/redo) and save it."""
        self._record = record
        self._show(record)
        self._schedule_save()
        self.edited.emit()

    def commit(self, record: R, description: str, merge_key: str = "") -> None:
        """Record an edit the user just made (the widgets already show it)."""
        if self._record is None or record == self._record:
            return
        before = self._record
        self._record = copy.deepcopy(record)
        self.undo_stack.push(SnapshotCommand(self, before, record, description, merge_key))
        self._schedule_save()
        self.edited.emit()

    def save_now(self) -> None:
        """Write pending edits to the database now."""
        self._save_timer.stop()
        if not self._dirty or self._record is None:
            return
        try:
            self._save(copy.deepcopy(self._record))
        except Exception as exc:  # the message names what went wrong; the edit stays on screen
            log.warning("autosave failed", exc_info=True)
            self.save_failed.emit(user_message(exc))
            return
        self._dirty = False
        self.saved.emit()

    def _schedule_save(self) -> None:
        self._dirty = True
        self._save_timer.start()

    # -- for subclasses -------------------------------------------------------------------------

    def _show(self, record: R | None) -> None:
        raise NotImplementedError

    def _save(self, record: R) -> Any:
        raise NotImplementedError
