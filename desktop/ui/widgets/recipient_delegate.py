"""Editing a recipient's name with completion from the directory and their earlier awards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain.text import fold
from desktop.services.directory import DirectoryEntry
from desktop.ui.compat import override
from desktop.ui.models.awards import AwardTableModel
from desktop.ui.models.folded_filter import FoldedWordsFilter

NameRole = Qt.ItemDataRole.UserRole + 10
"""The plain name of a completion (what is matched and inserted)."""
EntryRole = Qt.ItemDataRole.UserRole + 11
"""The ``DirectoryEntry`` of a completion."""
FoldRole = Qt.ItemDataRole.UserRole + 12
"""Name, title and unit folded (no diacritics, lower case): what typed words are matched in."""


class FoldedCompletions(FoldedWordsFilter):
    """Completions containing every typed word, diacritics ignored ("nguyen v" → Nguyễn Văn …)."""

    show_all_when_empty = False

    @override
    def row_text(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> str:
        return str(self.sourceModel().index(row, 0, parent).data(FoldRole) or "")


def completion_model(entries: list[DirectoryEntry], parent: Any = None) -> QStandardItemModel:
    """One completion per person or collective: name, then who they are and their awards."""
    from PySide6.QtCore import QCoreApplication

    model = QStandardItemModel(parent)
    for entry in entries:
        who = (
            QCoreApplication.translate("RecipientDelegate", "collective")
            if entry.kind == "collective"
            else ", ".join(part for part in (entry.title, entry.unit) if part)
        )
        awards = (
            QCoreApplication.translate("RecipientDelegate", "{0} earlier awards").format(
                entry.awards
            )
            if entry.awards
            else ""
        )
        detail = " · ".join(part for part in (who, awards) if part)
        item = QStandardItem(f"{entry.name} — {detail}" if detail else entry.name)
        item.setData(entry.name, NameRole)
        item.setData(entry, EntryRole)
        item.setData(fold(f"{entry.name} {entry.title} {entry.unit}"), FoldRole)
        model.appendRow(item)
    return model


class RecipientNameDelegate(QStyledItemDelegate):
    """A line edit that completes names from the directory and fills title and unit."""

    def __init__(self, completions: QStandardItemModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.completions = completions

    @override
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        matches = FoldedCompletions(editor)
        matches.setSourceModel(self.completions)
        completer = QCompleter(matches, editor)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.setWidget(editor)

        def typed(text: str) -> None:
            editor.setProperty("entry", None)
            matches.set_text(text)
            popup = completer.popup()
            if matches.rowCount():
                completer.complete()
            elif popup is not None:
                popup.hide()

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
            model.set_recipient(
                index.row(), entry.kind, entry.name, entry.title, entry.unit, entry.id
            )
            return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
