"""The directory as a table that reads its rows a page at a time, as the view scrolls.

A directory may hold 400,000 people: the model never reads them all. It asks the service for
the first page when shown or filtered, and for the next page when the view scrolls near the
end (Qt's ``canFetchMore``/``fetchMore``); a filter is one more bounded FTS5 query.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.directory import Cursor, DirectoryEntry
from desktop.ui.compat import override
from desktop.ui.models.awards import kind_label

Index = QModelIndex | QPersistentModelIndex
Pager = Callable[[str, Cursor | None, int], tuple[list[DirectoryEntry], Cursor | None]]
"""``Library.directory.page``: (filter text, after, limit) → (entries, next cursor)."""

COL_ENTRY_KIND, COL_ENTRY_NAME, COL_ENTRY_TITLE, COL_ENTRY_UNIT, COL_ENTRY_AWARDS = range(5)
PAGE_ROWS = 200
"""Rows read per page: a few screens, one query of a few milliseconds."""


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("DirectoryView", "Kind"),
        QCoreApplication.translate("DirectoryView", "Name"),
        QCoreApplication.translate("DirectoryView", "Title"),
        QCoreApplication.translate("DirectoryView", "Unit"),
        QCoreApplication.translate("DirectoryView", "Awards"),
    ]


class DirectoryListModel(QAbstractTableModel):
    """People and collectives (read-only), read from storage a page at a time."""

    def __init__(self, pager: Pager, parent: Any = None) -> None:
        super().__init__(parent)
        self._pager = pager
        self._headers = _headers()
        self._entries: list[DirectoryEntry] = []
        self._text = ""
        self._next: Cursor | None = None
        self._more = False

    # -- our API --------------------------------------------------------------------------------

    def reload(self, text: str | None = None) -> None:
        """Read the first page again, filtered by ``text`` (None: the current filter)."""
        if text is not None:
            self._text = text
        entries, cursor = self._pager(self._text, None, PAGE_ROWS)
        self.beginResetModel()
        self._entries = entries
        self._next, self._more = cursor, cursor is not None
        self.endResetModel()

    def filter_text(self) -> str:
        """What the rows are filtered by ("" for every row)."""
        return self._text

    def entry(self, row: int) -> DirectoryEntry:
        """The person or collective on ``row``."""
        return self._entries[row]

    def row_of(self, recipient_id: str, pages: int = 5) -> int:
        """The row of ``recipient_id``, reading up to ``pages`` more pages to find it; -1 when
        it is not among them."""
        for _ in range(pages + 1):
            for row, entry in enumerate(self._entries):
                if entry.id == recipient_id:
                    return row
            if not self._more:
                break
            self.fetchMore(QModelIndex())
        return -1

    # -- Qt -------------------------------------------------------------------------------------

    @override
    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    @override
    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        entries, cursor = self._pager(self._text, self._next, PAGE_ROWS)
        self._next, self._more = cursor, cursor is not None
        if entries:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._entries += entries
            self.endInsertRows()

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == COL_ENTRY_KIND:
            return kind_label(entry.kind)
        if column == COL_ENTRY_NAME:
            return entry.name
        if column == COL_ENTRY_TITLE:
            return entry.title
        if column == COL_ENTRY_UNIT:
            return entry.unit
        return entry.awards

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
