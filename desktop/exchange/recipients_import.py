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
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.domain.errors import VinhDanhError
from desktop.domain.records import Award, RecipientKind
from desktop.domain.text import fold, normalize
from desktop.exchange import legacy_text
from desktop.exchange.input_files import (
    FileTooLargeError,
    check_regular,
    read_limited,
    size_text,
)

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

HEADER_SCAN_ROWS = 15
NO_HEADER = (
    'không tìm thấy dòng tiêu đề có cột tên (ví dụ "Họ và tên", "Tên tập thể", "Tên") trong '
    f"{HEADER_SCAN_ROWS} dòng đầu"
)
MAX_NAME = 500
MAX_TEXT = 500
MAX_REASON = 2000
"""Lengths a meeting package allows (resources/schemas): chức vụ, đơn vị, số vào sổ; thành tích."""
MAX_FILE_BYTES = 20 * 1024 * 1024
"""A list of 20,000 people is about 2 MB as .xlsx; past this a file is not a recipient list."""
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
"""What the parts of an .xlsx may inflate to, read from the zip directory before opening it
(a 5 KB "zip bomb" once took 103 s and 5.9 GB before failing)."""
MAX_ROWS = 20_000
MAX_COLUMNS = 200
"""Rows and columns a list may use; a sheet claiming more is refused before it is read."""
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Za-z0-9:$]+)"')

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
_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")
"""A year of birth in a cell: "1975", "12/05/1975", "1975-05-12"."""

_SECTION = re.compile(
    r"^(?:[ivxlc]+|[0-9]+|[a-z])?[.)]?\s*(?:danh sach\s+)?(tap the|ca nhan)\b", re.IGNORECASE
)
# Lower-case text with its diacritics: "Tống Văn Minh" (a family name) is no total row.
_TOTAL = re.compile(r"^(?:tổng\s+cộng|tổng\s+số|(?:tổng|cộng)\s*(?:[:.]|[0-9]|$))")
_SIGNATURE = re.compile(
    r"^người\s+lập\b|^\(\s*ký\b|^ký\s+(?:tên|và|,|ghi)|^thủ\s+trưởng\b|^xác\s+nhận\b"
    r"|^(?:tm|kt|tl|tuq|q)\.\s|^t/m\b"
    # The date line: "Bắc Giang, ngày 03 tháng 01 năm 2024" or "ngày … tháng … năm …", not a
    # reason that mentions a date.
    r"|^(?:[^,]{1,40},\s*)?ngày\s+\S{1,4}\s+tháng\s+\S{1,4}\s+năm\b"
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


@dataclass(slots=True)
class ListFile:
    """The rows of a list file as text, and what was passed over before reading them."""

    rows: list[list[str]]
    skipped: list[str] = field(default_factory=list)
    """Hidden sheets and hidden rows, one line each ("Dòng 9: dòng đang ẩn …")."""


# ---------------------------------------------------------------------------------------------
# Reading files into rows of text


def read_list(path: str | Path) -> ListFile:
    """The cells of an .xlsx sheet (the active sheet if it has a header row, else the first
    visible sheet with one; hidden sheets and hidden rows are passed over and listed), of the
    first sheet of an .xls file, or of a .csv/.tsv/.txt file, as text.

    Files over ``MAX_FILE_BYTES``, an .xlsx inflating past ``MAX_UNZIPPED_BYTES``, a sheet
    claiming more than ``MAX_ROWS`` rows or ``MAX_COLUMNS`` columns, a FIFO or a device are
    refused before they are read.

    Raises:
        RecipientImportError: the file is missing, of another type, too large, or unreadable.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            read_limited_size(path)
            return _xlsx_list(path)
        if suffix == ".xls":
            read_limited_size(path)
            return ListFile(from_legacy(_xls_rows(path)))
        if suffix in (".csv", ".tsv", ".txt"):
            return ListFile(_text_rows(read_limited(path, MAX_FILE_BYTES)))
        if not path.is_file():
            raise FileNotFoundError(str(path))
    except RecipientImportError as exc:
        raise RecipientImportError(exc.problems, str(path)) from None
    except FileTooLargeError as exc:
        raise RecipientImportError([str(exc)], str(path)) from None
    except FileNotFoundError:
        raise RecipientImportError(["không tìm thấy tệp"], str(path)) from None
    except IsADirectoryError:
        raise RecipientImportError(["đây là một thư mục, không phải tệp"], str(path)) from None
    except PermissionError:
        raise RecipientImportError(["không có quyền đọc tệp"], str(path)) from None
    except zipfile.BadZipFile:
        raise RecipientImportError(
            [f"không đọc được tệp {suffix}: tệp bị hỏng hoặc không phải tệp Excel"], str(path)
        ) from None
    except Exception as exc:
        raise RecipientImportError(
            [f"không đọc được tệp {suffix} ({type(exc).__name__}: {str(exc)[:200]})"], str(path)
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


def read_limited_size(path: Path) -> None:
    """Refuse ``path`` unless it is a regular file of at most ``MAX_FILE_BYTES``."""
    check_regular(path, MAX_FILE_BYTES)


def _check_archive(path: Path) -> None:
    """Refuse an .xlsx whose parts inflate past ``MAX_UNZIPPED_BYTES`` or whose sheets claim
    more than ``MAX_ROWS`` × ``MAX_COLUMNS``, from the zip directory and the first bytes of
    each sheet, before openpyxl reads anything. (Python's zipfile never inflates a part past
    the size the directory gives, so the directory is a bound.)"""
    from openpyxl.utils.cell import range_boundaries

    with zipfile.ZipFile(path) as archive:
        parts = archive.infolist()
        total = sum(part.file_size for part in parts)
        if len(parts) > 10_000 or total > MAX_UNZIPPED_BYTES:
            raise RecipientImportError(
                [
                    f"tệp Excel giải nén ra {size_text(total)} ({len(parts)} phần), vượt quá "
                    f"giới hạn {size_text(MAX_UNZIPPED_BYTES)}; tệp bị hỏng hoặc không phải "
                    "một danh sách"
                ]
            )
        for part in parts:
            if not part.filename.startswith("xl/worksheets/") or part.filename.endswith(".rels"):
                continue
            with archive.open(part) as stream:
                head = stream.read(64 * 1024)
            found = _DIMENSION.search(head)
            if not found:
                continue
            ref = found.group(1).decode("ascii")
            try:
                left, top, right, bottom = range_boundaries(ref.replace("$", ""))
            except (TypeError, ValueError):
                continue  # an unreadable dimension: openpyxl does not rely on it either
            columns, rows = (right or 1) - (left or 1) + 1, (bottom or 1) - (top or 1) + 1
            if rows > MAX_ROWS or columns > MAX_COLUMNS:
                raise RecipientImportError(
                    [
                        f"một trang tính khai báo vùng dữ liệu {ref} ({rows} dòng, {columns} "
                        f"cột), vượt quá giới hạn {MAX_ROWS} dòng, {MAX_COLUMNS} cột của một "
                        "danh sách; hãy chép danh sách sang một tệp Excel mới"
                    ]
                )


@dataclass(slots=True)
class _Sheet:
    title: str
    visible: bool
    rows: list[list[str]]
    merges: list[Merge]
    hidden_rows: set[int]
    """0-based indices of hidden rows."""


def _xlsx_list(path: Path) -> ListFile:
    """The rows of the sheet to import: the active sheet when it has a header row, else the
    first visible sheet with one (a form may open with an instructions sheet)."""
    _check_archive(path)
    sheets, active = _xlsx_sheets(path)
    if not sheets:
        raise RecipientImportError(["tệp Excel không có trang tính nào chứa ô"])
    visible = [sheet for sheet in sheets if sheet.visible]
    order = sorted(visible, key=lambda sheet: sheet is not active)
    chosen = next(
        (sheet for sheet in order if guess_mapping(sheet.rows).header_row >= 0),
        order[0] if order else sheets[0],
    )
    skipped = [
        f"Trang tính “{sheet.title}” đang ẩn: không đọc"
        for sheet in sheets
        if not sheet.visible and any(any(row) for row in sheet.rows)
    ]
    rows = _fill_merged(chosen.rows, chosen.merges)
    header_row = guess_mapping(rows).header_row
    for index in sorted(chosen.hidden_rows):
        if header_row < index < len(rows) and any(cell.strip() for cell in rows[index]):
            skipped.append(f"Dòng {index + 1}: dòng đang ẩn “{_shown(rows[index])}”")
            rows[index] = [""] * len(rows[index])
    return ListFile(rows, skipped)


def _shown(row: Sequence[str]) -> str:
    text = " · ".join(normalize(cell) for cell in row if normalize(cell))
    return text if len(text) <= 80 else text[:79] + "…"


def _xlsx_sheets(path: Path) -> tuple[list[_Sheet], _Sheet | None]:
    """Every sheet as text with its merged ranges and hidden rows; and the active sheet."""
    import openpyxl

    # Not read_only: only a full worksheet knows its merged cells and hidden rows.
    book = openpyxl.load_workbook(path, data_only=True)
    try:
        sheets = []
        active = None
        for sheet in book.worksheets:
            # Only the cells that hold a value decide the size: iter_rows() would make every
            # cell of the used range, millions for one stray cell at XFD1048576.
            cells = {
                key: cell for key, cell in sheet._cells.items() if cell.value not in (None, "")
            }
            bottom = max((row for row, _ in cells), default=0)
            right = max((column for _, column in cells), default=0)
            if bottom > MAX_ROWS or right > MAX_COLUMNS:
                far = max(cells, key=lambda key: key[0] * MAX_COLUMNS + key[1])
                far_cell = cells[far]
                raise RecipientImportError(
                    [
                        f"trang tính “{sheet.title}” có dữ liệu ở ô {far_cell.coordinate}, ngoài "
                        f"giới hạn {MAX_ROWS} dòng, {MAX_COLUMNS} cột của một danh sách"
                    ]
                )
            rows = [
                [_xlsx_cell_text(cells.get((row, column))) for column in range(1, right + 1)]
                for row in range(1, bottom + 1)
            ]
            item = _Sheet(
                title=sheet.title,
                visible=sheet.sheet_state == "visible",
                rows=from_legacy(rows) if rows else [[]],
                merges=[
                    (m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1)
                    for m in sheet.merged_cells.ranges
                    if m.min_row <= bottom and m.min_col <= right
                ],
                hidden_rows={
                    index - 1
                    for index, dimension in sheet.row_dimensions.items()
                    if dimension.hidden and index <= bottom
                },
            )
            if sheet is book.active:
                active = item
            sheets.append(item)
        return sheets, active
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
    mapping = guess_mapping(rows)
    header_row = mapping.header_row
    header_end = max([header_row, *(bottom for top, bottom, *_ in merges if top == header_row)])
    name_columns = {mapping.columns[c] for c in ("name", "family") if c in mapping.columns}
    continued: list[Merge] = []
    for top, bottom, column, right in merges:
        if top > header_end and bottom > top and name_columns & set(range(column, right + 1)):
            # A person merged over two rows (the name cell spans both, the title on one
            # line and the unit on the next): one person, not two.
            continued.append((top, bottom, column, right))
            continue
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
    for top, bottom, column, right in continued:
        first = rows[top]
        for index in range(top + 1, min(bottom + 1, len(rows))):
            for position, text in enumerate(rows[index]):
                if column <= position <= right or not text.strip():
                    continue
                while position >= len(first):
                    first.append("")
                if normalize(text) != normalize(first[position]):
                    first[position] = f"{first[position]} {text}".strip()
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
    if sheet.nrows > MAX_ROWS or sheet.ncols > MAX_COLUMNS:
        raise RecipientImportError(
            [
                f"trang tính có {sheet.nrows} dòng, {sheet.ncols} cột, vượt quá giới hạn "
                f"{MAX_ROWS} dòng, {MAX_COLUMNS} cột của một danh sách"
            ]
        )
    return [[_cell_text(v) for v in sheet.row_values(r)] for r in range(sheet.nrows)]


def _text_rows(raw: bytes) -> list[list[str]]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode Text (*.txt)": UTF-16 with a byte order mark, tab-separated.
        return from_legacy(parse_text(raw.decode("utf-16", errors="replace"), strict=True))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        return from_legacy(parse_text(text, strict=True))
    # Not UTF-8: either legacy TCVN3/VNI bytes saved from a .VnTime/VNI-Times sheet (read as
    # Windows-1252, the code page their fonts were drawn over), or Excel on Vietnamese Windows
    # saving "CSV" in Windows-1258, whose tones are combining marks (normalize() composes them).
    rows = parse_text(raw.decode("cp1252", errors="replace"), strict=True)
    if legacy_text.detect([cell for row in rows for cell in row]):
        return from_legacy(rows)
    return parse_text(raw.decode("cp1258", errors="replace"), strict=True)


def parse_text(text: str, strict: bool = False) -> list[list[str]]:
    """Rows of CSV text or of cells pasted from Excel (tab-separated).

    ``strict`` (files): a quote that is never closed, or text after a closing quote, is an
    error naming the line where the quoted cell starts; more than ``MAX_ROWS`` rows or
    ``MAX_COLUMNS`` cells in a row are refused.
    """
    sample = text[:4096]
    if "\t" in sample:
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;").delimiter
        except csv.Error:
            delimiter = ","
    if not strict:
        return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    if "\0" in text:
        text = text.replace("\0", "")  # csv refuses NUL; normalize() drops controls anyway
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    start = 1
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise RecipientImportError(
                    [f"Dòng {start}: có {len(row)} ô, vượt quá giới hạn {MAX_COLUMNS} cột"]
                )
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise RecipientImportError(
                    [f"tệp có hơn {MAX_ROWS} dòng, vượt quá giới hạn của một danh sách"]
                )
            start = reader.line_num + 1
    except csv.Error:
        raise RecipientImportError(
            [
                f'Dòng {start}: dấu ngoặc kép (") không cân: một ô mở ngoặc kép mà không đóng '
                'đúng chỗ; hãy sửa dòng này (ngoặc kép trong ô viết thành "")'
            ]
        ) from None
    return rows


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
    skipped: list[str] | None = None,
) -> list[Award]:
    """Turn table rows into awards in list order, or refuse them all.

    Empty rows, the STT-only rows and section rows ("I. TẬP THỂ", "II. CÁ NHÂN") are skipped;
    a section row sets the kind of the rows after it. Without a kind column or sections, a name
    that starts like a collective's ("Phòng …", "Ban …", "Trường …") is a collective.
    Total rows ("Tổng cộng: 30 cá nhân", "Cộng: 30 người") and the signature block at the end
    ("Người lập biểu", "(Ký, ghi rõ họ tên)", the date line, and every row after it: the
    signer's name) are not recipients: each is added to ``skipped`` as "Dòng N: …".

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

    signature = False
    signature_line = 0
    for index, row in enumerate(rows):
        if index <= mapping.header_row:
            continue
        line = index + 1
        texts = [normalize(c) for c in row]
        filled = [t for t in texts if t]
        if not filled:
            continue
        if not signature and len(filled) <= 3:
            # The block starts at a row of "Người lập biểu", "(Ký, ghi rõ họ tên)", "TM. …"
            # or the date line, whose name cell is empty or is that text itself (a reason
            # that mentions "ngày 3 tháng 2 năm 2023" beside a name starts nothing).
            own = cell(row, "name")
            marks = [t for t in filled if _SIGNATURE.search(t.lower())]
            signature = bool(marks) and (not own or own in marks)
            signature_line = line
        if signature:
            if len(filled) > 3:
                # A full row after the signature block: the list goes on, the block was not
                # one. Refused rather than passing over recipients.
                problems.append(
                    f"Dòng {line}: có dữ liệu sau phần ký tên (dòng {signature_line}); hãy "
                    "xóa hoặc chuyển phần ký tên xuống cuối danh sách"
                )
                continue
            if skipped is not None:
                skipped.append(f"Dòng {line}: phần ký tên “{_shown(texts)}”")
            continue
        if len(filled) <= 3 and _TOTAL.match(filled[0].lower()):
            if skipped is not None:
                skipped.append(f"Dòng {line}: dòng tổng cộng “{_shown(texts)}”")
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
        birth_year = None
        born = cell(row, "birth_year")
        if not born and "birth_year" in cols:
            # "Năm sinh" merged over two columns, Nam / Nữ: a woman's year is in the second.
            born = (
                normalize(row[cols["birth_year"] + 1])
                if _two_column_birth(rows, mapping) and cols["birth_year"] + 1 < len(row)
                else ""
            )
        if born:
            years = _YEAR.findall(born)
            if len(years) != 1:
                problems.append(
                    f"Dòng {line}: năm sinh “{born}” không rõ; ghi năm bốn chữ số, ví dụ 1975"
                )
                continue
            birth_year = int(years[0])
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
            birth_year=None if kind == "collective" else birth_year,
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


def _two_column_birth(rows: Sequence[Sequence[str]], mapping: ColumnMapping) -> bool:
    """True when the column after "Năm sinh" is headed "Năm sinh" too (a heading merged
    over Nam / Nữ, filled into both by ``_fill_merged``)."""
    position = mapping.columns.get("birth_year")
    if position is None or mapping.header_row < 0:
        return False
    header = rows[mapping.header_row]
    return position + 1 < len(header) and _header_column(header[position + 1]) == "birth_year"


def _looks_collective(name: str, title: str) -> bool:
    return not title and normalize(name).lower().startswith(_COLLECTIVE_STARTS)


def read_awards(
    path: str | Path,
    mapping: ColumnMapping | None = None,
    rows: Sequence[Sequence[str]] | None = None,
    skipped: list[str] | None = None,
) -> list[Award]:
    """Awards from the list file at ``path`` (see ``awards_from_rows``); rows passed over
    (hidden, totals, signatures) are added to ``skipped``.

    A file must have a header row naming its name column; only pasted cells go by position.
    """
    if rows is None:
        listed = read_list(path)
        rows = listed.rows
        if skipped is not None:
            skipped += listed.skipped
    mapping = mapping or guess_mapping(rows)
    if mapping.header_row < 0:
        raise RecipientImportError([NO_HEADER], str(path))
    try:
        return awards_from_rows(rows, mapping, skipped=skipped)
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
