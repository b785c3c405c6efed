"""Award history against the packages, the duplicate scan, and merging with undo."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from desktop.domain.records import Collective, Decision, Person
from desktop.domain.text import fold
from desktop.services import decisions, directory, recycle_bin
from desktop.services.packages import load_package
from desktop.storage.directory import DirectoryStore

SECOND_YEAR = Path(__file__).parents[1] / "data" / "packages" / "second-year.json"
"""The same office a year later (decision 02-QĐ/BTGTU of 08/01/2025): some people again, one
of them typed with a letter missing ("Hà Thị Kiều Oan")."""


def by_number(db: Database, number: str) -> Decision:
    [found] = [d for d in decisions.decisions(db) if d.number == number]
    return decisions.get_decision(db, found.id)


@pytest.fixture
def two_years(db: Database, sample_path: Path) -> Database:
    load_package(db, sample_path)
    load_package(db, SECOND_YEAR)
    return db


def expected_histories(*packages: Path) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """What each recipient received, read straight from the package files: keyed by kind,
    folded name and folded unit (the rule of one person), oldest first."""
    found: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for package in packages:
        data = json.loads(package.read_text(encoding="utf-8"))
        for decision in data["decisions"]:
            for recipient in decision["recipients"]:
                key = (recipient["kind"], fold(recipient["name"]), fold(recipient.get("unit", "")))
                found[key].append(
                    {
                        "year": int(decision["date"][:4]),
                        "form": decision["award"],
                        "number": decision["number"],
                        "date": decision["date"],
                        "reason": recipient.get("reason") or decision["reason"],
                    }
                )
    for awards in found.values():
        awards.sort(key=lambda a: (a["date"], a["number"]))
    return found


def test_every_history_matches_the_packages(two_years: Database, sample_path: Path) -> None:
    expected = expected_histories(sample_path, SECOND_YEAR)
    shown = {}
    for entry in directory.entries(two_years):
        unit = "" if entry.kind == "collective" else entry.unit
        shown[(entry.kind, fold(entry.name), fold(unit))] = [
            {
                "year": h.year,
                "form": h.award_form,
                "number": h.number,
                "date": h.date,
                "reason": h.reason,
            }
            for h in reversed(directory.history(two_years, entry.id))
        ]
    assert shown == expected
    # The people awarded in both years have one record each, with both years.
    hang = directory.find_entry(two_years, "nguyen thi thu hang")
    assert [h.year for h in directory.history(two_years, hang.id)] == [2025, 2024]
    # "Hiệp Hoà" (old tone placement) in the second year is the "Hiệp Hòa" of the first.
    thang = directory.find_entry(two_years, "Trần Đức Thắng")
    assert [h.number for h in directory.history(two_years, thang.id)] == [
        "02-QĐ/BTGTU",
        "15-QĐ/BTGTU",
    ]


def test_find_entry_names_the_namesakes(two_years: Database) -> None:
    DirectoryStore(two_years).add_person(Person(name="Nguyễn Thị Thu Hằng", unit="Sở Y tế"))
    with pytest.raises(directory.AmbiguousError) as raised:
        directory.find_entry(two_years, "nguyen thi thu hang")
    assert any("Sở Y tế" in c for c in raised.value.candidates)
    assert any("Ban Tuyên giáo Huyện ủy Lục Ngạn" in c for c in raised.value.candidates)
    with pytest.raises(directory.NotFoundError, match="Không Có Ai"):
        directory.find_entry(two_years, "Không Có Ai")


def test_earlier_awards_leave_out_the_decision_being_edited(two_years: Database) -> None:
    second = by_number(two_years, "02-QĐ/BTGTU")
    earlier = directory.earlier_awards(
        two_years, [a.recipient_id for a in second.awards], second.id
    )
    by_name = {a.name: earlier.get(a.recipient_id, []) for a in second.awards}
    assert by_name["Nguyễn Thị Thu Hằng"] == [(2024, "Giấy khen")]
    assert by_name["Báo Bắc Giang"] == [(2024, "Giấy chứng nhận")]
    assert by_name["Phạm Thị Lan"] == []  # first time
    assert by_name["Hà Thị Kiều Oan"] == []  # not yet merged with "Hà Thị Kiều Oanh"


def test_the_scan_finds_the_name_typed_with_a_letter_missing(two_years: Database) -> None:
    pairs = directory.duplicates(two_years)
    assert [(p.first.name, p.second.name, p.reason) for p in pairs] == [
        ("Hà Thị Kiều Oanh", "Hà Thị Kiều Oan", "họ tên gần giống, cùng đơn vị")
    ]


def test_birth_year_pairs_namesakes_at_two_units(two_years: Database) -> None:
    store = DirectoryStore(two_years)
    first = store.add_person(Person(name="Lê Văn Tám", unit="Sở A", birth_year=1970))
    second = store.add_person(Person(name="Le Van Tam", unit="Sở B", birth_year=1970))
    store.add_person(Person(name="Lê Văn Tám", unit="Sở C", birth_year=1988))
    found = {(p.first.id, p.second.id, p.reason) for p in directory.duplicates(two_years)}
    assert (first, second, "cùng họ tên và năm sinh") in found
    assert len(found) == 2  # and the Oanh/Oan pair; 1988 is someone else


def test_merge_end_to_end_and_undo_from_the_recycle_bin(two_years: Database) -> None:
    [pair] = directory.duplicates(two_years)
    kept, gone = pair.first, pair.second
    first_awards = [h.number for h in directory.history(two_years, kept.id)]
    second_awards = [h.number for h in directory.history(two_years, gone.id)]
    assert (first_awards, second_awards) == (["15-QĐ/BTGTU"], ["02-QĐ/BTGTU"])
    version_before = by_number(two_years, "02-QĐ/BTGTU").version

    assert directory.merge(two_years, "person", kept.id, gone.id) == 1

    # One record with both years; the other is in the recycle bin, marked as merged.
    history = directory.history(two_years, kept.id)
    assert [(h.year, h.number) for h in history] == [(2025, "02-QĐ/BTGTU"), (2024, "15-QĐ/BTGTU")]
    assert gone.id not in {e.id for e in directory.entries(two_years)}
    assert directory.duplicates(two_years) == []
    [binned] = [i for i in recycle_bin.items(two_years) if i.id == gone.id]
    assert binned.detail == "đã gộp vào Hà Thị Kiều Oanh"
    # The decision's list now points at the kept record, under a new version (an editor
    # holding the old list merges instead of writing the old record back).
    second = by_number(two_years, "02-QĐ/BTGTU")
    assert second.version > version_before
    [award] = [a for a in second.awards if a.name == "Hà Thị Kiều Oan"]
    assert award.recipient_id == kept.id
    assert award.name == "Hà Thị Kiều Oan"  # the list keeps the name as it was decided

    recycle_bin.restore(two_years, "person", gone.id)

    assert [h.number for h in directory.history(two_years, kept.id)] == ["15-QĐ/BTGTU"]
    assert [h.number for h in directory.history(two_years, gone.id)] == ["02-QĐ/BTGTU"]
    assert {kept.id, gone.id} <= {e.id for e in directory.entries(two_years)}
    assert gone.id not in {i.id for i in recycle_bin.items(two_years)}
    assert [
        a.recipient_id
        for a in by_number(two_years, "02-QĐ/BTGTU").awards
        if a.name == "Hà Thị Kiều Oan"
    ] == [gone.id]
    assert two_years.table("directory_merges").count == 0


def test_undo_follows_a_second_merge_and_leaves_the_others_alone(two_years: Database) -> None:
    store = DirectoryStore(two_years)
    [pair] = directory.duplicates(two_years)
    oanh, oan = pair.first.id, pair.second.id
    third = store.add_person(Person(name="Hà Thị K. Oanh", unit="Đài PT-TH Bắc Giang"))
    directory.merge(two_years, "person", oanh, oan)  # Oan → Oanh
    directory.merge(two_years, "person", third, oanh)  # Oanh (with both years) → the third
    assert len(directory.history(two_years, third)) == 2
    recycle_bin.restore(two_years, "person", oan)  # Oan's award comes back from the third
    assert [h.number for h in directory.history(two_years, oan)] == ["02-QĐ/BTGTU"]
    assert [h.number for h in directory.history(two_years, third)] == ["15-QĐ/BTGTU"]
    recycle_bin.restore(two_years, "person", oanh)  # Oan's award stays with Oan
    assert [h.number for h in directory.history(two_years, oanh)] == ["15-QĐ/BTGTU"]
    assert [h.number for h in directory.history(two_years, oan)] == ["02-QĐ/BTGTU"]
    assert directory.history(two_years, third) == []


def test_merging_a_record_with_itself_or_one_in_the_bin_is_refused(two_years: Database) -> None:
    [pair] = directory.duplicates(two_years)
    with pytest.raises(ValueError, match="chính nó"):
        directory.merge(two_years, "person", pair.first.id, pair.first.id)
    directory.delete_entry(two_years, "person", pair.second.id)
    with pytest.raises(directory.NotFoundError, match="thùng rác"):
        directory.merge(two_years, "person", pair.first.id, pair.second.id)
    assert [h.number for h in directory.history(two_years, pair.second.id)] == ["02-QĐ/BTGTU"]


def test_collectives_merge_and_come_back_too(two_years: Database) -> None:
    store = DirectoryStore(two_years)
    typo = store.add_collective(Collective(name="Bao Bac Giangg"))
    real = directory.find_entry(two_years, "Báo Bắc Giang")
    directory.merge(two_years, "collective", typo, real.id)
    assert len(directory.history(two_years, typo)) == 2
    recycle_bin.restore(two_years, "collective", real.id)
    assert len(directory.history(two_years, real.id)) == 2
    assert directory.history(two_years, typo) == []


def test_import_and_typing_use_the_same_rule(two_years: Database) -> None:
    store = DirectoryStore(two_years)
    stored = directory.find_entry(two_years, "Nguyễn Thị Thu Hằng")
    # Typed one way, imported another: the same rule, the same record.
    assert (
        store.match_person("nguyen thi thu hang", "ban tuyen giao huyen uy luc ngan") == stored.id
    )
    [matched] = store.match_or_add_people(
        [Person(name="NGUYỄN THỊ THU HẰNG", unit="Ban Tuyên giáo Huyện ủy Lục Ngạn")]
    )
    assert matched == stored.id
    # A known birth year that differs is someone else, for both.
    person = store.get_person(stored.id)
    person.birth_year = 1980
    store.update_person(person)
    assert store.match_person("Nguyễn Thị Thu Hằng", "Ban Tuyên giáo Huyện ủy Lục Ngạn", 1992) == ""
    [other] = store.match_or_add_people(
        [
            Person(
                name="Nguyễn Thị Thu Hằng", unit="Ban Tuyên giáo Huyện ủy Lục Ngạn", birth_year=1992
            )
        ]
    )
    assert other != stored.id
