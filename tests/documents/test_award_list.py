"""The commendation list (danh sách kèm theo quyết định): content, order, PDF, XLSX, DOCX."""

from __future__ import annotations

import dataclasses
import io
import re

import openpyxl
import pytest

from desktop.documents.official.award_list import (
    award_list,
    award_list_docx,
    award_list_pdf,
)
from desktop.documents.official.award_list_xlsx import HEADER_ROW, award_list_xlsx
from desktop.documents.style import style_for
from desktop.domain.collation import collation_key, name_key
from desktop.domain.records import Award, Decision
from tests.documents.docx_read import (
    all_text,
    assert_page_setup,
    assert_schema_order,
    assert_times_new_roman,
    open_docx,
    repeats_header_row,
)
from tests.documents.pdf_read import find, find_one, open_pdf, text, words_in_top_margin
from tests.documents.records import state_decision

LONG_LIST = 500
ROW = re.compile(r"^(\d+) (.+?) Chuyên viên, Phòng Công chức")
"""A row of the individuals' table as its text line reads: STT, name, title and unit."""


@pytest.fixture(scope="module")
def long_decision() -> Decision:
    return state_decision(LONG_LIST)


@pytest.fixture(scope="module")
def long_pdf(long_decision: Decision) -> bytes:
    return award_list_pdf(long_decision)


def test_title_block_and_sections(sample_decision: Decision) -> None:
    content = award_list(sample_decision)
    assert content.heading == "DANH SÁCH"
    assert content.title == (
        "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG"
    )
    assert content.reference == (
        "(Kèm theo Quyết định số 15-QĐ/BTGTU ngày 03 tháng 01 năm 2024 của Trưởng Ban Tuyên "
        "giáo Tỉnh ủy Bắc Giang)"
    )
    assert [s.heading for s in content.sections] == [
        "I. TẬP THỂ (11 tập thể)",
        "II. CÁ NHÂN (15 cá nhân)",
    ]
    assert content.closing == "Danh sách có 11 tập thể và 15 cá nhân./."
    collectives, people = content.sections
    assert not collectives.with_reason and people.with_reason, "Nông Văn Sự has his own reason"
    assert people.rows[0] == (
        "Nguyễn Thị Thu Hằng",
        "Phó Trưởng Ban Tuyên giáo Huyện ủy Lục Ngạn",
        "Đã có thành tích hoàn thành xuất sắc nhiệm vụ công tác tuyên giáo năm 2023",
    )


def test_state_reference_names_the_head() -> None:
    content = award_list(state_decision())
    assert content.reference == (
        "(Kèm theo Quyết định số 05/QĐ-SNV ngày 05 tháng 01 năm 2024 của Giám đốc Sở Nội vụ "
        "tỉnh Bắc Ninh)"
    )
    assert [s.heading for s in content.sections] == [
        "I. TẬP THỂ (2 tập thể)",
        "II. CÁ NHÂN (3 cá nhân)",
    ]


def test_only_people_has_one_unnumbered_section(sample_decision: Decision) -> None:
    decision = dataclasses.replace(sample_decision, awards=sample_decision.people)
    content = award_list(decision)
    assert content.title.startswith("CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN")
    assert [s.heading for s in content.sections] == ["CÁ NHÂN (15 cá nhân)"]


def test_decision_order_and_sort_by_given_name(sample_decision: Decision) -> None:
    listed = [row[0] for row in award_list(sample_decision).sections[1].rows]
    assert listed == [a.name for a in sample_decision.people]
    by_name = [row[0] for row in award_list(sample_decision, "ten").sections[1].rows]
    assert by_name == sorted(listed, key=name_key)
    assert by_name[0] == "Đặng Thị Ngọc Ánh", "Ánh sorts first: a with a tone, by given name"
    assert by_name[-1] == "Nông Văn Sự" or by_name.index("Trần Đức Thắng") > by_name.index(
        "Nông Văn Sự"
    )
    collectives = [row[0] for row in award_list(sample_decision, "ten").sections[0].rows]
    assert collectives == sorted(collectives, key=collation_key)
    assert collectives[0] == "Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh"
    with pytest.raises(ValueError, match="sắp xếp"):
        award_list(sample_decision, "bogus")  # type: ignore[arg-type]


def test_position_orders_the_list() -> None:
    decision = state_decision()
    decision.awards[2].position, decision.awards[3].position = 99, 1
    names = [row[0] for row in award_list(decision).sections[1].rows]
    assert names[-1] == decision.awards[2].name


def test_long_list_repeats_its_header_and_keeps_every_name(
    long_decision: Decision, long_pdf: bytes
) -> None:
    style = style_for("state")
    names = [a.name for a in long_decision.people]
    seen: list[str] = []
    with open_pdf(long_pdf) as pdf:
        assert len(pdf.pages) > 5
        for number, page in enumerate(pdf.pages, start=1):
            headers = find(page, "Họ và tên")
            assert len(headers) == 1, f"page {number} has its header row"
            # The header row is the first thing in the table on every page after the first.
            if number > 1:
                assert headers[0].top < style.page.margin_top_mm + 8
                assert words_in_top_margin(page, style.page.margin_top_mm) == [str(number)]
            else:
                assert words_in_top_margin(page, style.page.margin_top_mm) == []
            for line in (page.extract_text() or "").splitlines():
                if match := ROW.match(line):
                    seen.append(match[2])
            for char in page.chars:
                assert char["x0"] >= 0 and char["x1"] <= page.width
                assert char["bottom"] <= page.height - style.page.margin_bottom_mm * 2.83
    assert sorted(seen) == sorted(names), "every name appears exactly once"


def test_pdf_text_escaped_and_reference_italic() -> None:
    data = award_list_pdf(state_decision())
    assert "Văn phòng Sở <Nội vụ>" in text(data)
    assert "Phòng Tổ chức - Biên chế & Tổ chức phi chính phủ" in text(data)
    with open_pdf(data) as pdf:
        page = pdf.pages[0]
        assert find_one(page, "DANH SÁCH").fonts == {"Tinos-Bold"}
        reference = find_one(page, "(Kèm theo Quyết định số 05/QĐ-SNV")
        assert reference.fonts == {"Tinos-Italic"}
        assert find_one(page, "I. TẬP THỂ (2 tập thể)").fonts == {"Tinos-Bold"}


def test_xlsx_reads_back(sample_decision: Decision) -> None:
    book = openpyxl.load_workbook(io.BytesIO(award_list_xlsx(sample_decision)))
    sheet = book.active
    assert sheet is not None
    assert sheet["A1"].value == "DANH SÁCH"
    assert sheet["A1"].font.b and sheet["A1"].font.name == "Times New Roman"
    assert sheet["A3"].font.i and sheet["A3"].value.startswith("(Kèm theo Quyết định số 15")
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header == ["STT", "Tên tập thể, cá nhân", "Chức vụ, đơn vị công tác", "Thành tích"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]
    names = [row[1] for row in values if isinstance(row[0], int)]
    assert names == [a.name for a in sample_decision.collectives + sample_decision.people]
    assert values[0][0] == "I. TẬP THỂ (11 tập thể)"
    assert any(row[0] == "II. CÁ NHÂN (15 cá nhân)" for row in values)
    # Print setup: A4, fit to page width, header row on every printed page.
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert re.sub(r"[$']", "", sheet.print_title_rows or "").endswith(f"{HEADER_ROW}:{HEADER_ROW}")
    assert sheet.HeaderFooter.differentFirst and "&P" in str(sheet.oddHeader.center.text)
    first_row = HEADER_ROW + 2
    cell = sheet.cell(row=first_row, column=2)
    assert cell.alignment.wrap_text and cell.border.left.style == "thin"
    assert sheet.column_dimensions["B"].width > 10


def test_docx_reads_back(sample_decision: Decision) -> None:
    document = open_docx(award_list_docx(sample_decision, "ten"))
    assert_page_setup(document, style_for("party"))
    assert_times_new_roman(document)
    assert_schema_order(document)
    content = all_text(document)
    for line in ("DANH SÁCH", "I. TẬP THỂ (11 tập thể)", "II. CÁ NHÂN (15 cá nhân)"):
        assert line in content
    assert len(document.tables) == 2
    collectives, people = document.tables
    assert all(repeats_header_row(t) for t in document.tables)
    assert [c.text for c in people.rows[0].cells] == [
        "STT",
        "Họ và tên",
        "Chức vụ, đơn vị công tác",
        "Thành tích",
    ]
    names = [row.cells[1].text for row in people.rows[1:]]
    assert names == sorted((a.name for a in sample_decision.people), key=name_key)
    assert len(collectives.rows) == 12


def test_a_list_with_nobody() -> None:
    decision = dataclasses.replace(state_decision(), awards=[])
    content = award_list(decision)
    assert content.sections == () and content.closing == ""
    assert award_list_pdf(decision).startswith(b"%PDF")


def test_own_reason_adds_a_column() -> None:
    decision = state_decision()
    decision.awards.append(Award("person", "Lê Văn Tám", reason="Dũng cảm cứu người"))
    people = award_list(decision).sections[1]
    assert people.with_reason
    rows = {row[0]: row for row in people.rows}
    assert rows["Lê Văn Tám"][2] == "Dũng cảm cứu người"
    assert rows[decision.people[0].name][2] == decision.reason


def test_a_reason_shared_by_all_is_said_once() -> None:
    decision = state_decision(people=4)
    shared = "Đã có thành tích xuất sắc trong phong trào chuyển đổi số"
    for award in decision.people:
        award.reason = shared
    people = award_list(decision).sections[1]
    assert not people.with_reason and people.shared_reason == shared
    pdf_text = text(award_list_pdf(decision))
    assert pdf_text.count(shared) == 1
    assert "Thành tích" not in award_list(decision).sections[0].shared_reason
    # The decision's own reason is in the decision: not repeated in the list at all.
    assert award_list(state_decision()).sections[1].shared_reason == ""


def test_xlsx_of_collectives_only_spans_the_page() -> None:
    decision = state_decision(people=0)
    style = style_for("state")
    book = openpyxl.load_workbook(io.BytesIO(award_list_xlsx(decision)))
    sheet = book.active
    assert sheet is not None
    # Two columns (STT, name) stretched to the 165 mm text width of A4, not a third of it.
    widths = [sheet.column_dimensions[c].width for c in ("A", "B")]
    printed = sum((w * 7 + 5) * 25.4 / 96 for w in widths)
    assert printed == pytest.approx(style.page.text_width_mm, abs=2)
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:B1", "A2:B2", "A3:B3"} <= merged
    # Each title row tall enough for its lines (broken by the Vietnamese rule).
    for row in (1, 2, 3):
        cell = sheet.cell(row=row, column=1)
        lines = str(cell.value).split("\n")
        assert sheet.row_dimensions[row].height >= len(lines) * cell.font.size * 1.2
        for line in lines:
            assert len(line.split()) > 1 or len(lines) == 1
    assert "TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN" in str(sheet["A2"].value).replace("\n", " ")
    # Times New Roman in every written cell and as the workbook's default font.
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                assert cell.font.name == "Times New Roman", cell.coordinate
    assert book._fonts[0].name == "Times New Roman"
