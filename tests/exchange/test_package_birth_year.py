"""Version 3 packages carry a person's birth year, so namesakes stay apart after an exchange;
version 2 packages (no birth years) still load, and a package without any is written as 2."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.exchange.meeting_package import PackageError, parse_package, read_package
from desktop.exchange.package_writer import dump_package
from desktop.services.packages import export_meeting, load_package
from desktop.storage.database import open_database
from tests.package_helpers import as_version_2

TWO_NAMESAKES = [
    {"kind": "person", "name": "Nguyễn Thị Hằng", "unit": "Phòng Nội vụ", "birth_year": 1975},
    {"kind": "person", "name": "Nguyễn Thị Hằng", "unit": "Phòng Nội vụ", "birth_year": 1982},
]


def with_namesakes(sample_data: dict[str, Any]) -> dict[str, Any]:
    """The sample as version 2, its first decision commending two namesakes of one unit."""
    data = as_version_2(sample_data)
    data["version"] = 3
    data["decisions"][0]["recipients"].extend(copy.deepcopy(TWO_NAMESAKES))
    return data


def test_birth_years_round_trip(sample_data: dict[str, Any]) -> None:
    data = with_namesakes(sample_data)
    package = parse_package(data)
    years = [(a.name, a.birth_year) for a in package.decisions[0].awards if a.birth_year]
    assert years == [("Nguyễn Thị Hằng", 1975), ("Nguyễn Thị Hằng", 1982)]
    written = json.loads(dump_package(package))
    assert written["version"] == 3
    assert written["decisions"][0]["recipients"][-2:] == [
        {**r, "salutation": "Đồng chí"}
        for r in TWO_NAMESAKES  # a Party body
    ]
    assert json.loads(dump_package(parse_package(written))) == written


def test_a_package_without_birth_years_loads_and_is_written_as_version_2(
    sample_data: dict[str, Any],
) -> None:
    data = as_version_2(sample_data)
    package = parse_package(data)
    assert all(a.birth_year is None for d in package.decisions for a in d.awards)
    written = json.loads(dump_package(package))
    assert written["version"] == 2  # the first release reads it
    assert written == data


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"kind": "collective", "name": "Phòng Nội vụ", "birth_year": 1990},
            "decisions[0].recipients[9].birth_year: năm sinh chỉ ghi cho cá nhân, “Phòng Nội vụ” "
            "là tập thể",
        ),
        (
            {"kind": "person", "name": "Lê Văn Tú", "birth_year": 1700},
            "decisions[0].recipients[9].birth_year: 1700 không hợp lệ (nhỏ nhất 1800)",
        ),
        (
            {"kind": "person", "name": "Lê Văn Tú", "birth_year": "1975"},
            "decisions[0].recipients[9].birth_year: phải là",
        ),
    ],
)
def test_bad_birth_years_name_their_place(
    sample_data: dict[str, Any], change: dict[str, Any], expected: str
) -> None:
    data = as_version_2(sample_data)
    data["version"] = 3
    data["decisions"][0]["recipients"][9:] = [change]
    with pytest.raises(PackageError) as info:
        parse_package(data)
    assert info.value.problems[0].startswith(expected)


def test_a_version_2_package_has_no_birth_year(sample_data: dict[str, Any]) -> None:
    data = with_namesakes(sample_data)
    data["version"] = 2
    with pytest.raises(PackageError) as info:
        parse_package(data)
    assert info.value.problems[0].startswith(
        "decisions[0].recipients[10].birth_year: trường không được hỗ trợ"
    )


def test_namesakes_stay_two_people_after_an_exchange(
    sample_data: dict[str, Any], tmp_path: Path
) -> None:
    source = tmp_path / "goi.json"
    source.write_text(json.dumps(with_namesakes(sample_data), ensure_ascii=False), "utf-8")
    office = open_database(tmp_path / "office.db")
    load_package(office, source)
    exported = export_meeting(office, "2024-01-03", tmp_path / "gui-di.vinhdanh")
    assert read_package(exported).decisions[0].awards[-1].birth_year == 1982

    other = open_database(tmp_path / "other.db")
    load_package(other, exported)
    people = other.execute(
        "select birth_year, count(*) from people where name = 'Nguyễn Thị Hằng' group by 1"
    ).fetchall()
    assert people == [(1975, 1), (1982, 1)]
    # The next year's list names the younger one: her award joins her record, not the other's.
    second = with_namesakes(sample_data)
    second["meeting"]["title"] += " (năm sau)"
    second["decisions"] = [second["decisions"][0]]
    second["decisions"][0]["number"] = "99-QĐ/X"
    second["decisions"][0]["recipients"] = [dict(TWO_NAMESAKES[1], title="Chuyên viên")]
    later = tmp_path / "nam-sau.json"
    later.write_text(json.dumps(second, ensure_ascii=False), "utf-8")
    load_package(other, later)
    awards = other.execute(
        "select p.birth_year, count(*) from awards a join people p on p.id = a.person_id "
        "where p.name = 'Nguyễn Thị Hằng' group by 1"
    ).fetchall()
    assert awards == [(1975, 1), (1982, 2)]
    office.close()
    other.close()
