"""The directory of people and collectives as the desktop shows it, with award history."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from desktop.domain.records import RecipientKind
from desktop.storage.directory import AwardHistoryEntry, DirectoryStore

__all__ = ["AwardHistoryEntry", "DirectoryEntry", "delete_entry", "entries", "history"]


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """One person (cá nhân) or collective (tập thể) with how many awards they have had."""

    kind: RecipientKind
    id: str
    name: str
    title: str = ""
    unit: str = ""
    awards: int = 0


def entries(db: Database) -> list[DirectoryEntry]:
    """Every collective (Vietnamese order), then every person (by given name)."""
    store = DirectoryStore(db)
    counts = store.award_counts()
    collectives = [
        DirectoryEntry("collective", c.id, c.name, awards=counts.get(c.id, 0))
        for c in store.all_collectives()
    ]
    people = [
        DirectoryEntry("person", p.id, p.name, p.title, p.unit, counts.get(p.id, 0))
        for p in store.all_people()
    ]
    return collectives + people


def history(db: Database, recipient_id: str) -> list[AwardHistoryEntry]:
    """Every award of a person or collective, newest first."""
    return DirectoryStore(db).award_history(recipient_id)


def delete_entry(db: Database, kind: RecipientKind, recipient_id: str) -> None:
    """Move a person or collective to the recycle bin (Thùng rác)."""
    store = DirectoryStore(db)
    if kind == "person":
        store.delete_person(recipient_id)
    else:
        store.delete_collective(recipient_id)
