"""Statistics and the year-end table against figures counted straight from the packages.

The sample conference (decisions of 03/01/2024) and a second year
(tests/data/packages/tong-ket-tuyen-giao-2024.json, decisions of 08/01/2025, some of the same
people, a second issuing body) are loaded; every expected figure is counted here from the
package JSON, never written down.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlite_utils import Database

from desktop.cli import main
from desktop.services import statistics as st
from desktop.services import year_report
from desktop.services.library import open_library
from desktop.services.packages import load_package
from desktop.storage.decisions import DecisionStore
from tests.conftest import SAMPLE_PACKAGE
from tests.documents.docx_read import open_docx
from tests.documents.pdf_read import open_pdf

SECOND_YEAR = Path(__file__).parents[1] / "data" / "packages" / "tong-ket-tuyen-giao-2024.json"
PACKAGES = (SAMPLE_PACKAGE, SECOND_YEAR)


def _decisions() -> list[tuple[dict[str, Any], str]]:
    """Every decision of both packages with its meeting's title."""
    out = []
    for path in PACKAGES:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        out += [(d, data["meeting"]["title"]) for d in data["decisions"]]
    return out


def expected(first: int, last: int, by: str, body: str = "") -> Counter[tuple[str, str, str]]:
    """(group, form, kind) → count, counted from the package JSON."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for decision, meeting in _decisions():
        if not first <= int(decision["date"][:4]) <= last:
            continue
        issuer = decision["issuer"]
        if body and issuer["name"] != body:
            continue
        for r in decision["recipients"]:
            group = {
                "form": decision["award"],
                "body": f"{issuer['name']} {issuer['parent']}",
                "meeting": meeting,
                "unit": r["name"] if r["kind"] == "collective" else r.get("unit", ""),
            }[by]
            counts[(group, decision["award"], r["kind"])] += 1
    return counts


def computed(result: st.Statistics) -> Counter[tuple[str, str, str]]:
    counts: Counter[tuple[str, str, str]] = Counter()
    for row in result.rows:
        for kind, n in (("collective", row.tally.collectives), ("person", row.tally.people)):
            if n:
                counts[(row.group, row.form, kind)] += n
    return counts


@pytest.fixture
def two_years(db: Database) -> Database:
    for path in PACKAGES:
        load_package(db, path)
    return db


@pytest.fixture
def two_years_file(tmp_path: Path) -> str:
    path = tmp_path / "vinhdanh.db"
    db = open_library(path)
    for package in PACKAGES:
        load_package(db, package)
    db.close()
    return str(path)


@pytest.mark.parametrize("by", st.GROUPINGS)
@pytest.mark.parametrize("years", [(2024, 2024), (2025, 2025), (2024, 2025)])
def test_counts_match_the_packages(two_years: Database, by: str, years: tuple[int, int]) -> None:
    result = st.statistics(two_years, *years, by)  # type: ignore[arg-type]
    want = expected(*years, by)
    assert want  # each year has awards in the packages
    assert computed(result) == want
    assert result.total.total == sum(want.values())


def test_by_year_gives_the_chart_bars(two_years: Database) -> None:
    result = st.statistics(two_years, 2023, 2025)
    for year in (2023, 2024, 2025):
        bars = {form: t.total for form, t in result.by_year[year].items()}
        want: Counter[str] = Counter()
        for (_, form, _), n in expected(year, year, "form").items():
            want[form] += n
        assert bars == dict(want)
    assert result.by_year[2023] == {}


def test_the_sentences_a_report_quotes(two_years: Database) -> None:
    lines = st.statistics(two_years, 2024, 2024).lines()
    want = expected(2024, 2024, "form")
    for form in {f for _, f, _ in want}:
        c, p = want[(form, form, "collective")], want[(form, form, "person")]
        assert f"{form}: {c} tập thể, {p} cá nhân" in lines


def test_a_decision_in_the_recycle_bin_is_not_counted(two_years: Database) -> None:
    store = DecisionStore(two_years)
    decision = store.find("22-QĐ/BTGTU")
    before = st.statistics(two_years, 2025, 2025).total.total
    store.delete(decision.id)
    after = st.statistics(two_years, 2025, 2025).total.total
    assert before - after == len(decision.awards)


def test_one_form_typed_two_ways_is_one_line(two_years: Database) -> None:
    two_years.execute("update decisions set award_form = 'giấy  khen' where number = '08-QĐ/BTCTU'")
    forms = [form for form, _ in st.statistics(two_years, 2025, 2025).forms]
    assert forms == ["Giấy khen", "Giấy chứng nhận"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-2024", "Năm bắt đầu 2025 sau năm kết thúc 2024"),
        ("hai nghìn", "“hai nghìn” không phải năm hay khoảng năm"),
        ("1800", "Năm 1800 nằm ngoài khoảng"),
    ],
)
def test_years_typed_wrong_are_named(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        st.parse_years(text)


def test_range_forms() -> None:
    assert st.parse_years("2024") == (2024, 2024)
    assert st.parse_years(" 2023 – 2025 ") == (2023, 2025)


# -- the CLI ------------------------------------------------------------------------------


def test_cli_stats_json(two_years_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", two_years_file, "stats", "2024-2025", "--by", "body", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    got = Counter[tuple[str, str, str]]()
    for row in data["dong"]:
        got[(row["nhom"], row["hinh_thuc"], "collective")] += row["tap_the"]
        got[(row["nhom"], row["hinh_thuc"], "person")] += row["ca_nhan"]
    assert +got == expected(2024, 2025, "body")


def test_cli_stats_text(two_years_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", two_years_file, "stats", "2025"]) == 0
    out = capsys.readouterr().out
    want = expected(2025, 2025, "form")
    c = want[("Giấy khen", "Giấy khen", "collective")]
    p = want[("Giấy khen", "Giấy khen", "person")]
    assert f"Giấy khen: {c} tập thể, {p} cá nhân" in out
    assert "Thống kê khen thưởng năm 2025" in out


def test_cli_stats_without_years_takes_the_last_year(
    two_years_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", two_years_file, "stats"]) == 0
    assert "năm 2025" in capsys.readouterr().out


def test_cli_wrong_years(two_years_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", two_years_file, "stats", "2025-2024"]) == 1
    assert "Năm bắt đầu 2025 sau năm kết thúc 2024" in capsys.readouterr().err


# -- the year-end table ---------------------------------------------------------------------

BODY = "Ban Tuyên giáo"


def _form_counts(year: int, body: str) -> dict[str, tuple[int, int]]:
    want = expected(year, year, "form", body)
    return {
        form: (want[(form, form, "collective")], want[(form, form, "person")])
        for form in {f for _, f, _ in want}
    }


def _totals(year: int, body: str) -> tuple[int, int]:
    forms = _form_counts(year, body).values()
    return sum(c for c, _ in forms), sum(p for _, p in forms)


@pytest.mark.parametrize("year", [2024, 2025])
def test_year_report_pdf(two_years: Database, tmp_path: Path, year: int) -> None:
    out = tmp_path / "bang.pdf"
    year_report.write_year_report(
        two_years, year, out, body="BTGTU", now=dt.datetime(2026, 1, 5, 9)
    )
    with open_pdf(out.read_bytes()) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    flat = " ".join(text.split())
    assert f"BẢNG TỔNG HỢP KẾT QUẢ KHEN THƯỞNG NĂM {year}" in flat
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in flat and "BAN TUYÊN GIÁO" in flat
    for form, (c, p) in _form_counts(year, BODY).items():
        assert f"{form} " in flat
        assert any(
            form in line and line.rstrip().endswith(f"{c} {p} {c + p}")
            for line in text.splitlines()
        ), (form, text)
    c, p = _totals(year, BODY)
    assert f"Tổng cộng {c} {p} {c + p}" in flat
    assert f"Năm {year} có {c} tập thể và {p} cá nhân được khen thưởng./." in flat
    assert "TRƯỞNG BAN" in flat and "Nguyễn Văn Phong" in flat


def test_year_report_docx(two_years: Database, tmp_path: Path) -> None:
    out = tmp_path / "bang.docx"
    year_report.write_year_report(two_years, 2025, out, body="Ban Tuyên giáo Tỉnh ủy Bắc Giang")
    document = open_docx(out.read_bytes())
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "STT")
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["STT", "Hình thức khen thưởng", "Quyết định", "Tập thể", "Cá nhân", "Cộng"]
    got = {r[1]: (int(r[3]), int(r[4])) for r in rows[1:-1]}
    assert got == _form_counts(2025, BODY)
    c, p = _totals(2025, BODY)
    assert rows[-1][1:] == ["Tổng cộng", "", str(c), str(p), str(c + p)]
    assert "22-QĐ/BTGTU ngày 08/01/2025" in {r[2] for r in rows}


def test_year_report_xlsx(two_years: Database, tmp_path: Path) -> None:
    out = tmp_path / "bang.xlsx"
    year_report.write_year_report(two_years, 2025, out, body="btgtu")
    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    assert sheet is not None
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(values) if r[0] == "STT")
    total = next(i for i, r in enumerate(values) if r[1] == "Tổng cộng")
    got = {r[1]: (r[3], r[4]) for r in values[header + 1 : total]}
    assert got == _form_counts(2025, BODY)
    c, p = _totals(2025, BODY)
    assert tuple(values[total][3:6]) == (c, p, c + p)
    texts = {v for r in values for v in r if isinstance(v, str)}
    assert "BẢNG TỔNG HỢP KẾT QUẢ KHEN THƯỞNG NĂM 2025" in {t.replace("\n", " ") for t in texts}
    assert "TRƯỞNG BAN" in texts and "Nguyễn Văn Phong" in texts
    assert {"TỈNH ỦY BẮC GIANG", "BAN TUYÊN GIÁO", "*", "ĐẢNG CỘNG SẢN VIỆT NAM"} <= texts


def test_year_report_of_the_second_body(two_years: Database, tmp_path: Path) -> None:
    out = tmp_path / "btc.xlsx"
    written = year_report.write_year_report(two_years, 2025, out, body="Ban Tổ chức")
    assert "Ban Tổ chức Tỉnh ủy Bắc Giang" in written.record
    sheet = load_workbook(out).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    total = next(r for r in values if r[1] == "Tổng cộng")
    c, p = _totals(2025, "Ban Tổ chức")
    assert total[3:6] == (c, p, c + p)


def test_year_report_needs_a_body_when_two_issued(two_years: Database, tmp_path: Path) -> None:
    out = tmp_path / "bang.pdf"
    with pytest.raises(ValueError, match=r"có quyết định của 2 cơ quan.*--body"):
        year_report.write_year_report(two_years, 2025, out)
    with pytest.raises(ValueError, match="Không có cơ quan khen thưởng “Sở Y tế”"):
        year_report.write_year_report(two_years, 2025, out, body="Sở Y tế")
    with pytest.raises(ValueError, match="Năm 2019 chưa có quyết định"):
        year_report.write_year_report(two_years, 2019, out)
    assert not out.exists()


def test_cli_year_report(
    two_years_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bang-2024.docx"
    # 2024 has one issuing body: no --body needed.
    assert main(["--db", two_years_file, "year-report", "2024", "-o", str(out)]) == 0
    assert "Bảng tổng hợp kết quả khen thưởng năm 2024" in capsys.readouterr().out
    document = open_docx(out.read_bytes())
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "STT")
    c, p = _totals(2024, BODY)
    assert [cell.text for cell in table.rows[-1].cells][3:] == [str(c), str(p), str(c + p)]
    assert main(["--db", two_years_file, "year-report", "2024", "-o", str(tmp_path / "a.txt")]) == 1
    assert "chọn tệp có đuôi .pdf, .docx, .xlsx" in capsys.readouterr().err


def test_state_style_year_report(db: Database, tmp_path: Path) -> None:
    state = Path(__file__).parents[1] / "data" / "packages" / "state-v1.json"
    load_package(db, state)
    data = json.loads(state.read_text(encoding="utf-8"))
    year = int(data["decisions"][0]["date"][:4])
    out = tmp_path / "state.pdf"
    year_report.write_year_report(db, year, out, body="SNV")
    with open_pdf(out.read_bytes()) as pdf:
        flat = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in flat
    assert "Độc lập - Tự do - Hạnh phúc" in flat
    own = [d for d in data["decisions"] if d["issuer"]["abbreviation"] == "SNV"]
    people = sum(r["kind"] == "person" for d in own for r in d["recipients"])
    groups = sum(r["kind"] == "collective" for d in own for r in d["recipients"])
    assert f"Tổng cộng {groups} {people} {groups + people}" in flat


def test_counts_follow_edits_of_the_list(two_years: Database) -> None:
    store = DecisionStore(two_years)
    decision = store.find("21-QĐ/BTGTU")
    removed = next(a for a in decision.awards if a.kind == "person")
    moved = next(a for a in decision.awards if a.kind == "person" and a is not removed)
    decision.awards = [a for a in decision.awards if a is not removed]
    old_unit = moved.unit
    moved.unit = "Ban Tuyên giáo Huyện ủy Sơn Động"
    before = st.statistics(two_years, 2025, 2025, "unit")
    store.save(decision)
    after = st.statistics(two_years, 2025, 2025, "unit")
    assert after.total.people == before.total.people - 1

    def people(result: st.Statistics, unit: str) -> int:
        return sum(r.tally.people for r in result.rows if r.group == unit)

    assert people(after, "Ban Tuyên giáo Huyện ủy Sơn Động") == 1
    assert people(after, old_unit) == people(before, old_unit) - 1 - (removed.unit == old_unit)
