"""Header detection and column mapping: which row names the columns, which column is what."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from desktop.domain.text import fold, normalize
from desktop.exchange.recipients_import.common import HEADER_SCAN_ROWS, Column, ColumnMapping

# Folded header text → column. Checked as whole cells first, then as prefixes.
HEADER_WORDS: dict[str, Column] = {
    "ho va ten": "name",
    "ho ten": "name",
    "ten": "name",
    "ho dem": "family",
    "ho va dem": "family",
    "ho va ten dem": "family",
    "ho va chu dem": "family",
    "ho, ten dem": "family",
    "ten tap the": "name",
    "ten tap the, ca nhan": "name",
    "ten ca nhan, tap the": "name",
    "ten don vi, ca nhan": "name",
    "tap the, ca nhan": "name",
    "chuc vu": "title",
    "chuc danh": "title",
    "don vi": "unit",
    "don vi cong tac": "unit",
    "co quan": "unit",
    "noi cong tac": "unit",
    "chuc vu, don vi": "title_unit",
    "chuc vu, don vi cong tac": "title_unit",
    "chuc vu, co quan": "title_unit",
    "loai": "kind",
    "doi tuong": "kind",
    "ca nhan/tap the": "kind",
    "tap the/ca nhan": "kind",
    "thanh tich": "reason",
    "ly do": "reason",
    "noi dung khen": "reason",
    "so vao so": "register_number",
    "so so": "register_number",
    "nam sinh": "birth_year",
    "sinh nam": "birth_year",
    "ngay sinh": "birth_year",
    "ngay, thang, nam sinh": "birth_year",
}
_ROW_NUMBER = re.compile(r"^[0-9]{1,4}[.)]?$")


def guess_mapping(rows: Sequence[Sequence[str]]) -> ColumnMapping:
    """Find the header row among the first rows and map the columns it names.

    Rows without any recognised header (cells pasted from Excel) map by position: name, then
    title, then unit.
    """
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns: dict[Column, int] = {}
        for position, cell in enumerate(row):
            column = header_column(cell)
            if (
                column == "name"
                and columns.get("name") == position - 1
                and "family" not in columns
                and normalize(cell) == normalize(row[position - 1])
            ):
                # The name heading merged over two columns: họ đệm, then tên.
                columns["family"], columns["name"] = position - 1, position
            elif column and column not in columns:
                columns[column] = position
        if "name" in columns:
            return ColumnMapping(columns=columns, header_row=index)
    return ColumnMapping(columns={"name": 0, "title": 1, "unit": 2}, header_row=-1)


def paste_mapping(rows: Sequence[Sequence[str]]) -> ColumnMapping:
    """The mapping of cells pasted from Excel or Word: a header row if there is one, else by
    what the columns hold (``content.content_mapping``: row numbers, years, the kind, names,
    titles, units, reasons)."""
    mapping = guess_mapping(rows)
    if mapping.header_row >= 0:
        return mapping
    from desktop.exchange.recipients_import.content import content_mapping

    return content_mapping(rows).mapping


def header_column(cell: str) -> Column | None:
    key = fold(cell).rstrip(" :.")
    if key in HEADER_WORDS:
        return HEADER_WORDS[key]
    for words, column in sorted(HEADER_WORDS.items(), key=lambda item: -len(item[0])):
        if len(words) > 3 and key.startswith(words):
            return column
    return None


def two_column_birth(rows: Sequence[Sequence[str]], mapping: ColumnMapping) -> bool:
    """True when the column after "Năm sinh" is headed "Năm sinh" too (a heading merged
    over Nam / Nữ, filled into both by ``xlsx.fill_merged``)."""
    position = mapping.columns.get("birth_year")
    if position is None or mapping.header_row < 0:
        return False
    header = rows[mapping.header_row]
    return position + 1 < len(header) and header_column(header[position + 1]) == "birth_year"


def describe_mapping(mapping: ColumnMapping, rows: Iterable[Sequence[str]]) -> str:
    """One line saying which column was read as what, for the user to confirm."""
    labels = {
        "name": "tên",
        "family": "họ đệm",
        "title": "chức vụ",
        "unit": "đơn vị",
        "title_unit": "chức vụ, đơn vị",
        "kind": "loại",
        "reason": "thành tích",
        "register_number": "số vào sổ",
        "birth_year": "năm sinh",
    }
    header = list(rows)[mapping.header_row] if mapping.header_row >= 0 else []
    parts = []
    for column, position in sorted(mapping.columns.items(), key=lambda item: item[1]):
        letter = _column_letter(position)
        shown = f' "{normalize(header[position])}"' if position < len(header) else ""
        parts.append(f"cột {letter}{shown} → {labels[column]}")
    return "; ".join(parts)


def _column_letter(position: int) -> str:
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
