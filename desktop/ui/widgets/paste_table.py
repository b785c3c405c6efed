"""A table of records as both editors show it: rows pasted from Excel, deleted, dragged,
and a list file dropped from Explorer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.ui.compat import override

LIST_SUFFIXES = (".xlsx", ".xls", ".csv")
"""Files a list may be dropped as (Excel, old Excel, CSV)."""


class PasteTableView(QTableView):
    """A table view that hands Ctrl+V (text from Excel or Word) and a dropped list file
    (.xlsx/.xls/.csv from Explorer) to its owner."""

    paste_requested = Signal(str)
    delete_requested = Signal()
    file_dropped = Signal(object)
    """A list file was dropped on the table (its Path)."""
    move_requested = Signal(int)
    """Alt+↑ (-1) or Alt+↓ (1): move the current row, as in Word's tables."""

    @staticmethod
    def _list_file(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return files[0] if len(files) == 1 and files[0].suffix.lower() in LIST_SUFFIXES else None

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._list_file(event) is not None:
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    @override
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._list_file(event) is not None:
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        dropped = self._list_file(event)
        if dropped is not None:
            event.acceptProposedAction()
            self.file_dropped.emit(dropped)
            return
        super().dropEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(QGuiApplication.clipboard().text())
            event.accept()
            return
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def setup_record_table(view: QTableView) -> None:
    """Row selection, drag to reorder, stretch the last column, edit on typing."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDropIndicatorShown(True)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
