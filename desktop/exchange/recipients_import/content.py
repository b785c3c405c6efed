"""Columns read by what they hold, for rows copied without their header row.

A clerk often copies only the people from an Excel list, not its heading. Read by position,
such rows made recipients named "1", "2" (the STT column) or "1978" (the year of birth). Here
each column is judged by its cells: row numbers, years, the kind of recipient, people's names
(every word capitalised, two to six short words), titles ("Phó Giám đốc", "Chuyên viên"),
units ("Sở Tài chính", "UBND huyện …"), reasons (long sentences, "Đã có thành tích …"). The
mapping says whether it is sure: when it is not, the window asks (the import preview) rather
than guess silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.awards import kind_from_text
from desktop.domain.text import fold, normalize
from desktop.exchange.recipients_import.common import (
    COLLECTIVE_STARTS,
    Column,
    ColumnMapping,
)

_ROW_NUMBER = re.compile(r"^(?:[0-9]{1,4}|[ivxlc]{1,6}|[a-z])[.)]?$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:[0-3]?[0-9][/.-][01]?[0-9][/.-])?(?:19|20)[0-9]{2}$")
_TITLE_STARTS = (
    "pho ", "truong ", "giam doc", "chuyen vien", "bi thu", "chu tich", "can bo", "nhan vien",
    "ke toan", "giao vien", "uy vien", "thu ky", "doi truong", "to truong", "chanh ",
    "tong bien tap", "bac si", "dieu duong", "ky su", "phong vien", "bien tap vien", "thu quy",
    "chi huy", "can su", "chuyen gia", "giang vien", "hieu truong", "tro ly", "lai xe",
    "van thu", "bao ve", "cong chuc", "vien chuc", "thanh tra", "kiem sat", "tham phan",
    "dai bieu", "hoi vien", "dang vien", "doan vien", "lanh dao", "quyen ",
)  # fmt: skip
"""Folded words a title (chức vụ) starts with. Not "nguyen" (Nguyên Phó Chủ tịch, a former
title): folded, it is Nguyễn, the most common family name."""
_REASON_STARTS = ("da co thanh tich", "co thanh tich", "hoan thanh", "dat danh hieu", "vi da")
_REASON_WORDS = 9
"""A cell of this many words or more is a sentence: a reason, not a name, title or unit."""
SURE = 0.6
"""The share of a column's cells that must look like its role for the mapping to be sure."""


@dataclass(frozen=True, slots=True)
class ContentMapping:
    """How rows without a header are read, and whether the cells made it clear."""

    mapping: ColumnMapping
    sure: bool


def _is_person_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 6
        and all(w[:1].isupper() and w.isalpha() and len(w) <= 8 for w in words)
        and not text.lower().startswith(COLLECTIVE_STARTS)
    )


def _is_collective_name(text: str) -> bool:
    return text.lower().startswith(COLLECTIVE_STARTS) and len(text.split()) < _REASON_WORDS


def _is_title(text: str) -> bool:
    folded = fold(text) + " "
    return folded.startswith(_TITLE_STARTS) and len(text.split()) < _REASON_WORDS


def _is_reason(text: str) -> bool:
    return len(text.split()) >= _REASON_WORDS or fold(text).startswith(_REASON_STARTS)


def _share(cells: list[str], test: object) -> float:
    assert callable(test)
    return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0


def content_mapping(rows: Sequence[Sequence[str]]) -> ContentMapping:
    """Read the columns of ``rows`` (no header row among them) by what their cells hold."""
    # Rows of one cell (a section heading "II. Cá nhân", a total, the signer) say nothing of
    # the columns when other rows fill several.
    full = [r for r in rows if sum(1 for c in r if normalize(c)) >= 2]
    sample = full or list(rows)
    width = max((len(r) for r in sample), default=0)
    cells = [
        [t for t in (normalize(r[c]) if c < len(r) else "" for r in sample) if t]
        for c in range(width)
    ]
    used = [c for c in range(width) if cells[c]]
    columns: dict[Column, int] = {}
    doubtful = False
    free = list(used)

    def take(column: Column, position: int) -> None:
        columns[column] = position
        free.remove(position)

    for position in used:
        if _share(cells[position], _YEAR.match) >= 0.8:
            take("birth_year", position)  # before the STT: 1978 is a number too
        elif _share(cells[position], _ROW_NUMBER.match) >= 0.9:
            free.remove(position)  # STT
        elif _share(cells[position], kind_from_text) >= 0.8 and "kind" not in columns:
            take("kind", position)
    if free:
        # The leftmost text column is the name, as lists are laid out, unless its cells are
        # not names and another column's are (rows copied from STT, Năm sinh, Họ và tên …).
        first = free[0]
        people = {p: _share(cells[p], _is_person_name) for p in free}
        best = max(free, key=lambda p: (people[p], -p))
        if people[first] >= SURE or _share(cells[first], _is_collective_name) >= SURE:
            take("name", first)
        elif people[best] >= SURE:
            take("name", best)
        else:
            doubtful = True
            if not (_share(cells[first], _is_title) >= SURE or _share(cells[first], _is_reason)):
                take("name", first)  # else no name column: the user is asked to choose one
    for column, test in (("reason", _is_reason), ("title", _is_title)):
        candidates = [p for p in free if _share(cells[p], test) >= SURE]
        if candidates:
            take(column, max(candidates, key=lambda p: _share(cells[p], test)))  # type: ignore[arg-type]
    units = [p for p in free if _share(cells[p], _is_collective_name) >= SURE]
    if units:
        take("unit", units[0])
    # What is left, after the name, is read by position as title, unit, reason.
    for column in ("title", "unit", "reason"):
        if column not in columns and free:
            later = [p for p in free if p > columns.get("name", -1)] or free
            take(column, later[0])  # type: ignore[arg-type]
            doubtful = True
    if free:
        doubtful = True  # a column nothing explains
    return ContentMapping(ColumnMapping(columns=columns, header_row=-1), sure=not doubtful)
