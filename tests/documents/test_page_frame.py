"""Page frames as a văn thư checks them: header columns, rules, Số, date line, page numbers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop.documents.official.award_list import build_award_list
from desktop.documents.official.decision import decision_pdf
from desktop.documents.official.minutes import minutes_pdf
from desktop.documents.official.pdf_render import render_pdf
from desktop.documents.style import style_for
from desktop.domain.records import Decision
from tests.documents.pdf_read import (
    BOLD,
    HEADER_MM,
    ITALIC,
    REGULAR,
    find,
    find_one,
    open_pdf,
    rule_below,
    text,
    words_in_top_margin,
)
from tests.documents.records import state_decision, state_meeting

TOLERANCE_MM = 1.0


@pytest.fixture(scope="module")
def state_pdf() -> bytes:
    return decision_pdf(state_decision())


@pytest.fixture
def party_pdf(sample_decision: Decision) -> bytes:
    return decision_pdf(sample_decision)


def test_state_header_columns(state_pdf: bytes) -> None:
    style = style_for("state")
    split = style.page.margin_left_mm + style.header.left_width_mm
    with open_pdf(state_pdf) as pdf:
        page = pdf.pages[0]
        national = find_one(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        motto = find_one(page, "Độc lập - Tự do - Hạnh phúc")
        issuer = find_one(page, "SỞ NỘI VỤ", HEADER_MM)
        parent = find_one(page, "ỦY BAN NHÂN DÂN")
        # The parent's name breaks before the province (domain.line_breaks), never inside it.
        province = find_one(page, "TỈNH BẮC NINH", HEADER_MM)
    assert province.top > parent.top
    assert national.x0 >= split - TOLERANCE_MM
    assert issuer.x1 <= split and parent.x1 <= split
    assert issuer.x0 >= style.page.margin_left_mm - TOLERANCE_MM
    # Quốc hiệu and Tiêu ngữ centred on each other, at the top of the page.
    assert abs(national.centre - motto.centre) < TOLERANCE_MM
    assert national.top < motto.top
    assert national.top == pytest.approx(issuer.top - 2 * 13 * 1.2 * 0.3528, abs=8)
    assert BOLD in national.fonts and BOLD in motto.fonts
    assert issuer.fonts == {BOLD} and parent.fonts == {REGULAR}


def test_motto_rule_is_as_long_as_the_motto(state_pdf: bytes) -> None:
    with open_pdf(state_pdf) as pdf:
        page = pdf.pages[0]
        motto = find_one(page, "Độc lập - Tự do - Hạnh phúc")
        rule = rule_below(page, motto)
    assert abs(rule.width - motto.width) < TOLERANCE_MM
    assert abs(rule.centre - motto.centre) < TOLERANCE_MM


def test_issuer_rule_is_a_third_to_a_half_of_the_name(state_pdf: bytes) -> None:
    with open_pdf(state_pdf) as pdf:
        page = pdf.pages[0]
        issuer = find_one(page, "SỞ NỘI VỤ", HEADER_MM)
        rule = rule_below(page, issuer)
    assert issuer.width / 3 - 0.2 <= rule.width <= issuer.width / 2 + 0.2
    assert abs(rule.centre - issuer.centre) < TOLERANCE_MM


def test_state_number_and_italic_date_line(state_pdf: bytes) -> None:
    with open_pdf(state_pdf) as pdf:
        page = pdf.pages[0]
        number = find_one(page, "Số: 05/QĐ-SNV")
        date = find_one(page, "Bắc Ninh, ngày 05 tháng 01 năm 2024")
        issuer = find_one(page, "SỞ NỘI VỤ", HEADER_MM)
        motto = find_one(page, "Độc lập - Tự do - Hạnh phúc")
    assert abs(number.centre - issuer.centre) < TOLERANCE_MM
    assert abs(date.centre - motto.centre) < TOLERANCE_MM
    assert abs(date.bottom - number.bottom) < TOLERANCE_MM, "Số and date share one line"
    assert date.fonts == {ITALIC}
    assert number.fonts == {REGULAR}


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 6, 15), "Bắc Ninh, ngày 15 tháng 6 năm 2024"),
        (dt.date(2024, 2, 9), "Bắc Ninh, ngày 09 tháng 02 năm 2024"),
        (dt.date(2023, 12, 31), "Bắc Ninh, ngày 31 tháng 12 năm 2023"),
    ],
)
def test_date_line_follows_the_leading_zero_rule(day: dt.date, expected: str) -> None:
    decision = dataclasses.replace(state_decision(), date=day)
    with open_pdf(decision_pdf(decision)) as pdf:
        assert find_one(pdf.pages[0], expected).fonts == {ITALIC}


def test_party_header(party_pdf: bytes) -> None:
    style = style_for("party")
    split = style.page.margin_left_mm + style.header.left_width_mm
    with open_pdf(party_pdf) as pdf:
        page = pdf.pages[0]
        title = find_one(page, "ĐẢNG CỘNG SẢN VIỆT NAM")
        issuer = find_one(page, "BAN TUYÊN GIÁO", HEADER_MM)
        parent = find_one(page, "TỈNH ỦY BẮC GIANG", HEADER_MM)
        star = find_one(page, "*")
        number = find_one(page, "Số 15-QĐ/BTGTU")
        date = find_one(page, "Bắc Giang, ngày 03 tháng 01 năm 2024")
        rule = rule_below(page, title)
        assert not find(page, "Số:")
        assert not find(page, "CỘNG HÒA")
    assert title.x0 >= split - TOLERANCE_MM
    assert issuer.x1 <= split and parent.x1 <= split
    assert abs(rule.width - title.width) < TOLERANCE_MM
    assert abs(star.centre - issuer.centre) < TOLERANCE_MM
    assert issuer.bottom < star.top < number.top
    assert date.fonts == {ITALIC}
    assert abs(date.bottom - number.bottom) < TOLERANCE_MM
    assert title.fonts == {BOLD}
    assert title.bottom - title.top == pytest.approx(15 * 0.3528 * 1.1, abs=1.5)


def test_page_numbers_from_page_two() -> None:
    style = style_for("state")
    data = minutes_pdf(state_meeting())
    with open_pdf(data) as pdf:
        assert len(pdf.pages) >= 2
        assert words_in_top_margin(pdf.pages[0], style.page.margin_top_mm) == []
        for number, page in enumerate(pdf.pages[1:], start=2):
            assert words_in_top_margin(page, style.page.margin_top_mm) == [str(number)]
            box = find(page, str(number))[0]
            text_centre = style.page.margin_left_mm + style.page.text_width_mm / 2
            assert abs(box.centre - text_centre) < TOLERANCE_MM
            assert box.bottom < style.page.margin_top_mm


def test_fonts_embedded_page_size_and_print_scaling(state_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(state_pdf))
    fonts = set()
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.1)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"], "every font is embedded"
    assert fonts <= {REGULAR, BOLD, ITALIC, "Tinos-BoldItalic"}
    assert str(reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"]) == "/None"
    assert reader.metadata is not None and reader.metadata.title == "Quyết định 05/QĐ-SNV"


def test_output_is_byte_stable() -> None:
    assert decision_pdf(state_decision()) == decision_pdf(state_decision())


def test_user_text_prints_as_typed() -> None:
    all_text = text(minutes_pdf(state_meeting()))
    assert "R&D <thử nghiệm>" in all_text


def test_long_names_wrap_inside_their_columns() -> None:
    decision = state_decision()
    decision.issuer.place = "Thành phố Hồ Chí Minh"
    decision.issuer.parent = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    decision.issuer.name = "Sở Lao động - Thương binh và Xã hội & Phát triển <nông thôn>"
    style = style_for("state")
    split = style.page.margin_left_mm + style.header.left_width_mm
    right_edge = split + style.header.right_width_mm
    with open_pdf(decision_pdf(decision)) as pdf:
        page = pdf.pages[0]
        header_chars = [c for c in page.chars if c["bottom"] / 2.8346 < HEADER_MM + 10]
        for char in header_chars:
            assert char["x1"] / 2.8346 <= right_edge + 0.5
        all_text = text(decision_pdf(decision))
        assert "<NÔNG THÔN>" in all_text and "&" in all_text
        # A long date line breaks after the place's comma, not inside the date.
        assert find(page, "Thành phố Hồ Chí Minh,")
        assert find(page, "ngày 05 tháng 01 năm 2024")
        for word in page.extract_words():
            if word["bottom"] / 2.8346 < HEADER_MM and word["x0"] / 2.8346 < split - 1:
                assert word["x1"] / 2.8346 <= split + 0.5, word["text"]


def test_landscape_pages_for_wide_tables() -> None:
    document = dataclasses.replace(build_award_list(state_decision()), landscape=True)
    reader = PdfReader(io.BytesIO(render_pdf(document)))
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((841.89, 595.28), abs=0.1)
