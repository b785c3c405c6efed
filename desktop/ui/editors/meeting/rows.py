"""A list of the meeting as a panel: its table and the buttons to add, remove and move rows.

The attendance list, the agenda and the action items each show one; the edits go to the model,
which sends them to the meeting's edit state (an undo step each).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from desktop.ui.models.meeting import MeetingTableModel
from desktop.ui.widgets.fit_columns import ColumnFitter
from desktop.ui.widgets.paste_table import PasteTableView, setup_record_table
from desktop.ui.widgets.row_menu import RowMenu


class RowsPanel(QWidget):
    """A table of one of the meeting's lists, with Add, Remove, Up and Down.

    ``weights``: each column's share of the table's width; ``minimums``: their narrowest widths
    (pixels), so the main columns show on a laptop screen without scrolling sideways.
    """

    PASTES = False
    """The table takes rows pasted from Excel (its right-click menu offers "Paste")."""

    def __init__(
        self,
        model: MeetingTableModel[Any],
        blank: Callable[[], Any],
        add_text: str,
        weights: tuple[float, ...] = (),
        minimums: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._blank = blank
        self._add_text = add_text
        self.view = PasteTableView()
        self.view.setModel(model)
        setup_record_table(self.view)
        self.view.move_requested.connect(self.move_current)
        # Each column's share of the table's width (all columns when no weight is given).
        shares = weights or (1.0,) * model.columnCount()
        self.columns = ColumnFitter(self.view, dict(enumerate(shares)), dict(enumerate(minimums)))
        self.tools = QToolBar()
        self.tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tools.addAction(add_text).triggered.connect(lambda: self.add_row())
        self.tools.addAction(self.tr("Remove")).triggered.connect(self.remove_selected)
        self.tools.addAction(self.tr("Up")).triggered.connect(lambda: self.move_current(-1))
        self.tools.addAction(self.tr("Down")).triggered.connect(lambda: self.move_current(1))
        self.view.delete_requested.connect(self.remove_selected)
        self._locked = False
        self.row_menu = RowMenu(
            self.view, editable=lambda: not self._locked, insert=self.add_row, paste=self.PASTES
        )
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.tools)
        self.layout_.addWidget(self.view, 1)

    def add_row(self, row: int | None = None) -> None:
        """Insert a blank row before ``row`` (default: after the current one) and start typing
        in it."""
        current = self.view.currentIndex()
        if row is None:
            row = current.row() + 1 if current.isValid() else self.model.rowCount()
        before = self.model.rowCount()
        self.model.insert_records(row, [self._blank()], self._add_text)
        if self.model.rowCount() > before:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.edit(self.model.index(row, 0))

    def remove_selected(self) -> None:
        """Remove the selected rows (else the current one)."""
        rows = [i.row() for i in self.view.selectionModel().selectedRows()]
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        if rows:
            self.model.remove_rows(rows, self.tr("Remove rows"))

    def set_locked(self, locked: bool) -> None:
        """A final (or read-only) meeting: the row buttons are off, not silently useless."""
        self.tools.setEnabled(not locked)
        self._locked = locked
        self.row_menu.refresh()

    def move_current(self, delta: int) -> None:
        """Move the current row one place up (-1) or down (1)."""
        current = self.view.currentIndex()
        target = current.row() + delta
        if current.isValid() and 0 <= target < self.model.rowCount():
            destination = target if delta < 0 else target + 1
            if self.model.move_row(current.row(), destination, self.tr("Move row")):
                self.view.setCurrentIndex(self.model.index(target, current.column()))
