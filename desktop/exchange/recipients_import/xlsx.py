"""Excel .xlsx sheets as rows of text: the sheet to read, merged cells, hidden rows, limits."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.text import normalize
from desktop.exchange import legacy_text
from desktop.exchange.input_files import size_text
from desktop.exchange.recipients_import.columns import guess_mapping
from desktop.exchange.recipients_import.common import (
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_UNZIPPED_BYTES,
    ListFile,
    PassedOver,
    RecipientImportError,
    cell_text,
    from_legacy,
    shown,
)

DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Za-z0-9:$]+)"')

Merge = tuple[int, int, int, int]
"""A merged range, 0-based: top row, bottom row, left column, right column."""


def check_archive(path: Path) -> None:
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
            found = DIMENSION.search(head)
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
class Sheet:
    title: str
    visible: bool
    rows: list[list[str]]
    merges: list[Merge]
    hidden_rows: set[int]
    """0-based indices of hidden rows."""


def xlsx_list(path: Path) -> ListFile:
    """The rows of the sheet to import: the active sheet when it has a header row, else the
    first visible sheet with one (a form may open with an instructions sheet)."""
    check_archive(path)
    sheets, active = xlsx_sheets(path)
    if not sheets:
        raise RecipientImportError(["tệp Excel không có trang tính nào chứa ô"])
    visible = [sheet for sheet in sheets if sheet.visible]
    order = sorted(visible, key=lambda sheet: sheet is not active)
    chosen = next(
        (sheet for sheet in order if guess_mapping(sheet.rows).header_row >= 0),
        order[0] if order else sheets[0],
    )
    skipped = [
        PassedOver(0, f"Trang tính “{sheet.title}” đang ẩn: không đọc")
        for sheet in sheets
        if not sheet.visible and any(any(row) for row in sheet.rows)
    ]
    rows = fill_merged(chosen.rows, chosen.merges)
    header_row = guess_mapping(rows).header_row
    for index in sorted(chosen.hidden_rows):
        if header_row < index < len(rows) and any(cell.strip() for cell in rows[index]):
            skipped.append(PassedOver(index + 1, f"dòng đang ẩn “{shown(rows[index])}”"))
            rows[index] = [""] * len(rows[index])
    return ListFile(rows, skipped)


def xlsx_sheets(path: Path) -> tuple[list[Sheet], Sheet | None]:
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
                [xlsxcell_text(cells.get((row, column))) for column in range(1, right + 1)]
                for row in range(1, bottom + 1)
            ]
            item = Sheet(
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


def fill_merged(rows: list[list[str]], merges: list[Merge]) -> list[list[str]]:
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


def xlsxcell_text(cell: object) -> str:
    # A cell in a .VnTime or VNI-Times font holds legacy text whatever it looks like.
    text = cell_text(getattr(cell, "value", None))
    font = getattr(cell, "font", None)
    encoding, upper = legacy_text.encoding_of_font(getattr(font, "name", None))
    if text and encoding:
        return legacy_text.to_unicode(text, encoding, upper)
    return text
