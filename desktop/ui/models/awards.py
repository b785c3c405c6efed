"""The recipients of a decision (danh sách khen thưởng) as a table model.

The model adapts the one list a ``DecisionEditState`` owns: an edit typed in a cell goes to the
state (``set_cell``), and the state tells the model what changed, which the model passes on to
the views as Qt expects (rows inserted, removed, moved, one row's data changed, a sort as a
layout change keeping the selection). The model is reset only when another decision is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.awards import unnamed_message, unnamed_rows
from desktop.domain.records import REASON_LIMIT, Award, Decision, Organisation, RecipientKind
from desktop.services.editing.decision import CELL_FIELDS, DecisionEditState, DecisionObserver
from desktop.ui.compat import override
from desktop.ui.models.records import PROBLEM_BRUSH, Column, RecordTableModel

COL_KIND, COL_NAME, COL_TITLE, COL_UNIT, COL_REASON, COL_SALUTATION = range(6)
AwardRole = Qt.ItemDataRole.UserRole + 1
"""The ``Award`` of a row (same as ``RecordRole``)."""
RecipientIdRole = Qt.ItemDataRole.UserRole + 2
"""Id of the person or collective in the directory ("" when not matched yet)."""
ProblemRole = Qt.ItemDataRole.UserRole + 3
"""What is wrong with a row, at its name cell ("Dòng 12: chưa có tên người nhận…"), or None."""


def kind_label(kind: RecipientKind) -> str:
    """ "Collective" / "Person" in the user's language."""
    return (
        QCoreApplication.translate("AwardTableModel", "Collective")
        if kind == "collective"
        else QCoreApplication.translate("AwardTableModel", "Person")
    )


def kind_of(value: Any) -> RecipientKind:
    """The kind a cell's text means ("Tập thể", "Collective" … → collective)."""
    text = str(value).casefold()
    collective = {
        "collective",
        "tập thể",
        "tap the",
        QCoreApplication.translate("AwardTableModel", "Collective").casefold(),
    }
    return "collective" if text in collective else "person"


NOT_CHOSEN = "?"
"""Edit value of a salutation nobody has chosen yet (``Award.salutation is None``)."""


def salutation_choices() -> dict[str, str]:
    """Stored salutation → its label, for the column's drop-down list."""
    none = QCoreApplication.translate("AwardTableModel", "(none)")
    return {"Ông": "Ông", "Bà": "Bà", "Đồng chí": "Đồng chí", "": none}


def _salutation_value(award: Award) -> str:
    if award.is_collective:
        return ""
    return NOT_CHOSEN if award.salutation is None else award.salutation


def _show_salutation(award: Award) -> str:
    if award.is_collective:
        return ""
    if award.salutation is None:
        return QCoreApplication.translate("AwardTableModel", "? choose")
    return salutation_choices()[award.salutation]


def _read_only(_award: Award, _value: Any) -> None:
    """Cells are written through the state (``setData``), never by the column."""
    raise AssertionError("written through DecisionEditState.set_cell")


def _empty_state() -> DecisionEditState:
    return DecisionEditState(
        Decision(number="", date=dt.date.today(), issuer=Organisation(name=""))
    )


class AwardTableModel(RecordTableModel[Award]):
    """Rows are the awards of one decision, in list order: the state's list, not a copy."""

    def __init__(self, parent: Any = None, state: DecisionEditState | None = None) -> None:
        self.state = state if state is not None else _empty_state()
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("AwardTableModel", "Kind"),
                    lambda a: a.kind,
                    _read_only,
                    show=lambda a: kind_label(a.kind),
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Name"),
                    lambda a: a.name,
                    _read_only,
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Title"),
                    lambda a: a.title,
                    _read_only,
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Unit"),
                    lambda a: a.unit,
                    _read_only,
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Own reason"),
                    lambda a: a.reason,
                    _read_only,
                    limit=REASON_LIMIT,
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Salutation"),
                    _salutation_value,
                    _read_only,
                    show=_show_salutation,
                ),
            ],
            parent,
        )
        self.earlier: dict[str, list[tuple[int, str]]] = {}
        """(year, award form) of each directory recipient's other awards (set by the editor)."""
        self._adapter = _Adapter(self)
        self.state.observe(self._adapter)

    # The rows are the state's list (RecordTableModel reads ``_records``).
    @property
    def _records(self) -> list[Award]:
        return self.state.awards

    @_records.setter
    def _records(self, _value: list[Award]) -> None:
        pass  # RecordTableModel.__init__ starts an empty list; the state owns the rows

    def earlier_text(self, row: int) -> str:
        """ "Already awarded: 2022 Giấy khen, 2023 Giấy khen" for a row, or "" (first time)."""
        awards = self.earlier.get(self.record(row).recipient_id)
        if not awards:
            return ""
        return QCoreApplication.translate("AwardTableModel", "Already awarded: {0}").format(
            ", ".join(f"{year} {form}" for year, form in awards)
        )

    def problem(self, row: int) -> str:
        """What is wrong with a row, as its cell says it ("" when nothing)."""
        if 0 <= row < self.rowCount() and unnamed_rows([self.record(row)]):
            return unnamed_message(row + 1)
        return ""

    # -- RecordTableModel's API, through the state -------------------------------------------

    @override
    def set_records(self, records: Sequence[Award]) -> None:
        """Show these records (a decision of their own; the editor loads its state instead)."""
        decision = self.state.record
        if decision is None:
            self.state.load(_empty_state().record)
            decision = self.state.record
        assert decision is not None
        decision.awards = [replace(a) for a in records]
        self.state.load(decision)

    @override
    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.state.read_only = read_only

    @override
    def insert_records(self, row: int, records: Sequence[Award], description: str) -> None:
        if self.state.insert(row, records, description):
            self.records_edited.emit(description)

    @override
    def remove_rows(self, rows: Sequence[int], description: str) -> None:
        if self.state.remove(rows):
            self.records_edited.emit(description)

    @override
    def move_row(self, source: int, destination: int, description: str) -> bool:
        moved = self.state.move(source, destination)
        if moved:
            self.records_edited.emit(description)
        return moved

    @override
    def reorder(self, records: Sequence[Award], description: str) -> None:
        """Show the same records in a new order (by identity)."""
        where = {id(a): i for i, a in enumerate(self.state.awards)}
        order = [where[id(a)] for a in records]
        if self.state.permute(order):
            self.records_edited.emit(description)

    def set_recipient(
        self, row: int, kind: RecipientKind, name: str, title: str, unit: str, recipient_id: str
    ) -> None:
        """Fill a row from the directory (one edit)."""
        if self.state.set_recipient(row, kind, name, title, unit, recipient_id):
            self.records_edited.emit(
                QCoreApplication.translate("AwardTableModel", "Choose from directory")
            )

    # -- Qt ----------------------------------------------------------------------------------------

    @override
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == RecipientIdRole and index.isValid():
            return self.record(index.row()).recipient_id
        if index.isValid() and index.column() == COL_NAME:
            if role == ProblemRole:
                return self.problem(index.row()) or None
            if role == Qt.ItemDataRole.BackgroundRole:
                return PROBLEM_BRUSH if self.problem(index.row()) else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.problem(index.row()) or self.earlier_text(index.row()) or None
        return super().data(index, role)

    @override
    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if self._read_only or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        new = self.typed_value(index, value)
        if new is None:
            return False
        column = index.column()
        if column == COL_KIND:
            new = kind_of(new)
        if not self.state.set_cell(index.row(), CELL_FIELDS[column], new):
            return False
        self.records_edited.emit(self._columns[column].header)
        return True


class _Adapter(DecisionObserver):
    """The state's notifications as Qt's begin/end calls on the model."""

    def __init__(self, model: AwardTableModel) -> None:
        self._model = model

    @override
    def reset(self) -> None:
        self._model.beginResetModel()
        self._model.endResetModel()

    @override
    def about_to_insert_rows(self, first: int, count: int) -> None:
        self._model.beginInsertRows(QModelIndex(), first, first + count - 1)

    @override
    def rows_inserted(self, first: int, count: int) -> None:
        self._model.endInsertRows()

    @override
    def about_to_remove_rows(self, first: int, count: int) -> None:
        self._model.beginRemoveRows(QModelIndex(), first, first + count - 1)

    @override
    def rows_removed(self, first: int, count: int) -> None:
        self._model.endRemoveRows()

    @override
    def about_to_move_row(self, source: int, destination: int) -> None:
        self._model.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)

    @override
    def row_moved(self, source: int, destination: int) -> None:
        self._model.endMoveRows()

    @override
    def about_to_reorder(self) -> None:
        self._model.layoutAboutToBeChanged.emit()

    @override
    def reordered(self, order: Sequence[int]) -> None:
        model = self._model
        new_row = [0] * len(order)
        for new, old in enumerate(order):
            new_row[old] = new
        before = model.persistentIndexList()
        after = [model.index(new_row[i.row()], i.column()) for i in before]
        model.changePersistentIndexList(before, after)
        model.layoutChanged.emit()

    @override
    def rows_changed(self, first: int, last: int) -> None:
        model = self._model
        model.dataChanged.emit(model.index(first, 0), model.index(last, model.columnCount() - 1))
