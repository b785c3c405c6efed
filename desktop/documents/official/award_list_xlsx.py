"""The commendation list as an Excel workbook (openpyxl), formatted to print like the PDF.

One sheet: the title rows, then one table whose header row is printed on every page (print
titles), with a merged row for each section ("I. TẬP THỂ (11 tập thể)"). A4 portrait, the
style's margins, fitted to the page width, wrapped text, thin borders, Times New Roman; page
numbers in the page header from page 2.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from desktop.documents.official import text as ot
from desktop.documents.official.award_list import AwardList, SortOrder, award_list
from desktop.documents.official.model import font_name, heading_lines
from desktop.documents.style import DocumentStyle, TextStyle, style_for
from desktop.domain.records import Decision

FONT = "Times New Roman"
SHEET_TITLE = "Danh sách"
MM_PER_INCH = 25.4
TITLE_ROWS = 4
"""DANH SÁCH, the title, the Kèm theo line, an empty row."""
HEADER_ROW = TITLE_ROWS + 1
COLUMN_WIDTHS = {"stt": 5.0, "name": 24.0, "title_unit": 34.0, "reason": 28.0}
"""Column widths in Excel character units; together about the 165 mm text width of A4."""
PIXELS_PER_CHAR = 7
PIXEL_MM = 25.4 / 96
CELL_PADDING_MM = 1.5
LINE_HEIGHT = 1.3
"""Row height per line of wrapped text, as a multiple of the font size (Excel's own)."""
TITLE_LINE_HEIGHT = 1.35
"""Height of a title row per line, as a multiple of the font size (room for Ê's marks)."""
HEADING_SLACK_MM = 4.0
"""Room kept free on a title line: Excel's metrics of Times New Roman round differently."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Text starting like this is a formula to Excel (OWASP "CSV injection"): kept as text."""
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _columns(content: AwardList) -> list[tuple[str, str]]:
    """(key, heading) of the sheet's columns: one table for every section."""
    columns = [("stt", "STT"), ("name", "Tên tập thể, cá nhân")]
    if any(s.with_unit for s in content.sections):
        columns.append(("title_unit", "Chức vụ, đơn vị công tác"))
    if any(s.with_reason for s in content.sections):
        columns.append(("reason", "Thành tích"))
    return columns


def _column_mm(width_chars: float) -> float:
    """Printed width of a column of ``width_chars`` Excel characters, in millimetres."""
    return (width_chars * PIXELS_PER_CHAR + 5) * PIXEL_MM


def _chars(width_mm: float) -> float:
    """Excel character width of a column printed ``width_mm`` wide (inverse of _column_mm)."""
    return (width_mm / PIXEL_MM - 5) / PIXELS_PER_CHAR


def column_widths(keys: list[str], text_width_mm: float) -> dict[str, float]:
    """Excel widths of the columns, stretched to the page's text width.

    A list of collectives only has two columns (STT and the name): without stretching, the
    table and its merged title rows would take a third of the page and print tiny or narrow.
    """
    widths = {key: COLUMN_WIDTHS[key] for key in keys}
    free = [key for key in keys if key != "stt"]
    room = text_width_mm - _column_mm(widths["stt"]) if "stt" in widths else text_width_mm
    wanted = sum(_column_mm(widths[key]) for key in free)
    scale = room / wanted if wanted else 1.0
    for key in free:
        widths[key] = round(_chars(_column_mm(widths[key]) * scale), 2)
    return widths


def _row_height(
    values: dict[str, object],
    columns: list[tuple[str, str]],
    size: float,
    widths: dict[str, float],
    merged: bool = False,
) -> float:
    """Height (pt) that shows every wrapped line: Excel and LibreOffice do not always
    recompute it when the file is opened. ``merged``: the name spans the next column too."""
    style = TextStyle(size)
    lines = 1
    for key, _ in columns:
        text = str(values[key])
        width = _column_mm(widths[key]) - CELL_PADDING_MM
        if merged and key == "name":
            width += _column_mm(widths["title_unit"])
        wrapped = simpleSplit(text, font_name(style), size, width * mm) if text else [""]
        lines = max(lines, len(wrapped))
    return lines * size * LINE_HEIGHT


def _keep_as_text(sheet: Worksheet) -> None:
    """Make every text that Excel could take for a formula a plain text cell.

    openpyxl stores a string starting with "=" as a formula, so a name such as
    ``=HYPERLINK(…)`` would become live in the office's copy. The cell is typed as a string
    and given Excel's quote prefix (the "'" typed before text), so it shows as typed and stays
    text when the user edits it.
    """
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
                cell.quotePrefix = True


def _page_setup(sheet: Worksheet, style: DocumentStyle, last_column: str) -> None:
    page = style.page
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = page.margin_left_mm / MM_PER_INCH
    sheet.page_margins.right = page.margin_right_mm / MM_PER_INCH
    sheet.page_margins.top = page.margin_top_mm / MM_PER_INCH
    sheet.page_margins.bottom = page.margin_bottom_mm / MM_PER_INCH
    sheet.page_margins.header = page.page_number_from_top_mm / 2 / MM_PER_INCH
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_area = f"A1:{last_column}{sheet.max_row}"
    # Page numbers from page 2, centred at the top (NĐ 30 Phụ lục I, I.1).
    sheet.HeaderFooter.differentFirst = True
    sheet.oddHeader.center.text = "&P"
    sheet.oddHeader.center.font = FONT
    sheet.oddHeader.center.size = int(page.page_number.size_pt)


def award_list_xlsx(
    decision: Decision,
    sort: SortOrder = "list",
    style: DocumentStyle | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """The list of ``decision`` as XLSX bytes."""
    style = style or style_for(decision.issuer.style)
    content = award_list(decision, sort, style)
    columns = _columns(content)
    last = get_column_letter(len(columns))
    widths = column_widths([key for key, _ in columns], style.page.text_width_mm)
    table_mm = sum(_column_mm(w) for w in widths.values())
    cell_size = style.table.cell_style.size_pt
    header_size = style.table.header_style.size_pt

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    body = style.body
    title_lines = [
        (
            content.heading,
            body.title_style,
            Font(name=FONT, size=body.title_style.size_pt, bold=True),
        ),
        (
            content.title,
            body.summary_style,
            Font(name=FONT, size=body.summary_style.size_pt, bold=True),
        ),
        (
            content.reference,
            body.reference_style,
            Font(name=FONT, size=body.reference_style.size_pt, italic=True),
        ),
    ]
    for row, (text, text_style, font) in enumerate(title_lines, start=1):
        sheet.merge_cells(f"A{row}:{last}{row}")
        # Broken by the Vietnamese rule, as in the PDF and the Word file; the row is as tall
        # as its lines, so nothing is cut when Excel does not recompute heights.
        lines = heading_lines(text, text_style, table_mm - HEADING_SLACK_MM)
        cell = sheet.cell(row=row, column=1, value="\n".join(lines))
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.row_dimensions[row].height = round(
            len(lines) * text_style.size_pt * TITLE_LINE_HEIGHT, 1
        )

    for index, (key, heading) in enumerate(columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=heading)
        cell.font = Font(name=FONT, size=header_size, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BORDER
        sheet.column_dimensions[get_column_letter(index)].width = widths[key]

    row = HEADER_ROW + 1
    body_font = Font(name=FONT, size=cell_size)
    for section in content.sections:
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = sheet.cell(row=row, column=1, value=section.heading)
        cell.font = Font(name=FONT, size=cell_size, bold=True)
        cell.alignment = Alignment(horizontal="left", vertical="center")
        for col in range(1, len(columns) + 1):
            sheet.cell(row=row, column=col).border = _BORDER
        row += 1
        if section.shared_reason:
            sheet.merge_cells(f"A{row}:{last}{row}")
            cell = sheet.cell(row=row, column=1, value=f"Thành tích: {section.shared_reason}")
            cell.font = Font(name=FONT, size=cell_size, italic=True)
            cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
            sheet.row_dimensions[row].height = _row_height(
                {"stt": "", "name": cell.value},
                [("stt", ""), ("name", "")],
                cell_size,
                {"stt": 0.0, "name": _chars(table_mm)},
            )
            row += 1
        for number, (name, title_unit, reason) in enumerate(section.rows, start=1):
            values = {
                "stt": number,
                "name": name,
                "title_unit": title_unit,
                "reason": reason if section.with_reason else "",
            }
            for col, (key, _) in enumerate(columns, start=1):
                cell = sheet.cell(row=row, column=col, value=values[key])
                cell.font = body_font
                cell.border = _BORDER
                cell.alignment = Alignment(
                    horizontal="center" if key == "stt" else "left",
                    vertical="top",
                    wrap_text=True,
                )
            keys = [key for key, _ in columns]
            merged = not section.with_unit and "title_unit" in keys
            if merged:
                # A collective has no chức vụ: its name takes the two columns.
                name_col = keys.index("name") + 1
                sheet.merge_cells(
                    start_row=row, start_column=name_col, end_row=row, end_column=name_col + 1
                )
            sheet.row_dimensions[row].height = _row_height(
                values, columns, cell_size, widths, merged
            )
            row += 1
    if content.closing:
        cell = sheet.cell(row=row + 1, column=1, value=content.closing)
        cell.font = body_font

    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    _keep_as_text(sheet)
    _page_setup(sheet, style, last)
    book.properties.title = content.title
    book.properties.creator = ot.issuer_full_name(decision.issuer, style) or "Vinh Danh"
    book.properties.lastModifiedBy = book.properties.creator
    book.properties.language = "vi-VN"
    if created is not None:
        stamp = created.astimezone(dt.UTC).replace(tzinfo=None) if created.tzinfo else created
        book.properties.created = book.properties.modified = stamp
    _times_everywhere(book, cell_size)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _times_everywhere(book: Workbook, size: float) -> None:
    """Make Times New Roman the workbook's default font too, so a cell the user types into
    later, and every empty cell, is not Calibri."""
    default = Font(name=FONT, size=size)
    book._fonts[0] = default  # openpyxl's default font slot
    for named in book._named_styles:
        if named.name == "Normal":
            named.font = default
