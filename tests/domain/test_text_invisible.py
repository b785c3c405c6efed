"""Issue 9, item 8: invisible and bidirectional characters cannot hide in names and units."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from desktop.domain.text import fold, normalize, normalize_multiline


def test_every_format_character_is_dropped() -> None:
    # The list in text.py is written out for speed; it must cover category Cf of this Python.
    missed = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf" and normalize(f"a{chr(code)}b") != "ab"
    ]
    assert missed == []


@pytest.mark.parametrize(
    "typed",
    [
        "Báo Bắc\u200b Giang",  # zero-width space
        "Báo\u200d Bắc Giang\ufeff",  # zero-width joiner, byte order mark
        "\u202eBáo Bắc Giang\u202c",  # right-to-left override … pop
        "Báo Bắc Giang\U000e0041\U000e0042",  # tag characters
        "Báo B\u00adắc Giang",  # soft hyphen
    ],
)
def test_hidden_characters_do_not_make_another_name(typed: str) -> None:
    assert normalize(typed) == "Báo Bắc Giang"
    assert fold(typed) == fold("Báo Bắc Giang")
    assert normalize_multiline(typed + "\nGhi chú\u2066") == "Báo Bắc Giang\nGhi chú"


def test_a_name_of_only_invisible_characters_is_empty() -> None:
    assert normalize("\u200b\u200c\u200d\u2060\u202e\U000e0020") == ""


def test_vietnamese_letters_and_spaces_are_kept() -> None:
    text = "Nguyễn Thị Hoà – Đặng Văn Ánh, Phòng Tổ chức"
    assert normalize(text) == text
