"""Dates and times as Vietnamese documents write them (Nghị định 30/2020, Phụ lục I, II.4.b).

The rule for the date line: "các số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0
phía trước". Days 1–9 become 01–09, months 1 and 2 become 01 and 02, months 3–12 stay as they
are. Party documents (HD 36-HD/VPTW) follow the same rule in all their examples, so there is one
function for both styles.

Parsing accepts what users type and what files contain: ISO ``2024-01-03`` and Vietnamese
``03/01/2024`` (day first). Errors are ``ValueError`` with a Vietnamese message that names the
bad value, ready to show to the user.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from desktop.domain.errors import InvalidInput
from desktop.domain.text import normalize


def date_line(day: dt.date) -> str:
    """Return the date as a document writes it: "ngày 05 tháng 02 năm 2026".

    Days below 10 and the months 1 and 2 take a leading 0 ("ngày 15 tháng 6 năm 2024").
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date_line(place: str, day: dt.date) -> str:
    """Return the place-and-date line of a header: "Bắc Giang, ngày 03 tháng 01 năm 2024".

    Without a place the line starts with a capital: "Ngày 03 tháng 01 năm 2024".
    """
    place = normalize(place)
    line = date_line(day)
    return f"{place}, {line}" if place else line[0].upper() + line[1:]


def short_date(day: dt.date) -> str:
    """Return the date in the short form used in tables and forms: "03/01/2024"."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def time_text(moment: dt.time | dt.datetime) -> str:
    """Return the time as documents write it: "14 giờ 00", "8 giờ 30"."""
    return f"{moment.hour} giờ {moment.minute:02d}"


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# Day first, as Vietnamese write it; "/" is usual, "-" and "." turn up in spreadsheets.
_VN_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_TIME = re.compile(r"(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?::(\d{2}))?", re.IGNORECASE)
_DATE_TIME_SEPARATOR = re.compile(r"\s+lúc\s+|\s*,\s*|\s*[T ]\s*", re.IGNORECASE)


def _match_date(text: str) -> tuple[int, int, int] | None:
    """Return (year, month, day) from ISO or day-first text, or None when it is neither."""
    if match := _ISO_DATE.fullmatch(text):
        return int(match[1]), int(match[2]), int(match[3])
    if match := _VN_DATE.fullmatch(text):
        return int(match[4]), int(match[3]), int(match[1])
    return None


def parse_date(text: str) -> dt.date:
    """Read a date typed by a user or found in a file.

    Accepts ISO "2024-01-03" and day-first "03/01/2024" (also "3/1/2024", "03-01-2024",
    "03.01.2024"). Surrounding spaces are ignored.

    Raises:
        ValueError: with a Vietnamese message naming the text, when it is not a date in one of
            those forms or names a day that does not exist ("Ngày 31/02/2024 không có thật:
            tháng 2 năm 2024 có 29 ngày.").
    """
    cleaned = normalize(text)
    parts = _match_date(cleaned)
    if parts is None:
        raise InvalidInput(
            f"Ngày không hợp lệ: «{cleaned}». Hãy nhập theo dạng ngày/tháng/năm, ví dụ 03/01/2024."
        )
    year, month, day = parts
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidInput(impossible_date_message(cleaned, year, month)) from None


def impossible_date_message(typed: str, year: int, month: int) -> str:
    """Why ``typed`` (a day of ``month`` in ``year`` that does not exist) is no date:
    "Ngày 31/02/2024 không có thật: tháng 2 năm 2024 có 29 ngày."."""
    if not 1 <= month <= 12:
        why = f"tháng {month:02d} không có, một năm có 12 tháng"
    elif not dt.MINYEAR <= year <= dt.MAXYEAR:
        why = f"năm {year} không dùng được"
    else:
        why = f"tháng {month} năm {year} có {calendar.monthrange(year, month)[1]} ngày"
    return f"Ngày {typed} không có thật: {why}."


def parse_time(text: str) -> dt.time:
    """Read a time of day: "14:00", "14:00:30", "14h00" or "14 giờ 00".

    Raises:
        ValueError: with a Vietnamese message naming the text, when it is not such a time or the
            hour or minute is out of range ("25:00").
    """
    cleaned = normalize(text)
    match = _TIME.fullmatch(cleaned)
    if match is None:
        raise InvalidInput(
            f"Giờ không hợp lệ: «{cleaned}». Hãy nhập theo dạng giờ:phút, ví dụ 14:00."
        )
    try:
        return dt.time(int(match[1]), int(match[2]), int(match[3] or 0))
    except ValueError:
        raise InvalidInput(f"Giờ không có thật: «{cleaned}».") from None


def parse_datetime(text: str) -> dt.datetime:
    """Read a date and time: ISO "2024-01-03T14:00" or "03/01/2024 14:00".

    The date part takes any form :func:`parse_date` accepts and the time part any form
    :func:`parse_time` accepts; they may be separated by "T", spaces, a comma or "lúc".
    The result is a naive ``datetime`` (local time, as everywhere in the app).

    Raises:
        ValueError: with a Vietnamese message naming the text, when either part is missing or
            invalid.
    """
    cleaned = normalize(text)
    pieces = _DATE_TIME_SEPARATOR.split(cleaned, maxsplit=1)
    if len(pieces) != 2 or _match_date(pieces[0]) is None or not _TIME.fullmatch(pieces[1]):
        raise InvalidInput(
            f"Thời gian không hợp lệ: «{cleaned}». Hãy nhập ngày và giờ, ví dụ 03/01/2024 14:00."
        )
    return dt.datetime.combine(parse_date(pieces[0]), parse_time(pieces[1]))
