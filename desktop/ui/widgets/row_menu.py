"""A right-click menu on a table, as in Word and Excel: insert, delete, move, copy, paste.

Built once here and attached to every table of the window. On an editable table
(``PasteTableView``) each action calls what the table's own keys and buttons already call —
the panel's insert, and the view's ``delete_requested``, ``move_requested`` (Alt+↑/↓) and
``paste_requested`` signals — so each action is one undo step of the Qt-free edit state
(``services/editing``) and follows its rules (a locked meeting refuses, a bad pasted row is
named). A read-only table (the directory, the issue log, the decisions list) gets "Copy" only.

"Copy" puts the selected rows on the clipboard as Excel puts them (cells separated by tabs,
one row a line, a cell holding a tab, a line break or a quote in quotes), so that pasting in
Excel gives cells and pasting back here gives rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView
from shiboken6 import isValid

from desktop.ui.widgets.paste_table import PasteTableView

ROW_END = "\r\n"
"""Excel ends every copied row with CR LF (its own paste and Word's expect it)."""


def excel_cell(text: str) -> str:
    """One cell as Excel copies it: in quotes (doubled inside) when it holds a tab, a line
    break or a quote, else as it is."""
    if any(c in text for c in '\t\r\n"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def excel_text(rows: Sequence[Sequence[str]]) -> str:
    """Rows of cells as Excel puts them on the clipboard (tab-separated, CR LF after each)."""
    return "".join("\t".join(excel_cell(c) for c in row) + ROW_END for row in rows)


def _cell_text(model: QAbstractItemModel, row: int, column: int) -> str:
    index = model.index(row, column)
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    if shown is None:
        check = index.data(Qt.ItemDataRole.CheckStateRole)
        if check is not None:  # a tick box (present): "x" as a clerk marks it in Excel
            checked = check in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            return "x" if checked else ""
        return ""
    return str(shown)


class RowMenu(QObject):
    """The right-click menu (and its keys) of one table.

    ``editable()``: whether the table may be changed now (False: a final meeting, a window
    opened read-only, no record shown); without it the table is read-only and only copies.
    ``insert(row)``: add a blank row before ``row`` (one undo step). ``paste``: offer "Paste"
    (the view's ``paste_requested``, with the panel's rules).
    """

    def __init__(
        self,
        view: QAbstractItemView,
        *,
        editable: Callable[[], bool] | None = None,
        insert: Callable[[int], object] | None = None,
        paste: bool = False,
    ) -> None:
        super().__init__(view)
        self.view = view
        self._editable = editable
        self._insert = insert
        self.menu = QMenu(view)
        edits = isinstance(view, PasteTableView) and editable is not None
        self.insert_above_action = self._action(self.tr("Insert row above"), "Ins")
        self.insert_below_action = self._action(self.tr("Insert row below"), "Alt+Ins")
        self.delete_action = self._action(self.tr("Delete rows"), "Del")
        self.up_action = self._action(self.tr("Move up"), "Alt+Up")
        self.down_action = self._action(self.tr("Move down"), "Alt+Down")
        self.copy_action = self._action(self.tr("Copy"), QKeySequence.StandardKey.Copy)
        self.copy_headers_action = self._action(self.tr("Copy with column names"), "Ctrl+Shift+C")
        self.paste_action = self._action(self.tr("Paste"), QKeySequence.StandardKey.Paste)
        self.edit_actions: tuple[QAction, ...] = ()
        if edits and insert is not None:
            self.edit_actions += (self.insert_above_action, self.insert_below_action)
        if edits:
            self.edit_actions += (self.delete_action, self.up_action, self.down_action)
        shown = [*self.edit_actions, self.copy_action, self.copy_headers_action]
        if edits and paste:
            self.edit_actions += (self.paste_action,)
            shown.append(self.paste_action)
        for action in shown:
            if action in (self.up_action, self.copy_action):
                self.menu.addSeparator()
            self.menu.addAction(action)
            view.addAction(action)  # its key works while the table has the focus

        self.insert_above_action.triggered.connect(lambda: self.insert_row(above=True))
        self.insert_below_action.triggered.connect(lambda: self.insert_row(above=False))
        if isinstance(view, PasteTableView):
            self.delete_action.triggered.connect(view.delete_requested.emit)
            self.up_action.triggered.connect(lambda: view.move_requested.emit(-1))
            self.down_action.triggered.connect(lambda: view.move_requested.emit(1))
            self.paste_action.triggered.connect(
                lambda: view.paste_requested.emit(QGuiApplication.clipboard().text())
            )
        self.copy_action.triggered.connect(lambda: self.copy_rows(headers=False))
        self.copy_headers_action.triggered.connect(lambda: self.copy_rows(headers=True))

        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        self.menu.aboutToShow.connect(self.refresh)
        # The model's changes come in bursts (a list of 200 rows filled one by one): one
        # refresh after them, when control is back in the event loop.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        model = view.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._soon)
        view.selectionModel().selectionChanged.connect(self.refresh)  # one event: at once
        view.selectionModel().currentChanged.connect(self.refresh)
        self.refresh()

    def _action(self, text: str, keys: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(keys))
        # Only while this table has the focus: Del in a text box deletes a letter.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setShortcutVisibleInContextMenu(True)
        return action

    # -- what the actions do (public: tests call them) ---------------------------------------

    def selected_rows(self) -> list[int]:
        """The selected rows in order (else the current row; else none)."""
        selection = self.view.selectionModel()
        rows = sorted({i.row() for i in selection.selectedIndexes()})
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = [current.row()]
        return rows

    def insert_row(self, *, above: bool) -> None:
        """Add a blank row above the first selected row (or below the last)."""
        if self._insert is None or not self._may_edit():
            return
        rows = self.selected_rows()
        if above:
            row = rows[0] if rows else 0
        else:
            row = rows[-1] + 1 if rows else self.view.model().rowCount(QModelIndex())
        self._insert(row)

    def rows_text(self, *, headers: bool = False) -> str:
        """The selected rows as Excel copies them (``headers``: the column names first)."""
        model = self.view.model()
        columns = self._columns()
        lines: list[list[str]] = []
        if headers:
            names = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
            lines.append(["" if n is None else str(n) for n in names])
        for row in self.selected_rows():
            cells = [_cell_text(model, row, c) for c in columns]
            if not isinstance(self.view, QTableView):  # a list item's lines: one cell each
                cells = cells[0].splitlines()
            lines.append(cells)
        return excel_text(lines)

    def copy_rows(self, *, headers: bool = False) -> str:
        """Put the selected rows on the clipboard as Excel rows; the text put there."""
        text = self.rows_text(headers=headers)
        if self.selected_rows():
            QGuiApplication.clipboard().setText(text)
        return text

    def _soon(self, *_args: object) -> None:
        self._later.start()

    def refresh(self) -> None:
        """Enable what applies now (a row selected, not the first or last, not locked)."""
        if not isValid(self.view) or not isValid(self):
            return  # the table is being destroyed (its model empties itself on the way)
        editable = self._may_edit()
        rows = self.selected_rows()
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else -1
        count = self.view.model().rowCount(QModelIndex())
        self.insert_above_action.setEnabled(editable)
        self.insert_below_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and bool(rows))
        self.up_action.setEnabled(editable and row > 0)
        self.down_action.setEnabled(editable and 0 <= row < count - 1)
        self.copy_action.setEnabled(bool(rows))
        self.copy_headers_action.setEnabled(bool(rows))
        self.paste_action.setEnabled(editable)

    # -- helpers -------------------------------------------------------------------------------

    def _may_edit(self) -> bool:
        return self._editable is not None and self._editable()

    def _columns(self) -> list[int]:
        """The model's columns in the order shown, hidden ones left out."""
        if not isinstance(self.view, QTableView):
            return [0]  # a list: one column (its model hides columnCount)
        count = self.view.model().columnCount()
        header = self.view.horizontalHeader()
        shown = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in shown if 0 <= c < count and not header.isSectionHidden(c)]

    def _on_view_custom_context_menu_requested(self, position: QPoint) -> None:
        self.menu.popup(self.view.viewport().mapToGlobal(position))
