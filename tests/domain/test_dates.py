"""Tests for desktop.domain.dates: the date line of NĐ 30/2020 and date parsing."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import (
    date_line,
    parse_date,
    parse_datetime,
    parse_time,
    place_date_line,
    short_date,
    time_text,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 1, 1), "ngày 01 tháng 01 năm 2024"),
        (dt.date(2024, 1, 9), "ngày 09 tháng 01 năm 2024"),
        (dt.date(2024, 1, 10), "ngày 10 tháng 01 năm 2024"),
        (dt.date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
        (dt.date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
        (dt.date(2024, 3, 1), "ngày 01 tháng 3 năm 2024"),
        (dt.date(2024, 3, 10), "ngày 10 tháng 3 năm 2024"),
        (dt.date(2024, 6, 15), "ngày 15 tháng 6 năm 2024"),
        (dt.date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (dt.date(2024, 9, 9), "ngày 09 tháng 9 năm 2024"),
        (dt.date(2024, 10, 1), "ngày 01 tháng 10 năm 2024"),
        (dt.date(2024, 12, 31), "ngày 31 tháng 12 năm 2024"),
        (dt.date(2018, 4, 3), "ngày 03 tháng 4 năm 2018"),  # HD 36-HD/VPTW's own header
    ],
)
def test_date_line(day: dt.date, expected: str) -> None:
    assert date_line(day) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_date_line_leading_zero_rule(day: dt.date) -> None:
    words = date_line(day).split(" ")
    assert words[0::2] == ["ngày", "tháng", "năm"]
    day_text, month_text, year_text = words[1::2]
    assert day_text == f"{day.day:02d}"
    assert month_text == (f"0{day.month}" if day.month <= 2 else str(day.month))
    assert int(year_text) == day.year


@pytest.mark.parametrize(
    ("place", "day", "expected"),
    [
        ("Bắc Giang", dt.date(2024, 1, 3), "Bắc Giang, ngày 03 tháng 01 năm 2024"),
        ("Hà Nội", dt.date(2020, 1, 5), "Hà Nội, ngày 05 tháng 01 năm 2020"),
        (
            "Thành phố Hồ Chí Minh",
            dt.date(2019, 6, 29),
            "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
        ),
        ("  Hạ  Long ", dt.date(2018, 2, 20), "Hạ Long, ngày 20 tháng 02 năm 2018"),
        (
            unicodedata.normalize("NFD", "Bắc Ninh"),
            dt.date(2025, 7, 1),
            "Bắc Ninh, ngày 01 tháng 7 năm 2025",
        ),
        ("", dt.date(2024, 1, 3), "Ngày 03 tháng 01 năm 2024"),
        ("   ", dt.date(2024, 11, 30), "Ngày 30 tháng 11 năm 2024"),
    ],
)
def test_place_date_line(place: str, day: dt.date, expected: str) -> None:
    assert place_date_line(place, day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 1, 3), "03/01/2024"),
        (dt.date(2024, 12, 31), "31/12/2024"),
        (dt.date(2024, 10, 9), "09/10/2024"),
    ],
)
def test_short_date(day: dt.date, expected: str) -> None:
    assert short_date(day) == expected


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (dt.time(14, 0), "14 giờ 00"),
        (dt.time(8, 5), "8 giờ 05"),
        (dt.time(0, 0), "0 giờ 00"),
        (dt.time(23, 59, 59), "23 giờ 59"),
        (dt.datetime(2024, 1, 3, 7, 30), "7 giờ 30"),
    ],
)
def test_time_text(moment: dt.time | dt.datetime, expected: str) -> None:
    assert time_text(moment) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-03", dt.date(2024, 1, 3)),
        ("03/01/2024", dt.date(2024, 1, 3)),
        ("3/1/2024", dt.date(2024, 1, 3)),
        ("03-01-2024", dt.date(2024, 1, 3)),
        ("03.01.2024", dt.date(2024, 1, 3)),
        ("  31/12/2024 ", dt.date(2024, 12, 31)),
        ("29/02/2024", dt.date(2024, 2, 29)),
        ("2024-1-3", dt.date(2024, 1, 3)),
    ],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "03/01/24", "2024/01/03", "03/01-2024", "03012024", "1/2/3/2024", "ngày 3"],
)
def test_parse_date_rejects_other_forms(text: str) -> None:
    with pytest.raises(ValueError, match="Ngày không hợp lệ") as error:
        parse_date(text)
    assert f"«{text.strip()}»" in str(error.value)


@pytest.mark.parametrize(
    "text", ["31/02/2024", "29/02/2023", "00/01/2024", "15/13/2024", "2024-04-31"]
)
def test_parse_date_rejects_days_that_do_not_exist(text: str) -> None:
    with pytest.raises(ValueError, match="không có thật") as error:
        parse_date(text)
    assert str(error.value).startswith(f"Ngày {text} không có thật: ")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/02/2024", "Ngày 31/02/2024 không có thật: tháng 2 năm 2024 có 29 ngày."),
        ("29/02/2023", "Ngày 29/02/2023 không có thật: tháng 2 năm 2023 có 28 ngày."),
        ("31/04/2024", "Ngày 31/04/2024 không có thật: tháng 4 năm 2024 có 30 ngày."),
        ("00/01/2024", "Ngày 00/01/2024 không có thật: tháng 1 năm 2024 có 31 ngày."),
        ("00/13/2024", "Ngày 00/13/2024 không có thật: tháng 13 không có, một năm có 12 tháng."),
    ],
)
def test_an_impossible_date_says_why(text: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_date(text)
    assert str(error.value) == message


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_parse_date_round_trips(day: dt.date) -> None:
    assert parse_date(short_date(day)) == day
    assert parse_date(day.isoformat()) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:00", dt.time(14, 0)),
        ("8:05", dt.time(8, 5)),
        ("14:00:30", dt.time(14, 0, 30)),
        ("14h00", dt.time(14, 0)),
        ("14H30", dt.time(14, 30)),
        ("14 giờ 00", dt.time(14, 0)),
        (" 7 giờ 30 ", dt.time(7, 30)),
    ],
)
def test_parse_time(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "14", "14:0", "quá trưa", "14:00 chiều"])
def test_parse_time_rejects_other_forms(text: str) -> None:
    with pytest.raises(ValueError, match="Giờ không hợp lệ"):
        parse_time(text)


@pytest.mark.parametrize("text", ["24:00", "14:60", "14:00:61"])
def test_parse_time_rejects_times_that_do_not_exist(text: str) -> None:
    with pytest.raises(ValueError, match="Giờ không có thật"):
        parse_time(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-03T14:00", dt.datetime(2024, 1, 3, 14, 0)),
        ("2024-01-03T14:00:00", dt.datetime(2024, 1, 3, 14, 0)),
        ("2024-01-03 14:00", dt.datetime(2024, 1, 3, 14, 0)),
        ("03/01/2024 14:00", dt.datetime(2024, 1, 3, 14, 0)),
        ("03/01/2024, 7h30", dt.datetime(2024, 1, 3, 7, 30)),
        ("03/01/2024 lúc 14 giờ 00", dt.datetime(2024, 1, 3, 14, 0)),
        ("  3/1/2024   8:00 ", dt.datetime(2024, 1, 3, 8, 0)),
    ],
)
def test_parse_datetime(text: str, expected: dt.datetime) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    "text", ["", "2024-01-03", "14:00", "2024-01-03T", "03/01/2024 chiều", "hôm nay 14:00"]
)
def test_parse_datetime_rejects_incomplete_text(text: str) -> None:
    with pytest.raises(ValueError, match="Thời gian không hợp lệ") as error:
        parse_datetime(text)
    assert f"«{text}»" in str(error.value)


def test_parse_datetime_names_a_day_that_does_not_exist() -> None:
    with pytest.raises(ValueError, match="31/02/2024"):
        parse_datetime("31/02/2024 14:00")


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1)))
def test_parse_datetime_round_trips_iso_minutes(moment: dt.datetime) -> None:
    moment = moment.replace(second=0, microsecond=0)
    assert parse_datetime(moment.isoformat(timespec="minutes")) == moment
    assert parse_datetime(moment.isoformat(timespec="seconds")) == moment
