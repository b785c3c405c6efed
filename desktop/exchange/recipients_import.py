"""Recipient lists from Excel, CSV or pasted cells: rows in, awards out, all or nothing.

Offices keep their lists (danh sách đề nghị khen thưởng) in Excel in many shapes. This module
finds the header row, maps the columns it recognises (Họ và tên, Chức vụ, Đơn vị, Thành tích …),
follows section rows ("I. TẬP THỂ", "II. CÁ NHÂN") to tell collectives from people, and refuses
the whole file with every problem named by its row when anything is wrong.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.domain.records import Award, RecipientKind
from desktop.domain.text import fold, normalize
from desktop.exchange import legacy_text

Column = Literal[
    "name", "family", "title", "unit", "title_unit", "kind", "reason", "register_number"
]
"""``family`` is "Họ đệm" of a name kept in two columns; ``name`` is then the given name."""

HEADER_SCAN_ROWS = 15
NO_HEADER = (
    'không tìm thấy dòng tiêu đề có cột tên (ví dụ "Họ và tên", "Tên tập thể", "Tên") trong '
    f"{HEADER_SCAN_ROWS} dòng đầu"
)
MAX_NAME = 500
MAX_TEXT = 500
MAX_REASON = 2000
"""Lengths a meeting package allows (resources/schemas): chức vụ, đơn vị, số vào sổ; thành tích."""

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
}

_SECTION = re.compile(
    r"^(?:[ivxlc]+|[0-9]+|[a-z])?[.)]?\s*(?:danh sach\s+)?(tap the|ca nhan)\b", re.IGNORECASE
)
_ROW_NUMBER = re.compile(r"^[0-9]{1,4}[.)]?$")
_COLUMN_NUMBER = re.compile(r"^\(?[0-9]+\)?$")
_KIND_WORDS: dict[str, RecipientKind] = {
    "tap the": "collective",
    "collective": "collective",
    "tt": "collective",
    "ca nhan": "person",
    "person": "person",
    "cn": "person",
}
# Words a collective's name starts with, for lists with neither a kind column nor sections.
# Compared in lower case WITH diacritics: folded, "Trương", "Đoàn Văn", "Tô", "Vũ" (family
# names) would read as "Trường", "Đoàn (thanh niên)", "Tổ", "Vụ".
_COLLECTIVE_STARTS = (
    "ban ", "báo ", "bệnh viện", "bộ phận", "chi bộ", "chi đoàn", "chi hội", "công ty", "cục ",
    "đài ", "đảng bộ", "đảng ủy", "đảng uỷ", "đoàn thanh niên", "đoàn khối", "đội ", "hội ",
    "hợp tác xã", "huyện ủy", "huyện uỷ", "khoa ", "liên đoàn", "lớp ", "ngành ", "phòng ",
    "phường ", "sở ", "tạp chí", "tập thể", "thành ủy", "thành uỷ", "thành phố", "thị trấn",
    "thị ủy", "thị uỷ", "tổ ", "tổng công ty", "trung tâm", "trường ", "ủy ban", "uỷ ban",
    "ubnd", "văn phòng", "viện ", "vụ ", "xã ",
)  # fmt: skip


class RecipientImportError(ValueError):
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


# ---------------------------------------------------------------------------------------------
# Reading files into rows of text


def read_rows(path: str | Path) -> list[list[str]]:
    """The cells of an .xlsx sheet (the first with a header row, else the first), of the first
    sheet of an .xls file, or of a .csv/.tsv/.txt file, as text.

    Raises:
        RecipientImportError: the file is missing, of another type, or unreadable.
    """
    path = Path(path)
    if not path.is_file():
        raise RecipientImportError(["không tìm thấy tệp"], str(path))
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            # The first sheet with a header row (a form may open with an instructions sheet).
            sheets = [(from_legacy(rows), merges) for rows, merges in _xlsx_sheets(path)]
            rows, merges = next(
                (sheet for sheet in sheets if guess_mapping(sheet[0]).header_row >= 0), sheets[0]
            )
            return _fill_merged(rows, merges)
        if suffix == ".xls":
            return from_legacy(_xls_rows(path))
        if suffix in (".csv", ".tsv", ".txt"):
            return _text_rows(path.read_bytes())
    except RecipientImportError as exc:
        raise RecipientImportError(exc.problems, str(path)) from None
    except Exception as exc:
        raise RecipientImportError(
            [f"không đọc được tệp {suffix} ({type(exc).__name__}: {exc})"], str(path)
        ) from None
    raise RecipientImportError(
        [f"không đọc được loại tệp {suffix or '(không có đuôi)'}; hãy dùng .xlsx, .xls hoặc .csv"],
        str(path),
    )


def from_legacy(rows: list[list[str]]) -> list[list[str]]:
    """The rows converted to Unicode when their text is typed in TCVN3 or VNI as a whole."""
    encoding = legacy_text.detect([cell for row in rows for cell in row])
    if encoding is None:
        return rows
    return [[legacy_text.to_unicode(cell, encoding) for cell in row] for row in rows]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


Merge = tuple[int, int, int, int]
"""A merged range, 0-based: top row, bottom row, left column, right column."""


def _xlsx_sheets(path: Path) -> list[tuple[list[list[str]], list[Merge]]]:
    """The cells of every sheet as text, each with its merged ranges."""
    import openpyxl

    # Not read_only: only a full worksheet knows its merged cells.
    book = openpyxl.load_workbook(path, data_only=True)
    try:
        return [
            (
                [[_xlsx_cell_text(cell) for cell in row] for row in sheet.iter_rows()],
                [
                    (m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1)
                    for m in sheet.merged_cells.ranges
                ],
            )
            for sheet in book.worksheets
        ]
    finally:
        book.close()


def _fill_merged(rows: list[list[str]], merges: list[Merge]) -> list[list[str]]:
    """Give the cells of a merged range the text of its top-left cell where it means so.

    Below the header, a cell merged down over several rows: offices merge "Đơn vị" over the
    people of one unit. In the header row, a heading merged across columns: "Họ và tên" over
    the "họ đệm" and "tên" columns. A heading merged down makes the rows it covers part of the
    header (two-row headers: "Năm sinh" over Nam / Nữ): they are emptied, not read as
    recipients. Other merges (titles, section rows) are left as they are.
    """
    header_row = guess_mapping(rows).header_row
    header_end = max([header_row, *(bottom for top, bottom, *_ in merges if top == header_row)])
    for top, bottom, column, right in merges:
        if column >= len(rows[top]):
            continue
        if top == header_row:
            header = rows[top]
            for other in range(column + 1, min(right + 1, len(header))):
                header[other] = header[other] or header[column]
            continue
        if top <= header_end:
            continue
        for index in range(top + 1, min(bottom + 1, len(rows))):
            if column < len(rows[index]) and not rows[index][column]:
                rows[index][column] = rows[top][column]
    for index in range(header_row + 1, min(header_end + 1, len(rows))):
        rows[index] = [""] * len(rows[index])
    return rows


def _xlsx_cell_text(cell: object) -> str:
    # A cell in a .VnTime or VNI-Times font holds legacy text whatever it looks like.
    text = _cell_text(getattr(cell, "value", None))
    font = getattr(cell, "font", None)
    encoding, upper = legacy_text.encoding_of_font(getattr(font, "name", None))
    if text and encoding:
        return legacy_text.to_unicode(text, encoding, upper)
    return text


def _xls_rows(path: Path) -> list[list[str]]:
    import xlrd

    sheet = xlrd.open_workbook(str(path)).sheet_by_index(0)
    return [[_cell_text(v) for v in sheet.row_values(r)] for r in range(sheet.nrows)]


def _text_rows(raw: bytes) -> list[list[str]]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode Text (*.txt)": UTF-16 with a byte order mark, tab-separated.
        return from_legacy(parse_text(raw.decode("utf-16")))
    try:
        return from_legacy(parse_text(raw.decode("utf-8-sig")))
    except UnicodeDecodeError:
        pass
    # Not UTF-8: either legacy TCVN3/VNI bytes saved from a .VnTime/VNI-Times sheet (read as
    # Windows-1252, the code page their fonts were drawn over), or Excel on Vietnamese Windows
    # saving "CSV" in Windows-1258, whose tones are combining marks (normalize() composes them).
    rows = parse_text(raw.decode("cp1252", errors="replace"))
    if legacy_text.detect([cell for row in rows for cell in row]):
        return from_legacy(rows)
    return parse_text(raw.decode("cp1258", errors="replace"))


def parse_text(text: str) -> list[list[str]]:
    """Rows of CSV text or of cells pasted from Excel (tab-separated)."""
    sample = text[:4096]
    if "\t" in sample:
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;").delimiter
        except csv.Error:
            delimiter = ","
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


# ---------------------------------------------------------------------------------------------
# Rows into awards


def guess_mapping(rows: Sequence[Sequence[str]]) -> ColumnMapping:
    """Find the header row among the first rows and map the columns it names.

    Rows without any recognised header (cells pasted from Excel) map by position: name, then
    title, then unit.
    """
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns: dict[Column, int] = {}
        for position, cell in enumerate(row):
            column = _header_column(cell)
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
    position — an optional STT column, an optional "Tập thể"/"Cá nhân" column, then name,
    title, unit, reason."""
    mapping = guess_mapping(rows)
    if mapping.header_row >= 0:
        return mapping
    filled = [[normalize(c) for c in row] for row in rows if any(normalize(c) for c in row)]
    first = 0
    if filled and all(len(r) > 1 and (not r[0] or _ROW_NUMBER.match(r[0])) for r in filled):
        first = 1
    columns: dict[Column, int] = {}
    if filled and all(len(r) > first + 1 and fold(r[first]) in _KIND_WORDS for r in filled):
        columns["kind"] = first
        first += 1
    for offset, column in enumerate(("name", "title", "unit", "reason")):
        columns[column] = first + offset  # type: ignore[index]
    return ColumnMapping(columns=columns, header_row=-1)


def awards_from_pasted_text(text: str) -> list[Award]:
    """Awards from cells copied in Excel or Word (tab-separated), in order; [] for nothing.

    Same rules and errors as ``awards_from_rows`` (legacy TCVN3/VNI text converted too), with
    the column layout of ``paste_mapping``.
    """
    rows = from_legacy(parse_text(text.replace("\r\n", "\n")))
    if not any(normalize(cell) for row in rows for cell in row):
        return []
    return awards_from_rows(rows, paste_mapping(rows))


def _header_column(cell: str) -> Column | None:
    key = fold(cell).rstrip(" :.")
    if key in HEADER_WORDS:
        return HEADER_WORDS[key]
    for words, column in sorted(HEADER_WORDS.items(), key=lambda item: -len(item[0])):
        if len(words) > 3 and key.startswith(words):
            return column
    return None


def awards_from_rows(
    rows: Sequence[Sequence[str]],
    mapping: ColumnMapping | None = None,
    default_kind: RecipientKind | None = None,
) -> list[Award]:
    """Turn table rows into awards in list order, or refuse them all.

    Empty rows, the STT-only rows and section rows ("I. TẬP THỂ", "II. CÁ NHÂN") are skipped;
    a section row sets the kind of the rows after it. Without a kind column or sections, a name
    that starts like a collective's ("Phòng …", "Ban …", "Trường …") is a collective.

    Raises:
        RecipientImportError: with every problem, each naming its row as Excel numbers it
            ("Dòng 14: thiếu tên").
    """
    mapping = mapping or guess_mapping(rows)
    cols = mapping.columns
    awards: list[Award] = []
    problems: list[str] = []
    section: RecipientKind | None = default_kind

    def cell(row: Sequence[str], column: Column) -> str:
        position = cols.get(column)
        if position is None or position >= len(row):
            return ""
        return normalize(row[position])

    for index, row in enumerate(rows):
        if index <= mapping.header_row:
            continue
        line = index + 1
        texts = [normalize(c) for c in row]
        filled = [t for t in texts if t]
        if not filled:
            continue
        name = cell(row, "name")
        if "family" in cols:
            name = normalize(f"{cell(row, 'family')} {name}")
        heading = _SECTION.match(fold(name or filled[0]))
        if heading and len(filled) <= 2 and not cell(row, "title"):
            section = "collective" if heading.group(1) == "tap the" else "person"
            continue
        if all(_COLUMN_NUMBER.match(t) for t in filled):
            continue  # a row of column numbers under the header: (1) (2) (3)
        if not name:
            problems.append(f"Dòng {line}: thiếu tên người nhận")
            continue
        if len(name) > MAX_NAME:
            problems.append(f"Dòng {line}: tên dài {len(name)} ký tự, quá {MAX_NAME} ký tự")
            continue
        title, unit = cell(row, "title"), cell(row, "unit")
        if "title_unit" in cols and not (title or unit):
            title, _, unit = cell(row, "title_unit").partition(",")
            title, unit = normalize(title), normalize(unit)
        kind_text = fold(cell(row, "kind"))
        if kind_text:
            if kind_text not in _KIND_WORDS:
                problems.append(
                    f'Dòng {line}: loại "{cell(row, "kind")}" không rõ; ghi "Tập thể" hoặc '
                    '"Cá nhân"'
                )
                continue
            kind = _KIND_WORDS[kind_text]
        elif section:
            kind = section
        else:
            kind = "collective" if _looks_collective(name, title) else "person"
        award = Award(
            kind=kind,
            name=name,
            title="" if kind == "collective" else title,
            unit="" if kind == "collective" else unit,
            reason=cell(row, "reason"),
            register_number=cell(row, "register_number"),
            position=len(awards) + 1,
        )
        # The limits of a meeting package, so that `dump` writes what `load` accepts.
        too_long = [
            f"Dòng {line}: {label} dài {len(text)} ký tự, quá {limit} ký tự"
            for label, text, limit in (
                ("chức vụ", award.title, MAX_TEXT),
                ("đơn vị", award.unit, MAX_TEXT),
                ("thành tích", award.reason, MAX_REASON),
                ("số vào sổ", award.register_number, MAX_TEXT),
            )
            if len(text) > limit
        ]
        if too_long:
            problems += too_long
            continue
        awards.append(award)
    if problems:
        raise RecipientImportError(problems)
    if not awards:
        raise RecipientImportError(["không có dòng nào có tên người nhận"])
    return awards


def _looks_collective(name: str, title: str) -> bool:
    return not title and normalize(name).lower().startswith(_COLLECTIVE_STARTS)


def read_awards(
    path: str | Path,
    mapping: ColumnMapping | None = None,
    rows: Sequence[Sequence[str]] | None = None,
) -> list[Award]:
    """Awards from the list file at ``path`` (see ``awards_from_rows``).

    A file must have a header row naming its name column; only pasted cells go by position.
    """
    rows = read_rows(path) if rows is None else rows
    mapping = mapping or guess_mapping(rows)
    if mapping.header_row < 0:
        raise RecipientImportError([NO_HEADER], str(path))
    try:
        return awards_from_rows(rows, mapping)
    except RecipientImportError as exc:
        raise RecipientImportError(exc.problems, str(path)) from None


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
