"""Directory entries nothing uses (issue 14): the save that unlinks a name removes its entry
when nothing else uses it; entries left by earlier versions are listed and removed on request;
nothing with an award, in the recycle bin or in a merge is ever removed."""

from __future__ import annotations

from dataclasses import replace

from sqlite_utils import Database

from desktop.domain.records import Award, Collective, Decision, Person
from desktop.services import decisions, directory
from desktop.storage.directory import DirectoryStore


def _people(db: Database) -> dict[str, str]:
    return {row["name"]: row["id"] for row in db.table("people").rows_where("deleted_at is null")}


def _collectives(db: Database) -> set[str]:
    return {row["name"] for row in db.table("collectives").rows_where("deleted_at is null")}


def _decision(db: Database, number: str) -> Decision:
    return next(
        decisions.get_decision(db, d.id) for d in decisions.decisions(db) if d.number == number
    )


def _save(db: Database, decision: Decision, awards: list[Award]) -> Decision:
    return decisions.save_decision(db, replace(decision, awards=awards))


def test_each_save_keeps_only_the_names_still_in_the_list(sample_db: Database) -> None:
    decision = _decision(sample_db, "15-QĐ/BTGTU")
    before = _people(sample_db)
    awards = list(decision.awards)
    row = Award("person", "N", title="Chuyên viên", id="new-row")
    for typed in ("N", "Nguyễn", "Nguyễn Văn", "Nguyễn Văn Tám"):
        decision = _save(sample_db, decision, [*awards, replace(row, name=typed)])
    assert set(_people(sample_db)) - set(before) == {"Nguyễn Văn Tám"}
    decision = _save(sample_db, decision, awards)  # the row removed again
    assert _people(sample_db) == before

    # A person removed from this list but awarded in another decision stays.
    fourteen = _decision(sample_db, "14-QĐ/BTGTU")
    shared = awards[-1]
    _save(sample_db, fourteen, [*fourteen.awards, replace(shared, id="")])
    _save(sample_db, _decision(sample_db, "15-QĐ/BTGTU"), awards[:-1])
    assert _people(sample_db)[shared.name] == shared.recipient_id


def test_a_renamed_collective_leaves_no_collective_behind(sample_db: Database) -> None:
    decision = _decision(sample_db, "15-QĐ/BTGTU")
    first = decision.awards[0]
    assert first.kind == "collective"
    renamed = replace(first, name="Chi bộ Phòng Tổ chức", recipient_id="")
    _save(sample_db, decision, [renamed, *decision.awards[1:]])
    names = _collectives(sample_db)
    assert "Chi bộ Phòng Tổ chức" in names and first.name not in names


def test_earlier_leftovers_are_listed_and_removed_but_never_what_is_used(
    sample_db: Database,
) -> None:
    store = DirectoryStore(sample_db)
    left = store.add_person(Person(name="Nguyễn Văn", unit="Phòng A"))
    store.add_collective(Collective(name="Chi bộ"))
    binned = store.add_person(Person(name="Trong thùng rác"))
    store.delete_person(binned)
    kept, merged = [e for e in directory.entries(sample_db) if e.kind == "person"][:2]
    directory.merge(sample_db, "person", kept.id, merged.id)
    used = _people(sample_db)

    unused = directory.unused_entries(sample_db)
    assert [(e.kind, e.name, e.unit) for e in unused] == [
        ("collective", "Chi bộ", ""),
        ("person", "Nguyễn Văn", "Phòng A"),
    ]
    assert directory.unused_count(sample_db) == 2
    assert [e.name for e in directory.unused_entries(sample_db, limit=1)] == [
        "Chi bộ",
        "Nguyễn Văn",
    ]
    assert directory.remove_unused_entries(sample_db) == 2
    assert directory.unused_entries(sample_db) == []
    assert _people(sample_db) == {k: v for k, v in used.items() if v != left}
    assert sample_db.table("people").get(binned)["deleted_at"]  # the recycle bin decides
    assert sample_db.table("people").get(merged.id)["merged_into"] == kept.id  # undo kept
