"""Rules of a meeting: its start and end, who is present and why someone is absent, roles.

These were inside the meeting editor's slots; the editor's state (services.editing.meeting),
the meeting package import and the tests now share them.

- Time: moving the start keeps the meeting's length (the end moves by as much, as in Outlook);
  an end before the start is refused with a sentence that says so. Without a start there is no
  length to keep: the end stays unless it would fall before the new start, then it is cleared.
- Presence: an attendee marked present has no reason for absence; giving a reason marks them
  absent (HD 16-HD/VPTW: "Vắng mặt: … đồng chí (ghi rõ họ và tên, lý do vắng mặt)").
- Roles: a fixed list, in the order the minutes list them, with their Vietnamese words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from desktop.domain.collation import name_key
from desktop.domain.records import ATTENDEE_ROLES, Attendee, AttendeeRole, Participant
from desktop.domain.text import fold, normalize

__all__ = [
    "ABSENCE_REASONS",
    "ROLE_WORDS",
    "MeetingTimeError",
    "attendee_order",
    "checked_end",
    "moved_start",
    "named_attendees",
    "participants_from_text",
    "participants_text",
    "role_from_text",
    "unnamed_attendee_message",
    "unnamed_attendee_rows",
    "unnamed_attendees_warning",
    "with_absence_reason",
    "with_presence",
]

ROLE_WORDS: dict[AttendeeRole, str] = {
    "chair": "Chủ trì",
    "secretary": "Thư ký",
    "delegate": "Đại biểu",
    "guest": "Khách mời",
    "press": "Báo chí",
}
"""The roles of the attendance list, in the order the minutes list them, as Vietnamese words."""

ABSENCE_REASONS: tuple[str, ...] = (
    "Đi công tác",
    "Ốm",
    "Nghỉ phép",
    "Việc gia đình",
    "Bận việc đột xuất",
)
"""The usual reasons for an absence, offered in the attendance list (any other may be typed).
Written as the minutes print them after "lý do:" (first letter lowered there)."""


class MeetingTimeError(ValueError):
    """A meeting's end before its start; the message is a Vietnamese sentence."""


def moved_start(
    starts_at: dt.datetime | None, ends_at: dt.datetime | None, new_start: dt.datetime | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The start and end after the start is set to ``new_start``.

    The meeting keeps its length: the end moves by as much as the start. Clearing the start
    leaves the end; without a previous start, an end that would come first is cleared.
    """
    if new_start is None or ends_at is None:
        return new_start, ends_at
    if starts_at is not None:
        return new_start, new_start + (ends_at - starts_at)
    return new_start, (ends_at if ends_at >= new_start else None)


def checked_end(starts_at: dt.datetime | None, new_end: dt.datetime | None) -> dt.datetime | None:
    """``new_end`` when it may be the meeting's end.

    Raises:
        MeetingTimeError: the end comes before the start (the minutes and a meeting package
            would be refused).
    """
    if new_end is not None and starts_at is not None and new_end < starts_at:
        raise MeetingTimeError(
            f"Giờ kết thúc {new_end:%H:%M %d/%m/%Y} sớm hơn giờ bắt đầu "
            f"{starts_at:%H:%M %d/%m/%Y}: hội nghị không thể kết thúc trước khi bắt đầu."
        )
    return new_end


def with_presence(attendee: Attendee, present: bool) -> Attendee:
    """``attendee`` marked present (the reason for absence cleared) or absent."""
    return replace(attendee, present=present, reason="" if present else attendee.reason)


def with_absence_reason(attendee: Attendee, reason: str) -> Attendee:
    """``attendee`` with this reason for absence; a reason marks them absent."""
    return replace(attendee, reason=reason, present=attendee.present and not normalize(reason))


def role_from_text(text: str, labels: dict[AttendeeRole, str] | None = None) -> AttendeeRole | None:
    """The role named by ``text``: its key ("chair"), its Vietnamese word ("Chủ trì", any case
    or accents) or one of ``labels`` (the words of the user's language); None when none."""
    folded = fold(text)
    for role in ATTENDEE_ROLES:
        words = {role, ROLE_WORDS[role], *([labels[role]] if labels and role in labels else [])}
        if folded in {fold(w) for w in words}:
            return role
    return None


def attendee_order(attendee: Attendee) -> tuple[int, str]:
    """Sort key of the attendance list: by role as the minutes list them, then by name in
    Vietnamese order (given name first, as a Vietnamese list is sorted)."""
    rank = ATTENDEE_ROLES.index(attendee.role) if attendee.role in ATTENDEE_ROLES else 99
    return rank, name_key(attendee.name)


def participants_text(people: list[Participant]) -> str:
    """Chairs as one line: "Nguyễn Văn A (Bí thư); Trần Thị B (Phó Bí thư)"."""
    return "; ".join(f"{p.name} ({p.title})" if p.title else p.name for p in people)


def participants_from_text(text: str) -> list[Participant]:
    """The reverse of ``participants_text`` (names normalised, empty parts skipped)."""
    people = []
    for part in text.split(";"):
        match = re.fullmatch(r"\s*(.*?)\s*(?:\((.*)\))?\s*", part)
        name, title = (match.group(1), match.group(2) or "") if match else (part, "")
        if normalize(name):
            people.append(Participant(normalize(name), normalize(title)))
    return people


# -- attendees without a name (the same rule as a decision's unnamed rows) -------------------


def named_attendees(attendees: list[Attendee]) -> list[Attendee]:
    """The attendees the minutes list and count: those with a name."""
    return [a for a in attendees if normalize(a.name)]


def unnamed_attendee_rows(attendees: list[Attendee]) -> list[int]:
    """Rows (from 1) where a title, organisation or reason is typed but the name is empty."""
    return [
        row
        for row, a in enumerate(attendees, start=1)
        if not normalize(a.name) and any(normalize(t) for t in (a.title, a.organisation, a.reason))
    ]


def unnamed_attendee_message(row: int) -> str:
    """What the cell of an unnamed attendee says: "Dòng 3: chưa có tên người tham dự…"."""
    return f"Dòng {row}: chưa có tên người tham dự. Dòng này không được in trong biên bản."


def unnamed_attendees_warning(attendees: list[Attendee]) -> str:
    """The minutes' warning about unnamed attendees (how many the minutes list), or ""."""
    rows = unnamed_attendee_rows(attendees)
    if not rows:
        return ""
    return (
        f"Dòng {', '.join(map(str, rows))}: chưa có tên người tham dự. Các dòng này không được "
        f"in; biên bản ghi {len(named_attendees(attendees))} người tham dự. Hãy gõ tên hoặc "
        "xoá dòng."
    )
