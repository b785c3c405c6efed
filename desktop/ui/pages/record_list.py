"""A page with a list of records on the left and the record's editor on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.row_menu import RowMenu

IdRole = Qt.ItemDataRole.UserRole + 1
PAGE_ROWS = 200
"""Rows read at a time by a paged list (a few screens; one query of a few milliseconds)."""

Row = tuple[str, str, str]
"""(id, text, tooltip) of one record in the list."""


class Pager(NamedTuple):
    """A list read a page at a time: ``rows(offset, limit)`` in list order (sorted by the
    database), ``position(id)`` the row of a record (-1 when it is not listed)."""

    rows: Callable[[int, int], list[Row]]
    position: Callable[[str], int]


class RecordListPage(QWidget):
    """List + New/Delete buttons + an editor that shows the selected record."""

    current_changed = Signal(str)
    """The selected record's id ("" for none)."""
    delete_requested = Signal(str)
    new_requested = Signal()

    def __init__(
        self,
        title: str,
        new_text: str,
        editor: QWidget,
        rows: Callable[[], list[Row]] | Pager,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        """``rows()`` gives (id, text, tooltip) for every record, in list order; a ``Pager``
        reads them a page at a time, the next page when the list is scrolled near its end
        (10,000 decisions are never read at once)."""
        super().__init__(parent)
        self._rows = rows
        self._more = False
        """A paged list has rows not read yet."""
        self.read_only = False
        """True in a read-only window: no New, no Delete."""
        self.editor = editor
        self.list = QListWidget()
        self.row_menu = RowMenu(self.list)  # Copy the list as Excel rows
        self.list.setWordWrap(True)
        # Thousands of decisions: lay the list out a batch at a time from the event loop, not
        # all of it before the page first shows.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(200)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.new_button = QPushButton(new_text)
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move to the recycle bin (it can be restored)"))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(f"<b>{title}</b>"))
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 1200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def reload(self, select: str | None = None) -> None:
        """List the records again, keeping (or moving to) the selection."""
        keep = select if select is not None else self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        self._more = False
        chosen = None
        if isinstance(self._rows, Pager):
            # Pages down to the kept record (where it stands is one query), at least one.
            wanted = self._rows.position(keep) + 1 if keep else 0
            while self._read_page() and self.list.count() < wanted:
                pass
            chosen = self._item_of(keep)
        else:
            for record_id, text, tip in self._rows():
                self.list.addItem(_item(record_id, text, tip))
            chosen = self._item_of(keep)
        self.list.blockSignals(False)
        empty = self.list.count() == 0
        self.empty_label.setVisible(empty)
        self.delete_button.setEnabled(not empty and not self.read_only)
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
            if chosen.data(IdRole) == keep and keep:
                self.current_changed.emit(keep)
        else:
            self.current_changed.emit("")

    def fetch_more(self) -> bool:
        """Read the next page of a paged list; True while rows remain unread."""
        if not self._more:
            return False
        blocked = self.list.blockSignals(True)
        try:
            return self._read_page()
        finally:
            self.list.blockSignals(blocked)

    def can_fetch_more(self) -> bool:
        """True while a paged list has rows not read yet."""
        return self._more

    def _read_page(self) -> bool:
        assert isinstance(self._rows, Pager)
        rows = self._rows.rows(self.list.count(), PAGE_ROWS)
        for record_id, text, tip in rows:
            self.list.addItem(_item(record_id, text, tip))
        self._more = len(rows) == PAGE_ROWS
        return self._more

    def _item_of(self, record_id: str | None) -> QListWidgetItem | None:
        if not record_id:
            return None
        for row in range(self.list.count() - 1, -1, -1):
            item = self.list.item(row)
            if item.data(IdRole) == record_id:
                return item
        return None

    def _on_scrolled(self, value: int) -> None:
        bar = self.list.verticalScrollBar()
        if self._more and value >= bar.maximum() - bar.pageStep():
            self.fetch_more()

    def current_id(self) -> str:
        """Id of the selected record ("" for none)."""
        item = self.list.currentItem()
        return str(item.data(IdRole)) if item is not None else ""

    def rename_current(self, text: str) -> None:
        """Update the selected row's text (after an edit of the title or number)."""
        item = self.list.currentItem()
        if item is not None and item.text() != text:
            item.setText(text)

    def _on_list_current_item_changed(self, item: QListWidgetItem | None, _: object) -> None:
        self.current_changed.emit(str(item.data(IdRole)) if item is not None else "")

    def _on_delete_button_clicked(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.delete_requested.emit(record_id)


def _item(record_id: str, text: str, tip: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(IdRole, record_id)
    item.setToolTip(tip)
    return item
