"""Pages and completions of a directory larger than a page, against the whole list."""

from __future__ import annotations

import random

import pytest
from sqlite_utils import Database

from desktop.domain.records import Collective, Person
from desktop.services import directory
from desktop.storage.directory import DirectoryStore
from desktop.storage.directory_lists import complete, page

FAMILY = ["Nguyễn", "Trần", "Lê", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh"]
GIVEN = ["An", "Bình", "Dũng", "Hà", "Hải", "Lan", "Đạt", "Duy"]


@pytest.fixture
def crowd(db: Database) -> Database:
    """1,200 people (many namesakes) and 30 collectives; one "Nguyễn Văn Đức" added last."""
    rng = random.Random(12)
    store = DirectoryStore(db)
    store.match_or_add_collectives([Collective(name=f"Chi bộ số {n}") for n in range(30)])
    store.match_or_add_people(
        [
            Person(
                name=f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
                title="Chuyên viên",
                unit=f"Phòng {n % 40} Sở Nội vụ",
            )
            for n in range(1200)
        ]
    )
    store.add_person(Person(name="Nguyễn Văn Đức", title="Trưởng phòng", unit="Phòng Kế toán"))
    return db


def _all_pages(db: Database, text: str = "", limit: int = 97) -> list[str]:
    ids: list[str] = []
    rows, after = page(db, text, None, limit)
    ids += [r.id for r in rows]
    while after is not None:
        assert len(rows) == limit
        rows, after = page(db, text, after, limit)
        ids += [r.id for r in rows]
    return ids


def test_pages_read_in_turn_are_the_whole_directory_in_order(crowd: Database) -> None:
    everyone = [e.id for e in directory.entries(crowd)]
    assert len(everyone) > 1000  # namesakes at one unit are one person
    assert _all_pages(crowd) == everyone  # no row twice, none left out, same order


def test_a_filtered_list_pages_through_every_match(crowd: Database) -> None:
    wanted = [
        e.id
        for e in directory.entries(crowd)
        if "Đặng" in e.name and "Phòng 7 " in e.unit  # "dang phong 7": name and unit words
    ]
    assert wanted
    assert _all_pages(crowd, "dang phong 7", limit=5) == wanted


def test_a_filter_that_is_only_punctuation_finds_nothing(crowd: Database) -> None:
    assert page(crowd, '"-')[0] == []


@pytest.mark.parametrize("typed", ["duc", "đức", "ĐỨC", "nguyen van d", "van đu"])
def test_completion_finds_the_person_however_typed(crowd: Database, typed: str) -> None:
    offered = complete(crowd, typed, limit=12)
    assert "Nguyễn Văn Đức" in [r.name for r in offered]
    assert len(offered) <= 12


def test_completion_offers_names_before_units_and_is_bounded(crowd: Database) -> None:
    offered = complete(crowd, "phong", limit=12)  # no name has "phong": units match
    assert len(offered) == 12 and all("Phòng" in r.unit for r in offered)
    names = complete(crowd, "ha", limit=50)  # "Hà", "Hải" names; "Hữu"? no: prefix "ha"
    assert names and all(
        any(word.startswith(("Hà", "Hả")) for word in r.name.split()) for r in names
    )


def test_completion_leaves_out_the_recycle_bin(crowd: Database) -> None:
    store = DirectoryStore(crowd)
    duc = next(r for r in complete(crowd, "duc") if r.name == "Nguyễn Văn Đức")
    store.delete_person(duc.id)
    assert "Nguyễn Văn Đức" not in [r.name for r in complete(crowd, "duc")]
    assert duc.id not in _all_pages(crowd)


def test_a_filter_matching_very_many_lists_them_newest_first_page_by_page(
    crowd: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.storage import directory_lists

    wanted = {e.id for e in directory.entries(crowd) if "Nguyễn" in e.name}
    sorted_ids = _all_pages(crowd, "nguyen", limit=7)
    assert set(sorted_ids) == wanted and len(sorted_ids) == len(wanted)
    monkeypatch.setattr(directory_lists, "SORTED_MATCHES", 10)  # "very many" is now > 10
    newest_first = _all_pages(crowd, "nguyen", limit=7)
    assert set(newest_first) == wanted and len(newest_first) == len(wanted)
    assert newest_first[0] == next(r for r in complete(crowd, "nguyen van duc")).id  # added last


def test_award_counts_leave_out_decisions_in_the_recycle_bin(sample_db: Database) -> None:
    from desktop.services import decisions

    counts = {e.id: e.awards for e in directory.entries(sample_db)}
    listed = {row.id: row.awards for row in page(sample_db, "", None, 1000)[0]}
    assert listed == counts and any(counts.values())
    decisions.delete_decision(sample_db, decisions.decisions(sample_db)[0].id)
    after = {e.id: e.awards for e in directory.entries(sample_db)}
    assert after != counts
    assert {row.id: row.awards for row in page(sample_db, "", None, 1000)[0]} == after
    someone = next(e for e in directory.entries(sample_db) if e.kind == "person")
    offered = next(r for r in complete(sample_db, someone.name) if r.id == someone.id)
    assert offered.awards == after[someone.id]
