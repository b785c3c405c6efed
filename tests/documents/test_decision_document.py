"""The decision draft (Mẫu 1.2 / Party form): wording, order, signature, PDF and DOCX."""

from __future__ import annotations

import dataclasses

import pytest
from docx.oxml.ns import qn

from desktop.documents.official.award_list import award_list_pdf
from desktop.documents.official.decision import (
    article_one,
    build_decision,
    decision_docx,
    decision_pdf,
)
from desktop.documents.official.model import Columns, Para, text_width_mm
from desktop.documents.official.pdf_render import MissingGlyphError
from desktop.documents.style import style_for
from desktop.domain.records import Decision, Signer
from tests.documents.docx_read import (
    all_text,
    assert_page_setup,
    assert_schema_order,
    assert_times_new_roman,
    is_borderless,
    open_docx,
)
from tests.documents.pdf_read import HEADER_MM, find_one, open_pdf, text
from tests.documents.records import state_decision


def _paragraphs(decision: Decision) -> list[str]:
    return [b.text for b in build_decision(decision).blocks if isinstance(b, Para)]


def _signature(decision: Decision) -> Columns:
    return next(b for b in build_decision(decision).blocks if isinstance(b, Columns))


def test_article_one_counts_the_awards(sample_decision: Decision) -> None:
    assert article_one(sample_decision) == (
        "Tặng Giấy khen cho 11 tập thể và 15 cá nhân đã có thành tích hoàn thành xuất sắc "
        "nhiệm vụ công tác tuyên giáo năm 2023 (có danh sách kèm theo)."
    )
    only_people = dataclasses.replace(sample_decision, awards=sample_decision.people[:1], reason="")
    assert article_one(only_people) == "Tặng Giấy khen cho 1 cá nhân (có danh sách kèm theo)."


def test_state_order_follows_mau_1_2() -> None:
    lines = _paragraphs(state_decision())
    assert lines[:3] == [
        "QUYẾT ĐỊNH",
        "Về việc tặng Giấy khen",
        "GIÁM ĐỐC SỞ NỘI VỤ TỈNH BẮC NINH",
    ]
    assert lines[3] == "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
    assert lines[6] == "Theo đề nghị của Trưởng phòng Thi đua - Khen thưởng."
    assert lines[7] == "QUYẾT ĐỊNH:"
    assert lines[8].startswith("Điều 1. Tặng Giấy khen cho 2 tập thể và 3 cá nhân")
    assert lines[9] == "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."
    assert lines[10].startswith("Điều 3. ") and lines[10].endswith("Quyết định này./.")


def test_articles_and_distribution_from_the_record() -> None:
    decision = dataclasses.replace(
        state_decision(),
        articles=["Tiền thưởng theo quy định hiện hành;", "Điều 3. Văn phòng Sở thi hành."],
        distribution=["Như Điều 3", "- Ủy ban nhân dân tỉnh (để b/c)", "Lưu: VT, TĐKT"],
    )
    lines = _paragraphs(decision)
    assert "Điều 2. Tiền thưởng theo quy định hiện hành;" in lines
    assert lines[-1] == "Điều 3. Văn phòng Sở thi hành./."
    left = [p.text for p in _signature(decision).left if isinstance(p, Para)]
    assert left == [
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Ủy ban nhân dân tỉnh (để b/c);",
        "- Lưu: VT, TĐKT.",
    ]


@pytest.mark.parametrize(
    ("signer", "collective", "lines", "authority"),
    [
        (
            Signer("Trần Văn Bình", "Phó Giám đốc", "deputy"),
            "",
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
            "GIÁM ĐỐC SỞ NỘI VỤ TỈNH BẮC NINH",
        ),
        (
            Signer("Nguyễn Văn An", "Giám đốc", "head"),
            "",
            ["GIÁM ĐỐC"],
            "GIÁM ĐỐC SỞ NỘI VỤ TỈNH BẮC NINH",
        ),
        (
            Signer("Nguyễn Văn An", "Chủ tịch", "collective"),
            "Ủy ban nhân dân",
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
            "ỦY BAN NHÂN DÂN SỞ NỘI VỤ TỈNH BẮC NINH",
        ),
        (
            Signer("Lê Thị Hoa", "Chánh Văn phòng", "delegated"),
            "",
            ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
            "GIÁM ĐỐC SỞ NỘI VỤ TỈNH BẮC NINH",
        ),
        (
            Signer("Nguyễn Văn An", "Phó Giám đốc", "acting"),
            "",
            ["Q. GIÁM ĐỐC"],
            "GIÁM ĐỐC SỞ NỘI VỤ TỈNH BẮC NINH",
        ),
    ],
)
def test_signature_block_with_authority_prefix(
    signer: Signer, collective: str, lines: list[str], authority: str
) -> None:
    decision = dataclasses.replace(state_decision(), signer=signer)
    decision.issuer.collective_name = collective
    right = _signature(decision).right
    texts = [p.text for p in right if isinstance(p, Para)]
    assert texts == [*lines, signer.name]
    # Whoever signs, the authority is the head's (or the collective's for TM.).
    assert authority in _paragraphs(decision)


def test_state_pdf_reads_back() -> None:
    data = decision_pdf(state_decision())
    content = text(data)
    for expected in (
        "QUYẾT ĐỊNH",
        "Về việc tặng Giấy khen",
        "QUYẾT ĐỊNH:",
        "Nơi nhận:",
        "- Lưu: VT, SNV.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Trần Văn Bình",
    ):
        assert expected in content
    with open_pdf(data) as pdf:
        page = pdf.pages[0]
        label = find_one(page, "Nơi nhận:")
        authority = find_one(page, "KT. GIÁM ĐỐC")
        basis = find_one(page, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
        article = find_one(page, "Điều 1.")
        assert abs(label.top - authority.top) < 2, "Nơi nhận level with the signer"
        assert label.x1 < authority.x0
        assert basis.fonts == {"Tinos-Italic"}
        assert label.fonts == {"Tinos-BoldItalic"}
        assert article.fonts == {"Tinos-Bold"}
        assert find_one(page, "QUYẾT ĐỊNH", HEADER_MM + 30).fonts == {"Tinos-Bold"}


def test_party_form(sample_decision: Decision) -> None:
    lines = [b for b in build_decision(sample_decision).blocks if isinstance(b, Para)]
    texts = [p.text for p in lines]
    assert texts[:2] == ["QUYẾT ĐỊNH", "về việc tặng Giấy khen"]
    assert "TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG QUYẾT ĐỊNH:" in texts
    bases = [p.text for p in lines if p.role == "basis"]
    assert all(b.startswith("- ") for b in bases)
    assert bases[-1].endswith(",")
    data = decision_pdf(sample_decision)
    with open_pdf(data) as pdf:
        page = pdf.pages[0]
        label = find_one(page, "Nơi nhận:")
        assert label.fonts == {"Tinos"}
        assert any(abs(line["top"] / 2.8346 - label.bottom) < 2 for line in page.lines), (
            "Nơi nhận is underlined in Party documents"
        )
    assert "TRƯỞNG BAN" in text(data) and "Nguyễn Văn Phong" in text(data)


def test_docx_is_real_word(sample_decision: Decision) -> None:
    for decision in (state_decision(), sample_decision):
        style = style_for(decision.issuer.style)
        document = open_docx(decision_docx(decision))
        assert_page_setup(document, style)
        assert_times_new_roman(document)
        assert_schema_order(document)
        header = document.tables[0]
        assert is_borderless(header)
        assert len(header.columns) == 2
        assert header.cell(0, 1).paragraphs[0].text == style.header.national_title
        content = all_text(document)
        assert article_one(decision) in content.replace("Điều 1. ", "")
        for line in _paragraphs(decision):
            assert line in content
        names = {p.style.name for p in document.paragraphs if p.text}
        assert {"VB Tên loại", "VB Trích yếu", "VB Căn cứ", "VB Nội dung"} <= names


def test_missing_glyph_names_the_document_and_the_line() -> None:
    decision = state_decision()
    decision.awards[0].name = "Tổ 漢字"
    with pytest.raises(MissingGlyphError, match=r"05/QĐ-SNV.*漢 字.*Tổ 漢字"):
        award_list_pdf(decision)


def test_docx_motto_rule_is_sized_to_the_text() -> None:
    style = style_for("state")
    document = open_docx(decision_docx(state_decision()))
    motto = document.tables[0].cell(0, 1).paragraphs[1]
    assert motto.text == style.header.motto
    border = motto._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert border.get(qn("w:val")) == "single"
    fmt = motto.paragraph_format
    width = style.header.right_width_mm - (fmt.left_indent.mm + fmt.right_indent.mm)
    assert abs(width - text_width_mm(style.header.motto, style.header.motto_style)) < 1.5


def test_bases_from_the_settings_with_the_proposal_last() -> None:
    from desktop.documents.official.decision import basis_lines

    decision = state_decision()
    decision.issuer.legal_bases = [
        "Xét đề nghị của Chánh Văn phòng Sở",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ",
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 10 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh",
    ]
    lines = basis_lines(decision, style_for("state"))
    assert lines[:3] == [
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;",
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 10 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh;",
    ]
    assert lines[3] == "Xét đề nghị của Chánh Văn phòng Sở."
    # Without a proposal line, one is left to fill in.
    decision.issuer.legal_bases = decision.issuer.legal_bases[1:]
    assert basis_lines(decision, style_for("state"))[-1].startswith("Xét đề nghị của ……")
    party = basis_lines(decision, style_for("party"))
    assert party[-1].startswith("- Xét đề nghị của") and party[-1].endswith(",")


def test_the_archive_line_names_the_unit() -> None:
    decision = state_decision()
    lines = [b.text for b in build_decision(decision).blocks if isinstance(b, Para)]
    columns = [b for b in build_decision(decision).blocks if isinstance(b, Columns)][-1]
    left = [p.text for p in columns.left if isinstance(p, Para)]
    assert left[-1] == "- Lưu: VT, SNV."
    decision.distribution = ["Như Điều 3", "Lưu: VT, TCCB"]
    columns = [b for b in build_decision(decision).blocks if isinstance(b, Columns)][-1]
    assert [p.text for p in columns.left if isinstance(p, Para)][-1] == "- Lưu: VT, TCCB."
    assert lines


def test_the_optional_article_on_the_reward_money() -> None:
    from decimal import Decimal

    from desktop.documents.official.decision import RewardMoney

    decision = state_decision(people=3)  # 2 collectives, 3 people
    reward = RewardMoney(Decimal(300000), Decimal(600000), "Quỹ thi đua, khen thưởng của Sở")
    lines = [b.text for b in build_decision(decision, reward=reward).blocks if isinstance(b, Para)]
    article = next(line for line in lines if line.startswith("Điều 2."))
    assert article == (
        "Điều 2. Mỗi tập thể được thưởng 600.000 đồng, mỗi cá nhân được thưởng 300.000 đồng; "
        "tổng cộng 2.100.000 đồng, trích từ Quỹ thi đua, khen thưởng của Sở."
    )
    # The style's articles follow, renumbered; without money there is no such article.
    assert any(line.startswith("Điều 4.") for line in lines)
    plain = [b.text for b in build_decision(decision).blocks if isinstance(b, Para)]
    assert not any("được thưởng" in line for line in plain)
