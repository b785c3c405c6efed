"""A table of records as both editors show it: rows pasted from Excel, deleted, dragged.

(Moved out of the decision editor so the meeting editor does not depend on it; the decision
editor may import these from here too.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.ui.compat import override


class PasteTableView(QTableView):
    """A table view that hands Ctrl+V (text from Excel or Word) to its owner."""

    paste_requested = Signal(str)
    delete_requested = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(QGuiApplication.clipboard().text())
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
