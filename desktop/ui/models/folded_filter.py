"""Filtering rows by what the user types, diacritics and case ignored ("nguyen v" → Nguyễn Văn)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from desktop.domain.text import fold
from desktop.ui.compat import override


class FoldedWordsFilter(QSortFilterProxyModel):
    """Rows whose folded text contains every typed word; subclasses say what a row's text is.

    ``show_all_when_empty`` decides what an empty filter shows: every row (a list being
    filtered) or none (completions, which appear only once something is typed).
    """

    show_all_when_empty = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        """Filter by ``text`` (diacritics and case ignored)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row_text(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> str:
        """The folded text the typed words are looked for in."""
        raise NotImplementedError

    @override
    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return self.show_all_when_empty
        text = self.row_text(row, parent)
        return all(word in text for word in self._words)
