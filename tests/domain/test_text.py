"""Tests for desktop.domain.text: normalisation, folding, name parts and the collation key."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.collation import collation_key, name_key, sort_by_name
from desktop.domain.text import fold, join_title, normalize, normalize_multiline, split_name

LONG_NAME = ("Tôn Nữ Thị " * 40)[:299] + "A"
VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def levels(key: str) -> list[str]:
    """The primary, secondary and tertiary parts of a collation key."""
    return key.split("\x01")


# --- normalize --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("  Nguyễn   Văn  An  ", "Nguyễn Văn An"),
        ("Nguyễn\tVăn\nAn", "Nguyễn Văn An"),
        ("Nguyễn\r\nVăn", "Nguyễn Văn"),
        ("Nguyễn\u00a0Văn\u00a0An", "Nguyễn Văn An"),  # no-break space from Word
        ("Nguyễn\u2003Văn\u3000An", "Nguyễn Văn An"),  # em space, ideographic space
        ("\t\n Lê \t An \n", "Lê An"),
        (nfd("Nguyễn Văn Đức"), "Nguyễn Văn Đức"),
        ("A & B <C>", "A & B <C>"),
        ("Hoà", "Hoà"),  # old tone placement is kept as typed
        ("Hòa", "Hòa"),
        (LONG_NAME, LONG_NAME.strip()),
        # Invisible control characters pasted from PDFs or old programs: dropped (Excel and
        # Word refuse them in a file; no font draws them).
        ("Phòng\x01A", "PhòngA"),
        ("Phòng \x02 A\x7f", "Phòng A"),
        ("Lê Văn C\ufffe", "Lê Văn C"),
    ],
)
def test_normalize(raw: str | None, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_returns_nfc() -> None:
    result = normalize(nfd("Nguyễn"))
    assert result == "Nguyễn"
    assert len(result) == 6
    assert unicodedata.is_normalized("NFC", result)


def test_normalize_keeps_a_300_character_name() -> None:
    assert len(LONG_NAME) == 300
    assert normalize(LONG_NAME) == LONG_NAME


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_normalize_leaves_nothing_a_spreadsheet_or_document_refuses(text: str) -> None:
    # openpyxl and python-docx refuse C0 controls (XML 1.0); U+FFFE/U+FFFF are not characters.
    for result in (normalize(text), normalize_multiline(text)):
        assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n" for ch in result), repr(
            result
        )
        assert "\ufffe" not in result and "\uffff" not in result


@given(st.text())
def test_normalize_leaves_no_edge_or_double_space(text: str) -> None:
    result = normalize(text)
    assert result == result.strip()
    assert "  " not in result
    assert not any(ch.isspace() and ch != " " for ch in result)


# --- normalize_multiline ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("\n\n  \n", ""),
        ("Dòng một\r\nDòng hai", "Dòng một\nDòng hai"),
        ("Dòng một\rDòng hai", "Dòng một\nDòng hai"),
        ("Dòng một\u2028Dòng hai", "Dòng một\nDòng hai"),
        ("  Dòng   một  \n\tDòng\t\thai\t", "Dòng một\nDòng hai"),
        ("Đoạn một\n\nĐoạn hai", "Đoạn một\n\nĐoạn hai"),
        ("Đoạn một\n\n\n\nĐoạn hai", "Đoạn một\n\nĐoạn hai"),
        ("Đoạn một\r\n\r\n\r\n\r\nĐoạn hai", "Đoạn một\n\nĐoạn hai"),
        ("Đoạn một\n   \n \t \nĐoạn hai", "Đoạn một\n\nĐoạn hai"),
        ("\n\n  Đầu\n\n", "Đầu"),
        ("Có\u00a0dấu\u00a0cách", "Có dấu cách"),
        (nfd("Kết luận:\nĐồng ý"), "Kết luận:\nĐồng ý"),
        ("A & B <C>", "A & B <C>"),
        ("Dòng\x02 một\x00\nDòng hai\x9f", "Dòng một\nDòng hai"),
    ],
)
def test_normalize_multiline(raw: str | None, expected: str) -> None:
    assert normalize_multiline(raw) == expected


@given(st.text())
def test_normalize_multiline_is_idempotent(text: str) -> None:
    once = normalize_multiline(text)
    assert normalize_multiline(once) == once
    assert "\r" not in once
    assert "\n\n\n" not in once


@given(st.text())
def test_normalize_multiline_agrees_with_normalize_on_words(text: str) -> None:
    assert normalize(normalize_multiline(text)) == normalize(text)


# --- fold ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("Đặng", "dang"),
        ("ĐẶNG", "dang"),
        ("đường", "duong"),
        ("Ðặng", "dang"),  # U+00D0, typed for Đ by legacy keyboards
        ("Nguyễn Thị Hoà", "nguyen thi hoa"),
        ("Hòa", "hoa"),
        ("Thuỷ", "thuy"),
        ("Thủy", "thuy"),
        (nfd("Nguyễn Văn Đức"), "nguyen van duc"),
        ("  Trần\tQuốc   Toản ", "tran quoc toan"),
        ("A & B <C>", "a & b <c>"),
        ("Ủy ban nhân dân", "uy ban nhan dan"),
    ],
)
def test_fold(raw: str | None, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize(("old", "new"), [("Hoà", "Hòa"), ("Thuỷ", "Thủy"), ("Khoẻ", "Khỏe")])
def test_fold_makes_old_and_new_tone_placement_equal(old: str, new: str) -> None:
    assert old != new
    assert fold(old) == fold(new)


@pytest.mark.parametrize("letter", list(VIETNAMESE_LETTERS))
@pytest.mark.parametrize("tone", TONES)
def test_fold_strips_every_mark(letter: str, tone: str) -> None:
    for text in (letter + tone, (letter + tone).upper()):
        composed = unicodedata.normalize("NFC", text)
        result = fold(composed)
        assert len(result) == 1
        assert result.isascii()
        assert result == fold(nfd(composed))


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text())
def test_fold_ignores_normalisation_form(text: str) -> None:
    assert fold(nfd(text)) == fold(unicodedata.normalize("NFC", text)) == fold(normalize(text))


# --- split_name -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("full_name", "expected"),
    [
        ("Nguyễn Thị Thu Hằng", ("Nguyễn", "Thị Thu", "Hằng")),
        ("Nguyễn Văn An", ("Nguyễn", "Văn", "An")),
        ("Lê An", ("Lê", "", "An")),
        ("Hằng", ("", "", "Hằng")),
        ("", ("", "", "")),
        (None, ("", "", "")),
        ("   ", ("", "", "")),
        ("  Trần \t Quốc\nToản  ", ("Trần", "Quốc", "Toản")),
        (nfd("Đặng Thuỳ Trâm"), ("Đặng", "Thuỳ", "Trâm")),
        ("Tôn Nữ Thị Ninh", ("Tôn", "Nữ Thị", "Ninh")),
    ],
)
def test_split_name(full_name: str | None, expected: tuple[str, str, str]) -> None:
    assert split_name(full_name) == expected


@given(st.text())
def test_split_name_parts_rebuild_the_normalised_name(text: str) -> None:
    parts = split_name(text)
    assert " ".join(part for part in parts if part) == normalize(text)


# --- collation_key ----------------------------------------------------------------------------


def test_collation_key_letter_order() -> None:
    alphabet = list("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
    shuffled = sorted(alphabet, key=lambda ch: (ord(ch) * 7919) % 104729)
    assert sorted(shuffled, key=collation_key) == alphabet


def test_collation_key_tone_order() -> None:
    expected = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(reversed(expected), key=collation_key) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("a", "A"),  # case only decides when nothing else does
        ("A", "à"),  # a tone outweighs case
        ("à", "ă"),  # a letter outweighs a tone
        ("ăn", "ân"),
        ("dương", "đan"),
        ("Hoa", "Hoà"),
        ("Hoà", "Hòa"),  # ICU compares the tone where it sits: old placement first
        ("Thuỷ", "Thủy"),
        ("hoà", "Hòa"),
        ("Hòa", "hoan"),  # a longer word outweighs tones
        ("", " "),
        ("An", "An Nhiên"),
        ("A & B <C>", "A B"),  # punctuation before letters
        ("Tổ 10", "Tổ 2"),  # digit by digit, as ICU does
        ("Tổ 9", "Tổ A"),
        ("Ngô", "Nguyễn"),  # ô (position 2) against g
        ("Nhung", "Như"),
        ("Ý", "Yến"),  # a shorter word first, whatever its tone
    ],
)
def test_collation_key_orders_pairs(first: str, second: str) -> None:
    assert collation_key(first) < collation_key(second)


def test_collation_key_is_the_same_for_nfc_and_nfd() -> None:
    for word in ("Nguyễn", "Đặng", "Ngọc", "Hoà", "Hòa", "ặ", "Ộ", "Ự"):
        assert collation_key(word) == collation_key(nfd(word))


def test_collation_key_ignores_invisible_format_characters() -> None:
    assert collation_key("Hằng\u200b") == collation_key("Hằng")
    assert collation_key("Hằ\u00adng") == collation_key("Hằng")


def test_collation_key_of_none_is_that_of_the_empty_string() -> None:
    assert collation_key(None) == collation_key("")


@given(st.text())
def test_collation_key_is_storable_text(text: str) -> None:
    key = collation_key(text)
    assert isinstance(key, str)
    assert "\x00" not in key
    key.encode("utf-8")  # no lone surrogates: SQLite must be able to store it


@given(st.text(), st.text())
def test_collation_key_order_matches_utf8_byte_order(a: str, b: str) -> None:
    """SQLite's BINARY collation compares UTF-8 bytes; that must agree with str order."""
    key_a, key_b = collation_key(a), collation_key(b)
    assert (key_a < key_b) == (key_a.encode() < key_b.encode())


vietnamese_text = st.text(
    alphabet=st.sampled_from(list(VIETNAMESE_LETTERS + " .-") + list(TONES[1:]))
)


@given(vietnamese_text)
def test_collation_key_primary_level_ignores_case_and_tones(text: str) -> None:
    no_tones = "".join(ch for ch in nfd(text) if ch not in TONES)
    primary = levels(collation_key(text))[0]
    assert levels(collation_key(text.upper()))[0] == primary
    assert levels(collation_key(no_tones))[0] == primary


@given(vietnamese_text, vietnamese_text)
def test_equal_collation_keys_mean_equal_folded_text(a: str, b: str) -> None:
    if collation_key(a) == collation_key(b):
        assert fold(a) == fold(b)
        assert unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)


@given(vietnamese_text)
def test_collation_keys_of_folded_forms_are_never_after(text: str) -> None:
    """Removing tones and case never moves a word later (they only add weight)."""
    stripped = "".join(ch for ch in nfd(text.lower()) if ch not in TONES)
    assert collation_key(stripped) <= collation_key(text)


# --- name_key and sort_by_name ----------------------------------------------------------------


def test_name_key_sorts_by_given_then_middle_then_family() -> None:
    expected = [
        "Lê An",
        "Nguyễn Văn An",
        "Trần Văn An",
        "Phạm Thị Ánh",
        "Đỗ Bình",
        "Nguyễn Thị Thu Hằng",
        "Vũ Thị Hằng",  # same given name: the middle name "Thị" comes before "Thị Thu"
        "Lê Đức Thọ",
        "Hằng",
    ]
    result = sorted(reversed(expected), key=name_key)
    assert result == sorted(expected, key=name_key)
    assert result.index("Lê An") < result.index("Nguyễn Văn An") < result.index("Trần Văn An")
    assert result.index("Vũ Thị Hằng") < result.index("Nguyễn Thị Thu Hằng")
    assert result.index("Đỗ Bình") < result.index("Hằng") < result.index("Lê Đức Thọ")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Lê An", "Nguyễn Bá An"),  # no middle name before any middle name
        ("Nguyễn Văn An", "Lê Văn Bình"),  # the given name decides first
        ("Nguyễn Bá An", "Lê Văn An"),  # then the middle name
        ("Lê Văn An", "Nguyễn Văn An"),  # then the family name
        ("Nguyễn Thị Hoà", "Trần Thị Hòa"),  # tone placement is weaker than the family name
        ("Trần Thị Hoà", "Trần Thị Hòa"),
        ("Trần thị Hòa", "Trần Thị Hòa"),
        ("An", "Lê An"),
    ],
)
def test_name_key_orders_pairs(first: str, second: str) -> None:
    assert name_key(first) < name_key(second)


def test_name_key_normalises_the_name() -> None:
    assert name_key("  Nguyễn \t Văn  An ") == name_key(nfd("Nguyễn Văn An"))


@given(st.text())
def test_name_key_is_storable_text(text: str) -> None:
    name_key(text).encode("utf-8")


def test_sort_by_name_with_strings() -> None:
    assert sort_by_name(["Trần Văn Bình", "Nguyễn Văn An"]) == ["Nguyễn Văn An", "Trần Văn Bình"]


def test_sort_by_name_with_key_is_stable() -> None:
    people = [("Lê An", 1), ("Trần Bình", 2), ("Lê An", 3)]
    assert sort_by_name(people, key=lambda p: p[0]) == [
        ("Lê An", 1),
        ("Lê An", 3),
        ("Trần Bình", 2),
    ]


def test_sort_by_name_needs_a_key_for_records() -> None:
    with pytest.raises(TypeError):
        sort_by_name([1, 2])


@pytest.mark.parametrize(
    ("title", "body", "joined"),
    [
        (
            "Trưởng Ban",
            "Ban Tuyên giáo Tỉnh ủy Bắc Giang",
            "Trưởng Ban Tuyên giáo Tỉnh ủy Bắc Giang",
        ),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Ninh", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"),
        ("Giám đốc", "Sở Nội vụ", "Giám đốc Sở Nội vụ"),
        ("", "Sở Nội vụ", "Sở Nội vụ"),
    ],
)
def test_join_title_does_not_repeat_shared_words(title: str, body: str, joined: str) -> None:
    assert join_title(title, body) == joined


@settings(max_examples=300)
@given(st.text())
def test_is_normalized_is_exactly_what_normalize_keeps(text: str) -> None:
    from desktop.domain.text import is_normalized

    assert is_normalized(normalize(text))
    if is_normalized(text):
        assert normalize(text) == text
    else:
        assert normalize(text) != text
