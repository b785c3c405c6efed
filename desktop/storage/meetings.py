"""Store of meetings (hội nghị) with their attendees, agenda and action items."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from desktop.domain.dates import parse_date
from desktop.domain.records import (
    ActionItem,
    AgendaItem,
    Attendee,
    Meeting,
    Participant,
    new_id,
)
from desktop.domain.text import fold
from desktop.storage.errors import AmbiguousError, NotFoundError
from desktop.storage.organisations import OrganisationStore
from desktop.storage.rows import from_json, now, to_json
from desktop.storage.search import search_columns
from desktop.storage.versions import next_version

CHILD_TABLES = ("agenda_items", "attendees", "action_items")


class MeetingStore:
    """Reads and writes whole meetings; every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.table = db.table("meetings")
        self.organisations = OrganisationStore(db)

    def add(self, meeting: Meeting) -> str:
        """Store a new meeting (its organiser matched or added) and return its id."""
        with self.db.atomic():
            organisation_id = meeting.organiser.id or self.organisations.match_or_add(
                meeting.organiser
            )
            meeting_id = meeting.id or new_id()
            stamp = now()
            self.table.insert(
                {
                    **self._row(meeting, meeting_id, organisation_id),
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            self._write_children(meeting_id, meeting)
        return meeting_id

    def save(self, meeting: Meeting) -> None:
        """Save edits to a stored meeting, children included, in one transaction.

        Raises:
            StaleRecordError: ``meeting.version`` is older than the meeting on disk.
        """
        with self.db.atomic():
            version = next_version(
                self.db, "meetings", meeting.id, meeting.version, f"Hội nghị “{meeting.title}”"
            )
            organisation_id = meeting.organiser.id or self.organisations.match_or_add(
                meeting.organiser
            )
            self.table.update(
                meeting.id,
                {
                    **self._row(meeting, meeting.id, organisation_id),
                    "updated_at": now(),
                    "version": version,
                },
            )
            for table in CHILD_TABLES:
                self.db.table(table).delete_where("meeting_id = ?", [meeting.id])
            self._write_children(meeting.id, meeting)

    def get(self, meeting_id: str) -> Meeting:
        """The whole meeting with this id."""
        rows = list(self.table.rows_where("id = ?", [meeting_id]))
        if not rows:
            raise NotFoundError(f"Không có hội nghị mã {meeting_id}")
        return self._meeting(rows[0])

    def find(self, key: str) -> Meeting:
        """The meeting named by ``key``: its id, its exact title, or its date (2024-01-03).

        Raises:
            NotFoundError: nothing matches.
            AmbiguousError: several meetings match; the message lists them.
        """
        key = key.strip()
        rows = list(self.table.rows_where("id = ? and deleted_at is null", [key]))
        if not rows:
            wanted = fold(key)
            day = _as_date(key)
            rows = [
                r
                for r in self.table.rows_where("deleted_at is null", order_by="starts_at")
                if fold(r["title"]) == wanted
                or (day is not None and (r["starts_at"] or "").startswith(day.isoformat()))
            ]
        if not rows:
            raise NotFoundError(f'Không tìm thấy hội nghị "{key}" (nhập mã, tên hoặc ngày họp)')
        if len(rows) > 1:
            listed = [f"{r['id']}  {(r['starts_at'] or '')[:10]}  {r['title']}" for r in rows]
            raise AmbiguousError(
                f'Có {len(rows)} hội nghị khớp "{key}"; hãy dùng mã hội nghị', listed
            )
        return self._meeting(rows[0])

    def all(self) -> list[dict[str, Any]]:
        """Id, title and start of every meeting not in the recycle bin, newest first."""
        return list(
            self.table.rows_where(
                "deleted_at is null",
                select="id, title, kind, starts_at, status",
                order_by="starts_at desc",
            )
        )

    # -- mapping ------------------------------------------------------------------------------

    @staticmethod
    def _row(meeting: Meeting, meeting_id: str, organisation_id: str) -> dict[str, Any]:
        searchable = [meeting.kind, meeting.location, meeting.conclusions]
        for item in meeting.agenda:
            searchable += [item.title, item.notes, item.conclusion]
        return {
            "id": meeting_id,
            "organisation_id": organisation_id,
            "title": meeting.title,
            "kind": meeting.kind,
            "number": meeting.number,
            "starts_at": meeting.starts_at.isoformat() if meeting.starts_at else None,
            "ends_at": meeting.ends_at.isoformat() if meeting.ends_at else None,
            "location": meeting.location,
            "chairs": to_json([{"name": c.name, "title": c.title} for c in meeting.chairs]),
            "secretary": to_json(
                {"name": meeting.secretary.name, "title": meeting.secretary.title}
                if meeting.secretary
                else None
            ),
            "conclusions": meeting.conclusions,
            "distribution": to_json(list(meeting.distribution)),
            "status": meeting.status,
            **search_columns(meeting.title, *searchable),
        }

    def _write_children(self, meeting_id: str, meeting: Meeting) -> None:
        def rows(items: list[Any], columns: dict[str, Any]) -> list[dict[str, Any]]:
            return [
                {
                    "id": item.id or new_id(),
                    "meeting_id": meeting_id,
                    "position": position,
                    **{k: f(item) for k, f in columns.items()},
                }
                for position, item in enumerate(items, start=1)
            ]

        self.db.table("agenda_items").insert_all(
            rows(
                meeting.agenda,
                {
                    "title": lambda i: i.title,
                    "presenter": lambda i: i.presenter,
                    "notes": lambda i: i.notes,
                    "conclusion": lambda i: i.conclusion,
                },
            )
        )
        self.db.table("attendees").insert_all(
            rows(
                meeting.attendees,
                {
                    "name": lambda a: a.name,
                    "title": lambda a: a.title,
                    "organisation": lambda a: a.organisation,
                    "role": lambda a: a.role,
                    "present": lambda a: int(a.present),
                    "reason": lambda a: a.reason,
                },
            )
        )
        self.db.table("action_items").insert_all(
            rows(
                meeting.actions,
                {
                    "task": lambda a: a.task,
                    "owner": lambda a: a.owner,
                    "due": lambda a: a.due.isoformat() if a.due else None,
                    "done": lambda a: int(a.done),
                },
            )
        )

    def _children(self, table: str, meeting_id: str) -> list[dict[str, Any]]:
        return list(
            self.db.table(table).rows_where("meeting_id = ?", [meeting_id], order_by="position")
        )

    def _meeting(self, row: dict[str, Any]) -> Meeting:
        meeting_id = row["id"]
        secretary = from_json(row["secretary"], None)
        return Meeting(
            id=meeting_id,
            title=row["title"],
            organiser=self.organisations.get(row["organisation_id"]),
            kind=row["kind"] or "",
            number=row["number"] or "",
            starts_at=dt.datetime.fromisoformat(row["starts_at"]) if row["starts_at"] else None,
            ends_at=dt.datetime.fromisoformat(row["ends_at"]) if row["ends_at"] else None,
            location=row["location"] or "",
            chairs=[Participant(**c) for c in from_json(row["chairs"], [])],
            secretary=Participant(**secretary) if secretary else None,
            attendees=[
                Attendee(
                    id=a["id"],
                    name=a["name"],
                    title=a["title"] or "",
                    organisation=a["organisation"] or "",
                    role=a["role"],
                    present=bool(a["present"]),
                    reason=a["reason"] or "",
                )
                for a in self._children("attendees", meeting_id)
            ],
            agenda=[
                AgendaItem(
                    id=i["id"],
                    title=i["title"],
                    presenter=i["presenter"] or "",
                    notes=i["notes"] or "",
                    conclusion=i["conclusion"] or "",
                )
                for i in self._children("agenda_items", meeting_id)
            ],
            conclusions=row["conclusions"] or "",
            actions=[
                ActionItem(
                    id=a["id"],
                    task=a["task"],
                    owner=a["owner"] or "",
                    due=dt.date.fromisoformat(a["due"]) if a["due"] else None,
                    done=bool(a["done"]),
                )
                for a in self._children("action_items", meeting_id)
            ],
            distribution=from_json(row["distribution"], []),
            status=row["status"],
            version=int(row.get("version") or 0),
        )

    # -- recycle bin (Thùng rác) ----------------------------------------------------------------

    def delete(self, meeting_id: str) -> None:
        """Move a meeting to the recycle bin (it stays stored until restored)."""
        stamp = now()
        self.table.update(meeting_id, {"deleted_at": stamp, "updated_at": stamp})

    def restore(self, meeting_id: str) -> None:
        """Take a meeting back out of the recycle bin."""
        self.table.update(meeting_id, {"deleted_at": None, "updated_at": now()})

    def deleted(self) -> list[dict[str, Any]]:
        """Id, title, start and deletion time of every meeting in the recycle bin."""
        return list(
            self.table.rows_where(
                "deleted_at is not null",
                select="id, title, starts_at, deleted_at",
                order_by="deleted_at desc",
            )
        )


def _as_date(text: str) -> dt.date | None:
    try:
        return parse_date(text)
    except ValueError:
        return None
