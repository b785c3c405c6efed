"""Editing a recipient's name with completion from the directory and their earlier awards."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.services.directory import DirectoryEntry
from desktop.ui.compat import override
from desktop.ui.models.awards import AwardTableModel
from desktop.ui.questions import ask

NameRole = Qt.ItemDataRole.UserRole + 10
"""The plain name of a completion (what is inserted)."""
EntryRole = Qt.ItemDataRole.UserRole + 11
"""The ``DirectoryEntry`` of a completion."""

Finder = Callable[[str], list[DirectoryEntry]]
"""What the directory offers for a typed name (``Library.directory.complete``: a bounded
FTS5 query, a few milliseconds whatever the directory's size)."""


def completion_text(entry: DirectoryEntry) -> str:
    """A completion as the list shows it: name, then who they are and their awards."""
    who = (
        QCoreApplication.translate("RecipientDelegate", "collective")
        if entry.kind == "collective"
        else ", ".join(part for part in (entry.title, entry.unit) if part)
    )
    awards = (
        QCoreApplication.translate("RecipientDelegate", "{0} earlier awards").format(entry.awards)
        if entry.awards
        else ""
    )
    detail = " · ".join(part for part in (who, awards) if part)
    return f"{entry.name} — {detail}" if detail else entry.name


class NameCompletions(QAbstractListModel):
    """The people and collectives offered for the name being typed, asked of the directory at
    each keystroke (nothing is read when the editor opens, nothing proportional to the
    directory's size)."""

    def __init__(self, find: Finder, parent: Any = None) -> None:
        super().__init__(parent)
        self._find = find
        self._entries: list[DirectoryEntry] = []

    def set_text(self, text: str) -> None:
        """Offer what the directory has for ``text`` (nothing for an empty text)."""
        found = self._find(text) if text.strip() else []
        self.beginResetModel()
        self._entries = found
        self.endResetModel()

    def entry(self, row: int) -> DirectoryEntry:
        """The person or collective offered at ``row``."""
        return self._entries[row]

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    @override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return completion_text(entry)
        if role == NameRole:
            return entry.name
        if role == EntryRole:
            return entry
        return None


POPUP_WIDTH = 520
"""Least width of the suggestions (px): "Nguyễn Văn An — Chuyên viên, Văn phòng Sở"."""


def replace_title_and_unit(parent: QWidget, title: str, unit: str, entry: DirectoryEntry) -> bool:
    """Ask before a suggestion replaces what the row already says; True: replace."""
    now = ", ".join(p for p in (title, unit) if p)
    stored = ", ".join(p for p in (entry.title, entry.unit) if p) or "—"
    answer = ask(
        QMessageBox.Icon.Question,
        "Vinh Danh",
        QCoreApplication.translate(
            "RecipientNameDelegate",
            "This row says “{0}”; the directory has {1} as “{2}”. Use the directory's?",
        ).format(now, entry.name, stored),
        [
            (
                "replace",
                QCoreApplication.translate("RecipientNameDelegate", "Use the directory's"),
                QMessageBox.ButtonRole.AcceptRole,
            ),
            (
                "keep",
                QCoreApplication.translate("RecipientNameDelegate", "Keep this row's"),
                QMessageBox.ButtonRole.RejectRole,
            ),
        ],
        default="keep",
        escape="keep",
        parent=parent,
    )
    return answer == "replace"


class RecipientNameDelegate(QStyledItemDelegate):
    """A line edit that completes names from the directory and fills title and unit."""

    def __init__(self, find: Finder, parent: Any = None) -> None:
        super().__init__(parent)
        self.find = find

    @override
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        matches = NameCompletions(self.find, editor)
        completer = QCompleter(matches, editor)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.setWidget(editor)

        def typed(text: str) -> None:
            editor.setProperty("entry", None)
            shown = matches.rowCount()
            matches.set_text(text)
            popup = completer.popup()
            assert popup is not None  # QCompleter makes its list view when created
            if not matches.rowCount():
                popup.hide()
            elif not popup.isVisible() or matches.rowCount() != shown:
                completer.complete()  # placed and sized again only when its height changes
                # Wide enough for name, title and unit (namesakes told apart), and nothing
                # chosen until the user picks: Enter keeps what was typed.
                popup.setMinimumWidth(max(POPUP_WIDTH, editor.width()))
                popup.setCurrentIndex(QModelIndex())

        def chosen(index: QModelIndex) -> None:
            editor.setText(str(index.data(NameRole)))
            editor.setProperty("entry", index.data(EntryRole))

        editor.textEdited.connect(typed)
        completer.activated[QModelIndex].connect(chosen)  # type: ignore[index]
        editor.setProperty("matches", matches)
        return editor

    @override
    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        entry = editor.property("entry")
        chosen = isinstance(entry, DirectoryEntry) and entry.name == editor.text().strip()
        if chosen and isinstance(model, AwardTableModel):
            title, unit = entry.title, entry.unit
            row = model.record(index.row())
            differs = (row.title or row.unit) and (row.title, row.unit) != (title, unit)
            if differs and not replace_title_and_unit(editor, row.title, row.unit, entry):
                title, unit = row.title, row.unit  # the person, with this row's words
            model.set_recipient(index.row(), entry.kind, entry.name, title, unit, entry.id)
            return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
