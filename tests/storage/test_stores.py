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
    assert decision.version >= 1 and decision.issuer.version >= 1  # read from the database
    decision.id = ""
    decision.version = decision.issuer.version = 0
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
    assert (stored.version, stored.organiser.version) == (1, 1)
    stored.id = ""
    stored.organiser.id = ""
    stored.version = stored.organiser.version = 0
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


def test_find_decision_by_number_as_printed(sample_db: Database, sample_decision: Decision) -> None:
    # Documents print "Số: 05/QĐ-SNV" for a decision stored as "5/QĐ-SNV"; users type what
    # they read on the paper, "Số:" included.
    sample_decision.number = "5/QĐ-SNV"
    store = DecisionStore(sample_db)
    store.add(sample_decision)
    assert store.find("05/QĐ-SNV").number == "5/QĐ-SNV"
    assert store.find("Số: 05/QĐ-SNV").number == "5/QĐ-SNV"
    assert store.find("số 5/qd-snv").number == "5/QĐ-SNV"
    assert store.find("Số 15-QĐ/BTGTU").number == "15-QĐ/BTGTU"
    with pytest.raises(NotFoundError):
        store.find("50/QĐ-SNV")


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


@pytest.mark.parametrize("typed", ["15-qđ/btgtu", "Số 15-QĐ/BTGTU", "15 - QĐ / BTGTU"])
def test_same_decision_typed_differently_is_refused(
    sample_db: Database, sample_decision: Decision, typed: str
) -> None:
    sample_decision.number = typed
    with pytest.raises(DuplicateError, match="đã có"):
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


def test_a_long_list_is_matched_as_one_batch(db: Database) -> None:
    from desktop.domain.records import Collective, Person

    store = DirectoryStore(db)
    known = store.match_or_add_person(Person(name="Giáp Thị Nguyệt", unit="Báo Bắc Giang"))
    people = [
        Person(name="GIÁP THỊ NGUYỆT", unit="báo bắc giang", title="Phóng viên"),  # stored
        Person(name="Người Mới", unit="Sở Nội vụ"),
        Person(name="Người  Mới", unit="Sở Nội vụ"),  # the same new person twice
        Person(name="Người Mới", unit="Sở Tài chính"),  # same name, another unit
    ]
    ids = store.match_or_add_people(people)
    assert ids[0] == known
    assert ids[1] == ids[2] != ids[3]
    assert db.table("people").count == 3
    assert store.get_person(known).title == "Phóng viên"  # an empty title is filled in
    a, b, c = store.match_or_add_collectives(
        [Collective(name="Báo Bắc Giang"), Collective(name="báo  bắc giang"), Collective(name="X")]
    )
    assert a == b != c
    assert db.table("collectives").count == 2
