"""Tables of a meeting: attendees (thành phần), agenda items (nội dung), action items."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.dates import parse_date, short_date
from desktop.domain.records import ActionItem, AgendaItem, Attendee, AttendeeRole
from desktop.ui.compat import override
from desktop.ui.models.records import Column, RecordTableModel

COL_ATTENDEE_NAME, COL_ATTENDEE_TITLE, COL_ATTENDEE_ORGANISATION = range(3)
COL_ATTENDEE_ROLE, COL_ATTENDEE_PRESENT, COL_ATTENDEE_REASON = range(3, 6)
COL_AGENDA_TITLE, COL_AGENDA_PRESENTER = range(2)
COL_ACTION_TASK, COL_ACTION_OWNER, COL_ACTION_DUE, COL_ACTION_DONE = range(4)


def role_labels() -> dict[AttendeeRole, str]:
    """Attendee roles in the user's language, in list order."""
    return {
        "chair": QCoreApplication.translate("MeetingTableModels", "Chair"),
        "secretary": QCoreApplication.translate("MeetingTableModels", "Secretary"),
        "delegate": QCoreApplication.translate("MeetingTableModels", "Delegate"),
        "guest": QCoreApplication.translate("MeetingTableModels", "Guest"),
        "press": QCoreApplication.translate("MeetingTableModels", "Press"),
    }


def _set_role(attendee: Attendee, value: Any) -> None:
    text = str(value).casefold()
    for role, label in role_labels().items():
        if text in (role, label.casefold()):
            attendee.role = role
            return


def _set_present(attendee: Attendee, value: Any) -> None:
    attendee.present = bool(value)
    if attendee.present:
        attendee.reason = ""


def _set_reason(attendee: Attendee, value: Any) -> None:
    attendee.reason = str(value)
    if attendee.reason:
        attendee.present = False


def _setter(attribute: str) -> Any:
    def write(record: Any, value: Any) -> None:
        setattr(record, attribute, value)

    return write


class AttendeeTableModel(RecordTableModel[Attendee]):
    """Thành phần tham dự: name, title, organisation, role, present, reason for absence."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Name"),
                    lambda a: a.name,
                    _setter("name"),
                ),
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Title"),
                    lambda a: a.title,
                    _setter("title"),
                ),
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Organisation"),
                    lambda a: a.organisation,
                    _setter("organisation"),
                ),
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Role"),
                    lambda a: a.role,
                    _set_role,
                    show=lambda a: role_labels().get(a.role, a.role),
                ),
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Present"),
                    lambda a: a.present,
                    _set_present,
                    checkable=True,
                ),
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Reason for absence"),
                    lambda a: a.reason,
                    _set_reason,
                ),
            ],
            parent,
        )


class AgendaTableModel(RecordTableModel[AgendaItem]):
    """Nội dung hội nghị: title and presenter (notes and conclusion are edited beside it)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Agenda item"),
                    lambda i: i.title,
                    _setter("title"),
                ),
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Presenter"),
                    lambda i: i.presenter,
                    _setter("presenter"),
                ),
            ],
            parent,
        )

    def set_text(self, row: int, attribute: str, text: str) -> None:
        """Set the notes or the conclusion of one item (edited in a text box)."""
        record = self.record(row)
        if getattr(record, attribute) == text:
            return
        setattr(record, attribute, text)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.records_edited.emit(attribute)


def _due_text(item: ActionItem) -> str:
    return short_date(item.due) if item.due else ""


def _set_due(item: ActionItem, value: Any) -> None:
    if isinstance(value, dt.date):
        item.due = value
        return
    text = str(value).strip()
    item.due = parse_date(text) if text else None


class ActionTableModel(RecordTableModel[ActionItem]):
    """Công việc: task, owner, due date, done."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Task"),
                    lambda a: a.task,
                    _setter("task"),
                ),
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Owner"),
                    lambda a: a.owner,
                    _setter("owner"),
                ),
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Due"), _due_text, _set_due
                ),
                Column(
                    QCoreApplication.translate("MeetingTableModels", "Done"),
                    lambda a: a.done,
                    _setter("done"),
                    checkable=True,
                ),
            ],
            parent,
        )

    @override
    def setData(self, index: Any, value: Any, role: int = 2) -> bool:
        try:
            return super().setData(index, value, role)
        except ValueError:
            return False  # not a date: the editor keeps the old value
