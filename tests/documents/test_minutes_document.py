"""Minutes (biên bản): Mẫu 1.9 for the state, HD 16 for the Party; PDF and DOCX."""

from __future__ import annotations

import dataclasses

from desktop.documents.official.minutes import (
    build_minutes,
    closing_sentence,
    minutes_docx,
    minutes_pdf,
)
from desktop.documents.official.model import Columns, Para, Table
from desktop.documents.style import style_for
from desktop.domain.records import Meeting
from tests.documents.docx_read import (
    all_text,
    assert_page_setup,
    assert_schema_order,
    assert_times_new_roman,
    is_borderless,
    open_docx,
    repeats_header_row,
)
from tests.documents.pdf_read import HEADER_MM, find, find_one, open_pdf, text
from tests.documents.records import state_meeting


def _texts(meeting: Meeting) -> list[str]:
    return [b.text for b in build_minutes(meeting).blocks if isinstance(b, Para)]


def test_state_minutes_follow_mau_1_9() -> None:
    document = build_minutes(state_meeting())
    assert document.header is not None
    assert document.header.date_text is None, "Mẫu 1.9 has no place-and-date line"
    assert document.header.number_text.startswith("Số:")
    assert document.header.number_text.endswith("/BB-SNV")
    lines = _texts(state_meeting())
    assert lines[:2] == ["BIÊN BẢN", "Hội nghị tổng kết công tác nội vụ năm 2023"]
    assert lines[2] == "Thời gian bắt đầu: 8 giờ 00, ngày 05 tháng 01 năm 2024"
    assert lines[3] == "Địa điểm: Hội trường Sở Nội vụ, số 10 đường Lý Thái Tổ"
    assert lines[4] == "Thành phần tham dự: 5 người"
    assert "Vắng mặt: 1 người" in lines
    # The last of a list ends with "."; lower case after "lý do:".
    assert "- Vũ Đức Dũng, Phó Giám đốc Sở Nội vụ (lý do: đi công tác)." in lines
    assert "Chủ trì (chủ tọa): Nguyễn Văn An, Giám đốc Sở Nội vụ" in lines
    assert "Thư ký (người ghi biên bản): Lê Thị Hoa, Chuyên viên Văn phòng Sở" in lines
    assert "1. Báo cáo tổng kết công tác năm 2023" in lines
    assert "Kết luận nội dung 1: Thống nhất thông qua báo cáo." in lines
    if "Kết luận chung của hội nghị:" in lines:
        assert not any(line.startswith("Kết luận:") for line in lines)
    assert "Hội nghị kết thúc vào 11 giờ 30, ngày 05 tháng 01 năm 2024./." in lines
    assert lines[-4:] == [
        "Nơi nhận:",
        "- Ủy ban nhân dân tỉnh (để b/c);",
        "- Các phòng thuộc Sở;",
        "- Lưu: VT, Hồ sơ.",
    ]
    signature = next(b for b in document.blocks if isinstance(b, Columns))
    left = [p.text for p in signature.left if isinstance(p, Para)]
    right = [p.text for p in signature.right if isinstance(p, Para)]
    assert left == ["THƯ KÝ", "Lê Thị Hoa"]
    assert right == ["CHỦ TỌA", "Nguyễn Văn An"]
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert table.rows[0] == ("1", "Hoàn thiện báo cáo tổng kết", "Văn phòng Sở", "15/01/2024")


def test_closing_sentence_without_an_end_time() -> None:
    meeting = dataclasses.replace(state_meeting(), ends_at=None, kind="Họp giao ban", title="X")
    assert closing_sentence(meeting, "./.") == (
        "Cuộc họp kết thúc vào … giờ …, ngày … tháng … năm …./."
    )


def test_state_pdf_layout() -> None:
    data = minutes_pdf(state_meeting())
    with open_pdf(data) as pdf:
        first = pdf.pages[0]
        assert find(first, "ngày 05 tháng 01 năm 2024")[0].top > HEADER_MM, "no date in header"
        number = find_one(first, "/BB-SNV")
        assert number.bottom < HEADER_MM
        last = pdf.pages[-1]
        secretary = find_one(last, "THƯ KÝ")
        chair = find_one(last, "CHỦ TỌA")
        assert abs(secretary.top - chair.top) < 1 and secretary.x1 < chair.x0
        assert secretary.fonts == {"Tinos-Bold"}
        label = find_one(last, "Nơi nhận:")
        assert label.top > secretary.top and label.fonts == {"Tinos-BoldItalic"}
        secretary_name = find_one(last, "Lê Thị Hoa")
        assert secretary_name.top - secretary.bottom > style_for("state").signature.sign_space_mm
    assert "R&D <thử nghiệm>" in text(data)


def test_party_minutes_follow_hd_16(sample_meeting: Meeting) -> None:
    document = build_minutes(sample_meeting)
    assert document.header is not None
    assert document.header.date_text == "Bắc Giang, ngày 03 tháng 01 năm 2024"
    assert document.header.number_text.startswith("Số ") and "-BB/BTGTU" in (
        document.header.number_text
    )
    lines = _texts(sample_meeting)
    assert "- Thời gian: bắt đầu vào hồi 14 giờ 00, ngày 03 tháng 01 năm 2024" in lines
    assert "1. Thành phần hội nghị" in lines
    assert "- Có mặt: 3 đồng chí" in lines
    assert "- Vắng mặt: 1 đồng chí" in lines
    assert any("Thân Đức Hưng" in x and "lý do: đi công tác" in x for x in lines)
    assert "1.2. Đại biểu mời dự" in lines
    assert "- Đại diện Ban Tuyên giáo Trung ương;" in lines, "organisation not repeated"
    assert "2. Diễn biến hội nghị" in lines
    assert lines[lines.index("2. Diễn biến hội nghị") + 1].startswith("2.1. Báo cáo tổng kết")
    assert "3. Kết luận của hội nghị" in lines
    assert "Hội nghị kết thúc vào 17 giờ 00, ngày 03 tháng 01 năm 2024./." in lines
    signature = next(b for b in document.blocks if isinstance(b, Columns))
    assert [p.text for p in signature.left if isinstance(p, Para)] == [
        "NGƯỜI GHI BIÊN BẢN",
        "Nguyễn Thị Minh Thư",
    ]
    assert [p.text for p in signature.right if isinstance(p, Para)] == [
        "CHỦ TRÌ HỘI NGHỊ",
        "Lê Thị Thu Hồng",
    ]
    data = minutes_pdf(sample_meeting)
    with open_pdf(data) as pdf:
        page = pdf.pages[0]
        date = find_one(page, "Bắc Giang, ngày 03 tháng 01 năm 2024", HEADER_MM)
        assert date.fonts == {"Tinos-Italic"}
        assert find_one(page, "ĐẢNG CỘNG SẢN VIỆT NAM").x0 > 95


def test_docx_reads_back(sample_meeting: Meeting) -> None:
    for meeting in (state_meeting(), sample_meeting):
        style = style_for(meeting.organiser.style)
        document = open_docx(minutes_docx(meeting))
        assert_page_setup(document, style)
        assert_times_new_roman(document)
        assert_schema_order(document)
        header, actions, signature = document.tables
        assert is_borderless(header) and is_borderless(signature)
        assert repeats_header_row(actions) and not is_borderless(actions)
        assert [c.text for c in actions.rows[0].cells] == [
            "STT",
            "Công việc",
            "Người, đơn vị thực hiện",
            "Thời hạn",
        ]
        content = all_text(document)
        for line in _texts(meeting):
            assert line in content
        assert (header.cell(1, 1).text == "") == (style.name == "state")


def test_signature_keeps_the_closing_sentence(sample_meeting: Meeting) -> None:
    with open_pdf(minutes_pdf(sample_meeting)) as pdf:
        page = next(p for p in pdf.pages if find(p, "NGƯỜI GHI BIÊN BẢN"))
        assert find(page, "Hội nghị kết thúc vào 17 giờ 00"), "not alone on its page"
        assert find(page, "Nơi nhận:")


def test_party_contents_line_lists_the_agenda(sample_meeting: Meeting) -> None:
    line = next(x for x in _texts(sample_meeting) if x.startswith("- Nội dung: "))
    assert line.startswith("- Nội dung: Báo cáo tổng kết công tác tuyên giáo năm 2023")
    assert "; Thảo luận; Trao Chứng nhận và Giấy khen." in line


def test_blank_number_keeps_its_room_and_headings_keep_together(sample_meeting: Meeting) -> None:
    with open_pdf(minutes_pdf(state_meeting())) as pdf:
        page = pdf.pages[0]
        prefix = find_one(page, "Số:")
        code = find_one(page, "/BB-SNV")
        assert code.x0 - prefix.x1 > 8, "room for the văn thư to write the number"
    with open_pdf(minutes_pdf(sample_meeting)) as pdf:
        for page in pdf.pages:
            if find(page, "2. Diễn biến hội nghị"):
                assert find(page, "2.1. Báo cáo tổng kết"), "a heading is never left alone"
                assert find(page, "Năm 2023, ngành Tuyên giáo")


def test_a_numbered_meeting_prints_its_number(sample_meeting: Meeting) -> None:
    numbered = dataclasses.replace(sample_meeting, number="03-BB/BTGTU")
    with open_pdf(minutes_pdf(numbered)) as pdf:
        assert find_one(pdf.pages[0], "Số 03-BB/BTGTU")


def test_lists_close_with_a_full_stop_and_conclusions_are_apart() -> None:
    meeting = state_meeting()
    meeting.conclusions = "Hội nghị thống nhất các nhiệm vụ năm 2024."
    lines = _texts(meeting)
    start = lines.index("Thành phần tham dự: 5 người") + 1
    present = lines[start : start + 5]
    assert all(line.startswith("- ") for line in present)
    assert all(line.endswith(";") for line in present[:-1]) and present[-1].endswith(".")
    assert "Kết luận chung của hội nghị:" in lines
    overall = lines.index("Kết luận chung của hội nghị:")
    assert lines[overall + 1] == "Hội nghị thống nhất các nhiệm vụ năm 2024."
    assert not any(line.startswith("Kết luận:") for line in lines)
    assert any(line.startswith("Kết luận nội dung 1: ") for line in lines[:overall])
