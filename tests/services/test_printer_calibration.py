"""Printer offsets per paper size in the certificate service and the CLI: the text of a
pre-printed page moves by exactly the offsets of the template's paper, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.services import certificates
from desktop.services.certificates import issue_certificates
from desktop.storage.errors import NotFoundError
from tests.documents.pdf_read import open_pdf

NUMBER = "15-QĐ/BTGTU"
T0 = dt.datetime(2024, 1, 3, 7, 0, tzinfo=dt.UTC)
MM = 72 / 25.4
PRINTER = "Máy in Phòng Tổ chức – Canon LBP 2900"


def _chars(data: bytes) -> list[tuple[str, float, float]]:
    """Every character of the first page: (text, x from the left, y from the top) in mm."""
    with open_pdf(data) as pdf:
        return [(c["text"], c["x0"] / MM, c["top"] / MM) for c in pdf.pages[0].chars]


def _issue(db: Database, out: Path, template: str, printer: str = "") -> bytes:
    issue_certificates(
        db,
        NUMBER,
        out,
        template=template,
        preprinted=True,
        printer=printer,
        allow_mismatch=True,
        awards=["1"],
        draft=True,
        now=T0,
    )
    return out.read_bytes()


def _moved_by(plain: bytes, moved: bytes) -> set[tuple[float, float]]:
    """The distinct (dx, dy) in mm between the same characters of two pages (rounded to µm)."""
    before, after = _chars(plain), _chars(moved)
    assert len(before) == len(after) > 50
    assert [c[0] for c in before] == [c[0] for c in after]
    return {
        (round(b[1] - a[1], 3), round(b[2] - a[2], 3)) for a, b in zip(before, after, strict=True)
    }


@pytest.mark.parametrize(
    ("template", "paper", "dx", "dy"),
    [("giay-khen-dang", "A4", 1.5, -2.0), ("bang-khen-dang", "A3", -3.0, 4.5)],
)
def test_every_text_moves_by_the_offsets_of_the_templates_paper(
    sample_db: Database, tmp_path: Path, template: str, paper: str, dx: float, dy: float
) -> None:
    assert certificates.template_paper(template) == paper
    # The other size gets different offsets: the service must pick this paper's.
    other = "A3" if paper == "A4" else "A4"
    certificates.set_printer_offsets(sample_db, PRINTER, dx, dy, paper)
    certificates.set_printer_offsets(sample_db, PRINTER, 7.0, 7.0, other)
    plain = _issue(sample_db, tmp_path / "plain.pdf", template)
    moved = _issue(sample_db, tmp_path / "moved.pdf", template, PRINTER)
    assert _moved_by(plain, moved) == {(dx, dy)}
    # The issue log would record this paper's offsets (a draft logs nothing: check the result).
    result = issue_certificates(
        sample_db,
        NUMBER,
        tmp_path / "x.pdf",
        template=template,
        preprinted=True,
        printer=PRINTER,
        allow_mismatch=True,
        awards=["1"],
        now=T0,
    )
    assert (result.offsets.paper, result.offsets.offset_x_mm, result.offsets.offset_y_mm) == (
        paper,
        dx,
        dy,
    )
    _, lines = certificates.issued(sample_db, NUMBER)
    assert {(line.issue.offset_x_mm, line.issue.offset_y_mm) for line in lines} == {(dx, dy)}


def test_a_printer_not_calibrated_for_the_templates_paper_is_named_with_the_paper(
    sample_db: Database, tmp_path: Path
) -> None:
    certificates.set_printer_offsets(sample_db, PRINTER, 1.0, 1.0, "A4")
    with pytest.raises(NotFoundError, match="chưa được căn chỉnh cho khổ A3"):
        _issue(sample_db, tmp_path / "bk.pdf", "bang-khen-dang", PRINTER)
    assert not (tmp_path / "bk.pdf").exists()


def test_the_test_certificate_moves_by_the_offsets_typed_not_yet_saved(
    sample_db: Database,
) -> None:
    plain = certificates.calibration_test_pdf(sample_db, "giay-khen-dang", 0, 0)
    moved = certificates.calibration_test_pdf(sample_db, "giay-khen-dang", -1.5, 2.0)
    assert _moved_by(plain, moved) == {(-1.5, 2.0)}
    # Pre-printed mode: the recipient's name is there, the blank's printed title is not.
    with open_pdf(plain) as pdf:
        text = pdf.pages[0].extract_text()
    assert "GIẤY KHEN" not in text
    assert certificates.printers(sample_db) == []  # nothing stored by a test print
    with pytest.raises(ValueError, match="tối đa ±20 mm"):
        certificates.calibration_test_pdf(sample_db, "giay-khen-dang", 21, 0)


def test_the_test_certificate_of_an_empty_database_shows_a_sample_recipient(db: Database) -> None:
    data = certificates.calibration_test_pdf(db, "giay-khen-nha-nuoc", 0, 0)
    with open_pdf(data) as pdf:
        assert "Nguyễn Thị Phương Thảo" in pdf.pages[0].extract_text()


def test_the_calibration_sheet_has_no_offset_and_the_papers_size() -> None:
    with open_pdf(certificates.calibration_sheet_pdf("a3")) as pdf:
        page = pdf.pages[0]
        assert (round(page.width / MM), round(page.height / MM)) == (420, 297)
        assert "đang áp dụng độ lệch" not in page.extract_text()


def test_cli_calibrates_each_paper_and_prints_with_the_templates_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.services.packages import load_package
    from desktop.storage.database import open_database
    from tests.conftest import SAMPLE_PACKAGE

    path = tmp_path / "vd.db"
    db = open_database(path)
    load_package(db, SAMPLE_PACKAGE)
    db.close()
    base = ["--db", str(path), "calibration", "--printer", "Canon"]
    assert main([*base, "--set-offset", "0,5", "-1"]) == 0
    assert "khổ A4: X = +0.5 mm, Y = -1 mm" in capsys.readouterr().out
    assert main([*base, "--paper", "A3", "--set-offset", "-2", "3"]) == 0
    assert "khổ A3: X = -2 mm, Y = +3 mm" in capsys.readouterr().out
    assert main(["--db", str(path), "calibration"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Canon, khổ A3: X = -2 mm, Y = +3 mm",
        "Canon, khổ A4: X = +0.5 mm, Y = -1 mm",
    ]
    assert main([*base, "--paper", "A3", "--set-offset", "35", "0"]) != 0
    assert "tối đa ±20 mm" in capsys.readouterr().err
    common = ["--db", str(path), "certificates", NUMBER, "--preprinted", "--recipient", "1"]
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    for out, extra in ((plain, []), (moved, ["--printer", "Canon"])):
        args = [*common, "--template", "bang-khen-dang", "--force", "--draft", "-o", str(out)]
        assert main([*args, *extra]) == 0, capsys.readouterr().err
    assert _moved_by(plain.read_bytes(), moved.read_bytes()) == {(-2.0, 3.0)}


def test_the_window_prints_with_a_printer_only_when_it_was_calibrated(sample_db: Database) -> None:
    assert certificates.calibrated_printer(sample_db, PRINTER) == ""
    certificates.set_printer_offsets(sample_db, PRINTER, 1.0, 1.0, "A4")
    # Windows may deliver the name decomposed; the stored (NFC) name is what the service takes.
    assert certificates.calibrated_printer(sample_db, unicodedata.normalize("NFD", PRINTER)) == (
        PRINTER
    )
