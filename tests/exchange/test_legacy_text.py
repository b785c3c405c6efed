"""TCVN3 and VNI text to Unicode: every letter with every tone, and real lists."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from desktop.exchange.legacy_text import TCVN3, VNI, detect, encoding_of_font, to_unicode
from desktop.exchange.recipients_import import read_awards

VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
TONED = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES]
"""The 72 lower-case vowel letters of Vietnamese (12 vowels × 6 tones)."""


def test_tcvn3_has_every_lower_case_letter_and_the_base_capitals() -> None:
    assert sorted(set(TCVN3.values())) == sorted(
        {c for c in TONED if not c.isascii()} | {"đ"} | set("ĂÂÊÔƠƯĐ")
    )


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs glibc iconv")
def test_tcvn3_table_agrees_with_glibc() -> None:
    for char, letter in TCVN3.items():
        byte = char.encode("latin-1")
        out = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
            input=byte,
            capture_output=True,
            check=True,
        ).stdout.decode()
        assert out == letter, (hex(byte[0]), out, letter)


@pytest.mark.parametrize("letter", [*TONED, "đ"])
def test_tcvn3_round_trip_of_every_letter(letter: str) -> None:
    inverse = {v: k for k, v in TCVN3.items()}
    typed = inverse.get(letter, letter)
    assert to_unicode(typed, "tcvn3") == letter
    assert to_unicode(typed, "tcvn3", upper=True) == letter.upper()


@pytest.mark.parametrize("letter", [*TONED, "đ", *(c.upper() for c in TONED), "Đ"])
def test_vni_has_every_letter(letter: str) -> None:
    sequences = [seq for seq, value in VNI.items() if value == letter]
    if letter.isascii():
        assert sequences == []
        return
    assert sequences, letter
    for sequence in sequences:
        assert to_unicode(sequence, "vni") == letter


@pytest.mark.parametrize(
    ("typed", "encoding", "expected"),
    [
        ("NguyÔn V¨n An", "tcvn3", "Nguyễn Văn An"),
        ("§Æng ThÞ Ngäc ¸nh", "tcvn3", "Đặng Thị Ngọc ánh"),  # TCVN3 has no toned capitals
        ("ban tuyªn gi¸o huyÖn ñy", "tcvn3", "ban tuyên giáo huyện ủy"),
        ("Nguyeãn Vaên An", "vni", "Nguyễn Văn An"),
        ("Ñaëng Thò Ngoïc AÙnh", "vni", "Đặng Thị Ngọc Ánh"),
        ("Tröôøng THCS Lyù Töï Troïng", "vni", "Trường THCS Lý Tự Trọng"),
        ("Aùnh", "vni", "Ánh"),
    ],
)
def test_real_names(typed: str, encoding: str, expected: str) -> None:
    assert to_unicode(typed, encoding) == expected  # type: ignore[arg-type]


def test_capitals_font() -> None:
    assert to_unicode("ban tuyªn gi¸o", "tcvn3", upper=True) == "BAN TUYÊN GIÁO"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Nguyễn Văn An", "Hà Tây"], None),
        (["Hà Tây", "Lê Bá Tú"], None),  # Unicode that happens to be all Latin-1
        (["NguyÔn V¨n An", "§Æng ThÞ Ngäc ¸nh"], "tcvn3"),
        (["Nguyeãn Vaên An", "Ñaëng Thò Ngoïc AÙnh"], "vni"),
        (["plain ascii"], None),
    ],
)
def test_detect(texts: list[str], expected: str | None) -> None:
    assert detect(texts) == expected


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", ("tcvn3", False)),
        (".VnTimeH", ("tcvn3", True)),
        ("VNI-Times", ("vni", False)),
        ("Times New Roman", (None, False)),
        (None, (None, False)),
    ],
)
def test_encoding_of_font(font: str | None, expected: tuple[str | None, bool]) -> None:
    assert encoding_of_font(font) == expected


def test_excel_list_in_vntime_fonts(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Hä vµ tªn", "Chøc vô", "§¬n vÞ"])
    sheet.append([1, "NguyÔn V¨n An", "Chuyªn viªn", "Ban Tuyªn gi¸o"])
    sheet.append([2, "ph¹m thÞ hoa", "", ""])
    for cell in sheet[1]:
        cell.font = Font(name=".VnTimeH")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.font = Font(name=".VnTime")
    sheet["B3"].font = Font(name=".VnTimeH")
    path = tmp_path / "cu.xlsx"
    book.save(path)
    awards = read_awards(path)
    assert [(a.name, a.title, a.unit) for a in awards] == [
        ("Nguyễn Văn An", "Chuyên viên", "Ban Tuyên giáo"),
        ("PHẠM THỊ HOA", "", ""),
    ]


def test_csv_typed_in_tcvn3(tmp_path: Path) -> None:
    path = tmp_path / "cu.csv"
    path.write_bytes("Hä vµ tªn,§¬n vÞ\nNguyÔn V¨n An,Së Néi vô\n".encode("cp1252"))
    [award] = read_awards(path)
    assert (award.name, award.unit) == ("Nguyễn Văn An", "Sở Nội vụ")


def encode_vni(text: str) -> str:
    inverse: dict[str, str] = {}
    for sequence, letter in VNI.items():
        same_case = sequence.islower() if letter.islower() else sequence.isupper()
        if same_case or len(sequence) == 1:
            inverse.setdefault(letter, sequence)
    return "".join(inverse.get(c, c) for c in text)


def encode_tcvn3(text: str) -> str:
    inverse = {v: k for k, v in TCVN3.items()}
    return "".join(inverse.get(c, c) for c in text)


def test_every_name_of_the_sample_survives_both_encodings(sample_package: object) -> None:
    from desktop.exchange.meeting_package import MeetingPackage

    assert isinstance(sample_package, MeetingPackage)
    names = [a.name for d in sample_package.decisions for a in d.awards]
    names += [a.name for a in sample_package.meeting.attendees]
    as_vni = [encode_vni(n) for n in names]
    assert detect(as_vni) == "vni"
    assert [to_unicode(n, "vni") for n in as_vni] == names
    lower = [n.lower() for n in names]  # TCVN3 has no toned capitals
    as_tcvn3 = [encode_tcvn3(n) for n in lower]
    assert detect(as_tcvn3) == "tcvn3"
    assert [to_unicode(n, "tcvn3") for n in as_tcvn3] == lower
