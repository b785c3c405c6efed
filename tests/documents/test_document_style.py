"""Style definitions: every value from data, checked on load, changeable without code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.documents.official.decision import decision_pdf
from desktop.documents.style import (
    StyleError,
    load_style,
    style_for,
    style_from_dict,
    style_path,
)
from tests.documents.pdf_read import HEADER_MM, find_one, open_pdf, rule_below
from tests.documents.records import state_decision


def test_bundled_styles_hold_the_rules() -> None:
    state = style_for("state")
    party = style_for("party")
    assert state.header.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert state.header.motto == "Độc lập - Tự do - Hạnh phúc"
    assert state.header.number_prefix == "Số:" and party.header.number_prefix == "Số"
    assert party.header.national_title == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert party.header.motto == "" and party.header.issuer_mark == "star"
    assert party.header.national_title_style.size_pt == 15
    assert state.header.date_style.italic and party.header.date_style.italic
    assert 1 / 3 <= state.header.issuer_rule_ratio <= 1 / 2
    assert state.signature.recipients_label_style.bold
    assert state.signature.recipients_label_style.italic
    assert party.signature.recipients_label_style.underline
    assert not state.header.minutes_date_line and party.header.minutes_date_line
    for style in (state, party):
        page = style.page
        assert (page.width_mm, page.height_mm) == (210, 297)
        assert 20 <= page.margin_top_mm <= 25 and 30 <= page.margin_left_mm <= 35
        assert 15 <= page.margin_right_mm <= 20
        assert style.header.left_width_mm + style.header.right_width_mm <= page.text_width_mm
        assert style.signature.left_width_mm + style.signature.right_width_mm <= (
            page.text_width_mm
        )


def _data(name: str) -> dict:
    return json.loads(style_path(name).read_text(encoding="utf-8"))


def test_unknown_and_missing_keys_are_named() -> None:
    data = _data("state")
    data["header"]["motto_size"] = 14
    with pytest.raises(StyleError, match="motto_size"):
        style_from_dict(data)
    data = _data("state")
    del data["page"]["margin_left_mm"]
    style = style_from_dict(data)
    assert style.page.margin_left_mm == 30, "page values have defaults"
    del data["header"]["motto"]
    with pytest.raises(StyleError, match="motto"):
        style_from_dict(data)


@pytest.mark.parametrize(
    ("section", "key", "value", "message"),
    [
        ("header", "issuer_mark", "circle", "issuer_mark"),
        ("header", "rule_width_pt", "thick", "rule_width_pt"),
        ("body", "basis_prefix", 3, "basis_prefix"),
        ("header", "minutes_date_line", "yes", "minutes_date_line"),
        ("signature", "sign_space_mm", "25", "sign_space_mm"),
    ],
)
def test_wrong_values_are_refused(section: str, key: str, value: object, message: str) -> None:
    data = _data("party")
    data[section][key] = value
    with pytest.raises(StyleError, match=message):
        style_from_dict(data)


def test_unknown_style_and_bad_file(tmp_path: Path) -> None:
    with pytest.raises(StyleError, match="Không có kiểu văn bản"):
        load_style("royal")
    bad = tmp_path / "party.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(StyleError, match="Không đọc được"):
        load_style("party", bad)


def test_a_changed_value_changes_the_document(tmp_path: Path) -> None:
    data = _data("state")
    data["header"]["motto_style"]["size_pt"] = 13
    data["page"]["margin_left_mm"] = 35
    path = tmp_path / "state.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    style = load_style("state", path)
    with open_pdf(decision_pdf(state_decision(), style)) as pdf:
        page = pdf.pages[0]
        motto = find_one(page, "Độc lập - Tự do - Hạnh phúc")
        parent = find_one(page, "TỈNH BẮC NINH", HEADER_MM)
        assert motto.bottom - motto.top == pytest.approx(13 / 72 * 25.4, abs=0.3)
        assert abs(rule_below(page, motto).width - motto.width) < 1
        assert parent.x0 > 35
