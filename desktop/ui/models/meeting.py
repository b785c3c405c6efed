"""Tables of a meeting: attendees (thành phần), agenda items (nội dung), action items.

Each model adapts one list of a ``MeetingEditState`` (services.editing.meeting): it reads the
state's rows, sends every edit to the state (which makes it an undo step and applies the rules
of domain.meetings) and updates only what the state says changed — rows inserted, removed,
moved, reordered or edited; a reset only when another meeting is opened. A model built without a
state makes its own (the model tests, a list shown alone).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Literal, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop.domain.dates import parse_date, short_date
from desktop.domain.errors import InvalidInput
from desktop.domain.meetings import role_from_text, unnamed_attendee_message, unnamed_attendee_rows
from desktop.domain.records import (
    ActionItem,
    AgendaItem,
    Attendee,
    AttendeeRole,
    Meeting,
    Organisation,
)
from desktop.services.editing.meeting import Change, ListPart, MeetingEditState
from desktop.ui.compat import override
from desktop.ui.models.records import PROBLEM_BRUSH, Column, Index, RecordTableModel

COL_ATTENDEE_NAME, COL_ATTENDEE_TITLE, COL_ATTENDEE_ORGANISATION = range(3)
COL_ATTENDEE_ROLE, COL_ATTENDEE_PRESENT, COL_ATTENDEE_REASON = range(3, 6)
COL_AGENDA_TITLE, COL_AGENDA_PRESENTER = range(2)
COL_ACTION_TASK, COL_ACTION_OWNER, COL_ACTION_DUE, COL_ACTION_DONE = range(4)

T = TypeVar("T")


def role_labels() -> dict[AttendeeRole, str]:
    """Attendee roles in the user's language, in list order."""
    return {
        "chair": QCoreApplication.translate("MeetingTableModels", "Chair"),
        "secretary": QCoreApplication.translate("MeetingTableModels", "Secretary"),
        "delegate": QCoreApplication.translate("MeetingTableModels", "Delegate"),
        "guest": QCoreApplication.translate("MeetingTableModels", "Guest"),
        "press": QCoreApplication.translate("MeetingTableModels", "Press"),
    }


class MeetingTableModel(RecordTableModel[T]):
    """One list of a meeting under edit, as a table."""

    def __init__(
        self,
        part: ListPart,
        columns: Sequence[tuple[str, str, Callable[[T], Any], Callable[[Any], Any] | None]],
        state: MeetingEditState | None,
        parent: Any = None,
        *,
        checkable: Sequence[str] = (),
        show: dict[str, Callable[[T], str]] | None = None,
    ) -> None:
        """``columns``: (header, field, read, convert the typed value or None to take it as
        it is); ``checkable``: fields shown as check boxes; ``show``: display text by field."""
        self._part = part
        self._state = state or MeetingEditState(Meeting(title="", organiser=Organisation("")))
        self._owns_state = state is None
        self._row = -1
        self._headers = {name: header for header, name, _read, _convert in columns}
        shown = show or {}
        super().__init__(
            [
                Column(
                    header,
                    read,
                    self._writer(name, convert),
                    checkable=name in checkable,
                    show=shown.get(name),
                )
                for header, name, read, convert in columns
            ],
            parent,
        )
        self._state.subscribe(self)

    @property
    def _records(self) -> list[T]:
        return self._state.rows(self._part)

    @_records.setter
    def _records(self, _records: list[T]) -> None:
        """The rows are the state's: the base class's own list is not used."""

    def _writer(self, name: str, convert: Callable[[Any], Any] | None) -> Any:
        """The column's writer: the base class's ``setData`` checks and normalises the value,
        then calls it with the record; the edit goes to the state for the row ``setData`` is
        writing (``_row``), which replaces the row (an undo step, the rules applied)."""

        def write(_record: T, value: Any) -> None:
            value = convert(value) if convert is not None else value
            self._state.set_cell(self._part, self._row, name, value, self._label(name))

        return write

    def _label(self, name: str) -> str:
        return self._headers.get(name, name)

    # -- our API (the edits go to the state) --------------------------------------------------

    @override
    def records(self) -> list[T]:
        return copy.deepcopy(self._records)

    @override
    def set_records(self, records: Sequence[T]) -> None:
        """Show these records (copied; no edit). Only for a model with its own state."""
        if not self._owns_state:
            raise RuntimeError("the rows of a shared edit state change through the state")
        meeting = Meeting(title="", organiser=Organisation(""))
        setattr(meeting, self._part, copy.deepcopy(list(records)))
        self._state.load(meeting)

    @override
    def insert_records(self, row: int, records: Sequence[T], description: str) -> None:
        if not self._read_only and self._state.insert(
            self._part, row, copy.deepcopy(list(records)), description
        ):
            self.records_edited.emit(description)

    @override
    def remove_rows(self, rows: Sequence[int], description: str) -> None:
        if not self._read_only and self._state.remove(self._part, rows, description):
            self.records_edited.emit(description)

    @override
    def move_row(self, source: int, destination: int, description: str) -> bool:
        if self._read_only or not self._state.move(self._part, source, destination, description):
            return False
        self.records_edited.emit(description)
        return True

    @override
    def reorder(self, records: Sequence[T], description: str) -> None:
        place = {id(record): i for i, record in enumerate(records)}
        if not self._read_only and self._state.sort(
            self._part, lambda r: place.get(id(r), len(place)), description
        ):
            self.records_edited.emit(description)

    @override
    def setData(self, index: Index, value: Any, role: int = 2) -> bool:
        self._row = index.row()
        try:
            return super().setData(index, value, role)
        except InvalidInput as exc:  # a date that does not exist: said, naming row and column
            self.edit_refused.emit(
                QCoreApplication.translate(
                    "MeetingTableModels", "Row {0}, {1}: {2} The cell keeps its value."
                ).format(index.row() + 1, self._columns[index.column()].header, exc)
            )
            return False
        except ValueError:
            return False  # not a role: the cell keeps its value
        finally:
            self._row = -1

    # -- told by the state --------------------------------------------------------------------

    def about_to_change(self, change: Change) -> None:
        if change.part != self._part:
            return
        if change.kind == "reset":
            self.beginResetModel()
        elif change.kind == "insert":
            self.beginInsertRows(QModelIndex(), change.first, change.last)
        elif change.kind == "remove":
            self.beginRemoveRows(QModelIndex(), change.first, change.last)
        elif change.kind == "move":
            self.beginMoveRows(
                QModelIndex(), change.first, change.last, QModelIndex(), change.destination
            )
        elif change.kind == "reorder":
            self.layoutAboutToBeChanged.emit()

    def changed(self, change: Change) -> None:
        if change.part != self._part:
            return
        if change.kind == "reset":
            self.endResetModel()
        elif change.kind == "insert":
            self.endInsertRows()
        elif change.kind == "remove":
            self.endRemoveRows()
        elif change.kind == "move":
            self.endMoveRows()
        elif change.kind == "reorder":
            new_row = {old: new for new, old in enumerate(change.order)}
            before = self.persistentIndexList()
            after = [self.index(new_row.get(i.row(), i.row()), i.column()) for i in before]
            self.changePersistentIndexList(before, after)
            self.layoutChanged.emit()
        elif change.kind == "rows":
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(change.first, 0), self.index(change.last, last))


def _role(value: Any) -> AttendeeRole:
    role = role_from_text(str(value), role_labels())
    if role is None:
        raise ValueError(str(value))
    return role


class AttendeeTableModel(MeetingTableModel[Attendee]):
    """Thành phần tham dự: name, title, organisation, role, present, reason for absence."""

    def __init__(self, parent: Any = None, state: MeetingEditState | None = None) -> None:
        super().__init__(
            "attendees",
            [
                (
                    QCoreApplication.translate("MeetingTableModels", "Name"),
                    "name",
                    lambda a: a.name,
                    None,
                ),
                (
                    QCoreApplication.translate("MeetingTableModels", "Title"),
                    "title",
                    lambda a: a.title,
                    None,
                ),
                (
                    QCoreApplication.translate("MeetingTableModels", "Organisation"),
                    "organisation",
                    lambda a: a.organisation,
                    None,
                ),
                (
                    QCoreApplication.translate("MeetingTableModels", "Role"),
                    "role",
                    lambda a: a.role,
                    _role,
                ),
                (
                    QCoreApplication.translate("MeetingTableModels", "Present"),
                    "present",
                    lambda a: a.present,
                    bool,
                ),
                (
                    QCoreApplication.translate("MeetingTableModels", "Reason for absence"),
                    "reason",
                    lambda a: a.reason,
                    str,
                ),
            ],
            state,
            parent,
            checkable=("present",),
            show={"role": lambda a: role_labels().get(a.role, a.role)},
        )

    def problem(self, row: int) -> str:
        """What is wrong with a row, as its name cell says it ("" when nothing)."""
        if 0 <= row < self.rowCount() and unnamed_attendee_rows([self.record(row)]):
            return unnamed_attendee_message(row + 1)
        return ""

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == COL_ATTENDEE_NAME:
            if role == Qt.ItemDataRole.BackgroundRole:
                return PROBLEM_BRUSH if self.problem(index.row()) else None
            if role == Qt.ItemDataRole.ToolTipRole and self.problem(index.row()):
                return self.problem(index.row())
        return super().data(index, role)


class AgendaTableModel(MeetingTableModel[AgendaItem]):
    """Nội dung hội nghị: title and presenter (notes and conclusion are edited beside it)."""

    def __init__(self, parent: Any = None, state: MeetingEditState | None = None) -> None:
        super().__init__(
            "agenda",
            [
                (
                    QCoreApplication.translate("MeetingTableModels", "Agenda item"),
                    "title",
                    lambda i: i.title,
                    None,
                ),
                (
                    QCoreApplication.translate("MeetingTableModels", "Presenter"),
                    "presenter",
                    lambda i: i.presenter,
                    None,
                ),
            ],
            state,
            parent,
        )

    def set_text(self, row: int, attribute: str, text: str, label: str = "") -> None:
        """Set the notes or the conclusion of one item (edited in a text box)."""
        if attribute not in ("notes", "conclusion") or self._read_only:
            return
        name: Literal["notes", "conclusion"] = "notes" if attribute == "notes" else "conclusion"
        if self._state.set_agenda_text(row, name, text, label or attribute):
            self.records_edited.emit(attribute)


def _due_text(item: ActionItem) -> str:
    return short_date(item.due) if item.due else ""


def _due(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    return parse_date(text) if text else None


class ActionTableModel(MeetingTableModel[ActionItem]):
    """Công việc: task, owner, due date, done."""

    def __init__(self, parent: Any = None, state: MeetingEditState | None = None) -> None:
        super().__init__(
            "actions",
            [
                (
                    QCoreApplication.translate("MeetingTableModels", "Task"),
                    "task",
                    lambda a: a.task,
                    None,
                ),
                (
                    QCoreApplication.translate("MeetingTableModels", "Owner"),
                    "owner",
                    lambda a: a.owner,
                    None,
                ),
                (QCoreApplication.translate("MeetingTableModels", "Due"), "due", _due_text, _due),
                (
                    QCoreApplication.translate("MeetingTableModels", "Done"),
                    "done",
                    lambda a: a.done,
                    bool,
                ),
            ],
            state,
            parent,
            checkable=("done",),
        )
