"""Dates and times as Vietnamese documents write them (Nghị định 30/2020, Phụ lục I, II.4.b).

(Initial version; to be completed.)
"""

from __future__ import annotations

import datetime as dt


def date_line(day: dt.date) -> str:
    """"ngày 05 tháng 02 năm 2026": days 1–9 and months 1–2 take a leading 0."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date_line(place: str, day: dt.date) -> str:
    """"Bắc Giang, ngày 03 tháng 01 năm 2024"."""
    return f"{place}, {date_line(day)}" if place else date_line(day).capitalize()


def time_text(moment: dt.time | dt.datetime) -> str:
    """"14 giờ 00"."""
    return f"{moment.hour} giờ {moment.minute:02d}"
