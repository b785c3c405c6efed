"""The recycle bin: deleted records listed and restored whole."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.services import decisions, directory, library, meetings, recycle_bin


def test_delete_and_restore_every_kind(sample_db: Database) -> None:
    meeting = meetings.meetings(sample_db)[0]
    decision = decisions.decisions(sample_db)[0]
    person = next(e for e in directory.entries(sample_db) if e.kind == "person")
    collective = next(e for e in directory.entries(sample_db) if e.kind == "collective")
    assert recycle_bin.items(sample_db) == []
    names_before = [a.name for a in decisions.get_decision(sample_db, decision.id).awards]
    assert names_before

    meetings.delete_meeting(sample_db, meeting.id)
    decisions.delete_decision(sample_db, decision.id)
    directory.delete_entry(sample_db, "person", person.id)
    directory.delete_entry(sample_db, "collective", collective.id)
    binned = {(i.kind, i.id) for i in recycle_bin.items(sample_db)}
    assert binned == {
        ("meeting", meeting.id),
        ("decision", decision.id),
        ("person", person.id),
        ("collective", collective.id),
    }
    assert not library.search(sample_db, meeting.title.split()[0] + " " + meeting.title.split()[1])
    assert meeting.id not in {m.id for m in meetings.meetings(sample_db)}

    for item in recycle_bin.items(sample_db):
        recycle_bin.restore(sample_db, item.kind, item.id)
    assert recycle_bin.items(sample_db) == []
    assert meeting.id in {m.id for m in meetings.meetings(sample_db)}
    restored = decisions.get_decision(sample_db, decision.id)
    assert [a.name for a in restored.awards] == names_before
    entries = {(e.kind, e.id, e.name) for e in directory.entries(sample_db)}
    assert (person.kind, person.id, person.name) in entries
    assert (collective.kind, collective.id, collective.name) in entries
