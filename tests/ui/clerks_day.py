"""The clerk's day, shared by the walkthrough test and the screenshot script (bench/walkthrough.py):
the office typed at first start and a nomination list as offices send it in Excel.

The list is what a district office really mails: two merged title rows, the header, a section per
kind ("I. Tập thể", "II. Cá nhân"), a nominee hidden in Excel (withdrawn), the "Tổng cộng" row and
the signature block with the name of who made it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

OFFICE = {
    "parent": "Ủy ban nhân dân tỉnh Thái Nguyên",
    "name": "Sở Nội vụ",
    "head_title": "Giám đốc",
    "place": "Thái Nguyên",
    "abbreviation": "SNV",
    "signer_name": "Trần Văn Bình",
    "signer_title": "Phó Giám đốc",
}


def type_office(setup: Any) -> None:
    """Fill the first-start dialog (``FirstStartDialog``) with ``OFFICE``, field by field as
    the clerk does (inserted: QTest cannot type Vietnamese letters), the deputy signing."""
    for edit, key in (
        (setup.parent_edit, "parent"),
        (setup.name_edit, "name"),
        (setup.head_title_edit, "head_title"),
        (setup.place_edit, "place"),
        (setup.abbreviation_edit, "abbreviation"),
        (setup.signer_name_edit, "signer_name"),
        (setup.signer_title_edit, "signer_title"),
    ):
        edit.setFocus()
        edit.insert(OFFICE[key])
    setup.relation_box.set_relation("deputy")


COLLECTIVES = ["Phòng Tổ chức cán bộ", "Phòng Cải cách hành chính"]

PEOPLE = [
    ("Nguyễn Thị Ánh Tuyết", "Trưởng phòng", "Phòng Tổ chức cán bộ"),
    ("Trần Quốc Huỳnh", "Phó Trưởng phòng", "Phòng Tổ chức cán bộ"),
    ("Lê Thị Hường", "Chuyên viên chính", "Phòng Cải cách hành chính"),
    ("Phạm Đức Thắng", "Chuyên viên", "Phòng Cải cách hành chính"),
    ("Hoàng Thị Diệu Linh", "Chuyên viên", "Văn phòng Sở"),
    ("Vũ Văn Khởi", "Chánh Văn phòng", "Văn phòng Sở"),
    ("Đặng Thị Thu Hà", "Kế toán", "Văn phòng Sở"),
    ("Bùi Xuân Trường", "Chuyên viên", "Thanh tra Sở"),
    ("Đỗ Thị Ngọc Điệp", "Chánh Thanh tra", "Thanh tra Sở"),
    ("Ngô Quang Dũng", "Chuyên viên", "Phòng Công chức, viên chức"),
    ("Dương Thị Mỹ Hạnh", "Phó Chánh Văn phòng", "Văn phòng Sở"),
    ("Lý Văn Ước", "Lái xe", "Văn phòng Sở"),
]

WITHDRAWN = ("Mạc Văn Rút", "Chuyên viên", "Thanh tra Sở")
"""Nominated, then withdrawn: the row is hidden in Excel, not deleted."""

TITLE_ROWS = 2
HEADER_LINE = 4
"""The header's row as Excel numbers it (two title rows, an empty row, the header)."""


def nomination_rows() -> tuple[list[list[object]], int]:
    """The sheet's rows, and the Excel number of the hidden row."""
    rows: list[list[object]] = [
        ["UBND TỈNH THÁI NGUYÊN", None, None, None, None],
        ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026", None, None, None, None],
        [],
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích"],
        ["I. Tập thể", None, None, None, None],
    ]
    number = 0
    for name in COLLECTIVES:
        number += 1
        rows.append([number, name, None, None, "Hoàn thành xuất sắc nhiệm vụ năm 2026"])
    rows.append(["II. Cá nhân", None, None, None, None])
    hidden = 0
    for index, (name, title, unit) in enumerate(PEOPLE):
        if index == 6:
            rows.append([None, *WITHDRAWN, "Rút khỏi danh sách"])
            hidden = len(rows)
        number += 1
        rows.append([number, name, title, unit, "Hoàn thành xuất sắc nhiệm vụ năm 2026"])
    rows.append([None, f"Tổng cộng: {len(COLLECTIVES)} tập thể, {len(PEOPLE)} cá nhân"])
    rows.append([])
    rows.append([None, "Người lập biểu", None, None, "Thái Nguyên, ngày 28 tháng 11 năm 2026"])
    rows.append([None, "(Ký, ghi rõ họ tên)", None, None, "GIÁM ĐỐC"])
    rows.append([])
    rows.append([None, "Nguyễn Văn Lập", None, None, "Hà Văn Quang"])
    return rows, hidden


def write_nomination_list(path: Path) -> tuple[Path, int, int]:
    """Write the list as .xlsx at ``path``: (path, Excel row of the total, hidden Excel row)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    rows, hidden = nomination_rows()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách"
    for row in rows:
        sheet.append(row)
    for line in range(1, TITLE_ROWS + 1):
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=5)
        sheet.cell(line, 1).font = Font(bold=True)
        sheet.cell(line, 1).alignment = Alignment(horizontal="center")
    sheet.row_dimensions[hidden].hidden = True
    for column, width in zip("ABCDE", (6, 28, 22, 28, 40), strict=True):
        sheet.column_dimensions[column].width = width
    total = next(i for i, r in enumerate(rows, 1) if len(r) > 1 and str(r[1]).startswith("Tổng"))
    book.save(path)
    return path, total, hidden
