"""Issue 9, item 7: imports take only people — and refuse hostile files at once.

Each test starts from the issue's reproduction: total rows, signature blocks, hidden rows and
sheets read as recipients; a person merged over two rows read as two; a 5 KB .xlsx that took
103 s and 5.9 GB before failing; a CSV with a quote never closed.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlite_utils import Database

from desktop.exchange import recipients_import
from desktop.exchange.recipients_import import RecipientImportError, read_awards, read_list
from desktop.services.recipients import import_recipients
from desktop.storage.decisions import DecisionStore
from tests.test_cli import run

HEADER = ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Thành tích"]
PEOPLE = [
    [1, "Đặng Thị Ngọc Ánh", "Phó Trưởng phòng, Phòng Tuyên truyền", None],
    [2, "Tống Văn Minh", "Chuyên viên, Ban Tuyên giáo", None],  # "Tống", not "Tổng"
    [3, "Giáp Thị Nguyệt", "Chuyên viên, Văn phòng", "Cứu người ngày 3 tháng 2 năm 2023"],
]


def _save(book: openpyxl.Workbook, tmp_path: Path, name: str = "danh-sach.xlsx") -> Path:
    path = tmp_path / name
    book.save(path)
    return path


def _book(rows: list[list[object]]) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    return book


# --- rows that are not people ------------------------------------------------------------------


def test_totals_and_the_signature_block_are_skipped_and_listed(
    sample_db: Database,
    sample_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows: list[list[object]] = [
        ["DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN"],
        [],
        HEADER,
        *PEOPLE,
        [None, "Tổng cộng: 3 cá nhân"],  # row 7
        ["Cộng: 3 người"],  # row 8
        [],
        [None, None, "Bắc Giang, ngày 03 tháng 01 năm 2024"],  # row 10
        [None, "Người lập biểu", None, "Thủ trưởng đơn vị"],
        [None, "(Ký, ghi rõ họ tên)", None, "(Ký tên, đóng dấu)"],
        [],
        [None, "Nguyễn Văn Lập", None, "Trần Văn Trưởng"],  # row 14: the signers' names
    ]
    path = _save(_book(rows), tmp_path)
    result = import_recipients(sample_db, path, "14-QĐ/BTGTU")
    assert result.added == 3
    names = [a.name for a in DecisionStore(sample_db).find("14-QĐ/BTGTU").awards]
    assert names[-3:] == ["Đặng Thị Ngọc Ánh", "Tống Văn Minh", "Giáp Thị Nguyệt"]
    assert "Nguyễn Văn Lập" not in names and not any("Tổng" in n or "Cộng" in n for n in names)
    assert [str(passed) for passed in result.skipped] == [
        "Dòng 7: dòng tổng cộng “Tổng cộng: 3 cá nhân”",
        "Dòng 8: dòng tổng cộng “Cộng: 3 người”",
        "Dòng 10: phần ký tên “Bắc Giang, ngày 03 tháng 01 năm 2024”",
        "Dòng 11: phần ký tên “Người lập biểu · Thủ trưởng đơn vị”",
        "Dòng 12: phần ký tên “(Ký, ghi rõ họ tên) · (Ký tên, đóng dấu)”",
        "Dòng 14: phần ký tên “Nguyễn Văn Lập · Trần Văn Trưởng”",
    ]
    # The CLI shows what it passed over.
    db_path = tmp_path / "v.db"
    assert run(capsys, "--db", str(db_path), "load", str(sample_path))[0] == 0
    status, out, _ = run(
        capsys, "--db", str(db_path), "import-recipients", str(path), "--decision", "14-QĐ/BTGTU"
    )
    assert status == 0
    assert "Đã bỏ qua 6 dòng" in out and "Dòng 7: dòng tổng cộng" in out


def test_hidden_rows_and_hidden_sheets_are_passed_over(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    old = book.active
    assert old is not None
    old.title = "Danh sách cũ"
    for row in [HEADER, [1, "Người Năm Ngoái", "Chuyên viên, Sở", None]]:
        old.append(row)
    old.sheet_state = "hidden"
    notes = book.create_sheet("Hướng dẫn")
    notes.append(["Điền danh sách ở trang tính bên cạnh."])
    current = book.create_sheet("Danh sách")
    for row in [HEADER, *PEOPLE]:
        current.append(row)
    current.row_dimensions[3].hidden = True  # Tống Văn Minh: hidden, e.g. filtered out
    book.active = book.index(current)
    listed = read_list(_save(book, tmp_path))
    assert [passed.line for passed in listed.skipped] == [0, 3]  # a whole sheet, then row 3
    assert [str(passed) for passed in listed.skipped] == [
        "Trang tính “Danh sách cũ” đang ẩn: không đọc",
        "Dòng 3: dòng đang ẩn “2 · Tống Văn Minh · Chuyên viên, Ban Tuyên giáo”",
    ]
    awards = read_awards(tmp_path / "danh-sach.xlsx")
    assert [a.name for a in awards] == ["Đặng Thị Ngọc Ánh", "Giáp Thị Nguyệt"]


def test_what_was_passed_over_is_listed_in_the_sheets_order(tmp_path: Path) -> None:
    """A hidden row (found reading the file) below a subtotal (found reading the rows): the
    preview lists them as they stand in the sheet, the hidden sheet first."""
    from desktop.services.recipients import preview_list

    book = _book([HEADER, *PEOPLE[:2], ["", "Cộng: 2 người", "", ""], PEOPLE[2]])
    sheet = book.active
    assert sheet is not None
    sheet.row_dimensions[5].hidden = True  # Giáp Thị Nguyệt, filtered out
    hidden = book.create_sheet("Nháp")
    hidden.append(["x"])
    hidden.sheet_state = "hidden"
    book.active = 0
    preview = preview_list(_save(book, tmp_path))
    assert [passed.line for passed in preview.skipped] == [0, 4, 5]
    shown = [str(passed) for passed in preview.skipped]
    assert shown[0] == "Trang tính “Nháp” đang ẩn: không đọc"
    assert shown[1] == "Dòng 4: dòng tổng cộng “Cộng: 2 người”"
    assert shown[2].startswith("Dòng 5: dòng đang ẩn “3 · Giáp Thị Nguyệt")
    assert [a.name for a in preview.awards] == ["Đặng Thị Ngọc Ánh", "Tống Văn Minh"]


def test_the_active_sheet_is_preferred(tmp_path: Path) -> None:
    book = _book([HEADER, [1, "Trang Một", "Chuyên viên, Sở", None]])
    second = book.create_sheet("Đợt 2")
    for row in [HEADER, [1, "Trang Hai", "Chuyên viên, Sở", None]]:
        second.append(row)
    book.active = 1
    assert [a.name for a in read_awards(_save(book, tmp_path))] == ["Trang Hai"]


def test_a_person_merged_over_two_rows_is_one_person(tmp_path: Path) -> None:
    book = _book(
        [
            HEADER,
            [1, "Đặng Thị Ngọc Ánh", "Phó Trưởng phòng,", "Xuất sắc"],
            [None, None, "Phòng Tuyên truyền", None],
            [2, "Giáp Thị Nguyệt", "Chuyên viên, Văn phòng", None],
        ]
    )
    sheet = book.active
    assert sheet is not None
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("D2:D3")
    awards = read_awards(_save(book, tmp_path))
    assert [(a.name, a.title, a.unit, a.reason) for a in awards] == [
        ("Đặng Thị Ngọc Ánh", "Phó Trưởng phòng", "Phòng Tuyên truyền", "Xuất sắc"),
        ("Giáp Thị Nguyệt", "Chuyên viên", "Văn phòng", ""),
    ]


def test_unbalanced_quotes_in_a_csv_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.csv"
    path.write_text(
        'Họ và tên,Chức vụ\nNguyễn Văn An,Chuyên viên\n"Trần Thị Bình,Kế toán\n'
        "Lê Văn Cường,Văn thư\n",
        encoding="utf-8",
    )
    with pytest.raises(RecipientImportError, match=r"Dòng 3: dấu ngoặc kép"):
        read_awards(path)
    path.write_text('Họ và tên,Chức vụ\n"Trần "Bé" Bình",Kế toán\n', encoding="utf-8")
    with pytest.raises(RecipientImportError, match=r"Dòng 2: dấu ngoặc kép"):
        read_awards(path)
    # A quoted cell over two lines (Alt+Enter in Excel) is fine.
    path.write_text('Họ và tên,Chức vụ\n"Trần Thị Bình","Kế toán\ntrưởng"\n', encoding="utf-8")
    assert [a.title for a in read_awards(path)] == ["Kế toán trưởng"]


# --- files that would take minutes and gigabytes ---------------------------------------------


def _rewrite(path: Path, replace: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts.update(replace)
    with zipfile.ZipFile(path, "w", compress) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _sheet_xml(dimension: str, cells: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"{dimension}<sheetData>{cells}</sheetData></worksheet>"
    ).encode()


def _row(number: int, *cells: tuple[str, str]) -> str:
    inner = "".join(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>' for ref, text in cells)
    return f'<row r="{number}">{inner}</row>'


LIST_CELLS = _row(1, ("A1", "Họ và tên")) + _row(2, ("A2", "Nguyễn Văn An"))


def test_a_sheet_claiming_a_million_columns_is_refused(tmp_path: Path) -> None:
    # The reproduction: a 5 KB file whose sheet claims A1:XFD1048576, with a cell far out.
    path = _save(_book([["x"]]), tmp_path)
    far = _row(1048576, ("XFD1048576", "xa"))
    _rewrite(
        path,
        {
            "xl/worksheets/sheet1.xml": _sheet_xml(
                '<dimension ref="A1:XFD1048576"/>', LIST_CELLS + far
            )
        },
    )
    assert path.stat().st_size < 10_000
    with pytest.raises(RecipientImportError, match=r"khai báo vùng dữ liệu A1:XFD1048576"):
        read_awards(path)


def test_a_value_far_out_is_refused_even_without_a_dimension(tmp_path: Path) -> None:
    path = _save(_book([["x"]]), tmp_path)
    far = _row(1048576, ("XFD1048576", "xa"))
    _rewrite(path, {"xl/worksheets/sheet1.xml": _sheet_xml("", LIST_CELLS + far)})
    with pytest.raises(RecipientImportError, match=r"có dữ liệu ở ô XFD1048576"):
        read_awards(path)


def test_a_formatted_empty_cell_far_out_does_not_matter(tmp_path: Path) -> None:
    path = _save(_book([["x"]]), tmp_path)
    cells = LIST_CELLS + '<row r="900000"><c r="ZZ900000" s="0"/></row>'
    _rewrite(path, {"xl/worksheets/sheet1.xml": _sheet_xml("", cells)})
    assert [a.name for a in read_awards(path)] == ["Nguyễn Văn An"]


def test_a_zip_bomb_is_refused_from_the_zip_directory(tmp_path: Path) -> None:
    path = _save(_book([["Họ và tên"], ["Nguyễn Văn An"]]), tmp_path)
    # The sheet itself inflates past the limit (white space openpyxl would parse for minutes).
    padding = " " * (recipients_import.MAX_UNZIPPED_BYTES + 1)
    _rewrite(path, {"xl/worksheets/sheet1.xml": _sheet_xml("", LIST_CELLS + padding)})
    assert path.stat().st_size < 1_000_000  # it inflates more than 100 times
    with pytest.raises(RecipientImportError, match=r"giải nén ra .* vượt quá giới hạn 100 MB"):
        read_awards(path)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    for name in ("lon.xlsx", "lon.csv", "lon.xls"):
        path = tmp_path / name
        with path.open("wb") as file:  # sparse: costs no disk
            file.truncate(recipients_import.MAX_FILE_BYTES + 1)
        with pytest.raises(RecipientImportError, match="vượt quá giới hạn 20 MB"):
            read_awards(path)


def test_too_many_rows_or_columns_in_a_csv_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dai.csv"
    lines = ["Họ và tên"] + [f"Người {i}" for i in range(recipients_import.MAX_ROWS + 1)]
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RecipientImportError, match="hơn 20000 dòng"):
        read_awards(path)
    path.write_text("Họ và tên" + "," * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(RecipientImportError, match="Dòng 1: có 100001 ô"):
        read_awards(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_or_device_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "danh-sach.csv"
    os.mkfifo(fifo)
    with pytest.raises(RecipientImportError, match="không phải một tệp thông thường"):
        read_awards(fifo)
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")
    with pytest.raises(RecipientImportError, match="không phải một tệp thông thường"):
        read_awards(link)


def test_a_broken_zip_is_a_clear_message(tmp_path: Path) -> None:
    data = io.BytesIO()
    _book([["Họ và tên"]]).save(data)
    path = tmp_path / "hong.xlsx"
    path.write_bytes(data.getvalue()[: len(data.getvalue()) // 2])
    with pytest.raises(RecipientImportError, match="bị hỏng hoặc không phải tệp Excel"):
        read_awards(path)


def test_a_full_row_after_a_signature_block_is_an_error_not_a_silent_skip(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        HEADER,
        PEOPLE[0],
        [None, "Người lập biểu"],
        PEOPLE[1],  # the list goes on: four cells filled
        [4, "Lê Văn Tư", "Chuyên viên, Văn phòng", "Xuất sắc"],
    ]
    with pytest.raises(
        RecipientImportError, match=r"Dòng 5: có dữ liệu sau phần ký tên \(dòng 3\)"
    ):
        read_awards(_save(_book(rows), tmp_path))


def test_a_row_without_a_name_whose_reason_has_a_date_is_still_an_error(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        HEADER,
        PEOPLE[0],
        [2, None, None, "Cứu người ngày 3 tháng 2 năm 2023"],
        PEOPLE[2],
    ]
    with pytest.raises(RecipientImportError, match="Dòng 3: thiếu tên người nhận"):
        read_awards(_save(_book(rows), tmp_path))
