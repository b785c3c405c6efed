"""Bảng tổng hợp kết quả khen thưởng năm …: the year-end table of one issuing body.

The figures the office's year-end report quotes, as a document in the house style: the body's
header (no number: the table goes with the report), "BẢNG TỔNG HỢP KẾT QUẢ KHEN THƯỞNG NĂM
2024", an italic line naming the body and the period, a short rule; one table row per award
form, highest form first (STT | Hình thức khen thưởng | Quyết định | Tập thể | Cá nhân |
Cộng) and a "Tổng cộng" row; a closing sentence with the totals; the signer's block on the
right (the body's default signer, ``domain.authority``). PDF and DOCX through the shared
document model; XLSX with openpyxl, formatted like the commendation list's workbook.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.documents.official import award_list_xlsx as xl
from desktop.documents.official import text as ot
from desktop.documents.official.docx_render import render_docx
from desktop.documents.official.model import (
    Block,
    Column,
    Columns,
    Document,
    Para,
    Rule,
    Spacer,
    Table,
    heading_lines,
    para,
    rule_under,
)
from desktop.documents.official.pdf_render import render_pdf
from desktop.documents.style import DocumentStyle, style_for
from desktop.domain.numbers import format_number
from desktop.domain.records import Organisation, Signer

COLUMN_TITLES = ("STT", "Hình thức khen thưởng", "Quyết định", "Tập thể", "Cá nhân", "Cộng")
COLUMN_MM = (11.0, 35.0, 0.0, 19.5, 19.5, 16.0)
"""Widths; the decisions column (0) takes what the page leaves."""
TOTAL_LABEL = "Tổng cộng"


@dataclass(frozen=True, slots=True)
class FormLine:
    """One award form's line: its decisions ("15-QĐ/BTGTU ngày 03/01/2024") and counts."""

    form: str
    decisions: tuple[str, ...]
    collectives: int
    people: int


@dataclass(frozen=True, slots=True)
class YearTable:
    """What the table says: the body, the year, the lines, who signs and when."""

    body: Organisation
    year: int
    lines: tuple[FormLine, ...]
    signer: Signer
    date: dt.date
    """Date of the place-and-date line (the day it is drawn up)."""

    @property
    def collectives(self) -> int:
        return sum(line.collectives for line in self.lines)

    @property
    def people(self) -> int:
        return sum(line.people for line in self.lines)


def title(table: YearTable) -> str:
    """ "BẢNG TỔNG HỢP KẾT QUẢ KHEN THƯỞNG NĂM 2024"."""
    return f"BẢNG TỔNG HỢP KẾT QUẢ KHEN THƯỞNG NĂM {table.year}"


def reference(table: YearTable, style: DocumentStyle) -> str:
    """ "(Khen thưởng của Ban Tuyên giáo Tỉnh ủy Bắc Giang từ ngày 01/01/2024 đến ngày
    31/12/2024)"."""
    name = ot.issuer_full_name(table.body, style)
    return f"(Khen thưởng của {name} từ ngày 01/01/{table.year} đến ngày 31/12/{table.year})"


def closing(table: YearTable, style: DocumentStyle) -> str:
    """ "Năm 2024 có 14 tập thể và 27 cá nhân được khen thưởng./."."""
    counts = ot.counts_text(table.collectives, table.people)
    text = (
        f"Năm {table.year} có {counts} được khen thưởng."
        if counts
        else f"Năm {table.year} không có tập thể, cá nhân nào được khen thưởng."
    )
    return ot.with_end_mark(text, style.body.end_mark)


def table_rows(table: YearTable) -> list[tuple[str, ...]]:
    """The rows under the column titles, the "Tổng cộng" row last."""
    rows: list[tuple[str, ...]] = [
        (
            str(i),
            line.form,
            "; ".join(line.decisions),
            format_number(line.collectives),
            format_number(line.people),
            format_number(line.collectives + line.people),
        )
        for i, line in enumerate(table.lines, start=1)
    ]
    rows.append(
        (
            "",
            TOTAL_LABEL,
            "",
            format_number(table.collectives),
            format_number(table.people),
            format_number(table.collectives + table.people),
        )
    )
    return rows


def _columns(width_mm: float) -> tuple[Column, ...]:
    rest = width_mm - sum(COLUMN_MM)
    aligns = ("centre", "left", "left", "centre", "centre", "centre")
    return tuple(
        Column(name, mm or rest, align)  # type: ignore[arg-type]
        for name, mm, align in zip(COLUMN_TITLES, COLUMN_MM, aligns, strict=True)
    )


def build_year_table(table: YearTable, style: DocumentStyle | None = None) -> Document:
    """The table as a :class:`Document` in the body's style (or ``style``)."""
    style = style or style_for(table.body.style)
    width = style.page.text_width_mm
    ref = reference(table, style)
    blocks: list[Block] = [
        para(title(table), "title"),
        para(ref, "reference"),
        Rule(
            rule_under(ref, style.body.reference_style, style.body.summary_rule_ratio, width),
            style.body.summary_rule,
        ),
        Spacer(2),
        Table(_columns(width), tuple(table_rows(table))),
        Spacer(3),
        para(closing(table, style), "plain"),
    ]
    sig = style.signature
    right: list[Para | Spacer] = [
        para(line, "sign_authority") for line in ot.signer_lines(table.signer, table.body, style)
    ]
    right.append(Spacer(sig.sign_space_mm))
    if table.signer.name:
        right.append(para(table.signer.name, "sign_name"))
    blocks.append(Spacer(3))
    blocks.append(Columns((), tuple(right), sig.left_width_mm, sig.right_width_mm))
    return Document(
        style=style,
        header=ot.header(style, table.body, "", ot.place_date(table.body, table.date)),
        blocks=tuple(blocks),
        title=title(table).capitalize(),
        subject=ref,
        author=ot.issuer_full_name(table.body, style),
    )


def year_table_pdf(
    table: YearTable, style: DocumentStyle | None = None, created: dt.datetime | None = None
) -> bytes:
    """The table as PDF bytes."""
    return render_pdf(dataclasses.replace(build_year_table(table, style), created=created))


def year_table_docx(
    table: YearTable, style: DocumentStyle | None = None, created: dt.datetime | None = None
) -> bytes:
    """The table as a Word document (bytes)."""
    return render_docx(dataclasses.replace(build_year_table(table, style), created=created))


SHEET_TITLE = "Tổng hợp"
XLSX_WIDTHS = (5.0, 22.0, 34.0, 9.0, 9.0, 9.0)
"""Column widths in Excel characters; together about the A4 text width."""


def year_table_xlsx(
    table: YearTable, style: DocumentStyle | None = None, created: dt.datetime | None = None
) -> bytes:
    """The table as an XLSX workbook: the header lines, the title, the table with its
    "Tổng cộng" row, the closing sentence and the signer's lines, printed on A4."""
    style = style or style_for(table.body.style)
    head = style.header
    last = get_column_letter(len(COLUMN_TITLES))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    size = style.table.cell_style.size_pt
    for index, width in enumerate(XLSX_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    table_mm = sum(xl._column_mm(w) for w in XLSX_WIDTHS)

    def merged(row: int, first: int, end: int, text: str, font: Font, height: float = 0) -> None:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=end)
        cell = sheet.cell(row=row, column=first, value=text)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if height:
            sheet.row_dimensions[row].height = height

    header = ot.header(style, table.body, "", ot.place_date(table.body, table.date))
    left = [
        (header.parent, head.parent_style),
        (header.issuer, head.issuer_style),
    ]
    if head.issuer_mark != "rule":
        left.append(("*", head.star_style))  # the Party header's star under the body
    right = [(head.national_title, head.national_title_style)]
    if head.motto:
        right.append((head.motto, head.motto_style))
    row = 1
    for i in range(max(len(left), len(right))):
        for cols, items in (((1, 2), left), ((3, 6), right)):
            if i < len(items) and items[i][0]:
                text, text_style = items[i]
                merged(
                    row,
                    cols[0],
                    cols[1],
                    text,
                    Font(
                        name=xl.FONT,
                        size=text_style.size_pt,
                        bold=text_style.bold,
                        italic=text_style.italic,
                    ),
                )
        sheet.row_dimensions[row].height = 2.4 * size * xl.LINE_HEIGHT
        row += 1
    merged(
        row,
        3,
        6,
        header.date_text or "",
        Font(name=xl.FONT, size=head.date_style.size_pt, italic=True),
    )
    row += 2
    body = style.body
    for text, text_style, font in (
        (
            title(table),
            body.title_style,
            Font(name=xl.FONT, size=body.title_style.size_pt, bold=True),
        ),
        (
            reference(table, style),
            body.reference_style,
            Font(name=xl.FONT, size=body.reference_style.size_pt, italic=True),
        ),
    ):
        lines = heading_lines(text, text_style, table_mm - xl.HEADING_SLACK_MM)
        merged(
            row,
            1,
            len(COLUMN_TITLES),
            "\n".join(lines),
            font,
            round(len(lines) * text_style.size_pt * xl.TITLE_LINE_HEIGHT, 1),
        )
        row += 1
    row += 1
    header_row = row
    for col, name in enumerate(COLUMN_TITLES, start=1):
        cell = sheet.cell(row=row, column=col, value=name)
        cell.font = Font(name=xl.FONT, size=style.table.header_style.size_pt, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = xl._BORDER
    rows = table_rows(table)
    for index, values in enumerate(rows):
        row += 1
        total = index == len(rows) - 1
        for col, value in enumerate(values, start=1):
            # Counts are numbers in Excel (so a SUM over them works), the rest text.
            number = col >= 4 or (col == 1 and value)
            out: object = int(value.replace(".", "")) if number and value else value
            cell = sheet.cell(row=row, column=col, value=out)
            cell.font = Font(name=xl.FONT, size=size, bold=total)
            cell.border = xl._BORDER
            cell.alignment = Alignment(
                horizontal="left" if col in (2, 3) else "center", vertical="top", wrap_text=True
            )
        widths = dict(zip([str(i) for i in range(6)], XLSX_WIDTHS, strict=True))
        sheet.row_dimensions[row].height = xl._row_height(
            {str(i): v for i, v in enumerate(values)},
            [(str(i), "") for i in range(6)],
            size,
            widths,
        )
    row += 2
    cell = sheet.cell(row=row, column=1, value=closing(table, style))
    cell.font = Font(name=xl.FONT, size=size)
    row += 2
    sig = style.signature
    lines = ot.signer_lines(table.signer, table.body, style)
    for line in lines:
        merged(row, 4, 6, line, Font(name=xl.FONT, size=sig.authority_style.size_pt, bold=True))
        row += 1
    row += 3
    if table.signer.name:
        merged(
            row,
            4,
            6,
            table.signer.name,
            Font(name=xl.FONT, size=sig.name_style.size_pt, bold=True),
        )
    xl._keep_as_text(sheet)
    page = style.page
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = page.margin_left_mm / xl.MM_PER_INCH
    sheet.page_margins.right = page.margin_right_mm / xl.MM_PER_INCH
    sheet.page_margins.top = page.margin_top_mm / xl.MM_PER_INCH
    sheet.page_margins.bottom = page.margin_bottom_mm / xl.MM_PER_INCH
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_area = f"A1:{last}{sheet.max_row}"
    book.properties.title = title(table).capitalize()
    book.properties.creator = ot.issuer_full_name(table.body, style) or "Vinh Danh"
    book.properties.lastModifiedBy = book.properties.creator
    book.properties.language = "vi-VN"
    if created is not None:
        stamp = created.astimezone(dt.UTC).replace(tzinfo=None) if created.tzinfo else created
        book.properties.created = book.properties.modified = stamp
    xl._times_everywhere(book, size)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
