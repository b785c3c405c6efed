"""Decisions as the desktop editor uses them: create, save normalised, paste, sort, previews."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader
from sqlite_utils import Database

from desktop.domain.records import Award, Organisation
from desktop.services import decisions
from desktop.storage.decisions import DecisionStore
from tests.documents.pdf_read import text as pdf_text


def _flat(text: str) -> str:
    return " ".join(text.split())


def _decision(db: Database, number: str = "15-QĐ/BTGTU") -> decisions.Decision:
    return DecisionStore(db).find(number)


def test_create_decision_takes_next_number_and_default_signer(sample_db: Database) -> None:
    created = decisions.create_decision(sample_db, day=dt.date(2024, 5, 2))
    assert created.id
    assert created.number == "16-QĐ/BTGTU"  # after 14- and 15-QĐ/BTGTU of the same year
    assert created.signer.name == created.issuer.default_signer.name
    assert created.award_form == "Giấy khen"
    second = decisions.create_decision(sample_db, day=dt.date(2024, 5, 2))
    assert second.number == "17-QĐ/BTGTU"


def test_next_number_counts_only_the_issuers_own_decisions(sample_db: Database) -> None:
    # Each body numbers its own documents: a 40/QĐ-SNV of the Sở Nội vụ does not make the
    # Ban Tuyên giáo's next decision 41-QĐ/BTGTU.
    office = Organisation(name="Sở Nội vụ", parent="UBND tỉnh Bắc Giang", abbreviation="SNV")
    other = decisions.create_decision(sample_db, issuer=office, day=dt.date(2024, 3, 1))
    other.number = "40/QĐ-SNV"
    decisions.save_decision(sample_db, other)
    created = decisions.create_decision(sample_db, day=dt.date(2024, 5, 2))
    assert created.number == "16-QĐ/BTGTU"
    stored = decisions.get_decision(sample_db, other.id)
    assert decisions.create_decision(sample_db, issuer=stored.issuer).number.endswith("/QĐ-SNV")
    next_snv = decisions.create_decision(sample_db, issuer=stored.issuer, day=dt.date(2024, 6, 1))
    assert next_snv.number == "41/QĐ-SNV"
    again = decisions.create_decision(sample_db, issuer=office, day=dt.date(2024, 6, 1))  # no id
    assert again.number == "42/QĐ-SNV"


def test_save_normalises_text_and_drops_empty_rows(sample_db: Database) -> None:
    decision = _decision(sample_db)
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Văn  Bình ")
    decision.awards.append(Award(kind="person", name=nfd, title="Chuyên\u00a0viên"))
    decision.awards.append(Award(kind="person", name="   "))
    stored = decisions.save_decision(sample_db, decision)
    assert len(stored.awards) == 27
    assert stored.awards[-1].name == "Nguyễn Văn Bình"
    assert unicodedata.is_normalized("NFC", stored.awards[-1].name)
    assert stored.awards[-1].title == "Chuyên viên"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn An\tChuyên viên\tPhòng A", [("person", "Nguyễn Văn An", "Chuyên viên")]),
        (
            "1\tNguyễn Văn An\tChuyên viên\tPhòng A\r\n",
            [("person", "Nguyễn Văn An", "Chuyên viên")],
        ),
        ("STT\tHọ và tên\tChức vụ\n1.\tLê Thị Hoa\tKế toán", [("person", "Lê Thị Hoa", "Kế toán")]),
        ("Tập thể\tPhòng Tổng hợp", [("collective", "Phòng Tổng hợp", "")]),
        ("Chi bộ Văn phòng", [("collective", "Chi bộ Văn phòng", "")]),
        ('"Trần Văn\nBa"\tTrưởng phòng', [("person", "Trần Văn Ba", "Trưởng phòng")]),
        ("\t\t\n\n", []),
    ],
)
def test_awards_from_table_text(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = decisions.awards_from_table_text(text)
    assert [(a.kind, a.name, a.title) for a in found] == expected


def test_sorted_by_name_puts_collectives_first_then_given_names() -> None:
    awards = [
        Award(kind="person", name="Trần Văn Bình"),
        Award(kind="collective", name="Phòng Tổng hợp"),
        Award(kind="person", name="Nguyễn Thị Ánh"),
        Award(kind="person", name="Lê An"),
        Award(kind="collective", name="Ban Tuyên giáo"),
    ]
    names = [a.name for a in decisions.sorted_by_name(awards)]
    assert names == [
        "Ban Tuyên giáo",
        "Phòng Tổng hợp",
        "Lê An",
        "Nguyễn Thị Ánh",
        "Trần Văn Bình",
    ]


def test_previews_are_pdf_bytes(sample_db: Database) -> None:
    decision = _decision(sample_db)
    certificate = decisions.certificate_pdf(decision, 11)
    award_list = decisions.award_list_pdf(decision)
    written = decisions.decision_pdf(decision)
    for data in (certificate, award_list, written):
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    # The certificate of the twelfth recipient: one page, her name with its diacritics.
    assert len(PdfReader(io.BytesIO(certificate)).pages) == 1
    assert decision.awards[11].name == "Nguyễn Thị Thu Hằng"
    assert "Nguyễn Thị Thu Hằng" in _flat(pdf_text(certificate))
    # The commendation list names every recipient; the decision is decision 15 of the Ban.
    listed = _flat(pdf_text(award_list))
    assert [a.name for a in decision.awards if a.name not in listed] == []
    text = _flat(pdf_text(written))
    assert "Số 15-QĐ/BTGTU" in text and "QUYẾT ĐỊNH về việc tặng Giấy khen" in text
    assert "Tặng Giấy khen cho 11 tập thể và 15 cá nhân" in text
    assert "TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG" in text and "Nguyễn Văn Phong" in text


def test_certificate_problems_name_the_recipient(sample_db: Database) -> None:
    decision = _decision(sample_db)
    long_name = "Ban Tuyên giáo Huyện ủy Lục Nam " + "rất dài " * 60
    decision.awards[0].name = long_name
    problems = decisions.certificate_problems(decision)
    assert [(p.kind, p.recipient, p.index) for p in problems] == [
        ("overflow", long_name.strip(), 0)
    ]
    assert str(problems[0]).startswith("Ban Tuyên giáo Huyện ủy Lục Nam rất dài")


def test_delete_hides_the_decision(sample_db: Database) -> None:
    decision = _decision(sample_db)
    decisions.delete_decision(sample_db, decision.id)
    assert decision.id not in {d.id for d in decisions.decisions(sample_db)}


def test_a_number_used_twice_or_in_the_other_style_is_named(sample_db: Database) -> None:
    from dataclasses import replace

    from desktop.services.decisions import number_problem
    from desktop.storage.decisions import DecisionStore

    first = DecisionStore(sample_db).find("15-QĐ/BTGTU")
    assert number_problem(sample_db, first) == ""
    other = DecisionStore(sample_db).find("14-QĐ/BTGTU")
    twice = replace(other, number="15-qđ/btgtu")
    assert number_problem(sample_db, twice) == (
        "Số “15-qđ/btgtu” đã dùng cho một quyết định khác của Ban Tuyên giáo năm 2024"
    )
    state_way = replace(other, number="05/QĐ-BTGTU")
    assert "viết theo thể thức Nhà nước; cơ quan này dùng thể thức Đảng" in number_problem(
        sample_db, state_way
    )
    next_year = replace(twice, date=twice.date.replace(year=2025))
    assert number_problem(sample_db, next_year) == ""  # numbering starts again each year
