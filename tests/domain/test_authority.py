"""The issuing authority as data: who gives the award, who signs, how people are addressed."""

from __future__ import annotations

import pytest

from desktop.domain.authority import (
    PARTY,
    awarding_authority,
    derive_full_name,
    relation_from_prefix,
    signature_lines,
    signer_problem,
)
from desktop.domain.records import Award, Organisation, Signer, SignerRelation
from desktop.domain.salutations import salutation_text, salutation_warning, suggest_salutation
from desktop.domain.text import title_with_unit

SO_NOI_VU = Organisation(
    name="Sở Nội vụ",
    parent="Ủy ban nhân dân tỉnh Thái Nguyên",
    head_title="Giám đốc",
    style="state",
)
UBND_XA = Organisation(
    name="Ủy ban nhân dân xã Phú Bình",
    head_title="Chủ tịch",
    collective_name="Ủy ban nhân dân",
    style="state",
)
BAN_TUYEN_GIAO = Organisation(
    name="Ban Tuyên giáo", parent="Tỉnh ủy Bắc Giang", head_title="Trưởng Ban", style="party"
)
TINH_UY = Organisation(
    name="Tỉnh ủy Tuyên Quang",
    head_title="Bí thư",
    collective_name="Ban Thường vụ",
    style="party",
)


@pytest.mark.parametrize(
    ("name", "parent", "full"),
    [
        ("Sở Nội vụ", "Ủy ban nhân dân tỉnh Thái Nguyên", "Sở Nội vụ tỉnh Thái Nguyên"),
        ("Phòng Nội vụ", "UBND huyện Phú Bình", "Phòng Nội vụ huyện Phú Bình"),
        ("Ban Tuyên giáo", "Tỉnh ủy Bắc Giang", "Ban Tuyên giáo Tỉnh ủy Bắc Giang"),
        (
            "Ban Tuyên giáo và Dân vận",
            "Tỉnh ủy Tuyên Quang",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang",
        ),
        ("Ủy ban nhân dân xã Phú Bình", "", "Ủy ban nhân dân xã Phú Bình"),
        (
            "Sở Nội vụ tỉnh Thái Nguyên",
            "Ủy ban nhân dân tỉnh Thái Nguyên",
            "Sở Nội vụ tỉnh Thái Nguyên",
        ),
    ],
)
def test_proper_name_from_the_header_lines(name: str, parent: str, full: str) -> None:
    assert derive_full_name(name, parent, "state") == full


@pytest.mark.parametrize(
    ("org", "signer", "authority", "lines"),
    [
        (
            SO_NOI_VU,
            Signer("Trần Văn Bình", "Phó Giám đốc", "deputy"),
            "Giám đốc Sở Nội vụ tỉnh Thái Nguyên",
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        ),
        (
            SO_NOI_VU,
            Signer("Hoàng Văn Đức", "Giám đốc", "head"),
            "Giám đốc Sở Nội vụ tỉnh Thái Nguyên",
            ["GIÁM ĐỐC"],
        ),
        (
            SO_NOI_VU,
            Signer("Phạm Thu Trang", "Phó Giám đốc", "acting"),
            "Giám đốc Sở Nội vụ tỉnh Thái Nguyên",
            ["Q. GIÁM ĐỐC"],
        ),
        (
            SO_NOI_VU,
            Signer("Mạc Thị Yến", "Chánh Văn phòng", "delegated"),
            "Giám đốc Sở Nội vụ tỉnh Thái Nguyên",
            ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
        ),
        (
            SO_NOI_VU,
            Signer("Mạc Thị Yến", "Chánh Văn phòng", "authorised", "Chủ tịch"),
            "Giám đốc Sở Nội vụ tỉnh Thái Nguyên",
            ["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"],
        ),
        (
            UBND_XA,
            Signer("Ngô Quang Hải", "Chủ tịch", "collective"),
            "Ủy ban nhân dân xã Phú Bình",
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        ),
        (
            UBND_XA,
            Signer("Lò Văn Pả", "Phó Chủ tịch", "collective_deputy"),
            "Ủy ban nhân dân xã Phú Bình",
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        ),
        (
            BAN_TUYEN_GIAO,
            Signer("Nguyễn Văn Phong", "Trưởng Ban", "head"),
            "Trưởng Ban Tuyên giáo Tỉnh ủy Bắc Giang",
            ["TRƯỞNG BAN"],
        ),
        (
            BAN_TUYEN_GIAO,
            Signer("Lê Thị Hoa", "Phó Trưởng Ban", "deputy"),
            "Trưởng Ban Tuyên giáo Tỉnh ủy Bắc Giang",
            ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
        ),
        (
            TINH_UY,
            Signer("Chẩu Văn Lâm", "Bí thư", "collective"),
            "Ban Thường vụ Tỉnh ủy Tuyên Quang",
            ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
        ),
        (
            TINH_UY,
            Signer("Lê Thị Kim Dung", "Phó Bí thư", "collective_deputy"),
            "Ban Thường vụ Tỉnh ủy Tuyên Quang",
            ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        ),
        (
            TINH_UY,
            Signer("Mai Văn Sơn", "Chánh Văn phòng", "delegated", "Ban Thường vụ"),
            "Bí thư Tỉnh ủy Tuyên Quang",
            ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"],
        ),
    ],
)
def test_authority_and_signature_lines(
    org: Organisation, signer: Signer, authority: str, lines: list[str]
) -> None:
    assert signer_problem(org, signer) == ""
    assert awarding_authority(org, signer) == authority
    assert signature_lines(org, signer) == lines


def test_the_party_may_name_the_body_as_the_authority() -> None:
    from dataclasses import replace

    body = replace(PARTY, authority_of="body")
    signer = Signer("Nguyễn Văn Phong", "Trưởng Ban", "head")
    assert awarding_authority(BAN_TUYEN_GIAO, signer, body) == "Ban Tuyên giáo Tỉnh ủy Bắc Giang"


def test_a_deputy_is_never_the_authority() -> None:
    deputy = Signer("Trần Văn Bình", "Phó Giám đốc", "head")
    problem = signer_problem(SO_NOI_VU, deputy)
    assert "Phó Giám đốc, không phải người đứng đầu Sở Nội vụ tỉnh Thái Nguyên" in problem
    assert "KT. GIÁM ĐỐC" in problem
    unknown = Signer("Trần Văn Bình", "Phó Giám đốc", "")
    assert "Chưa chọn quyền hạn ký của Trần Văn Bình" in signer_problem(SO_NOI_VU, unknown)


def test_a_relation_needs_the_body_data_it_prints() -> None:
    no_collective = Signer("Ngô Quang Hải", "Chủ tịch", "collective")
    assert "chưa có tên tập thể lãnh đạo" in signer_problem(SO_NOI_VU, no_collective)
    headless = Organisation(name="Sở Nội vụ")
    assert "chưa có chức danh người đứng đầu" in signer_problem(
        headless, Signer("Mạc Thị Yến", "Chánh Văn phòng", "delegated")
    )


@pytest.mark.parametrize(
    ("prefix", "title", "relation", "head", "collective", "guess"),
    [
        ("", "Trưởng Ban", "head", "Trưởng Ban", "", False),
        ("", "Phó Giám đốc", "", "Giám đốc", "", False),
        ("KT.", "Phó Giám đốc", "deputy", "Giám đốc", "", False),
        ("KT. GIÁM ĐỐC", "Phó Giám đốc", "deputy", "Giám đốc", "", False),
        ("K/T", "Phó Trưởng Ban", "deputy", "Trưởng Ban", "", False),
        ("TM.", "Chủ tịch", "collective", "Chủ tịch", "Ủy ban nhân dân", True),
        ("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "collective", "Chủ tịch", "Ủy ban nhân dân", False),
        ("T/M BAN THƯỜNG VỤ", "Phó Bí thư", "collective_deputy", "Bí thư", "Ban Thường vụ", False),
        ("TL.", "Chánh Văn phòng", "delegated", "", "", True),
        ("Q.", "Giám đốc", "acting", "Giám đốc", "", False),
        ("Thay mặt", "Chủ tịch", "", "", "", True),
    ],
)
def test_first_release_prefixes_map_by_the_stated_rule(
    prefix: str,
    title: str,
    relation: SignerRelation,
    head: str,
    collective: str,
    guess: bool,
) -> None:
    mapping = relation_from_prefix(prefix, title, "Ủy ban nhân dân xã Phú Bình", "state")
    assert (mapping.relation, mapping.head_title, mapping.collective_name) == (
        relation,
        head,
        collective,
    )
    assert bool(mapping.guess) == guess


@pytest.mark.parametrize(
    ("name", "style", "salutation"),
    [
        ("Lê Thị Mai", "state", "Bà"),
        ("Nguyễn Văn An", "state", "Ông"),
        ("Đỗ Minh Khoa", "state", None),
        ("Nông Quỳnh Chi", "state", None),
        ("Lê Văn Thị", "state", "Ông"),  # "Thị" as a given name says nothing
        ("Đỗ Minh Khoa", "party", "Đồng chí"),
        ("Lê Thị Mai", "party", "Đồng chí"),
    ],
)
def test_salutation_suggested_only_where_safe(
    name: str, style: str, salutation: str | None
) -> None:
    assert suggest_salutation(name, style) == salutation


def test_nothing_prints_ong_ba_and_no_second_tap_the() -> None:
    assert salutation_text(Award("person", "Đỗ Minh Khoa")) == ""
    assert salutation_text(Award("person", "Lê Thị Mai", salutation="Bà")) == "Bà"
    assert salutation_text(Award("collective", "Phòng Công chức, viên chức")) == "Tập thể"
    assert salutation_text(Award("collective", "Tập thể Văn phòng Sở")) == ""
    assert salutation_text(Award("collective", "tập thể lớp 12A")) == ""


def test_the_warning_names_who_has_no_salutation() -> None:
    awards = [
        Award("person", "Đỗ Minh Khoa"),
        Award("person", "Lê Thị Mai", salutation="Bà"),
        Award("person", "Nông Quỳnh Chi", salutation=""),
        Award("collective", "Văn phòng Sở"),
    ]
    warning = salutation_warning("05/QĐ-SNV", awards)
    assert warning.startswith("Quyết định 05/QĐ-SNV: chưa chọn danh xưng")
    assert "1 người (Đỗ Minh Khoa)" in warning
    assert salutation_warning("05/QĐ-SNV", awards[1:]) == ""


@pytest.mark.parametrize(
    ("title", "unit", "joined"),
    [
        (
            "Chủ tịch Ủy ban nhân dân xã",
            "Ủy ban nhân dân xã Pả Vi",
            "Chủ tịch Ủy ban nhân dân xã Pả Vi",
        ),
        (
            "Trưởng ban",
            "Ban Tuyên giáo Huyện ủy Lục Ngạn",
            "Trưởng Ban Tuyên giáo Huyện ủy Lục Ngạn",
        ),
        (
            "Phó Trưởng ban",
            "Ban Tuyên giáo Huyện ủy Lục Ngạn",
            "Phó Trưởng Ban Tuyên giáo Huyện ủy Lục Ngạn",
        ),
        ("Chuyên viên", "Văn phòng Sở", "Chuyên viên, Văn phòng Sở"),
        ("Giám đốc", "Sở Nội vụ", "Giám đốc Sở Nội vụ"),
        ("Trưởng phòng", "Phòng Tổ chức biên chế", "Trưởng Phòng Tổ chức biên chế"),
        ("Chủ tịch UBND xã Pả Vi", "UBND xã Pả Vi", "Chủ tịch UBND xã Pả Vi"),
        ("Chuyên viên", "", "Chuyên viên"),
        ("", "Văn phòng Sở", "Văn phòng Sở"),
    ],
)
def test_title_and_unit_as_a_person_writes_them(title: str, unit: str, joined: str) -> None:
    assert title_with_unit(title, unit) == joined
