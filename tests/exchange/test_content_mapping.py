"""Rows copied without their header: the columns read by what they hold, or left unsure."""

from __future__ import annotations

from desktop.exchange.recipients_import import awards_from_pasted_text
from desktop.exchange.recipients_import.content import content_mapping


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.strip("\n").split("\n")]


def test_row_numbers_years_names_titles_and_units_are_told_apart() -> None:
    rows = _rows(
        "1\t1978\tNguyễn Văn Bình\tChuyên viên\tSở Tài chính\n"
        "2\t1985\tTrần Thị Ánh Tuyết\tPhó Giám đốc\tUBND huyện Lục Nam\n"
        "3\t1990\tĐặng Quốc Hưng\tTrưởng phòng\tPhòng Nội vụ\n"
    )
    found = content_mapping(rows)
    assert found.sure
    assert found.mapping.columns == {"birth_year": 1, "name": 2, "title": 3, "unit": 4}


def test_a_reason_column_is_a_sentence() -> None:
    rows = _rows(
        "Nguyễn Văn Bình\tĐã có thành tích xuất sắc trong công tác tuyên truyền năm 2023\n"
        "Trần Thị Cúc\tHoàn thành xuất sắc nhiệm vụ được giao năm 2023\n"
    )
    found = content_mapping(rows)
    assert found.sure
    assert found.mapping.columns == {"name": 0, "reason": 1}


def test_a_kind_column_and_collectives_without_titles() -> None:
    rows = _rows(
        "Tập thể\tPhòng Tổ chức cán bộ\t\nCá nhân\tLê Thị Hoa\tKế toán\nTập thể\tBáo Bắc Giang\t\n"
    )
    found = content_mapping(rows)
    assert found.mapping.columns["kind"] == 0
    assert found.mapping.columns["name"] == 1


def test_cells_that_say_nothing_clear_are_not_sure() -> None:
    found = content_mapping(_rows("mã 17\tnguyễn văn bình\nmã 18\ttrần thị cúc\n"))
    assert not found.sure


def test_pasted_rows_are_no_longer_named_by_their_row_number_or_year() -> None:
    awards = awards_from_pasted_text(
        "1\t1978\tNguyễn Văn Bình\tChuyên viên\n2\t1985\tTrần Thị Cúc\tKế toán\n"
    )
    assert [(a.name, a.birth_year, a.title) for a in awards] == [
        ("Nguyễn Văn Bình", 1978, "Chuyên viên"),
        ("Trần Thị Cúc", 1985, "Kế toán"),
    ]


def test_rows_of_titles_and_units_have_no_name_column_to_guess() -> None:
    found = content_mapping(_rows("\tChuyên viên\tPhòng Tổ chức\n\tKế toán\tVăn phòng Sở\n"))
    assert not found.sure
    assert "name" not in found.mapping.columns
    assert found.mapping.columns == {"title": 1, "unit": 2}


def test_names_of_the_nguyen_family_are_no_titles() -> None:
    rows = _rows("1\tNguyễn Văn Người 1\tChuyên viên\n2\tNguyễn Thị Người 2\tKế toán\n")
    found = content_mapping(rows)
    assert found.mapping.columns["name"] == 1
