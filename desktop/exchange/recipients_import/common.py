"""What every part of the recipient-list import shares: limits, the error, the mapping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from desktop.domain.errors import VinhDanhError
from desktop.domain.records import REASON_LIMIT, TEXT_LIMIT
from desktop.domain.text import normalize
from desktop.exchange import legacy_text

Column = Literal[
    "name",
    "family",
    "title",
    "unit",
    "title_unit",
    "kind",
    "reason",
    "register_number",
    "birth_year",
]
"""``family`` is "Họ đệm" of a name kept in two columns; ``name`` is then the given name."""

# Words a collective's name starts with, for lists with neither a kind column nor sections.
# Compared in lower case WITH diacritics: folded, "Trương", "Đoàn Văn", "Tô", "Vũ" (family
# names) would read as "Trường", "Đoàn (thanh niên)", "Tổ", "Vụ".
COLLECTIVE_STARTS = (
    "ban ", "báo ", "bệnh viện", "bộ phận", "chi bộ", "chi đoàn", "chi hội", "công ty", "cục ",
    "đài ", "đảng bộ", "đảng ủy", "đảng uỷ", "đoàn thanh niên", "đoàn khối", "đội ", "hội ",
    "hợp tác xã", "huyện ủy", "huyện uỷ", "khoa ", "liên đoàn", "lớp ", "ngành ", "phòng ",
    "phường ", "sở ", "tạp chí", "tập thể", "thành ủy", "thành uỷ", "thành phố", "thị trấn",
    "thị ủy", "thị uỷ", "tổ ", "tổng công ty", "trung tâm", "trường ", "ủy ban", "uỷ ban",
    "ubnd", "văn phòng", "viện ", "vụ ", "xã ",
)  # fmt: skip

HEADER_SCAN_ROWS = 15
NO_HEADER = (
    'không tìm thấy dòng tiêu đề có cột tên (ví dụ "Họ và tên", "Tên tập thể", "Tên") trong '
    f"{HEADER_SCAN_ROWS} dòng đầu"
)
MAX_NAME = TEXT_LIMIT
MAX_TEXT = TEXT_LIMIT
MAX_REASON = REASON_LIMIT
"""Lengths a meeting package allows (resources/schemas): chức vụ, đơn vị, số vào sổ; thành tích."""
MAX_FILE_BYTES = 20 * 1024 * 1024
"""A list of 20,000 people is about 2 MB as .xlsx; past this a file is not a recipient list."""
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
"""What the parts of an .xlsx may inflate to, read from the zip directory before opening it
(a 5 KB "zip bomb" once took 103 s and 5.9 GB before failing)."""
MAX_ROWS = 20_000
MAX_COLUMNS = 200
"""Rows and columns a list may use; a sheet claiming more is refused before it is read."""


class RecipientImportError(VinhDanhError, ValueError):
    """A list that cannot be imported; ``problems`` names every row that is wrong."""

    def __init__(self, problems: Sequence[str], source: str = "") -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "danh sách không hợp lệ"
        more = len(self.problems) - 1
        text = f"{first} (và {more} lỗi khác)" if more > 0 else first
        super().__init__(f"{source}: {text}" if source else text)


@dataclass(slots=True)
class ColumnMapping:
    """Which column (0-based) holds what; ``header_row`` is the 0-based row of the headers."""

    columns: dict[Column, int] = field(default_factory=dict)
    header_row: int = -1
    """-1 when the rows have no header (pasted cells): then name, title, unit by position."""


@dataclass(frozen=True, slots=True)
class PassedOver:
    """A row of a list that is not a recipient (a total, the signature block, a hidden row,
    a section heading), or a hidden sheet, and why; shown as "Dòng 31: dòng tổng cộng …"."""

    line: int
    """The row as Excel numbers it; 0 for a whole sheet (listed first)."""
    why: str

    def __str__(self) -> str:
        return f"Dòng {self.line}: {self.why}" if self.line else self.why


@dataclass(slots=True)
class ListFile:
    """The rows of a list file as text, and what was passed over before reading them."""

    rows: list[list[str]]
    skipped: list[PassedOver] = field(default_factory=list)
    """Hidden sheets and hidden rows."""


def from_legacy(rows: list[list[str]]) -> list[list[str]]:
    """The rows converted to Unicode when their text is typed in TCVN3 or VNI as a whole."""
    encoding = legacy_text.detect([cell for row in rows for cell in row])
    if encoding is None:
        return rows
    return [[legacy_text.to_unicode(cell, encoding) for cell in row] for row in rows]


def cell_text(value: object) -> str:
    """A cell's value as text (a whole float without its ".0")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def shown(row: Sequence[str]) -> str:
    """A row as a message quotes it: its filled cells, cut at 80 characters."""
    text = " · ".join(normalize(cell) for cell in row if normalize(cell))
    return text if len(text) <= 80 else text[:79] + "…"
