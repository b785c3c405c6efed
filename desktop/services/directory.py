"""The directory of people and collectives as the desktop shows it, with award history,
duplicate people and merging (one person, one record)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.domain.matching import DuplicatePair, find_collective_duplicates, find_duplicates
from desktop.domain.records import RecipientKind
from desktop.storage import directory_lists, directory_unused
from desktop.storage.directory import AwardHistoryEntry, DirectoryStore
from desktop.storage.directory_lists import Cursor, Listed
from desktop.storage.errors import AmbiguousError, NotFoundError

__all__ = [
    "AwardHistoryEntry",
    "Cursor",
    "DirectoryEntry",
    "Duplicate",
    "complete",
    "delete_entry",
    "duplicates",
    "earlier_awards",
    "entries",
    "find_entry",
    "history",
    "merge",
    "page",
    "remove_unused_entries",
    "unused_count",
    "unused_entries",
]


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """One person (cá nhân) or collective (tập thể) with how many awards they have had."""

    kind: RecipientKind
    id: str
    name: str
    title: str = ""
    unit: str = ""
    awards: int = 0


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Two directory entries that are likely one person, and why (in Vietnamese)."""

    first: DirectoryEntry
    second: DirectoryEntry
    reason: str


def entries(db: Database) -> list[DirectoryEntry]:
    """Every collective (Vietnamese order), then every person (by given name).

    Reads the whole directory: for the command line and small lists; a window showing the
    directory reads it a ``page`` at a time.
    """
    counts = directory_lists.award_counts(db)
    collectives = [
        DirectoryEntry("collective", c.id, c.name, awards=counts.get(c.id, 0))
        for c in directory_lists.all_collectives(db)
    ]
    people = [
        DirectoryEntry("person", p.id, p.name, p.title, p.unit, counts.get(p.id, 0))
        for p in directory_lists.all_people(db)
    ]
    return collectives + people


def page(
    db: Database, text: str = "", after: Cursor | None = None, limit: int = 200
) -> tuple[list[DirectoryEntry], Cursor | None]:
    """The next ``limit`` entries of the directory (in ``entries`` order) after the cursor
    ``after`` (None: from the start), only those matching every word of ``text`` (name,
    title or unit, accents ignored) when given; and the cursor of the page after (None: this
    was the last). Bounded, indexed queries: a list of 400,000 people reads one page."""
    rows, cursor = directory_lists.page(db, text, after, limit)
    return [_listed(row) for row in rows], cursor


def complete(db: Database, text: str, limit: int = 12) -> list[DirectoryEntry]:
    """The people and collectives a name being typed may be (``storage.directory_lists
    .complete``: every typed word starts a word of the name, accents ignored; at most
    ``limit``)."""
    return [_listed(row) for row in directory_lists.complete(db, text, limit)]


def _listed(row: Listed) -> DirectoryEntry:
    return DirectoryEntry(row.kind, row.id, row.name, row.title, row.unit, row.awards)


def _entry(store: DirectoryStore, kind: RecipientKind, record_id: str) -> DirectoryEntry:
    awards = len(store.award_history(record_id))
    if kind == "person":
        person = store.get_person(record_id)
        return DirectoryEntry(kind, person.id, person.name, person.title, person.unit, awards)
    collective = store.get_collective(record_id)
    return DirectoryEntry(kind, collective.id, collective.name, awards=awards)


def find_entry(db: Database, key: str) -> DirectoryEntry:
    """The person or collective with this id or name (diacritics and case ignored).

    Raises:
        NotFoundError: nobody in the directory has it.
        AmbiguousError: several have it; the message lists them with their unit and id.
    """
    store = DirectoryStore(db)
    found = [_entry(store, kind, record_id) for kind, record_id in store.find_recipients(key)]
    if not found:
        raise NotFoundError(f"Danh bạ không có người hay tập thể nào tên hoặc mã “{key}”")
    if len(found) > 1:
        raise AmbiguousError(
            f"Có {len(found)} người/tập thể tên “{key}”, hãy dùng mã",
            [f"{e.name}" + (f" — {e.unit}" if e.unit else "") + f"  [{e.id}]" for e in found],
        )
    return found[0]


def history(db: Database, recipient_id: str) -> list[AwardHistoryEntry]:
    """Every award of a person or collective, newest first."""
    return DirectoryStore(db).award_history(recipient_id)


def earlier_awards(
    db: Database, recipient_ids: list[str], except_decision: str = ""
) -> dict[str, list[tuple[int, str]]]:
    """(year, award form) of each recipient's other awards, oldest first: what the decision
    editor shows as “đã được khen: 2022 Giấy khen, 2023 Giấy khen”. One indexed query."""
    return DirectoryStore(db).award_years(recipient_ids, except_decision)


def duplicates(db: Database, progress: Callable[[int, int], None] | None = None) -> list[Duplicate]:
    """Pairs of people in the directory that are likely one person (``domain.matching``).

    ``progress(done, total)`` is called as the scan goes; it may raise to stop it.
    """
    facts = directory_lists.person_facts(db)
    pairs: list[DuplicatePair] = find_duplicates(facts, progress, len(facts))
    wanted = {p.first_id for p in pairs} | {p.second_id for p in pairs}
    people = {e.id: e for e in _people(db, wanted)}
    return [Duplicate(people[p.first_id], people[p.second_id], p.reason_text) for p in pairs]


def collective_duplicates(db: Database) -> list[Duplicate]:
    """Pairs of collectives in the directory that are likely one (``domain.matching``: the
    same or nearly the same name, not a different number or letter)."""
    pairs = find_collective_duplicates(directory_lists.collective_facts(db))
    wanted = sorted({p.first_id for p in pairs} | {p.second_id for p in pairs})
    found = {
        row["id"]: DirectoryEntry("collective", row["id"], row["name"], awards=row["awards"])
        for row in directory_lists.collectives_with_award_counts(db, wanted)
    }
    return [Duplicate(found[p.first_id], found[p.second_id], p.reason_text) for p in pairs]


def _people(db: Database, ids: set[str]) -> list[DirectoryEntry]:
    return [
        DirectoryEntry("person", row["id"], row["name"], row["title"], row["unit"], row["awards"])
        for row in directory_lists.people_with_award_counts(db, sorted(ids))
    ]


def merge(db: Database, kind: RecipientKind, kept_id: str, merged_id: str) -> int:
    """Merge ``merged_id`` into ``kept_id``: its awards join, it goes to the recycle bin
    (restoring it there undoes the merge). Returns how many awards moved."""
    return len(DirectoryStore(db).merge(kind, kept_id, merged_id))


def delete_entry(db: Database, kind: RecipientKind, recipient_id: str) -> None:
    """Move a person or collective to the recycle bin (Thùng rác)."""
    store = DirectoryStore(db)
    if kind == "person":
        store.delete_person(recipient_id)
    else:
        store.delete_collective(recipient_id)


def unused_entries(db: Database, limit: int | None = None) -> list[DirectoryEntry]:
    """The collectives, then the people, that nothing uses: no award, not in the recycle bin,
    not in a merge (names typed in an editor and changed before the fix that removes them);
    ``limit``: at most that many of each kind."""
    found: list[DirectoryEntry] = []
    kinds: tuple[RecipientKind, ...] = ("collective", "person")
    for kind in kinds:
        for row in directory_unused.unused(db, kind, limit):
            found.append(DirectoryEntry(kind, row["id"], row["name"], unit=row.get("unit") or ""))
    return found


def unused_count(db: Database) -> int:
    """How many directory entries nothing uses (``unused_entries``)."""
    return sum(directory_unused.count_unused(db, kind) for kind in ("collective", "person"))


def remove_unused_entries(db: Database) -> int:
    """Delete every directory entry nothing uses (``unused_entries``), in one transaction;
    how many. One that gained an award meanwhile is kept."""
    with db.atomic():
        return sum(directory_unused.remove_unused(db, kind) for kind in ("collective", "person"))
