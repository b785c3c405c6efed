"""Writing the official documents from the database to files."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import openpyxl
import pytest
from sqlite_utils import Database

from desktop.documents.style import style_path
from desktop.services import documents
from desktop.services.files import OutputError
from desktop.storage.errors import NotFoundError
from tests.documents.docx_read import all_text, open_docx
from tests.documents.pdf_read import find_one, open_pdf, text


def test_award_list_in_every_format(sample_db: Database, tmp_path: Path) -> None:
    for suffix in (".pdf", ".xlsx", ".docx"):
        out = tmp_path / f"danh-sach{suffix}"
        written = documents.write_award_list(sample_db, "15-QĐ/BTGTU", out, sort="ten")
        assert written.path == out and written.format == suffix[1:]
        assert out.stat().st_size > 1000
    # Each format carries the list: the section heading and a name with its diacritics.
    pdf = " ".join(text((tmp_path / "danh-sach.pdf").read_bytes()).split())
    docx = all_text(open_docx((tmp_path / "danh-sach.docx").read_bytes()))
    sheet = openpyxl.load_workbook(tmp_path / "danh-sach.xlsx", read_only=True).active
    assert sheet is not None
    cells = {str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None}
    for found in (pdf, docx, " ".join(cells)):
        assert "II. CÁ NHÂN (15 cá nhân)" in found
        assert "Nguyễn Thị Thu Hằng" in found
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_award_list_of_a_decision_without_recipients_is_refused(
    sample_db: Database, tmp_path: Path
) -> None:
    # A list with no one on it is a blank page to print by mistake; say why instead.
    from desktop.storage.decisions import DecisionStore

    store = DecisionStore(sample_db)
    decision = store.find("14-QĐ/BTGTU")
    decision.awards = []
    store.save(decision)
    for suffix in (".pdf", ".xlsx", ".docx"):
        with pytest.raises(ValueError, match="Quyết định 14-QĐ/BTGTU chưa có người"):
            documents.write_award_list(sample_db, "14-QĐ/BTGTU", tmp_path / f"ds{suffix}")
    assert list(tmp_path.iterdir()) == []


def test_decision_and_minutes(sample_db: Database, tmp_path: Path) -> None:
    pdf = documents.write_decision(sample_db, "15-qđ/btgtu", tmp_path / "qd.pdf").path
    with open_pdf(pdf.read_bytes()) as reader:
        assert find_one(reader.pages[0], "Số 15-QĐ/BTGTU")
    docx = documents.write_decision(sample_db, "15-QĐ/BTGTU", tmp_path / "qd.docx").path
    assert "Tặng Giấy khen cho 11 tập thể và 15 cá nhân" in all_text(open_docx(docx.read_bytes()))
    minutes = documents.write_minutes(sample_db, "2024-01-03", tmp_path / "bb.pdf")
    assert "BIÊN BẢN" in text(minutes.path.read_bytes())
    documents.write_minutes(sample_db, "2024-01-03", tmp_path / "bb.docx")


def test_wrong_extension_and_unknown_record(sample_db: Database, tmp_path: Path) -> None:
    with pytest.raises(documents.DocumentFormatError, match=r"\.pdf, \.docx"):
        documents.write_decision(sample_db, "15-QĐ/BTGTU", tmp_path / "qd.xlsx")
    with pytest.raises(NotFoundError):
        documents.write_award_list(sample_db, "99-QĐ/BTGTU", tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="sắp xếp"):
        documents.write_award_list(sample_db, "15-QĐ/BTGTU", tmp_path / "x.pdf", sort="ho")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_names_the_file(sample_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        # The message names where it could not write (the folder, or the file inside it).
        with pytest.raises(OutputError, match=re.escape(str(folder))):
            documents.write_decision(sample_db, "15-QĐ/BTGTU", folder / "qd.pdf")
    finally:
        folder.chmod(0o700)


def test_file_open_elsewhere_gives_a_clear_message(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "qd.pdf"
    target.write_bytes(b"old")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "locked")

    monkeypatch.setattr("desktop.services.files.os.replace", locked)
    monkeypatch.setattr("desktop.services.files.REPLACE_PAUSE_S", 0)
    with pytest.raises(OutputError, match=r"qd\.pdf.*đang mở"):
        documents.write_decision(sample_db, "15-QĐ/BTGTU", target)
    assert target.read_bytes() == b"old", "the old file is left as it was"
    assert [p.name for p in tmp_path.iterdir()] == ["qd.pdf"], "no temporary file left"


@pytest.mark.parametrize("where", ["argument", "user data folder"])
def test_user_style_overrides_the_bundled_one(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    data = json.loads(style_path("party").read_text(encoding="utf-8"))
    data["header"]["national_title_style"]["size_pt"] = 14
    data["header"]["number_prefix"] = "Số:"
    styles = tmp_path / "styles"
    styles.mkdir()
    (styles / "party.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    if where == "argument":
        out = documents.write_decision(
            sample_db, "15-QĐ/BTGTU", tmp_path / "qd.pdf", style_dir=styles
        )
    else:
        monkeypatch.setattr("desktop.paths.user_data_dir", lambda: tmp_path)
        out = documents.write_decision(sample_db, "15-QĐ/BTGTU", tmp_path / "qd.pdf")
    with open_pdf(out.path.read_bytes()) as pdf:
        page = pdf.pages[0]
        assert find_one(page, "Số: 15-QĐ/BTGTU")
        title = find_one(page, "ĐẢNG CỘNG SẢN VIỆT NAM")
        assert title.bottom - title.top == pytest.approx(14 / 72 * 25.4, abs=0.3)


def test_cli_commands(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    db = str(tmp_path / "vd.db")
    assert main(["--db", db, "load", str(sample_path)]) == 0
    out = tmp_path / "ds.xlsx"
    assert main(["--db", db, "award-list", "15-QĐ/BTGTU", "-o", str(out), "--sort", "ten"]) == 0
    assert out.exists()
    assert main(["--db", db, "decision", "15-QĐ/BTGTU", "-o", str(tmp_path / "qd.pdf")]) == 0
    assert main(["--db", db, "minutes", "2024-01-03", "-o", str(tmp_path / "bb.docx")]) == 0
    capsys.readouterr()
    assert main(["--db", db, "decision", "15-QĐ/BTGTU", "-o", str(tmp_path / "qd.odt")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "qd.odt" in error and "Traceback" not in error


def test_files_carry_the_office_the_time_and_vietnamese(
    sample_db: Database, tmp_path: Path
) -> None:
    import datetime as dt

    import openpyxl
    import pypdf
    from docx import Document as open_word

    now = dt.datetime(2024, 1, 3, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    office = "Ban Tuyên giáo Tỉnh ủy Bắc Giang"
    docx = documents.write_decision(sample_db, "15-QĐ/BTGTU", tmp_path / "qd.docx", now=now)
    core = open_word(str(docx.path)).core_properties
    assert core.author == office and core.title == "Quyết định 15-QĐ/BTGTU"
    assert core.created == now  # stored as UTC, the same moment
    word = open_word(str(docx.path))
    langs = {
        el.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
        for el in word.styles.element.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang"
        )
    }
    assert langs == {"vi-VN"}
    pdf = documents.write_decision(sample_db, "15-QĐ/BTGTU", tmp_path / "qd.pdf", now=now)
    info = pypdf.PdfReader(pdf.path).metadata
    assert info is not None
    assert info["/CreationDate"] == "D:20240103143000+07'00'"
    assert info["/Title"] == "Quyết định 15-QĐ/BTGTU" and info["/Author"] == office
    # The same time gives the same bytes (tests and reprints compare).
    again = documents.write_decision(sample_db, "15-QĐ/BTGTU", tmp_path / "qd2.pdf", now=now)
    assert again.path.read_bytes() == pdf.path.read_bytes()
    minutes = documents.write_minutes(sample_db, "2024-01-03", tmp_path / "bb.pdf", now=now)
    assert pypdf.PdfReader(minutes.path).metadata["/CreationDate"].startswith("D:20240103")
    xlsx = documents.write_award_list(sample_db, "15-QĐ/BTGTU", tmp_path / "ds.xlsx", now=now)
    book = openpyxl.load_workbook(xlsx.path)
    assert book.properties.creator == office
    assert book.properties.created == dt.datetime(2024, 1, 3, 7, 30)


def test_cli_decision_with_the_reward_money(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.services.packages import load_package
    from desktop.storage.database import open_database
    from tests.conftest import SAMPLE_PACKAGE

    db_file = tmp_path / "vd.db"
    db = open_database(db_file)
    load_package(db, SAMPLE_PACKAGE)
    db.close()
    out = tmp_path / "qd.docx"
    base = ["--db", str(db_file), "decision", "15-QĐ/BTGTU", "-o", str(out)]
    money = ["--tien-thuong-ca-nhan", "300.000", "--tien-thuong-tap-the", "600000"]
    assert main([*base, *money, "--quy", "Quỹ thi đua, khen thưởng của Ban"]) == 0
    content = all_text(open_docx(out.read_bytes()))
    assert (
        "Điều 2. Mỗi tập thể được thưởng 600.000 đồng, mỗi cá nhân được thưởng 300.000 đồng; "
        "tổng cộng 11.100.000 đồng, trích từ Quỹ thi đua, khen thưởng của Ban." in content
    )
    capsys.readouterr()
    assert main([*base, "--tien-thuong-ca-nhan", "ba trăm"]) == 1
    assert "Tiền thưởng mỗi cá nhân “ba trăm” không phải số tiền" in capsys.readouterr().err
