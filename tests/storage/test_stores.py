"""Stores: records in and out unchanged, lookups by human key, directory matching."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlite_utils import Database

from desktop.domain.records import Award, Decision, Meeting
from desktop.storage.decisions import DecisionStore
from desktop.storage.directory import DirectoryStore
from desktop.storage.errors import AmbiguousError, DuplicateError, NotFoundError
from desktop.storage.meetings import MeetingStore


def without_ids(decision: Decision) -> Decision:
    decision.id = ""
    decision.issuer.id = ""
    decision.meeting_id = ""
    for award in decision.awards:
        award.id = award.recipient_id = ""
    return decision


def test_meeting_round_trip(db: Database, sample_meeting: Meeting) -> None:
    store = MeetingStore(db)
    meeting_id = store.add(sample_meeting)
    stored = store.get(meeting_id)
    assert stored.id == meeting_id
    stored.id = ""
    stored.organiser.id = ""
    for item in (*stored.attendees, *stored.agenda, *stored.actions):
        item.id = ""
    assert stored == sample_meeting


def test_decision_round_trip(db: Database, sample_decision: Decision) -> None:
    store = DecisionStore(db)
    decision_id = store.add(sample_decision)
    assert without_ids(store.get(decision_id)) == sample_decision


def test_find_decision_by_number(sample_db: Database) -> None:
    store = DecisionStore(sample_db)
    assert store.find("15-QĐ/BTGTU").award_form == "Giấy khen"
    assert store.find("  15-qđ/btgtu ").number == "15-QĐ/BTGTU"
    assert store.find("15-QD/BTGTU").number == "15-QĐ/BTGTU"
    decision = store.find("14-QĐ/BTGTU")
    assert store.find(decision.id).number == "14-QĐ/BTGTU"
    with pytest.raises(NotFoundError, match='Không tìm thấy quyết định "99-QĐ/BTGTU"'):
        store.find("99-QĐ/BTGTU")


def test_same_number_in_two_years_is_ambiguous(
    sample_db: Database, sample_decision: Decision
) -> None:
    sample_decision.date = dt.date(2025, 1, 6)
    DecisionStore(sample_db).add(sample_decision)
    with pytest.raises(AmbiguousError) as info:
        DecisionStore(sample_db).find("15-QĐ/BTGTU")
    assert len(info.value.candidates) == 2


def test_same_decision_twice_is_refused(sample_db: Database, sample_decision: Decision) -> None:
    with pytest.raises(DuplicateError, match="15-QĐ/BTGTU ngày 03/01/2024 đã có"):
        DecisionStore(sample_db).add(sample_decision)


def test_find_meeting(sample_db: Database) -> None:
    store = MeetingStore(sample_db)
    assert store.find("2024-01-03").location == "Hội trường Tỉnh ủy Bắc Giang"
    assert store.find("03/01/2024").location == "Hội trường Tỉnh ủy Bắc Giang"
    title = "hội nghị tổng kết công tác tuyên giáo năm 2023, triển khai nhiệm vụ năm 2024"
    assert store.find(title).kind == "Hội nghị tổng kết"
    with pytest.raises(NotFoundError):
        store.find("2023-12-31")


def test_recipients_are_matched_not_duplicated(
    sample_db: Database, sample_decision: Decision
) -> None:
    people = sample_db.table("people").count
    collectives = sample_db.table("collectives").count
    sample_decision.number = "03-QĐ/BTGTU"
    sample_decision.date = dt.date(2025, 1, 6)
    # Same people typed differently: NFD, other case, old tone placement.
    sample_decision.awards[11].name = "NGUYỄN THỊ THU HẰNG"
    sample_decision.awards[12].name = "Trần  Đức Thắng"
    sample_decision.awards[4].name = "Ban Tuyên giáo Huyện ủy Yên Dũng"
    sample_decision.awards.append(Award(kind="person", name="Người Mới", unit="Báo Bắc Giang"))
    DecisionStore(sample_db).add(sample_decision)
    assert sample_db.table("people").count == people + 1
    assert sample_db.table("collectives").count == collectives


def test_same_name_in_another_unit_is_another_person(db: Database) -> None:
    store = DirectoryStore(db)
    from desktop.domain.records import Person

    first = store.match_or_add_person(Person(name="Nguyễn Văn An", unit="Sở Nội vụ"))
    second = store.match_or_add_person(Person(name="Nguyễn Văn An", unit="Sở Tài chính"))
    assert first != second
    assert store.match_or_add_person(Person(name="Nguyễn Văn An", unit="sở nội vụ")) == first


def test_award_history(sample_db: Database, sample_decision: Decision) -> None:
    sample_decision.number = "03-QĐ/BTGTU"
    sample_decision.date = dt.date(2025, 1, 6)
    DecisionStore(sample_db).add(sample_decision)
    store = DirectoryStore(sample_db)
    person_id = store.match_person("Giáp Thị Nguyệt")
    history = store.award_history(person_id)
    assert [(h.number, h.date) for h in history] == [
        ("03-QĐ/BTGTU", "2025-01-06"),
        ("15-QĐ/BTGTU", "2024-01-03"),
    ]


def test_saving_a_reordered_list(sample_db: Database) -> None:
    store = DecisionStore(sample_db)
    decision = store.find("15-QĐ/BTGTU")
    decision.awards.reverse()
    removed = decision.awards.pop(0)
    store.save(decision)
    stored = store.find("15-QĐ/BTGTU")
    assert [a.name for a in stored.awards] == [a.name for a in decision.awards]
    assert removed.name not in [a.name for a in stored.awards]
    assert [a.position for a in stored.awards] == list(range(1, 26))
