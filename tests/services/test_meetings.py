"""Meetings as the desktop editor uses them."""

from __future__ import annotations

import unicodedata

from sqlite_utils import Database

from desktop.domain.records import Attendee, Participant
from desktop.services import meetings
from tests.documents.pdf_read import text as pdf_text


def test_create_and_save_normalised(sample_db: Database) -> None:
    created = meetings.create_meeting(sample_db, "  Hội nghị   mới ")
    assert created.title == "Hội nghị mới"
    assert created.organiser.name  # the stored organisation is reused
    created.location = unicodedata.normalize("NFD", "Hội trường  A")
    created.conclusions = "Dòng 1\r\n\r\n\r\nDòng 2  "
    created.attendees = [Attendee(name="Lê Văn\u00a0Tám", present=True, reason="ốm")]
    meetings.save_meeting(sample_db, created)
    stored = meetings.get_meeting(sample_db, created.id)
    assert stored.location == "Hội trường A"
    assert stored.conclusions == "Dòng 1\n\nDòng 2"
    assert stored.attendees[0].name == "Lê Văn Tám"
    assert stored.attendees[0].reason == ""  # present: no reason for absence


def test_final_and_reopen(sample_db: Database) -> None:
    meeting_id = meetings.meetings(sample_db)[0].id
    assert meetings.set_final(sample_db, meeting_id, True).status == "final"
    assert meetings.get_meeting(sample_db, meeting_id).status == "final"
    assert meetings.set_final(sample_db, meeting_id, False).status == "draft"


def test_attendees_from_table_text() -> None:
    text = "STT\tHọ và tên\tChức vụ\tĐơn vị\n1\tLê Thị Hoa\tKế toán\tVăn phòng\n2\tTrần Ba\n"
    found = meetings.attendees_from_table_text(text)
    assert [(a.name, a.title, a.organisation) for a in found] == [
        ("Lê Thị Hoa", "Kế toán", "Văn phòng"),
        ("Trần Ba", "", ""),
    ]


def test_participants_text_round_trip() -> None:
    people = [Participant("Lê Thị Thu Hồng", "Phó Bí thư"), Participant("Mai Sơn")]
    text = meetings.participants_text(people)
    assert text == "Lê Thị Thu Hồng (Phó Bí thư); Mai Sơn"
    assert meetings.participants_from_text(text) == people


def test_minutes_pdf(sample_db: Database) -> None:
    meeting = meetings.get_meeting(sample_db, meetings.meetings(sample_db)[0].id)
    data = meetings.minutes_pdf(meeting)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    text = " ".join(pdf_text(data).split())
    assert f"BIÊN BẢN {meeting.title}" in text
    assert "Hội nghị tổng kết công tác tuyên giáo năm 2023" in meeting.title
    assert "Người chủ trì: Lê Thị Thu Hồng, Phó Bí thư Thường trực Tỉnh ủy" in text
    assert "Người ghi biên bản: Nguyễn Thị Minh Thư" in text
    assert "Vắng mặt: 1 đồng chí" in text
