"""Search as a search box: no diacritics, đ = d, every word a prefix, any order."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from desktop.domain.records import Person
from desktop.storage.directory import DirectoryStore
from desktop.storage.search import fts_query, search


def names(db: Database, text: str, kind: str = "person") -> list[str]:
    return [h.title for h in search(db, text) if h.kind == kind]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("dang thi", "Đặng Thị Ngọc Ánh"),
        ("Đặng", "Đặng Thị Ngọc Ánh"),
        ("DANG", "Đặng Thị Ngọc Ánh"),
        ("giap", "Giáp Thị Nguyệt"),
        ("nguyet giap", "Giáp Thị Nguyệt"),
        ("ngo minh duc", "Ngô Minh Đức"),
        ("ng m d", "Ngô Minh Đức"),
        ("Ưng", "Lương Thị Ưng"),
        ("huong", "Vũ Thị Hường"),
    ],
)
def test_people_are_found_without_diacritics(
    sample_db: Database, typed: str, expected: str
) -> None:
    assert expected in names(sample_db, typed)


def test_every_word_must_match(sample_db: Database) -> None:
    assert names(sample_db, "giap nguyen") == []


def test_old_and_new_tone_placement_match(db: Database) -> None:
    DirectoryStore(db).add_person(Person(name="Nguyễn Thị Hoà"))
    assert names(db, "hòa") == ["Nguyễn Thị Hoà"]
    assert names(db, "Hoà") == ["Nguyễn Thị Hoà"]


def test_collectives_meetings_and_decisions(sample_db: Database) -> None:
    assert "Đài Phát thanh và Truyền hình tỉnh Bắc Giang" in names(
        sample_db, "dai phat thanh", "collective"
    )
    assert names(sample_db, "tong ket tuyen giao", "meeting")
    assert names(sample_db, "15 qd btgtu", "decision") == ["15-QĐ/BTGTU — Giấy khen"]
    # The minutes' text is searchable too.
    assert names(sample_db, "thong tin xau doc", "meeting")


@pytest.mark.parametrize("typed", ['duc"', "van-duc", "(", "*", "AND OR NOT", "a:b", "'", "^x"])
def test_search_box_input_is_never_a_syntax_error(sample_db: Database, typed: str) -> None:
    search(sample_db, typed)


@pytest.mark.parametrize("typed", ["", "   ", "!!!", "—"])
def test_nothing_searchable_finds_nothing(sample_db: Database, typed: str) -> None:
    assert search(sample_db, typed) == []


def test_query_is_folded_prefix_terms() -> None:
    assert fts_query('Đặng  "Thị"') == '"dang"* "thi"*'


def test_people_in_the_recycle_bin_are_not_found(sample_db: Database) -> None:
    sample_db.execute("UPDATE people SET deleted_at = '2026-01-01' WHERE name = 'Giáp Thị Nguyệt'")
    assert names(sample_db, "giap") == []


def test_edits_reach_the_index(sample_db: Database) -> None:
    store = DirectoryStore(sample_db)
    [hit] = [h for h in search(sample_db, "giap") if h.kind == "person"]
    person = store.get_person(hit.id)
    person.name = "Giáp Thị Nguyệt Minh"
    store.update_person(person)
    assert names(sample_db, "nguyet minh") == ["Giáp Thị Nguyệt Minh"]
