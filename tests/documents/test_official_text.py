"""Shared wording: numbers, Nơi nhận lines, counts, the issuer's names."""

from __future__ import annotations

import pytest

from desktop.documents.official import text as ot
from desktop.documents.style import style_for
from desktop.domain.records import Organisation, Signer


def test_number_lines() -> None:
    state, party = style_for("state"), style_for("party")
    assert ot.number_text(state, "5/QĐ-SNV") == "Số: 05/QĐ-SNV"
    assert ot.number_text(party, "15-QĐ/BTGTU") == "Số 15-QĐ/BTGTU"
    assert ot.number_text(state, "không rõ") == "Số: không rõ"
    assert ot.blank_number_text(state, "BB", "SNV").endswith("/BB-SNV")
    assert ot.blank_number_text(party, "BB", "BTGTU").endswith("-BB/BTGTU")


def test_recipient_lines() -> None:
    state, party = style_for("state"), style_for("party")
    assert ot.recipient_lines([], state, "- Lưu: VT.", ["Như Điều 3"]) == [
        "- Như Điều 3;",
        "- Lưu: VT.",
    ]
    assert ot.recipient_lines(["– Các ban đảng;", "Lưu Văn phòng"], party, "x", []) == [
        "- Các ban đảng,",
        "- Lưu Văn phòng.",
    ]


@pytest.mark.parametrize(
    ("collectives", "people", "expected"),
    [
        (11, 15, "11 tập thể và 15 cá nhân"),
        (9, 0, "9 tập thể"),
        (0, 1, "1 cá nhân"),
        (0, 1200, "1.200 cá nhân"),
        (0, 0, ""),
    ],
)
def test_counts(collectives: int, people: int, expected: str) -> None:
    assert ot.counts_text(collectives, people) == expected


def test_names_of_the_issuer() -> None:
    party = Organisation("Ban Tuyên giáo", parent="Tỉnh ủy Bắc Giang", style="party")
    assert ot.issuer_full_name(party, style_for("party")) == "Ban Tuyên giáo Tỉnh ủy Bắc Giang"
    assert ot.upper("Tỉnh ủy Bắc Giang") == "TỈNH ỦY BẮC GIANG"
    state = Organisation("Ủy ban nhân dân tỉnh Bắc Ninh", style="state")
    signer = Signer("TM. Ủy ban nhân dân", "Chủ tịch", "A")
    assert ot.authority(signer, state, style_for("state")) == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"


def test_end_mark() -> None:
    assert ot.with_end_mark("Thi hành Quyết định này.", "./.") == "Thi hành Quyết định này./."
    assert ot.with_end_mark("Xong./.", "./.") == "Xong./."
