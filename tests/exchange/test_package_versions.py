"""Version 1 packages still load, mapped onto the authority model; version 2 is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.exchange.meeting_package import PackageError, parse_package, read_package
from desktop.exchange.package_format import schema
from desktop.exchange.package_writer import dump_package, package_to_dict

PACKAGES = Path(__file__).parent.parent / "data" / "packages"


def _data(name: str) -> dict[str, Any]:
    return json.loads((PACKAGES / name).read_text(encoding="utf-8"))


def test_a_state_v1_package_maps_every_signer() -> None:
    package = read_package(PACKAGES / "state-v1.json")
    signers = {
        d.number: (d.signer.relation, d.signer.title, d.signer.name, d.issuer.head_title)
        for d in package.decisions
    }
    assert signers == {
        "05/QĐ-SNV": ("deputy", "Phó Giám đốc", "Trần Văn Bình", "Giám đốc"),
        "12/QĐ-UBND": ("collective", "Chủ tịch", "Ngô Quang Hải", "Chủ tịch"),
        "07/QĐ-SNV": ("acting", "Giám đốc", "Phạm Thu Trang", "Giám đốc"),
        "08/QĐ-SNV": ("delegated", "Chánh Văn phòng", "Mạc Thị Yến", ""),
    }
    commune = package.decisions[1].issuer
    assert commune.collective_name == "Ủy ban nhân dân"
    # Guesses are reported with their place; sure mappings are not.
    assert package.warnings == [
        "decisions[1].issuer.signer_prefix “TM.”: đoán tên tập thể lãnh đạo là “Ủy ban nhân dân”",
        "decisions[3].issuer.signer_prefix “TL.”: chưa biết chức danh người giao quyền (đoán là "
        "người đứng đầu)",
        "decisions[3].signer: Sở Nội vụ tỉnh Thái Nguyên chưa có chức danh người đứng đầu (ví dụ "
        "“Giám đốc”, “Chủ tịch”) nên không ghi được quyền hạn ký của Mạc Thị Yến: bổ sung trong "
        "Thiết lập.",
    ]
    salutations = {a.name: a.salutation for d in package.decisions for a in d.people}
    assert salutations["Lê Thị Mai"] == "Bà"
    assert salutations["Nguyễn Văn An"] == "Ông"
    assert salutations["Đỗ Minh Khoa"] is None


def test_a_v1_deputy_without_prefix_is_refused() -> None:
    with pytest.raises(PackageError) as info:
        read_package(PACKAGES / "deputy-without-prefix-v1.json")
    assert info.value.problems == [
        "decisions[0].issuer.signer_prefix: Trần Văn Bình là Phó Giám đốc, không phải người "
        "đứng đầu: ghi quyền hạn ký (“KT.” nếu ký thay người đứng đầu) — không in cấp phó thành "
        "người trao tặng"
    ]


def test_a_v2_deputy_signing_as_the_head_is_refused() -> None:
    data = package_to_dict(read_package(PACKAGES / "state-v1.json"))
    data["decisions"][0]["signer"]["relation"] = "head"
    with pytest.raises(PackageError) as info:
        parse_package(data)
    assert info.value.problems[0].startswith(
        "decisions[0].signer: Trần Văn Bình là Phó Giám đốc, không phải người đứng đầu"
    )


def test_v1_to_v2_keeps_everything_and_v2_round_trips() -> None:
    v1 = _data("state-v1.json")
    v2 = json.loads(dump_package(parse_package(v1)))
    assert v2["version"] == 2
    assert v2["meeting"] == v1["meeting"]
    for old, new in zip(v1["decisions"], v2["decisions"], strict=True):
        issuer = {k: v for k, v in old["issuer"].items() if not k.startswith("signer_")}
        assert {k: v for k, v in new["issuer"].items() if k in issuer} == issuer
        assert new["signer"]["name"] == old["issuer"]["signer_name"]
        assert new["signer"]["title"] == old["issuer"]["signer_title"]
        assert [{k: v for k, v in r.items() if k != "salutation"} for r in new["recipients"]] == (
            old["recipients"]
        )
    assert v2["decisions"][0]["signer"]["relation"] == "deputy"
    assert v2["decisions"][0]["issuer"]["head_title"] == "Giám đốc"
    # "" (no salutation, chosen) is written; not chosen is left out.
    people = {r["name"]: r.get("salutation") for r in v2["decisions"][0]["recipients"]}
    assert people["Lê Thị Mai"] == "Bà" and "salutation" not in v2["decisions"][0]["recipients"][4]
    again = json.loads(dump_package(parse_package(v2)))
    assert again == v2


def test_salutation_none_is_kept_and_checked() -> None:
    v2 = package_to_dict(read_package(PACKAGES / "state-v1.json"))
    v2["decisions"][0]["recipients"][4]["salutation"] = ""
    assert parse_package(v2).decisions[0].awards[4].salutation == ""
    v2["decisions"][0]["recipients"][4]["salutation"] = "Ông/Bà"
    with pytest.raises(PackageError) as info:
        parse_package(v2)
    assert info.value.problems[0].startswith(
        'decisions[0].recipients[4].salutation: giá trị "Ông/Bà" không hợp lệ'
    )


def test_every_schema_is_valid_and_the_newest_is_the_default() -> None:
    assert schema()["properties"]["version"] == {"const": 3}
    assert "birth_year" in schema()["$defs"]["recipient"]["properties"]
    assert "birth_year" not in schema(2)["$defs"]["recipient"]["properties"]
    assert schema(1)["properties"]["version"] == {"const": 1}
    assert "relation" in schema(2)["$defs"]["signer"]["properties"]


@pytest.mark.parametrize("version", [[], {}, True, "2", 2.0, None, 4])
def test_a_version_that_is_not_a_known_number_is_refused(
    sample_data: dict[str, Any], version: object
) -> None:
    """Found by the fuzz: `"version": []` ended in `TypeError: unhashable type`."""
    sample_data["version"] = version
    with pytest.raises(PackageError, match=r"version: phiên bản .* không được hỗ trợ"):
        parse_package(sample_data)
