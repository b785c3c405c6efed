"""The one search box: finds people, collectives, meetings and decisions without diacritics."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.domain.records import SearchHit
from desktop.services.session import Library

HitRole = Qt.ItemDataRole.UserRole + 1
DELAY_MS = 150


class SearchBox(QLineEdit):
    """Type a few letters of any word ("ng v an", "dang"); choose a result to open it."""

    hit_chosen = Signal(object)
    """The user chose a ``SearchHit``."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.setPlaceholderText(self.tr("Search people, units, meetings, decisions… (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(380)
        self.results = QStandardItemModel(self)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        self._completer.setMaxVisibleItems(15)
        self._completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completer_activated
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textEdited.connect(self._timer.start)
        self.returnPressed.connect(self._on_return_pressed)

    def labels(self) -> dict[str, str]:
        """Kind of record → its name in the user's language."""
        return {
            "person": self.tr("Person"),
            "collective": self.tr("Collective"),
            "meeting": self.tr("Meeting"),
            "decision": self.tr("Decision"),
        }

    def search(self, text: str) -> list[SearchHit]:
        """Search now and show the results under the box."""
        hits = self._library.search(text, limit=8) if text.strip() else []
        labels = self.labels()
        self.results.clear()
        for hit in hits:
            detail = f" — {hit.detail}" if hit.detail else ""
            item = QStandardItem(f"{labels[hit.kind]}: {hit.title}{detail}")
            item.setData(hit, HitRole)
            self.results.appendRow(item)
        if not hits and text.strip():
            empty = QStandardItem(self.tr("Nothing found for “{0}”").format(text.strip()))
            empty.setEnabled(False)
            self.results.appendRow(empty)
        if self.results.rowCount() and self.hasFocus():
            self._completer.complete()
        return hits

    def _on_timer_timeout(self) -> None:
        if self._library.is_open():  # not after the database was closed while typing paused
            self.search(self.text())

    def _on_return_pressed(self) -> None:
        hits = self.search(self.text())
        if hits:
            self.hit_chosen.emit(hits[0])

    def _on_completer_activated(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if isinstance(hit, SearchHit):
            self.hit_chosen.emit(hit)
