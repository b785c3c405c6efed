"""Every paper names the authority and signs from one model (issue 8, "Done when").

The bodies and decisions come from the first-release database (tests/data/db/first-release.db,
made by the first release and upgraded here): the sample's Party decisions, Sở Nội vụ tỉnh Thái
Nguyên with a deputy signing "KT.", a commune People's Committee signing "TM.", a "Q." and a
"TL." signer. The PDFs and DOCX files are read back and their lines compared exactly.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.domain.authority import SignerError
from desktop.services import certificates
from desktop.services.documents import award_list_bytes, decision_bytes
from desktop.storage.database import open_database
from desktop.storage.decisions import DecisionStore
from tests.documents.docx_read import all_text, open_docx
from tests.documents.pdf_read import find, find_one, open_pdf, text

FIRST_RELEASE = Path(__file__).parent.parent / "data" / "db" / "first-release.db"
SIGNATURE_BLOCK_MM = 140
"""The signature block of the A4 certificates starts below this line (mm from the top)."""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path = tmp_path_factory.mktemp("authority") / "vinhdanh.db"
    shutil.copy(FIRST_RELEASE, path)
    return open_database(path)


# number → (certificate heading or None, authority line of the decision, "của …" of the list,
# signature lines, signer)
CASES = {
    "05/QĐ-SNV": (
        "GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN",
        "GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN",
        "Giám đốc Sở Nội vụ tỉnh Thái Nguyên",
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        "Trần Văn Bình",
    ),
    "12/QĐ-UBND": (
        "ỦY BAN NHÂN DÂN XÃ PHÚ BÌNH",
        "ỦY BAN NHÂN DÂN XÃ PHÚ BÌNH",
        "Ủy ban nhân dân xã Phú Bình",
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "Ngô Quang Hải",
    ),
    "07/QĐ-SNV": (
        "GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN",
        "GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN",
        "Giám đốc Sở Nội vụ tỉnh Thái Nguyên",
        ["Q. GIÁM ĐỐC"],
        "Phạm Thu Trang",
    ),
    "08/QĐ-SNV": (  # a Giấy chứng nhận: its heading is the body's header, not an authority
        None,
        "GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN",
        "Giám đốc Sở Nội vụ tỉnh Thái Nguyên",
        ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
        "Mạc Thị Yến",
    ),
    "15-QĐ/BTGTU": (
        "TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG",
        "TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG QUYẾT ĐỊNH:",
        "Trưởng Ban Tuyên giáo Tỉnh ủy Bắc Giang",
        ["TRƯỞNG BAN"],
        "Nguyễn Văn Phong",
    ),
    "14-QĐ/BTGTU": (
        None,
        "TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG QUYẾT ĐỊNH:",
        "Trưởng Ban Tuyên giáo Tỉnh ủy Bắc Giang",
        ["TRƯỞNG BAN"],
        "Nguyễn Văn Phong",
    ),
}


_PREVIEWS: dict[str, bytes] = {}


def _certificates(db: Database, number: str) -> bytes:
    """The certificates of ``number`` as printed (drawn once per test run)."""
    if number not in _PREVIEWS:
        # The Party list is long: its first collective and first person (places 1 and 12).
        chosen = ["1", "12"] if number == "15-QĐ/BTGTU" else None
        pdf, problems = certificates.preview_pdf(db, number, awards=chosen)
        assert problems == []
        _PREVIEWS[number] = pdf
    return _PREVIEWS[number]


def _lines(pdf: bytes, page: int = 0) -> list[str]:
    with open_pdf(pdf) as document:
        return (document.pages[page].extract_text() or "").splitlines()


@pytest.mark.parametrize("number", list(CASES))
def test_certificate_heading_and_signature(db: Database, number: str) -> None:
    heading, _, _, signature, signer = CASES[number]
    pdf = _certificates(db, number)
    lines = _lines(pdf)
    if heading is not None:
        assert heading in lines, lines
        assert "PHÓ GIÁM ĐỐC SỞ" not in text(pdf)
    # Each signature line on a line of its own, in order, then the name below them.
    positions = [lines.index(line) for line in signature]
    assert positions == sorted(positions)
    assert lines.index(signer) > positions[-1]
    with open_pdf(pdf) as document:
        page = document.pages[0]
        [last] = [b for b in find(page, signature[-1]) if b.top > SIGNATURE_BLOCK_MM]
        name = find_one(page, signer)
        assert name.top - last.bottom >= 9, "room for the signature and the seal"


@pytest.mark.parametrize("number", list(CASES))
def test_decision_authority_and_signature(db: Database, number: str) -> None:
    _, authority, _, signature, signer = CASES[number]
    decision = DecisionStore(db).find(number)
    docx_lines = all_text(open_docx(decision_bytes(decision, ".docx"))).splitlines()
    assert authority in docx_lines
    above_name = [line for line in docx_lines[: docx_lines.index(signer)] if line.strip()]
    assert above_name[-len(signature) :] == signature
    assert above_name[-len(signature) - 1].startswith("- Lưu"), "nothing else in the block"
    pdf = decision_bytes(decision, ".pdf")
    pdf_text = text(pdf)
    assert " ".join(authority.split()) in " ".join(pdf_text.split())
    with open_pdf(pdf) as document:
        page = document.pages[-1]
        # The lowest occurrence: "TRƯỞNG BAN" is also in "TRƯỞNG BAN … QUYẾT ĐỊNH:" above.
        boxes = [max(find(page, line), key=lambda b: b.top) for line in signature]
        assert all(a.bottom <= b.top for a, b in itertools.pairwise(boxes))
        name = find_one(page, signer)
        assert name.top - boxes[-1].bottom >= 25, "25 mm for signature and seal (style)"


@pytest.mark.parametrize("number", list(CASES))
def test_list_reference_names_the_authority(db: Database, number: str) -> None:
    _, _, by, _, _ = CASES[number]
    decision = DecisionStore(db).find(number)
    docx_text = all_text(open_docx(award_list_bytes(decision, ".docx")))
    reference = next(line for line in docx_text.splitlines() if line.startswith("(Kèm theo"))
    assert reference.endswith(f" của {by})")
    pdf_text = " ".join(text(award_list_bytes(decision, ".pdf")).split())
    assert f" của {by})" in pdf_text


def test_state_decision_reads_exactly(db: Database) -> None:
    decision = DecisionStore(db).find("05/QĐ-SNV")
    lines = all_text(open_docx(decision_bytes(decision, ".docx"))).splitlines()
    assert "GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN" in lines
    assert not any(line.startswith("PHÓ GIÁM ĐỐC SỞ") for line in lines)
    reference = all_text(open_docx(award_list_bytes(decision, ".docx")))
    assert (
        "(Kèm theo Quyết định số 05/QĐ-SNV ngày 06 tháng 01 năm 2025 của Giám đốc Sở Nội vụ "
        "tỉnh Thái Nguyên)"
    ) in reference.splitlines()


def test_no_page_prints_ong_ba(db: Database) -> None:
    for number in CASES:
        assert "Ông/Bà" not in text(_certificates(db, number))
    state = _certificates(db, "05/QĐ-SNV")
    with open_pdf(state) as document:
        pages = {
            name: (document.pages[i].extract_text() or "").splitlines()
            for i, name in enumerate(
                ["Phòng", "Văn phòng", "Nguyễn Văn An", "Lê Thị Mai", "Đỗ Minh Khoa"]
            )
        }
    assert "Tập thể" in pages["Phòng"]
    assert "Tập thể" not in pages["Văn phòng"], "“Tập thể Văn phòng Sở” gets no second label"
    assert "Ông" in pages["Nguyễn Văn An"] and "Bà" in pages["Lê Thị Mai"]
    assert not {"Ông", "Bà", "Đồng chí"} & set(pages["Đỗ Minh Khoa"]), "not guessed, not printed"
    assert "Trưởng Phòng Tổ chức biên chế" in pages["Nguyễn Văn An"]
    assert "Chủ tịch Ủy ban nhân dân xã Pả Vi" in pages["Đỗ Minh Khoa"]
    party = _certificates(db, "15-QĐ/BTGTU")
    with open_pdf(party) as document:
        person = (document.pages[1].extract_text() or "").splitlines()
    assert "Đồng chí" in person


def test_a_deputy_without_relation_is_refused_everywhere(db: Database) -> None:
    decision = DecisionStore(db).find("09/QĐ-SNV")
    with pytest.raises(SignerError, match="Quyết định 09/QĐ-SNV: Chưa chọn quyền hạn ký"):
        decision_bytes(decision, ".pdf")
    with pytest.raises(SignerError, match="Chưa chọn quyền hạn ký của Trần Văn Bình"):
        award_list_bytes(decision, ".pdf")
    with pytest.raises(SignerError, match="Phó Giám đốc"):
        certificates.preview_pdf(db, "09/QĐ-SNV")
