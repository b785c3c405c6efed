"""Rules of a meeting: start and end, presence and absence, roles, the chairs' line."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.meetings import (
    ABSENCE_REASONS,
    ROLE_WORDS,
    MeetingTimeError,
    attendee_order,
    checked_end,
    moved_start,
    participants_from_text,
    participants_text,
    role_from_text,
    with_absence_reason,
    with_presence,
)
from desktop.domain.records import ATTENDEE_ROLES, Attendee, Participant
from desktop.domain.text import normalize

moments = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1))
lengths = st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=3))


def test_moving_the_start_moves_the_end_by_as_much() -> None:
    start, end = dt.datetime(2024, 1, 3, 14, 0), dt.datetime(2024, 1, 3, 17, 0)
    assert moved_start(start, end, dt.datetime(2024, 1, 4, 8, 30)) == (
        dt.datetime(2024, 1, 4, 8, 30),
        dt.datetime(2024, 1, 4, 11, 30),
    )


@given(start=moments, length=lengths, new_start=moments)
def test_moving_the_start_keeps_the_length(
    start: dt.datetime, length: dt.timedelta, new_start: dt.datetime
) -> None:
    moved, end = moved_start(start, start + length, new_start)
    assert moved == new_start
    assert end is not None and end - moved == length
    assert checked_end(moved, end) == end  # never an end before the start


@given(end=moments, new_start=moments)
def test_without_a_start_an_end_before_the_new_start_is_cleared(
    end: dt.datetime, new_start: dt.datetime
) -> None:
    assert moved_start(None, end, new_start) == (new_start, end if end >= new_start else None)


def test_clearing_the_start_keeps_the_end() -> None:
    end = dt.datetime(2024, 1, 3, 17, 0)
    assert moved_start(dt.datetime(2024, 1, 3, 14, 0), end, None) == (None, end)
    assert moved_start(None, None, end) == (end, None)


def test_an_end_before_the_start_is_refused_with_both_times() -> None:
    start = dt.datetime(2024, 1, 3, 14, 0)
    with pytest.raises(MeetingTimeError) as caught:
        checked_end(start, dt.datetime(2024, 1, 3, 13, 0))
    assert "13:00 03/01/2024" in str(caught.value)
    assert "14:00 03/01/2024" in str(caught.value)
    assert "trước khi bắt đầu" in str(caught.value)
    assert checked_end(start, start) == start
    assert checked_end(None, start) == start
    assert checked_end(start, None) is None


@given(present=st.booleans(), reason=st.text(max_size=20), mark=st.booleans())
def test_present_means_no_reason_and_a_reason_means_absent(
    present: bool, reason: str, mark: bool
) -> None:
    attendee = Attendee("Lê Văn A", present=present, reason=reason)
    marked = with_presence(attendee, mark)
    assert marked.present is mark
    assert marked.reason == ("" if mark else reason)
    given_reason = with_absence_reason(attendee, reason)
    assert given_reason.reason == reason
    # A reason of only spaces or invisible characters is no reason: presence unchanged.
    assert given_reason.present is (present and not normalize(reason))
    assert attendee.present is present  # the original is not changed


def test_a_reason_marks_absent_and_clearing_it_keeps_absent() -> None:
    absent = with_absence_reason(Attendee("Lê Văn A"), "Đi công tác")
    assert (absent.present, absent.reason) == (False, "Đi công tác")
    assert with_absence_reason(absent, "").present is False
    back = with_presence(absent, True)
    assert (back.present, back.reason) == (True, "")


def test_roles_read_from_their_key_their_vietnamese_word_or_a_label() -> None:
    assert list(ROLE_WORDS) == list(ATTENDEE_ROLES)
    assert role_from_text("chair") == "chair"
    assert role_from_text("thư ký") == "secretary"
    assert role_from_text("KHACH MOI") == "guest"
    assert role_from_text("Press", {"press": "Press"}) == "press"
    assert role_from_text("Giám đốc") is None


def test_the_usual_reasons_are_written_as_the_minutes_print_them() -> None:
    assert "Đi công tác" in ABSENCE_REASONS
    assert all(r == r.strip() and r[0].isupper() and not r.endswith(".") for r in ABSENCE_REASONS)


def test_the_attendance_list_sorts_by_role_then_given_name() -> None:
    people = [
        Attendee("Trần Văn Bình", role="delegate"),
        Attendee("Phóng viên Lê Cường", role="press"),
        Attendee("Nguyễn Thị An", role="delegate"),
        Attendee("Đỗ Đức Dũng", role="chair"),
    ]
    assert [a.name for a in sorted(people, key=attendee_order)] == [
        "Đỗ Đức Dũng",
        "Nguyễn Thị An",
        "Trần Văn Bình",
        "Phóng viên Lê Cường",
    ]


def test_chairs_on_one_line_and_back() -> None:
    people = participants_from_text("Lê Văn A (Bí thư);  Trần  B ; ;")
    assert people == [Participant("Lê Văn A", "Bí thư"), Participant("Trần B")]
    assert participants_text(people) == "Lê Văn A (Bí thư); Trần B"
