"""A table model over a plain list of records, with reorder by drag and paste.

Thin adapter in the style of Vorta's and napari's models: the records are ordinary dataclasses
from ``desktop.domain``; the model knows how to show and edit their columns and nothing else.
Subclasses declare their columns. Every change emits ``records_edited`` with a short
description, which the editor turns into an undo step and an autosave.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.records import TEXT_LIMIT
from desktop.domain.text import normalize
from desktop.ui.compat import override

T = TypeVar("T")

ROW_MIME_TYPE = "application/x-vinhdanh-rows"
RecordRole = Qt.ItemDataRole.UserRole + 1
"""The record (dataclass) of a row."""
EditRole = Qt.ItemDataRole.EditRole

Index = QModelIndex | QPersistentModelIndex

PROBLEM_BRUSH = QBrush(QColor("#fde2e1"))
"""The background of a cell with a problem (the colour of a refused field in the forms)."""


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: its header, how to read it, how to write it (None = read-only)."""

    header: str
    read: Callable[[T], Any]
    write: Callable[[T, Any], None] | None = None
    checkable: bool = False
    """Shown as a check box; ``read`` gives a bool."""
    show: Callable[[T], str] | None = None
    """Display text when it differs from the edit value (e.g. a role's label)."""
    limit: int = TEXT_LIMIT
    """The longest text typed into it: what a meeting package accepts (``REASON_LIMIT`` for a
    reason), so the window never keeps what an export would refuse."""


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records of one type; columns are ``Column`` definitions."""

    records_edited = Signal(str)
    """A change made through the model (edit, insert, remove, move), with its description."""
    edit_refused = Signal(str)
    """A typed text refused (only invisible characters), with a sentence naming row and column."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []
        self._read_only = False

    # -- our API --------------------------------------------------------------------------------

    def records(self) -> list[T]:
        """Deep copies of the records, in row order."""
        return copy.deepcopy(self._records)

    def set_records(self, records: Sequence[T]) -> None:
        """Show these records (copied); no edit is reported."""
        self.beginResetModel()
        self._records = copy.deepcopy(list(records))
        self.endResetModel()

    def record(self, row: int) -> T:
        """The record shown on ``row`` (not a copy: do not change it)."""
        return self._records[row]

    def set_read_only(self, read_only: bool) -> None:
        """Refuse every edit (a meeting marked final)."""
        self._read_only = read_only

    def insert_records(self, row: int, records: Sequence[T], description: str) -> None:
        """Insert ``records`` before ``row``."""
        if not records or self._read_only:
            return
        row = max(0, min(row, len(self._records)))
        self.beginInsertRows(QModelIndex(), row, row + len(records) - 1)
        self._records[row:row] = copy.deepcopy(list(records))
        self.endInsertRows()
        self.records_edited.emit(description)

    def remove_rows(self, rows: Sequence[int], description: str) -> None:
        """Remove the given rows (any order, duplicates ignored)."""
        if self._read_only:
            return
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._records):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._records[row]
                self.endRemoveRows()
        self.records_edited.emit(description)

    def move_row(self, source: int, destination: int, description: str) -> bool:
        """Move one row so that it ends up before the row now at ``destination``."""
        if self._read_only or not 0 <= source < len(self._records):
            return False
        destination = max(0, min(destination, len(self._records)))
        if destination in (source, source + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination):
            return False
        record = self._records.pop(source)
        self._records.insert(destination - 1 if destination > source else destination, record)
        self.endMoveRows()
        self.records_edited.emit(description)
        return True

    def reorder(self, records: Sequence[T], description: str) -> None:
        """Show the same records in a new order (sort)."""
        if self._read_only:
            return
        self.layoutAboutToBeChanged.emit()
        self._records = list(records)
        self.layoutChanged.emit()
        self.records_edited.emit(description)

    # -- Qt overrides ---------------------------------------------------------------------------

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return str(section + 1)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == RecordRole:
            return record
        if column.checkable:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = bool(column.read(record))
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(record) if column.show else column.read(record)
        if role == Qt.ItemDataRole.EditRole:
            return column.read(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.show(record) if column.show else column.read(record)
        return None

    @override
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._read_only or not index.isValid():
            return False
        column = self._columns[index.column()]
        if column.write is None:
            return False
        record = self._records[index.row()]
        if column.checkable:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            new = self.typed_value(index, value)
            if new is None:
                return False
        else:
            return False
        if column.read(record) == new:
            return False
        column.write(record, new)
        first = self.index(index.row(), 0)
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(first, last)
        self.records_edited.emit(column.header)
        return True

    def typed_value(self, index: Index, value: Any) -> Any:
        """What typing ``value`` into the cell stores: text normalised (NFC, single spaces);
        None when refused (``edit_refused`` says why)."""
        new = normalize(value) if isinstance(value, str) else value
        if isinstance(value, str) and value.strip() and not new:
            # Zero-width spaces, U+202E …: no text at all once normalised. Emptying the
            # cell would drop the row silently (a nameless row is not stored): refuse.
            codes = " ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(value) if c.strip())
            self.edit_refused.emit(
                QCoreApplication.translate(
                    "RecordTableModel",
                    "Row {0}, {1}: the text typed is only invisible characters ({2}); "
                    "it was not taken, the cell keeps its text.",
                ).format(index.row() + 1, self._columns[index.column()].header, codes)
            )
            return None
        limit = self._columns[index.column()].limit
        if isinstance(new, str) and len(new) > limit:
            self.edit_refused.emit(
                QCoreApplication.translate(
                    "RecordTableModel",
                    "Row {0}, {1}: {2} characters, more than the {3} a meeting package accepts; "
                    "it was not taken, the cell keeps its text.",
                ).format(index.row() + 1, self._columns[index.column()].header, len(new), limit)
            )
            return None
        return new

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        column = self._columns[index.column()]
        if not self._read_only and column.write is not None:
            flags |= (
                Qt.ItemFlag.ItemIsUserCheckable if column.checkable else Qt.ItemFlag.ItemIsEditable
            )
        return flags

    @override
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override
    def mimeTypes(self) -> list[str]:
        return [ROW_MIME_TYPE]

    @override
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROW_MIME_TYPE, QByteArray(",".join(map(str, rows)).encode()))
        return data

    @override
    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return not self._read_only and data.hasFormat(ROW_MIME_TYPE)

    @override
    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged row here.

        Returns False even after moving: the view would otherwise remove the "source" rows of
        a MoveAction itself (QAbstractItemView::startDrag), deleting the moved record.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        text = bytes(data.data(ROW_MIME_TYPE).data()).decode()
        rows = [int(r) for r in text.split(",") if r.strip().isdigit()]
        if len(rows) != 1:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._records)
        self.move_row(rows[0], row, self.tr("Move row"))
        return False
