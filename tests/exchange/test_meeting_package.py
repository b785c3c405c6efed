"""Meeting packages: validation messages that name the place, normalisation, round trip."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from desktop.exchange.meeting_package import PackageError, parse_package, read_package
from desktop.exchange.package_writer import dump_package, package_to_dict
from tests.package_helpers import as_version_2, canonical


def problems_of(data: dict[str, Any]) -> list[str]:
    with pytest.raises(PackageError) as info:
        parse_package(data)
    return info.value.problems


def test_sample_round_trips(sample_data: dict[str, Any]) -> None:
    # The sample is version 1; it is written as version 2, which then round-trips exactly.
    written = package_to_dict(parse_package(sample_data))
    assert written == as_version_2(sample_data)
    assert package_to_dict(parse_package(written)) == canonical(written)
    assert json.loads(dump_package(parse_package(written))) == canonical(written)


def test_sample_records(sample_data: dict[str, Any]) -> None:
    package = parse_package(sample_data)
    decision = package.decisions[1]
    assert decision.number == "15-QĐ/BTGTU"
    assert (len(decision.collectives), len(decision.people)) == (11, 15)
    assert [a.position for a in decision.awards] == list(range(1, 27))
    assert decision.issuer.style == "party"
    assert decision.signer.title == "Trưởng Ban"
    nong = decision.awards[-1]
    assert nong.name == "Nông Văn Sự"
    assert decision.reason_for(nong).startswith("Đã có thành tích xuất sắc trong công tác nắm")
    assert decision.reason_for(decision.awards[0]) == decision.reason
    absent = [a for a in package.meeting.attendees if not a.present]
    assert [(a.name, a.reason) for a in absent] == [("Thân Đức Hưng", "Đi công tác")]


def test_missing_recipient_name_is_named(sample_data: dict[str, Any]) -> None:
    del sample_data["decisions"][1]["recipients"][13]["name"]
    assert problems_of(sample_data) == ["decisions[1].recipients[13].name: thiếu tên người nhận"]


@pytest.mark.parametrize("blank", ["", "   ", "\t\n", "\u00a0"])
def test_blank_recipient_name_counts_as_missing(sample_data: dict[str, Any], blank: str) -> None:
    sample_data["decisions"][0]["recipients"][2]["name"] = blank
    assert problems_of(sample_data) == ["decisions[0].recipients[2].name: thiếu tên người nhận"]


def test_every_problem_is_reported_in_document_order(sample_data: dict[str, Any]) -> None:
    sample_data["decisions"][1]["recipients"][20]["kind"] = "team"
    del sample_data["meeting"]["attendees"][1]["name"]
    sample_data["decisions"][0]["date"] = "03/01/2024"
    assert problems_of(sample_data) == [
        'decisions[0].date: "03/01/2024" không đúng dạng YYYY-MM-DD',
        'decisions[1].recipients[20].kind: giá trị "team" không hợp lệ '
        '(chỉ nhận "person", "collective")',
        "meeting.attendees[1].name: thiếu tên đại biểu",
    ]


def test_unknown_field_is_refused(sample_data: dict[str, Any]) -> None:
    sample_data["decisions"][1]["recipients"][0]["nickname"] = "X"
    [problem] = problems_of(sample_data)
    assert problem.startswith("decisions[1].recipients[0].nickname: trường không được hỗ trợ")
    assert "register_number" in problem  # says what is allowed


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"format": "vinhdanh.decision"}, 'format: định dạng "vinhdanh.decision" không phải'),
        ({"format": None}, 'format: định dạng "None" không phải'),
        ({"version": 4}, "version: phiên bản 4 không được hỗ trợ"),
        ({"version": "1"}, 'version: phiên bản "1" không được hỗ trợ'),
        ({"version": True}, "version: phiên bản true không được hỗ trợ"),
    ],
)
def test_wrong_format_or_version(
    sample_data: dict[str, Any], change: dict[str, Any], expected: str
) -> None:
    sample_data.update(change)
    [problem] = problems_of(sample_data)
    assert problem.startswith(expected)


def test_missing_format(sample_data: dict[str, Any]) -> None:
    del sample_data["format"]
    assert problems_of(sample_data)[0].startswith("format: thiếu định dạng")


def test_nfd_input_is_stored_nfc(sample_data: dict[str, Any]) -> None:
    nfd = unicodedata.normalize("NFD", "  Đặng   Thị Ngọc Ánh ")
    sample_data["decisions"][1]["recipients"][15]["name"] = nfd
    name = parse_package(sample_data).decisions[1].awards[15].name
    assert name == "Đặng Thị Ngọc Ánh"
    assert unicodedata.is_normalized("NFC", name)


def test_markup_characters_are_kept_as_typed(sample_data: dict[str, Any]) -> None:
    sample_data["decisions"][1]["recipients"][0]["name"] = "A & B <C>"
    package = parse_package(sample_data)
    assert package.decisions[1].awards[0].name == "A & B <C>"
    assert json.loads(dump_package(package))["decisions"][1]["recipients"][0]["name"] == (
        "A & B <C>"
    )


def test_long_names(sample_data: dict[str, Any]) -> None:
    long_name = ("Phòng Văn hóa, Khoa học và Thông tin " * 9)[:300].strip()
    sample_data["decisions"][1]["recipients"][0]["name"] = long_name
    assert parse_package(sample_data).decisions[1].awards[0].name == long_name
    sample_data["decisions"][1]["recipients"][0]["name"] = "x" * 501
    assert problems_of(sample_data) == [
        "decisions[1].recipients[0].name: dài 501 ký tự, vượt quá giới hạn 500 ký tự"
    ]


def test_notes_keep_paragraphs(sample_data: dict[str, Any]) -> None:
    sample_data["meeting"]["agenda"][0]["notes"] = "Đoạn  một.\r\n\r\n\r\nĐoạn hai. "
    assert parse_package(sample_data).meeting.agenda[0].notes == "Đoạn một.\n\nĐoạn hai."


@pytest.mark.parametrize(
    ("place", "value", "expected"),
    [
        (("decisions", 0, "date"), "2024-02-30", 'decisions[0].date: "2024-02-30" không phải'),
        (("meeting", "ends_at"), "2024-01-03T13:00", "meeting.ends_at: Giờ kết thúc 13:00"),
        (("meeting", "starts_at"), "2024-01-03T25:00", 'meeting.starts_at: "2024-01-03T25:00"'),
        (("decisions", 1, "number"), "14-QĐ/BTGTU", "decisions[1].number: số quyết định 14-"),
        (("decisions", 0, "recipients"), {}, "decisions[0].recipients: phải là danh sách"),
        (("meeting", "attendees", 0, "present"), "có", "meeting.attendees[0].present: phải là"),
    ],
)
def test_bad_values_name_their_place(
    sample_data: dict[str, Any], place: tuple[Any, ...], value: Any, expected: str
) -> None:
    target: Any = sample_data
    for part in place[:-1]:
        target = target[part]
    target[place[-1]] = value
    assert problems_of(sample_data)[0].startswith(expected)


def test_missing_required_parts(sample_data: dict[str, Any]) -> None:
    del sample_data["decisions"][0]["number"]
    del sample_data["meeting"]["organiser"]
    assert problems_of(sample_data) == [
        "decisions[0].number: thiếu số quyết định",
        "meeting.organiser: thiếu cơ quan tổ chức",
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"[1, 2]", "gói hội nghị phải là một đối tượng JSON"),
        (b'{"format": "vinhdanh.meeting",', "dòng 1, cột 31: không phải JSON hợp lệ"),
        (b"\xff\xfe\x00\x01binary", "tệp không phải văn bản UTF-8"),
        (b"", "dòng 1, cột 1: không phải JSON hợp lệ"),
    ],
)
def test_files_that_are_not_packages(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "goi.json"
    path.write_bytes(content)
    with pytest.raises(PackageError) as info:
        read_package(path)
    assert str(info.value).startswith(f"{path}: {expected}")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="không tìm thấy tệp"):
        read_package(tmp_path / "khong-co.json")


def test_utf8_bom_is_accepted(tmp_path: Path, sample_data: dict[str, Any]) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(sample_data).encode())
    assert read_package(path).meeting.title.startswith("Hội nghị tổng kết")
