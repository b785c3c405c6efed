"""Meetings as the desktop editor uses them: list, create, save (normalised), finalise, minutes.

Every string that reaches the database is cleaned first (``domain.clean``: one-line texts
normalised, notes and conclusions keeping their paragraphs): text typed or pasted from Word may
be NFD, carry no-break spaces or Windows line breaks.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.domain.clean import clean
from desktop.domain.meetings import participants_from_text, participants_text, with_presence
from desktop.domain.records import (
    Attendee,
    Meeting,
    Organisation,
)
from desktop.domain.text import fold, normalize
from desktop.services.concurrency import Prefer, save_merged
from desktop.storage.meetings import MeetingStore
from desktop.storage.organisations import OrganisationStore

__all__ = [
    "MeetingSummary",
    "attendees_from_table_text",
    "create_meeting",
    "delete_meeting",
    "get_meeting",
    "meetings",
    "minutes_pdf",
    "normalized_meeting",
    "participants_from_text",
    "participants_text",
    "save_meeting",
    "set_final",
    "write_minutes",
]


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """One line of the meeting list."""

    id: str
    title: str
    kind: str
    starts_at: dt.datetime | None
    status: str


def meetings(db: Database) -> list[MeetingSummary]:
    """Every meeting not in the recycle bin, newest first."""
    return [
        MeetingSummary(
            id=row["id"],
            title=row["title"],
            kind=row["kind"] or "",
            starts_at=dt.datetime.fromisoformat(row["starts_at"]) if row["starts_at"] else None,
            status=row["status"],
        )
        for row in MeetingStore(db).all()
    ]


def get_meeting(db: Database, meeting_id: str) -> Meeting:
    """The whole meeting with this id."""
    return MeetingStore(db).get(meeting_id)


def default_organisation(db: Database, fallback_name: str) -> Organisation:
    """The organisation new records belong to: the first stored one, else ``fallback_name``."""
    stored = OrganisationStore(db).all()
    return stored[0] if stored else Organisation(name=normalize(fallback_name))


def create_meeting(
    db: Database,
    title: str,
    *,
    organiser: Organisation | None = None,
    starts_at: dt.datetime | None = None,
) -> Meeting:
    """Store a new draft meeting and return it (with its id)."""
    meeting = Meeting(
        title=title,
        organiser=organiser or default_organisation(db, "Cơ quan"),
        starts_at=starts_at,
    )
    meeting.id = MeetingStore(db).add(normalized_meeting(meeting))
    return MeetingStore(db).get(meeting.id)


def normalized_meeting(meeting: Meeting) -> Meeting:
    """A copy of ``meeting`` as it is stored: every text cleaned (``domain.clean``), chairs and
    a secretary without a name dropped, no absence reason for someone present."""
    cleaned = clean(meeting)
    cleaned.chairs = [c for c in cleaned.chairs if c.name]
    if cleaned.secretary is not None and not cleaned.secretary.name:
        cleaned.secretary = None
    cleaned.attendees = [with_presence(a, a.present) for a in cleaned.attendees]
    return cleaned


def save_meeting(
    db: Database, meeting: Meeting, base: Meeting | None = None, prefer: Prefer = ""
) -> Meeting:
    """Save the edits of a stored meeting (normalised); returns what was stored.

    ``base``: the meeting as read before the edits; edits made elsewhere since are merged
    (see ``save_decision``).

    Raises:
        ConflictError: a field was changed differently on both sides; nothing is saved.
    """
    store = MeetingStore(db)
    return save_merged(
        db,
        normalized_meeting(meeting),
        base,
        get=lambda: store.get(meeting.id),
        save=store.save,
        label=lambda m: f"Hội nghị “{m.title}”",
        prefer=prefer,
    )


def set_final(db: Database, meeting_id: str, final: bool) -> Meeting:
    """Mark a meeting final (read-only) or reopen it for editing."""
    store = MeetingStore(db)
    with db.atomic():
        meeting = store.get(meeting_id)
        meeting.status = "final" if final else "draft"
        store.save(meeting)
        return store.get(meeting_id)


def delete_meeting(db: Database, meeting_id: str) -> None:
    """Move a meeting to the recycle bin (Thùng rác)."""
    MeetingStore(db).delete(meeting_id)


def minutes_pdf(meeting: Meeting) -> bytes:
    """The minutes (biên bản) of ``meeting`` as PDF bytes, in its organiser's style."""
    from desktop.services import documents

    style = documents.resolve_style(meeting.organiser.style)
    return documents.minutes_bytes(normalized_meeting(meeting), ".pdf", style)


def write_minutes(db: Database, meeting_id: str, path: str | Path) -> Path:
    """Write the minutes of a stored meeting to ``path`` (.pdf or .docx)."""
    from desktop.services import documents

    return documents.write_minutes(db, meeting_id, path).path


_ROW_NUMBER = re.compile(r"^\d{1,4}[.)]?$")
_HEADER_WORDS = {"ho va ten", "ho ten", "ten", "name", "stt", "tt"}


def attendees_from_table_text(text: str) -> list[Attendee]:
    """Attendees from rows copied in Excel or Word: name, title (chức vụ), organisation.

    A leading row number (STT) is dropped and a header row skipped; everyone is present.
    """
    found: list[Attendee] = []
    for row in csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"):
        cells = [normalize(cell) for cell in row]
        if len(cells) > 1 and (_ROW_NUMBER.match(cells[0]) or not cells[0]):
            cells = cells[1:]
        if not cells or not cells[0] or fold(cells[0]) in _HEADER_WORDS:
            continue
        name, title, organisation = [*cells, "", ""][:3]
        found.append(Attendee(name=name, title=title, organisation=organisation))
    return found
