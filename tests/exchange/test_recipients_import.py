"""Recipient lists from Excel and CSV as offices really keep them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
import pytest
from sqlite_utils import Database

from desktop.cli import main
from desktop.exchange.recipients_import import (
    RecipientImportError,
    awards_from_rows,
    guess_mapping,
    parse_text,
    read_awards,
)
from desktop.services.recipients import import_recipients
from desktop.storage.decisions import DecisionStore

OFFICE_LIST = [
    ["BAN TUYÊN GIÁO TỈNH ỦY", None, None, None],
    ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", None, None, None],
    [None, None, None, None],
    ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Thành tích"],
    ["(1)", "(2)", "(3)", "(4)"],
    ["I. TẬP THỂ", None, None, None],
    [1, "Phòng Văn hóa, Khoa học và Thông tin", None, None],
    [2, "Công ty TNHH Sản xuất & Thương mại <An Phát>", None, None],
    ["II. CÁ NHÂN", None, None, None],
    [1, "Đặng  Thị Ngọc Ánh", "Phó Trưởng phòng, Phòng Tuyên truyền, Ban Tuyên giáo", None],
    [2, "Giáp Thị Nguyệt", "Chuyên viên, Ban Tuyên giáo Thành ủy", "Xuất sắc tiêu biểu"],
]


def xlsx(tmp_path: Path, rows: list[list[object]], name: str = "danh-sach.xlsx") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_office_excel_list(tmp_path: Path) -> None:
    awards = read_awards(xlsx(tmp_path, OFFICE_LIST))
    assert [(a.kind, a.name, a.title, a.unit, a.reason, a.position) for a in awards] == [
        ("collective", "Phòng Văn hóa, Khoa học và Thông tin", "", "", "", 1),
        ("collective", "Công ty TNHH Sản xuất & Thương mại <An Phát>", "", "", "", 2),
        (
            "person",
            "Đặng Thị Ngọc Ánh",
            "Phó Trưởng phòng",
            "Phòng Tuyên truyền, Ban Tuyên giáo",
            "",
            3,
        ),
        (
            "person",
            "Giáp Thị Nguyệt",
            "Chuyên viên",
            "Ban Tuyên giáo Thành ủy",
            "Xuất sắc tiêu biểu",
            4,
        ),
    ]


def test_csv_with_semicolons_and_kind_column(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text(
        "Họ tên;Chức vụ;Đơn vị;Loại\n"
        "Nguyễn Văn An;Chuyên viên;Sở Nội vụ;Cá nhân\n"
        "Văn phòng Sở;;;Tập thể\n",
        encoding="utf-8-sig",
    )
    awards = read_awards(path)
    assert [(a.kind, a.name, a.unit) for a in awards] == [
        ("person", "Nguyễn Văn An", "Sở Nội vụ"),
        ("collective", "Văn phòng Sở", ""),
    ]


def as_cp1258(text: str) -> bytes:
    """Encode as Windows does: a letter cp1258 lacks is its base letter plus a tone mark."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tone = next(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
            out += (base + tone).encode("cp1258")
    return out


def test_csv_saved_by_vietnamese_windows_excel(tmp_path: Path) -> None:
    """Windows-1258: tones as combining marks; the result must be NFC."""
    path = tmp_path / "ansi.csv"
    path.write_bytes(as_cp1258("Họ và tên,Đơn vị\nĐặng Thị Hương,Báo Bắc Giang\n"))
    [award] = read_awards(path)
    assert award.name == "Đặng Thị Hương"


def test_cells_pasted_without_header() -> None:
    rows = parse_text(
        "Ban Tuyên giáo Huyện ủy Lục Nam\t\t\n"
        "Nguyễn Thị Thu Hằng\tPhó Trưởng ban\tBan Tuyên giáo Huyện ủy Lục Ngạn\n"
    )
    assert guess_mapping(rows).header_row == -1
    awards = awards_from_rows(rows)
    assert [(a.kind, a.name, a.title) for a in awards] == [
        ("collective", "Ban Tuyên giáo Huyện ủy Lục Nam", ""),
        ("person", "Nguyễn Thị Thu Hằng", "Phó Trưởng ban"),
    ]


def test_every_bad_row_is_named(tmp_path: Path) -> None:
    rows = [
        ["STT", "Họ và tên", "Chức vụ", "Loại"],
        ["1", "Nguyễn Văn An", "Chuyên viên", "Cá nhân"],
        ["2", "", "Chuyên viên", "Cá nhân"],
        ["3", "Lê Văn Bình", "", "nhóm"],
        ["4", "x" * 501, "", ""],
    ]
    with pytest.raises(RecipientImportError) as info:
        read_awards(xlsx(tmp_path, rows))  # type: ignore[arg-type]
    assert info.value.problems == [
        "Dòng 3: thiếu tên người nhận",
        'Dòng 4: loại "nhóm" không rõ; ghi "Tập thể" hoặc "Cá nhân"',
        "Dòng 5: tên dài 501 ký tự, quá 500 ký tự",
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ds.xlsx", b"not really a workbook", "không đọc được tệp .xlsx"),
        ("ds.pdf", b"%PDF-1.4", "không đọc được loại tệp .pdf"),
        ("ds.csv", b"STT,Ghi ch\xc3\xba\n1,\n", "không tìm thấy dòng tiêu đề có cột tên"),
        ("ds.csv", "Họ và tên,Đơn vị\n".encode(), "không có dòng nào có tên người nhận"),
    ],
)
def test_files_that_are_not_lists(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RecipientImportError, match=message):
        read_awards(path)


def test_import_into_a_decision_is_all_or_nothing(sample_db: Database, tmp_path: Path) -> None:
    store = DecisionStore(sample_db)
    result = import_recipients(sample_db, xlsx(tmp_path, OFFICE_LIST), "14-QĐ/BTGTU")
    assert (result.added, result.total) == (4, 13)
    assert 'cột B "Họ và tên" → tên' in result.columns
    names = [a.name for a in store.find("14-QĐ/BTGTU").awards]
    assert names[-1] == "Giáp Thị Nguyệt" and len(names) == 13
    bad = [*OFFICE_LIST, [3, None, "Chuyên viên", None]]
    with pytest.raises(RecipientImportError, match="Dòng 12: thiếu tên"):
        import_recipients(sample_db, xlsx(tmp_path, bad, "bad.xlsx"), "14-QĐ/BTGTU")
    assert len(store.find("14-QĐ/BTGTU").awards) == 13


def test_cli_import(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "load", str(sample_path)]) == 0
    path = xlsx(tmp_path, OFFICE_LIST)
    assert (
        main(["--db", db, "import-recipients", str(path), "--decision", "14-QĐ/BTGTU", "--replace"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Đã thêm 4 người/tập thể vào quyết định 14-QĐ/BTGTU (tổng cộng 4)." in out
    assert main(["--db", db, "import-recipients", str(path), "--decision", "99-QĐ"]) == 1
    assert 'Không tìm thấy quyết định "99-QĐ"' in capsys.readouterr().err


def test_unit_merged_over_several_people(tmp_path: Path) -> None:
    # Offices merge the "Đơn vị" cell over the people of one unit; each of them belongs to it.
    rows: list[list[object]] = [
        ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", None, None, None],
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
        ["II. CÁ NHÂN", None, None, None],
        [1, "Nguyễn Văn An", "Chuyên viên", "Phòng A"],
        [2, "Trần Thị Bình", "Phó phòng", None],
        [3, "Lê Văn Cường", "Trưởng phòng", "Phòng B"],
    ]
    path = xlsx(tmp_path, rows)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet.merge_cells("A1:D1")
    sheet.merge_cells("A3:D3")
    sheet.merge_cells("D4:D5")
    book.save(path)
    awards = read_awards(path)
    assert [(a.kind, a.name, a.unit) for a in awards] == [
        ("person", "Nguyễn Văn An", "Phòng A"),
        ("person", "Trần Thị Bình", "Phòng A"),
        ("person", "Lê Văn Cường", "Phòng B"),
    ]


def test_list_on_the_second_sheet_after_an_instructions_sheet(tmp_path: Path) -> None:
    # A form sent down by the higher level: "Hướng dẫn" first, the list on the next sheet.
    book = openpyxl.Workbook()
    book.active.title = "Hướng dẫn"
    book.active.append(["Điền danh sách đề nghị khen thưởng ở trang sau"])
    sheet = book.create_sheet("Danh sách")
    for row in OFFICE_LIST:
        sheet.append(row)
    path = tmp_path / "mau.xlsx"
    book.save(path)
    assert [a.name for a in read_awards(path)] == [
        a.name for a in read_awards(xlsx(tmp_path, OFFICE_LIST))
    ]


def test_unicode_text_saved_by_excel(tmp_path: Path) -> None:
    # Excel's "Unicode Text (*.txt)", the way to keep Vietnamese before "CSV UTF-8": UTF-16
    # with a byte order mark, tab-separated.
    path = tmp_path / "danh-sach.txt"
    path.write_bytes(
        "STT\tHọ và tên\tĐơn vị\r\n1\tĐặng Thị Hương\tBáo Bắc Giang\r\n".encode("utf-16")
    )
    [award] = read_awards(path)
    assert (award.name, award.unit) == ("Đặng Thị Hương", "Báo Bắc Giang")


def test_name_kept_in_two_columns_family_and_given(tmp_path: Path) -> None:
    # Lists sorted by tên keep "Họ đệm" and "Tên" apart; the whole name must be imported.
    rows: list[list[object]] = [
        ["STT", "Họ và tên đệm", "Tên", "Chức vụ", "Đơn vị"],
        [1, "Nguyễn Văn", "An", "Chuyên viên", "Phòng A"],
        [2, "Trần Thị", "Bình", "Phó phòng", "Phòng B"],
    ]
    awards = read_awards(xlsx(tmp_path, rows))
    assert [(a.name, a.title, a.unit) for a in awards] == [
        ("Nguyễn Văn An", "Chuyên viên", "Phòng A"),
        ("Trần Thị Bình", "Phó phòng", "Phòng B"),
    ]
    rows[0][1] = "Họ đệm"
    assert [a.name for a in read_awards(xlsx(tmp_path, rows, "b.xlsx"))] == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
    ]


def test_name_header_merged_over_two_columns(tmp_path: Path) -> None:
    # "Họ và tên" merged over the family-and-middle-name and the given-name columns.
    rows: list[list[object]] = [
        ["STT", "Họ và tên", None, "Chức vụ", "Đơn vị"],
        ["I. TẬP THỂ", None, None, None, None],
        [1, "Phòng Tổ chức cán bộ", None, None, None],
        ["II. CÁ NHÂN", None, None, None, None],
        [1, "Nguyễn Văn", "An", "Chuyên viên", "Phòng A"],
    ]
    path = xlsx(tmp_path, rows)
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("B1:C1")
    book.save(path)
    awards = read_awards(path)
    assert [(a.kind, a.name) for a in awards] == [
        ("collective", "Phòng Tổ chức cán bộ"),
        ("person", "Nguyễn Văn An"),
    ]


def test_two_row_header(tmp_path: Path) -> None:
    # The usual form: headings merged down over two rows, "Năm sinh" split into Nam / Nữ and
    # "Họ và tên" into Họ đệm / Tên on the second row. That row is heading, not a recipient.
    rows: list[list[object]] = [
        ["STT", "Họ và tên", None, "Năm sinh", None, "Đơn vị"],
        [None, "Họ đệm", "Tên", "Nam", "Nữ", None],
        [1, "Nguyễn Văn", "An", 1980, None, "Phòng A"],
        [2, "Trần Thị", "Bình", None, 1985, "Phòng B"],
    ]
    path = xlsx(tmp_path, rows)
    book = openpyxl.load_workbook(path)
    for cells in ("A1:A2", "B1:C1", "D1:E1", "F1:F2"):
        book.active.merge_cells(cells)
    book.save(path)
    awards = read_awards(path)
    assert [(a.name, a.unit) for a in awards] == [
        ("Nguyễn Văn An", "Phòng A"),
        ("Trần Thị Bình", "Phòng B"),
    ]


def test_texts_longer_than_a_package_allows_are_named(tmp_path: Path) -> None:
    # Accepted here, they made `vinhdanh dump` write a package that `load` then refused.
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích"],
        [1, "Nguyễn Văn An", "C" * 501, "Phòng A", "T" * 2000],
        [2, "Trần Thị Bình", "Chuyên viên", "Đ" * 600, "T" * 2001],
    ]
    with pytest.raises(RecipientImportError) as info:
        read_awards(xlsx(tmp_path, rows))
    assert info.value.problems == [
        "Dòng 2: chức vụ dài 501 ký tự, quá 500 ký tự",
        "Dòng 3: đơn vị dài 600 ký tự, quá 500 ký tự",
        "Dòng 3: thành tích dài 2001 ký tự, quá 2000 ký tự",
    ]


def test_birth_year_column_reaches_the_directory(sample_db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị"],
        [1, "Khổng Minh Đức", 1975, "Chuyên viên", "Sở Nội vụ"],
        [2, "Khổng Minh Đức", "03/02/1988", "Cán sự", "Sở Nội vụ"],
        [3, "Mạc Thị Duyên", None, "Kế toán", "Văn phòng Sở"],
    ]
    result = import_recipients(sample_db, xlsx(tmp_path, rows), "14-QĐ/BTGTU")
    assert 'cột C "Năm sinh" → năm sinh' in result.columns
    people = sample_db.execute(
        "select name, birth_year from people where name in (?, ?) order by birth_year",
        ["Khổng Minh Đức", "Mạc Thị Duyên"],
    ).fetchall()
    # Two namesakes told apart by their birth years: two people, not one.
    assert people == [("Mạc Thị Duyên", None), ("Khổng Minh Đức", 1975), ("Khổng Minh Đức", 1988)]


def test_birth_year_under_nam_nu_and_a_wrong_one(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["STT", "Họ và tên", "Năm sinh", None, "Đơn vị"],
        [None, None, "Nam", "Nữ", None],
        [1, "Trần Văn Nam", 1970, None, "Sở Y tế"],
        [2, "Trần Thị Mai", None, 1982, "Sở Y tế"],
    ):
        sheet.append(row)
    for cells in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):  # a two-row header, as offices make it
        sheet.merge_cells(cells)
    path = tmp_path / "nam-nu.xlsx"
    book.save(path)
    assert [(a.name, a.birth_year) for a in read_awards(path)] == [
        ("Trần Văn Nam", 1970),
        ("Trần Thị Mai", 1982),
    ]
    bad = tmp_path / "sai.csv"
    bad.write_text("Họ tên;Năm sinh\nNgô Văn Tâm;khoảng 70\n", encoding="utf-8-sig")
    with pytest.raises(RecipientImportError, match="Dòng 2: năm sinh “khoảng 70” không rõ"):
        read_awards(bad)
