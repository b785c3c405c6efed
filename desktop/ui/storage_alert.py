"""A database the window cannot write to is told in a dialog, once per cause.

The editors write every edit a moment after it is made (autosave). When the database refuses —
the file made read-only or on a read-only share or USB stick, a full disk, an I/O error,
another program holding the lock past the timeout, the file deleted or unplugged while open —
the status bar says "Not saved: …" at each attempt, and this shows a dialog the first time
each cause is met: what happened, what is safe (the edit is kept in the window, nothing was
half-written) and what to do. The dialog does not block (``open()``): it may come from an
autosave timer, at start-up or while closing. It waits for the event loop, and gives way to a
question already on screen (closing with an unsaved edit asks whether to lose it: one dialog
at a time; the cause is told at the next failed save). A save that succeeds again forgets the
causes, so that a later failure is told again; a file that is gone is told once until it is
back.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.services.write_problems import (
    WriteProblem,
    file_gone,
    file_read_only,
    write_problem,
)

if TYPE_CHECKING:
    from desktop.ui.editors.record import RecordEditor

log = logging.getLogger(__name__)


class StorageAlert(QObject):
    """Tells, in a dialog over ``window``, why the database at ``path`` cannot be written."""

    def __init__(
        self,
        window: QWidget,
        path: Path | None,
        editors: Sequence[RecordEditor[Any]] = (),
        *,
        writes: bool = True,
    ) -> None:
        """``writes``: the window writes to the database (False: a window opened read-only on
        purpose, where a read-only file is no news)."""
        super().__init__(window)
        self._window = window
        self._path = path
        self._writes = writes
        self._told: set[WriteProblem] = set()
        self.dialog: QMessageBox | None = None
        """The last dialog shown (tests read it)."""
        for editor in editors:
            self.watch(editor)

    def watch(self, editor: RecordEditor[Any]) -> None:
        """Tell the write failures of ``editor`` too (an editor built later)."""
        editor.save_error.connect(self.report)
        editor.saved.connect(self.forget)

    def report(self, error: BaseException | None) -> WriteProblem | None:
        """Tell (soon) why a write failed, unless that cause was told already; the cause."""
        return self._tell(write_problem(error, self._path))

    def _tell(self, problem: WriteProblem | None) -> WriteProblem | None:
        if problem is None or problem in self._told:
            return None
        self._told.add(problem)
        log.warning("database cannot be written (%s)", problem)
        QTimer.singleShot(0, self, lambda: self._show_unless_asking(problem))
        return problem

    def check_file(self) -> WriteProblem | None:
        """Tell (once) when the database file is no longer where it was opened, or (in a window
        that writes) when it cannot be written, before an edit fails."""
        if file_gone(self._path):
            return self._tell("gone")
        self._told.discard("gone")
        if self._writes and file_read_only(self._path):
            return self._tell("read_only")
        return None

    def _show_unless_asking(self, problem: WriteProblem) -> None:
        asking = QApplication.activeModalWidget()
        if asking is not None and asking is not self.dialog and self._over_window(asking):
            self._told.discard(problem)  # told at the next failure, one dialog at a time
            return
        self._show(problem)

    def _over_window(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not self._window:
            parent = parent.parentWidget()
        return parent is self._window

    def forget(self) -> None:
        """A save succeeded: a later failure is told again (a vanished file stays told)."""
        self._told &= {"gone"}

    def _show(self, problem: WriteProblem) -> QMessageBox:
        headline, advice = self._texts(problem)
        safe = self.tr(
            "What you typed is kept in this window, and nothing was half-written to the file. "
            "Do not close the program until it is saved again."
        )
        box = QMessageBox(self._window)
        box.setObjectName("storage_alert")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved"))
        box.setText(headline)
        box.setInformativeText(safe + "\n\n" + advice)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.dialog = box
        return box

    def _texts(self, problem: WriteProblem) -> tuple[str, str]:
        """(what happened, what to do)."""
        where = str(self._path or "")
        if problem == "read_only":
            return (
                self.tr("The database cannot be written: the file is read-only."),
                self.tr(
                    "The file, or the folder, USB stick or network share holding it, only allows "
                    "reading. Copy the file to a folder on this computer (for example Documents), "
                    "clear its read-only attribute (right-click → Properties), then open it "
                    "again."
                ),
            )
        if problem == "full":
            return (
                self.tr("The disk holding the database is full."),
                self.tr(
                    "Free some space on that disk (empty the Recycle Bin, delete or move large "
                    "files), then press Ctrl+S to save."
                ),
            )
        if problem == "busy":
            return (
                self.tr("Another program is holding the database and does not let go."),
                self.tr(
                    "Close the other program using this file (another Vinh Danh window, a backup "
                    "or synchronisation tool, a database viewer), then press Ctrl+S to save."
                ),
            )
        if problem == "io":
            return (
                self.tr("The disk holding the database cannot be read or written."),
                self.tr(
                    "If the file is on a USB stick or a network drive, plug it in or connect "
                    "again, then press Ctrl+S. If the error comes back, copy the file to this "
                    "computer, or use File → Restore from a backup…"
                ),
            )
        return (
            self.tr("The database file is no longer where it was: %1").replace("%1", where),
            self.tr(
                "It was deleted, renamed or moved, or the USB stick holding it was unplugged. Put "
                "it back (plug the stick in again, or restore it from the Recycle Bin), then "
                "press Ctrl+S; or use File → Restore from a backup…"
            ),
        )
