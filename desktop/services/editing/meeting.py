"""The meeting being edited, without Qt: its header fields, attendees, agenda and action items.

``MeetingEditState`` owns the ``Meeting`` while the editor shows it. Every change the user makes
goes through one of its operations (set a field, set the start or the end, insert, paste,
remove, move, sort, edit a cell, mark present or absent, type an agenda item's notes); each is an
``Edit`` in a ``History`` whose undo puts back exactly what it changed — one field, one row, the
rows removed at their places, a permutation — never a copy of the whole meeting.

Listeners are told before and after each change (``Change``: which part, what kind, which rows),
so the window's table models update the rows that changed (``beginInsertRows`` …) and the form
shows the fields that changed; nothing is reset per edit. The rules themselves (start and end,
presence and absence) are in ``domain.meetings``.

A meeting marked final, a window opened read-only, or no meeting at all: ``locked``, every
operation refuses (returns False / 0) and changes nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol

from desktop.domain import meetings as rules
from desktop.domain.records import ATTENDEE_ROLES, ActionItem, AgendaItem, Attendee, Meeting
from desktop.services.editing.history import Edit, History
from desktop.services.meetings import attendees_from_table_text

__all__ = ["LIST_PARTS", "Change", "ChangeListener", "MeetingEditState", "Part"]

Part = Literal["meeting", "attendees", "agenda", "actions"]
ListPart = Literal["attendees", "agenda", "actions"]
LIST_PARTS: tuple[ListPart, ...] = ("attendees", "agenda", "actions")
ChangeKind = Literal["reset", "fields", "insert", "remove", "move", "reorder", "rows"]

HEADER_FIELDS = frozenset(
    {"title", "kind", "number", "location", "conclusions", "chairs", "secretary", "organiser"}
)
"""Fields set with ``set_field``; the start and end have their own operations (their rule)."""
ROW_FIELDS: dict[ListPart, tuple[str, ...]] = {
    "attendees": ("name", "title", "organisation", "role", "present", "reason"),
    "agenda": ("title", "presenter", "notes", "conclusion"),
    "actions": ("task", "owner", "due", "done"),
}
"""The fields of each list's rows, in column order."""


@dataclass(frozen=True, slots=True)
class Change:
    """What one change touches, told to listeners before and after it is made.

    ``reset``: the whole part is new (another meeting). ``fields``: header fields (``fields``).
    ``insert`` / ``remove``: rows ``first`` … ``last``. ``move``: row ``first`` to before the row
    now at ``destination`` (Qt's ``beginMoveRows`` convention). ``reorder``: row ``i`` now holds
    what row ``order[i]`` held. ``rows``: the cells ``fields`` of rows ``first`` … ``last``.
    """

    part: Part
    kind: ChangeKind
    first: int = 0
    last: int = -1
    destination: int = 0
    fields: tuple[str, ...] = ()
    order: tuple[int, ...] = ()


class ChangeListener(Protocol):
    """Told before a change is made (Qt models call ``begin…`` there) and after it."""

    def about_to_change(self, change: Change) -> None: ...

    def changed(self, change: Change) -> None: ...


class MeetingEditState:
    """One meeting under edit, its undo history and the listeners that show it."""

    def __init__(self, meeting: Meeting | None = None) -> None:
        self.history = History()
        self._meeting: Meeting | None = None
        self._listeners: list[ChangeListener] = []
        self.pushed: list[Callable[[str, bool], None]] = []
        """Called after each edit with its label and True when it became a new undo step
        (False: merged into the previous one, typing in the same field)."""
        self.read_only = False
        """A window opened read-only: no edit, whatever the meeting's status."""
        self.load(meeting)

    # -- reading ----------------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting | None:
        """The meeting as edited (the state's own object: change it only through the state)."""
        return self._meeting

    @property
    def locked(self) -> bool:
        """True when edits are refused: no meeting, marked final, or a read-only window."""
        return self.read_only or self._meeting is None or self._meeting.status == "final"

    def rows(self, part: ListPart) -> list[Any]:
        """The live list of ``part`` (empty without a meeting); read it, do not change it."""
        return getattr(self._meeting, part) if self._meeting is not None else []

    def snapshot(self) -> Meeting | None:
        """The meeting as it is now, unaffected by later edits (for a preview or a document
        drawn later or on another thread).

        Cheap, whatever the length of the lists: the state never changes a row in place (an
        edited row is a new object, header fields are replaced whole), so the copy shares the
        rows and copies only the lists that hold them.
        """
        meeting = self._meeting
        if meeting is None:
            return None
        return replace(
            meeting,
            attendees=list(meeting.attendees),
            agenda=list(meeting.agenda),
            actions=list(meeting.actions),
            chairs=list(meeting.chairs),
            distribution=list(meeting.distribution),
        )

    def subscribe(self, listener: ChangeListener) -> None:
        """Tell ``listener`` about every change from now on."""
        self._listeners.append(listener)

    # -- whole meeting ----------------------------------------------------------------------

    def load(self, meeting: Meeting | None) -> None:
        """Edit ``meeting`` (the state keeps this object); the undo history starts afresh."""
        self.history.clear()
        parts: tuple[Part, ...] = ("meeting", *LIST_PARTS)
        resets = [Change(part, "reset") for part in parts]
        for change in resets:
            for listener in self._listeners:
                listener.about_to_change(change)
        self._meeting = meeting
        for change in resets:
            self._notify(change)

    def set_status(self, status: Literal["draft", "final"]) -> None:
        """Show the status the services stored (marked final or reopened). Not an undo step:
        edits made before finalising are not undone into a final record."""
        if self._meeting is None:
            return
        self.history.clear()
        meeting = self._meeting
        self._change(
            Change("meeting", "fields", fields=("status",)),
            lambda: setattr(meeting, "status", status),
        )

    # -- header fields ----------------------------------------------------------------------

    def set_field(self, name: str, value: Any, label: str = "Sửa thông tin chung") -> bool:
        """Set a header field (title, kind, number, location, conclusions, chairs, secretary,
        organiser); typing in one field is one undo step. False when refused or unchanged."""
        if name not in HEADER_FIELDS:
            raise ValueError(f"Hội nghị không có trường «{name}» để sửa.")
        return self._set_fields({name: value}, label, ("field", name))

    def set_start(self, moment: Any, label: str = "Sửa thời gian") -> bool:
        """Set the start; the end moves with it, keeping the meeting's length."""
        if self._meeting is None:
            return False
        start, end = rules.moved_start(self._meeting.starts_at, self._meeting.ends_at, moment)
        return self._set_fields({"starts_at": start, "ends_at": end}, label, ("field", "starts_at"))

    def set_end(self, moment: Any, label: str = "Sửa thời gian") -> bool:
        """Set the end.

        Raises:
            MeetingTimeError: it comes before the start (nothing is changed).
        """
        if self._meeting is None:
            return False
        end = rules.checked_end(self._meeting.starts_at, moment)
        return self._set_fields({"ends_at": end}, label, ("field", "ends_at"))

    def _set_fields(self, values: dict[str, Any], label: str, merge_key: object) -> bool:
        meeting = self._meeting
        if self.locked or meeting is None:
            return False
        old = {name: getattr(meeting, name) for name in values}
        if old == values:
            return False
        change = Change("meeting", "fields", fields=tuple(values))

        def put(chosen: dict[str, Any]) -> Callable[[], None]:
            def apply() -> None:
                for name, value in chosen.items():
                    setattr(meeting, name, value)

            return lambda: self._change(change, apply)

        return self._push(Edit(label, put(values), put(old), merge_key))

    # -- rows -------------------------------------------------------------------------------

    def insert(self, part: ListPart, row: int, records: Sequence[Any], label: str) -> bool:
        """Insert ``records`` before ``row`` (clamped to the list)."""
        if self.locked or not records:
            return False
        items = self.rows(part)
        row = max(0, min(row, len(items)))
        added = list(records)
        change = Change(part, "insert", row, row + len(added) - 1)
        removal = Change(part, "remove", row, row + len(added) - 1)

        def redo() -> None:
            self._change(change, lambda: items.__setitem__(slice(row, row), added))

        def undo() -> None:
            self._change(removal, lambda: items.__delitem__(slice(row, row + len(added))))

        return self._push(Edit(label, redo, undo))

    def paste_attendees(self, text: str, label: str = "Dán {0} người") -> int:
        """Add the attendees of rows copied in Excel or Word at the end; how many were added
        (0 when the meeting is locked). ``label`` may hold "{0}" for that number."""
        people = attendees_from_table_text(text)
        end = len(self.rows("attendees"))
        return (
            len(people) if self.insert("attendees", end, people, label.format(len(people))) else 0
        )

    def remove(self, part: ListPart, rows: Sequence[int], label: str) -> bool:
        """Remove these rows (any order; duplicates and rows outside the list ignored)."""
        items = self.rows(part)
        chosen = sorted({r for r in rows if 0 <= r < len(items)})
        if self.locked or not chosen:
            return False
        removed = [(r, items[r]) for r in chosen]

        def redo() -> None:
            for r, _ in reversed(removed):
                self._change(Change(part, "remove", r, r), functools.partial(items.pop, r))

        def undo() -> None:
            for r, record in removed:
                self._change(
                    Change(part, "insert", r, r), functools.partial(items.insert, r, record)
                )

        return self._push(Edit(label, redo, undo))

    def move(self, part: ListPart, source: int, destination: int, label: str) -> bool:
        """Move row ``source`` to before the row now at ``destination`` (``len`` = the end)."""
        items = self.rows(part)
        destination = max(0, min(destination, len(items)))
        if self.locked or not 0 <= source < len(items) or destination in (source, source + 1):
            return False
        to = destination - 1 if destination > source else destination
        back = source + 1 if source > to else source
        return self._push(
            Edit(
                label,
                lambda: self._move(part, source, destination),
                lambda: self._move(part, to, back),
            )
        )

    def _move(self, part: ListPart, source: int, destination: int) -> None:
        items = self.rows(part)

        def move() -> None:
            record = items.pop(source)
            items.insert(destination - 1 if destination > source else destination, record)

        self._change(Change(part, "move", source, source, destination), move)

    def sort(self, part: ListPart, key: Callable[[Any], Any], label: str) -> bool:
        """Sort the rows by ``key`` (stable); undone by the inverse permutation."""
        items = self.rows(part)
        order = tuple(sorted(range(len(items)), key=lambda i: key(items[i])))
        if self.locked or order == tuple(range(len(items))):
            return False
        inverse = tuple(sorted(range(len(order)), key=order.__getitem__))
        return self._push(
            Edit(label, lambda: self._reorder(part, order), lambda: self._reorder(part, inverse))
        )

    def sort_attendees(self, label: str = "Sắp xếp thành phần") -> bool:
        """Sort the attendance list by role (as the minutes list them), then by name."""
        return self.sort("attendees", rules.attendee_order, label)

    def _reorder(self, part: ListPart, order: tuple[int, ...]) -> None:
        items = self.rows(part)
        self._change(
            Change(part, "reorder", order=order),
            lambda: items.__setitem__(slice(None), [items[i] for i in order]),
        )

    # -- cells ------------------------------------------------------------------------------

    def set_cell(
        self, part: ListPart, row: int, name: str, value: Any, label: str, merge_key: object = None
    ) -> bool:
        """Set one field of one row. On the attendance list a reason for absence marks the
        attendee absent and marking them present clears it (domain.meetings); a role must be one
        of the list's. False when refused or unchanged.

        Raises:
            ValueError: a role not in the list, or a field the row does not have.
        """
        items = self.rows(part)
        if self.locked or not 0 <= row < len(items):
            return False
        if name not in ROW_FIELDS[part]:
            raise ValueError(f"Dòng {row + 1}: không có trường «{name}» để sửa.")
        before = items[row]
        if part == "attendees" and name == "present":
            after = rules.with_presence(before, bool(value))
        elif part == "attendees" and name == "reason":
            after = rules.with_absence_reason(before, value)
        else:
            if part == "attendees" and name == "role" and value not in ATTENDEE_ROLES:
                raise ValueError(f"Dòng {row + 1}: vai trò «{value}» không có trong danh sách.")
            after = replace(before, **{name: value})
        if after == before:
            return False
        fields = tuple(f for f in ROW_FIELDS[part] if getattr(after, f) != getattr(before, f))
        change = Change(part, "rows", row, row, fields=fields)

        def put(record: Any) -> Callable[[], None]:
            return lambda: self._change(change, lambda: items.__setitem__(row, record))

        return self._push(Edit(label, put(after), put(before), merge_key))

    def set_present(self, row: int, present: bool, label: str = "Sửa có mặt") -> bool:
        """Mark attendee ``row`` present (the reason cleared) or absent."""
        return self.set_cell("attendees", row, "present", present, label)

    def set_absence_reason(self, row: int, reason: str, label: str = "Sửa lý do vắng") -> bool:
        """Give attendee ``row`` a reason for absence (which marks them absent)."""
        return self.set_cell("attendees", row, "reason", reason, label)

    def set_agenda_text(
        self, row: int, name: Literal["notes", "conclusion"], text: str, label: str
    ) -> bool:
        """Type the notes or the conclusion of agenda item ``row`` (one undo step per run of
        typing in one box)."""
        return self.set_cell("agenda", row, name, text, label, ("agenda", row, name))

    # -- undo -------------------------------------------------------------------------------

    def undo(self) -> str | None:
        """Undo the newest step; its label (None: nothing to undo)."""
        return self.history.undo()

    def redo(self) -> str | None:
        """Redo the step undone last; its label (None: nothing to redo)."""
        return self.history.redo()

    # -- plumbing ---------------------------------------------------------------------------

    def _push(self, edit: Edit) -> bool:
        new_step = self.history.push(edit)
        for pushed in self.pushed:
            pushed(edit.label, new_step)
        return True

    def _change(self, change: Change, apply: Callable[[], object]) -> None:
        for listener in self._listeners:
            listener.about_to_change(change)
        apply()
        self._notify(change)

    def _notify(self, change: Change) -> None:
        for listener in self._listeners:
            listener.changed(change)


def blank_row(part: ListPart) -> Attendee | AgendaItem | ActionItem:
    """A new empty row of ``part`` (the "Add" buttons)."""
    if part == "attendees":
        return Attendee(name="")
    if part == "agenda":
        return AgendaItem(title="")
    return ActionItem(task="")
