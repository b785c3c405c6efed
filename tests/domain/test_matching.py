"""The one rule for "same person": import, typing and the duplicate scan."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.matching import (
    PersonFacts,
    duplicate_reason,
    find_collective_duplicates,
    find_duplicates,
    pick_person,
    within_one_edit,
)
from desktop.domain.text import fold


def osa_distance(a: str, b: str) -> int:
    """Reference: optimal string alignment distance, the textbook table."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


@given(st.text("anhg ", max_size=7), st.text("anhg ", max_size=7))
@settings(max_examples=400)
def test_one_edit_agrees_with_the_textbook_distance(a: str, b: str) -> None:
    assert within_one_edit(a, b) == (osa_distance(a, b) <= 1)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("nguyen thi hang", "nguyen thi hang", True),
        ("nguyen thi hang", "nguyen thi hangg", True),  # a letter added
        ("ha thi kieu oanh", "ha thi kieu oan", True),  # a letter dropped
        ("nguyen thi hang", "nguyen thi hanh", True),  # a letter changed
        ("nguyen thi hang", "nguyen thi hagn", True),  # two neighbours swapped
        ("nguyen thi hang", "nguyen thi huong", False),
        ("le an", "le anh tu", False),
    ],
)
def test_one_edit_examples(a: str, b: str, expected: bool) -> None:
    assert within_one_edit(a, b) is expected


def test_the_same_name_typed_differently_is_the_same_person() -> None:
    stored = [PersonFacts.of("1", "Nguyễn Thị Hoà", "Phòng Nội vụ")]
    for typed in ("nguyen thi hoa", "Nguyễn  Thị Hòa", "NGUYỄN THỊ HOÀ"):
        assert pick_person(stored, PersonFacts.of("", typed, "phong noi vu")) == stored[0]


def test_another_unit_is_another_person_unless_the_birth_year_agrees() -> None:
    stored = [PersonFacts.of("1", "Nguyễn Văn An", "Sở Tư pháp", 1980)]
    assert pick_person(stored, PersonFacts.of("", "Nguyễn Văn An", "Sở Y tế")) is None
    moved = PersonFacts.of("", "Nguyễn Văn An", "Sở Y tế", 1980)
    assert pick_person(stored, moved) == stored[0]


def test_a_different_birth_year_is_another_person_even_at_the_same_unit() -> None:
    stored = [PersonFacts.of("1", "Nguyễn Văn An", "Sở Tư pháp", 1980)]
    assert pick_person(stored, PersonFacts.of("", "Nguyễn Văn An", "Sở Tư pháp", 1995)) is None
    assert pick_person(stored, PersonFacts.of("", "Nguyễn Văn An", "Sở Tư pháp")) == stored[0]


def test_no_unit_matches_only_a_name_nobody_else_has() -> None:
    one = [PersonFacts.of("1", "Trần Bình", "A")]
    two = [*one, PersonFacts.of("2", "Trần Bình", "B")]
    assert pick_person(one, PersonFacts.of("", "tran binh")) == one[0]
    assert pick_person(two, PersonFacts.of("", "tran binh")) is None


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (("Nguyễn Thị Hằng", "Phòng A"), ("nguyen thi hang", "phòng a"), "same_name_unit"),
        (
            ("Nguyễn Thị Hằng", "Phòng A", 1979),
            ("Nguyễn Thị Hằng", "Phòng B", 1979),
            "same_name_birth_year",
        ),
        (("Nguyễn Thị Hằng", "Phòng A"), ("Nguyễn Thị Hằngg", "Phòng A"), "similar_name_unit"),
        (("Nguyễn Thị Hằng", "Phòng A"), ("Nguyễn Thị Hằng", "Phòng B"), None),
        (("Nguyễn Thị Hằng", "Phòng A"), ("Nguyễn Thị Hằngg", "Phòng B"), None),
        (("Nguyễn Thị Hằng", "Phòng A", 1979), ("Nguyễn Thị Hằng", "Phòng A", 1990), None),
    ],
)
def test_duplicate_reasons(a: tuple, b: tuple, reason: str | None) -> None:  # type: ignore[type-arg]
    assert duplicate_reason(PersonFacts.of("1", *a), PersonFacts.of("2", *b)) == reason


people_strategy = st.lists(
    st.tuples(
        st.sampled_from(["an", "anh", "nah", "na", "binh", "bin", "binh "]),
        st.sampled_from(["", "a", "b"]),
        st.sampled_from([None, 1980, 1990]),
    ),
    max_size=14,
)


@given(people_strategy)
@settings(max_examples=200)
def test_the_scan_finds_exactly_the_pairs_the_rule_names(people: list) -> None:  # type: ignore[type-arg]
    facts = [PersonFacts(str(i), name, unit, year) for i, (name, unit, year) in enumerate(people)]
    expected = {
        (a.id, b.id, reason)
        for a, b in itertools.combinations(facts, 2)
        if (reason := duplicate_reason(a, b)) is not None
    }
    found = [(p.first_id, p.second_id, p.reason) for p in find_duplicates(facts)]
    assert len(found) == len(set(found))  # each pair once
    assert set(found) == expected


def test_the_scan_reports_progress_and_can_be_stopped() -> None:
    facts = [PersonFacts(str(i), f"nguoi {i}", "don vi") for i in range(45_000)]
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 40_000:
            raise KeyboardInterrupt  # what the window's Cancel raises, in kind

    with pytest.raises(KeyboardInterrupt):
        find_duplicates(facts, progress, len(facts))
    assert seen == [(20_000, 45_000), (40_000, 45_000)]


def test_one_name_rule_for_people_collectives_and_lookups() -> None:
    from desktop.domain.matching import match_key, same_name

    assert same_name("Đặng Thị Hoà", "dang  thi HÒA")
    assert same_name("Phòng Tổ chức", "Pho\u0300ng to\u0302\u0309 chu\u031bc")  # NFD
    assert not same_name("Nguyễn Văn An", "Nguyễn Văn Anh")
    assert match_key("Báo Bắc\u200b Giang") == match_key("bao bac giang")
    # The person rule compares the same key.
    assert PersonFacts.of("x", "Lê  Thị Hoà").name_fold == match_key("le thi hòa")


def test_collectives_of_one_name_or_one_letter_apart_are_likely_one() -> None:
    names = [
        "Báo Bắc Giang",
        "Chi bộ 1",
        "Ban Tuyên giáo Huyện ủy Lục Nam",
        "Chi bộ 2",
        "Bao Bac  Giang",
        "Tổ A",
        "Ban Tuyên giáo Huyệnủy Lục Nam",
        "Tổ B",
        "Lớp 10A1",
        "Lớp 10A2",
        "Trường THCS xã Hương Sơn",
        "Trường THCS xã Hương Sơm",
    ]
    pairs = find_collective_duplicates((name, fold(name)) for name in names)
    assert [(p.first_id, p.second_id, p.reason_text) for p in pairs] == [
        ("Báo Bắc Giang", "Bao Bac  Giang", "tập thể cùng tên"),
        (
            "Ban Tuyên giáo Huyện ủy Lục Nam",
            "Ban Tuyên giáo Huyệnủy Lục Nam",
            "tập thể tên gần giống",
        ),
        ("Trường THCS xã Hương Sơn", "Trường THCS xã Hương Sơm", "tập thể tên gần giống"),
    ]
