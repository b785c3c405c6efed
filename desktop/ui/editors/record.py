"""What the meeting and decision editors share: undo, autosave, a preview kept up to date.

Someone else may save the same record meanwhile (a second window, the CLI): the editor keeps
the record as it last read it (``base``), the save merges the edits made here into the newer
record (services.concurrency), and a conflict asks the user which side to keep. In a window
opened read-only the editor refuses edits and never saves.
"""

from __future__ import annotations

import copy
import logging
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.concurrency import ConflictError, Prefer
from desktop.ui.errors import user_message
from desktop.ui.questions import Choice, ask
from desktop.ui.undo import SnapshotCommand

log = logging.getLogger(__name__)

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class EditState(Protocol[R_co]):
    """What an editor's Qt-free edit state gives it (``services.editing``)."""

    def snapshot(self) -> R_co | None: ...


AUTOSAVE_MS = 250
"""Edits are written this long after the last one (and at once when leaving the record)."""


class RecordEditor(QWidget, Generic[R]):
    """Holds one record; every edit becomes an undo step, an autosave and a preview refresh.

    A subclass sets ``state``, its Qt-free edit state, before the first save.
    """

    state: EditState[R]

    saved = Signal()
    """The record as edited is now in the database."""
    save_failed = Signal(str)
    """Saving failed; the message is for the user."""
    save_error = Signal(object)
    """Saving failed with this exception (the window tells a database it cannot write to in a
    dialog, once per cause: ``ui.storage_alert``)."""
    edited = Signal()
    """The record changed (an edit, an undo or a redo)."""
    changed_elsewhere = Signal()
    """The record now shows changes saved elsewhere (a second window, the CLI)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._record: R | None = None
        self._base: R | None = None
        """The record as last read from or written to the database."""
        self._read_only = False
        self._dirty = False
        self._held = False
        """A conflict was left undecided: no autosave until the next edit."""
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)

    @property
    def record(self) -> R | None:
        """A copy of the record as edited."""
        return copy.deepcopy(self._record)

    @property
    def current(self) -> R | None:
        """The record as edited, not copied: to read (its number, its title), never to change."""
        return self._record

    @property
    def has_unsaved_edits(self) -> bool:
        """True while an edit waits for the autosave."""
        return self._dirty

    def show_record(self, record: R | None) -> None:
        """Edit ``record``, which the editor now owns (the callers pass one just read from
        the database); the previous one is saved first; the undo history starts afresh."""
        self.save_now()
        self.undo_stack.clear()
        self._record = record
        self._base = copy.deepcopy(record)  # what was stored: the base of a later merge
        self._show(self._record)
        self.edited.emit()

    @property
    def read_only(self) -> bool:
        """True in a window opened read-only: no edit, no save."""
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Refuse (True) or allow edits; the widgets show it."""
        self._read_only = read_only
        self._apply_read_only(read_only)

    def refresh_from_disk(self) -> bool:
        """Show what another window or the CLI saved; True when the record changed.

        Unsaved edits are saved first, merged with those changes; nothing typed here is lost.
        """
        if self._record is None or self._base is None:
            return False
        if self._dirty and self._held:
            return False
        if self._dirty:
            before = getattr(self._base, "version", 0)
            self._save_pending(can_wait=True)
            return getattr(self._base, "version", 0) != before + 1
        try:
            stored = self._fetch(getattr(self._record, "id", ""))
        except Exception:  # gone (deleted elsewhere): the list reload moves on
            log.info("record no longer readable", exc_info=True)
            return False
        if getattr(stored, "version", 0) == getattr(self._base, "version", 0):
            return False
        self._adopt(stored)
        self.changed_elsewhere.emit()
        return True

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
        if self._read_only:  # the widgets are read-only; put back what is stored
            self._show(self._record)
            return
        before = self._record
        self._record = copy.deepcopy(record)
        self.undo_stack.push(SnapshotCommand(self, before, record, description, merge_key))
        self._schedule_save()
        self.edited.emit()

    def save_now(self) -> None:
        """Write pending edits to the database now (before leaving the record: a conflict
        must be settled then, there is no later)."""
        self._save_pending(can_wait=False)

    def _on_save_timer_timeout(self) -> None:
        self._save_pending(can_wait=True)

    def _save_pending(self, *, can_wait: bool) -> None:
        self._save_timer.stop()
        if not self._dirty or self._record is None or self._read_only:
            return
        # No deep copy per save: a snapshot shares the unchanged rows (the edit states never
        # change a row in place), and the base is replaced whole, never edited.
        record = self._snapshot()
        base = self._base
        version = getattr(base, "version", 0)
        if base is not None:
            record.version = version  # type: ignore[attr-defined]
        prefer: Prefer = ""
        while True:
            try:
                stored = self._save(record, base, prefer)
                break
            except ConflictError as exc:
                prefer = self.ask_conflict(str(exc), can_wait=can_wait)
                if not prefer:  # decided later: asked again at the next edit or on leaving
                    self._held = True
                    self.save_failed.emit(str(exc))
                    return
            except Exception as exc:  # the message names what went wrong; the edit stays
                self._tell_save_failed(exc)
                return
        self._dirty = self._held = False
        self._base = stored  # the service's own object, apart from the record edited here
        merged = getattr(stored, "version", 0) != version + 1  # someone else saved between
        if merged:
            self._adopt(stored)
        else:
            self._record.version = stored.version  # type: ignore[attr-defined]
        self.saved.emit()
        if merged:
            self.changed_elsewhere.emit()

    def _tell_save_failed(self, error: Exception) -> None:
        log.warning("autosave failed", exc_info=error)
        self.save_failed.emit(user_message(error))
        self.save_error.emit(error)

    def ask_conflict(self, message: str, *, can_wait: bool = True) -> Prefer:
        """Ask which side wins a conflict: "mine", "theirs", or "" (decide later, offered
        only when ``can_wait``)."""
        # One translation context for both editors (self.tr would use the subclass's name).
        choices: list[Choice] = [
            (
                "mine",
                QCoreApplication.translate("RecordEditor", "Keep my version"),
                QMessageBox.ButtonRole.AcceptRole,
            ),
            (
                "theirs",
                QCoreApplication.translate("RecordEditor", "Take the other version"),
                QMessageBox.ButtonRole.DestructiveRole,
            ),
        ]
        if can_wait:
            choices.append(
                (
                    "",
                    QCoreApplication.translate("RecordEditor", "Decide later"),
                    QMessageBox.ButtonRole.RejectRole,
                )
            )
        chosen = ask(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("RecordEditor", "Changed elsewhere"),
            message,
            choices,
            default="mine",
            escape="" if can_wait else "mine",
        )
        return cast(Prefer, chosen)

    def _adopt(self, stored: R) -> None:
        """Show ``stored`` (changed elsewhere, edits made here merged in)."""
        self._record = copy.deepcopy(stored)  # edited here; the base stays as stored
        self._base = stored
        # Undo would bring back a list without the changes made elsewhere: history restarts.
        self.undo_stack.clear()
        self._show(self._record)
        self.edited.emit()

    def _schedule_save(self) -> None:
        if self._read_only:
            return
        self._dirty = True
        self._held = False
        self._save_timer.start()

    # -- for subclasses -------------------------------------------------------------------------

    def _snapshot(self) -> R:
        """The record as edited now, unaffected by later edits (what a save writes): the edit
        state's snapshot, which shares the unchanged rows (no copy of 2,000 recipients)."""
        snapshot = self.state.snapshot()
        assert snapshot is not None
        return snapshot

    def _show(self, record: R | None) -> None:
        raise NotImplementedError

    def _save(self, record: R, base: R | None, prefer: Prefer) -> R:
        """Save ``record`` (read as ``base``) through the services; the record as stored."""
        raise NotImplementedError

    def _fetch(self, record_id: str) -> R:
        """The record as stored now."""
        raise NotImplementedError

    def _apply_read_only(self, read_only: bool) -> None:
        """Make the widgets read-only (True) or editable."""
        raise NotImplementedError
