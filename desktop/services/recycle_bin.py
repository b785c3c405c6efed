"""The recycle bin (Thùng rác): what was deleted, and putting it back.

Deleting a meeting, decision, person or collective only stamps its ``deleted_at`` column; the
record disappears from lists and search and comes back whole when restored. A person or
collective merged into another also lands here; restoring it undoes the merge (its awards
move back to it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlite_utils import Database

from desktop.storage.decisions import DecisionStore
from desktop.storage.directory import DirectoryStore
from desktop.storage.meetings import MeetingStore

__all__ = ["BinItem", "BinKind", "items", "restore"]

BinKind = Literal["meeting", "decision", "person", "collective"]


@dataclass(frozen=True, slots=True)
class BinItem:
    """One record in the recycle bin."""

    kind: BinKind
    id: str
    title: str
    detail: str
    deleted_at: str


def items(db: Database) -> list[BinItem]:
    """Everything in the recycle bin, most recently deleted first."""
    directory = DirectoryStore(db)
    found = [
        BinItem("meeting", r["id"], r["title"], (r["starts_at"] or "")[:10], r["deleted_at"])
        for r in MeetingStore(db).deleted()
    ]
    found += [
        BinItem("decision", r["id"], r["number"], r["award_form"], r["deleted_at"])
        for r in DecisionStore(db).deleted()
    ]
    found += [
        BinItem("person", r["id"], r["name"], _merged(directory, "person", r), r["deleted_at"])
        for r in directory.deleted_people()
    ]
    found += [
        BinItem(
            "collective", r["id"], r["name"], _merged(directory, "collective", r), r["deleted_at"]
        )
        for r in directory.deleted_collectives()
    ]
    return sorted(found, key=lambda item: item.deleted_at, reverse=True)


def _merged(directory: DirectoryStore, kind: BinKind, row: dict[str, str]) -> str:
    """The detail of a deleted person or collective: “đã gộp vào …” when a merge put it here
    (restoring it undoes the merge), else the unit."""
    if row.get("merged_into") and kind in ("person", "collective"):
        return f"đã gộp vào {directory.merged_into(kind, row['id'])}"
    return row.get("unit") or ""


def restore(db: Database, kind: BinKind, record_id: str) -> None:
    """Take one record back out of the recycle bin."""
    if kind == "meeting":
        MeetingStore(db).restore(record_id)
    elif kind == "decision":
        DecisionStore(db).restore(record_id)
    elif kind == "person":
        DirectoryStore(db).restore_person(record_id)
    else:
        DirectoryStore(db).restore_collective(record_id)
