"""The directory with award counts and history."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.services import directory


def test_entries_collectives_first_with_award_counts(sample_db: Database) -> None:
    entries = directory.entries(sample_db)
    kinds = [e.kind for e in entries]
    assert kinds == sorted(kinds)  # "collective" < "person"
    assert all(e.awards >= 1 for e in entries)
    people = [e for e in entries if e.kind == "person"]
    assert len(people) == 15


def test_history_and_delete(sample_db: Database) -> None:
    entry = next(e for e in directory.entries(sample_db) if e.kind == "person")
    history = directory.history(sample_db, entry.id)
    assert history and history[0].number
    directory.delete_entry(sample_db, entry.kind, entry.id)
    assert entry.id not in {e.id for e in directory.entries(sample_db)}
