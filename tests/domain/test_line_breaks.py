"""Line breaks of headings and titles: the examples of issue 8 and properties over any text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.line_breaks import boundary_costs, break_lines


def chars(text: str) -> float:
    """A font-free measure: one unit per character."""
    return float(len(text))


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        # Fits: one line, never broken for the sake of it.
        ("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", 32, ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"]),
        # Does not fit: before the place, never inside "ỦY BAN" or the province's name.
        ("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", 20, ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"]),
        # Never "BAN TUYÊN GIÁO VÀ DÂN" / "VẬN".
        ("BAN TUYÊN GIÁO VÀ DÂN VẬN", 22, ["BAN TUYÊN GIÁO", "VÀ DÂN VẬN"]),
        # Never "SỞ" / "NỘI VỤ …": before the next unit.
        ("SỞ NỘI VỤ TỈNH THÁI NGUYÊN", 20, ["SỞ NỘI VỤ", "TỈNH THÁI NGUYÊN"]),
        # Never "TỈNH ỦY BẮC" / "GIANG".
        ("BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG", 20, ["BAN TUYÊN GIÁO", "TỈNH ỦY BẮC GIANG"]),
        # Never "Ban" / "Tuyên giáo …", in mixed case too.
        ("Ban Tuyên giáo Tỉnh ủy Bắc Giang", 20, ["Ban Tuyên giáo", "Tỉnh ủy Bắc Giang"]),
        ("GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN", 24, ["GIÁM ĐỐC SỞ NỘI VỤ", "TỈNH THÁI NGUYÊN"]),
        (
            "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG",
            30,
            ["BAN TUYÊN GIÁO VÀ DÂN VẬN", "TỈNH ỦY TUYÊN QUANG"],
        ),
        ("ỦY BAN NHÂN DÂN XÃ PHÚ BÌNH", 18, ["ỦY BAN NHÂN DÂN", "XÃ PHÚ BÌNH"]),
        # "xã hội" is not the commune "xã".
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 20, ["CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"]),
        # A title breaks before "CỦA", not after it.
        (
            "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY",
            45,
            ["TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", "CỦA TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY"],
        ),
        # Old tone placement ("Uỷ") is the same word.
        ("Uỷ ban nhân dân tỉnh Thái Nguyên", 20, ["Uỷ ban nhân dân", "tỉnh Thái Nguyên"]),
    ],
)
def test_examples(text: str, width: float, expected: list[str]) -> None:
    assert break_lines(text, width, chars) == expected


def test_costs_rank_the_breaks_of_a_body_name() -> None:
    words = ["BAN", "TUYÊN", "GIÁO", "VÀ", "DÂN", "VẬN", "TỈNH", "ỦY"]
    costs = dict(zip(itertools.pairwise(words), boundary_costs(words), strict=True))
    assert costs[("VẬN", "TỈNH")] < costs[("GIÁO", "VÀ")] < costs[("TUYÊN", "GIÁO")]
    assert costs[("TUYÊN", "GIÁO")] < costs[("BAN", "TUYÊN")] < costs[("TỈNH", "ỦY")]


def test_nothing_fits_gives_the_narrowest_split() -> None:
    lines = break_lines("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", 5, chars, max_lines=2)
    assert " ".join(lines) == "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"
    assert len(lines) == 2


def test_empty_text() -> None:
    assert break_lines("  ", 10, chars) == []


SYLLABLES = st.sampled_from(
    [
        "SỞ",
        "NỘI",
        "VỤ",
        "BAN",
        "TUYÊN",
        "GIÁO",
        "VÀ",
        "DÂN",
        "VẬN",
        "TỈNH",
        "ỦY",
        "XÃ",
        "PHÚ",
        "BÌNH",
        "THÁI",
        "NGUYÊN",
        "BẮC",
        "GIANG",
        "ỦY",
        "BAN",
        "NHÂN",
        "GIÁM",
        "ĐỐC",
        "CỦA",
        "Ủy",
        "ban",
        "Tỉnh",
        "ủy",
        "Sở",
        "Trưởng",
        "A",
        "ĐĂNG",
        "KHOA,",
        "HỘI",
    ]
)
TEXTS = st.lists(SYLLABLES, min_size=1, max_size=9).map(" ".join)


def _splits(words: list[str], max_lines: int) -> list[list[str]]:
    found = []
    for lines in range(1, min(max_lines, len(words)) + 1):
        for cuts in itertools.combinations(range(1, len(words)), lines - 1):
            bounds = (0, *cuts, len(words))
            found.append([" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)])
    return found


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(min_value=3, max_value=40), st.integers(min_value=1, max_value=4))
def test_properties(text: str, width: int, max_lines: int) -> None:
    lines = break_lines(text, width, chars, max_lines=max_lines)
    words = text.split()
    # Nothing lost, added or reordered.
    assert " ".join(lines).split() == words
    assert 1 <= len(lines) <= max(1, max_lines)
    candidates = _splits(words, max_lines)
    fitting = [c for c in candidates if all(len(line) <= width for line in c)]
    if fitting:
        # Every line fits when some split fits, with the fewest lines any fitting split has.
        assert all(len(line) <= width for line in lines)
        assert len(lines) == min(len(c) for c in fitting)
        fewest = [c for c in fitting if len(c) == len(lines)]
        # No syllable alone on a line when a split of as many lines avoids it.
        if any(all(" " in line for line in c) for c in fewest):
            assert all(" " in line for line in lines)
    else:
        # Nothing fits: the widest line is as narrow as any split allows.
        assert max(len(line) for line in lines) == min(max(len(x) for x in c) for c in candidates)
