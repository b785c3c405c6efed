"""`vinhdanh history`, `duplicates` and `merge` over the sample and a second year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

SECOND_YEAR = Path(__file__).parent / "data" / "packages" / "second-year.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def two_years(tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "x.db"
    for package in (sample_path, SECOND_YEAR):
        assert run(capsys, "--db", str(db), "load", str(package))[0] == 0
    return db


def package_awards(name: str, *packages: Path) -> list[tuple[int, str, str, str]]:
    """(year, form, number, reason) of ``name`` read from the package files, oldest first."""
    found = []
    for package in packages:
        data = json.loads(package.read_text(encoding="utf-8"))
        for decision in data["decisions"]:
            for r in decision["recipients"]:
                if r["name"] == name:
                    reason = r.get("reason") or decision["reason"]
                    found.append(
                        (int(decision["date"][:4]), decision["award"], decision["number"], reason)
                    )
    return sorted(found)


def test_history_lists_the_years_oldest_first(
    two_years: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "--db", str(two_years), "history", "nong", "van", "su")
    assert status == 0
    lines = out.splitlines()
    assert (
        lines[0]
        == "Cá nhân Nông Văn Sự — Chuyên viên, Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh"
    )
    expected = package_awards("Nông Văn Sự", sample_path, SECOND_YEAR)
    assert lines[1:] == [
        line
        for year, form, number, reason in expected
        for line in (
            f"{year}  {form} — Quyết định số {number} ngày "
            + ("03/01/2024" if year == 2024 else "08/01/2025"),
            f"      {reason}",
        )
    ]


def test_history_json_of_a_collective(
    two_years: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "--db", str(two_years), "history", "Báo Bắc Giang", "--json")
    assert status == 0
    found = json.loads(out)
    assert (found["kind"], found["name"]) == ("collective", "Báo Bắc Giang")
    assert [
        (a["year"], a["award_form"], a["number"], a["reason"]) for a in found["awards"]
    ] == package_awards("Báo Bắc Giang", sample_path, SECOND_YEAR)
    by_id = run(capsys, "--db", str(two_years), "history", found["id"], "--json")[1]
    assert json.loads(by_id) == found


def test_history_of_someone_unknown_or_ambiguous(
    two_years: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "--db", str(two_years), "history", "Không Có Ai")
    assert (status, out) == (1, "")
    assert err == "vinhdanh: Danh bạ không có người hay tập thể nào tên hoặc mã “Không Có Ai”\n"


def test_duplicates_then_merge_then_history(
    two_years: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "--db", str(two_years), "duplicates", "--json")
    assert status == 0
    [pair] = json.loads(out)
    assert (pair["first"]["name"], pair["second"]["name"]) == (
        "Hà Thị Kiều Oanh",
        "Hà Thị Kiều Oan",
    )
    text = run(capsys, "--db", str(two_years), "duplicates")[1]
    assert text.startswith("họ tên gần giống, cùng đơn vị:\n  Hà Thị Kiều Oanh — Biên tập viên")

    status, out, _ = run(
        capsys, "--db", str(two_years), "merge", pair["first"]["id"], pair["second"]["id"]
    )
    assert status == 0
    assert "1 lần khen chuyển sang" in out and "Thùng rác" in out
    history = json.loads(
        run(capsys, "--db", str(two_years), "history", "Hà Thị Kiều Oanh", "--json")[1]
    )
    assert [a["year"] for a in history["awards"]] == [2024, 2025]
    assert run(capsys, "--db", str(two_years), "duplicates")[1] == (
        "Không thấy người hay tập thể nào có thể bị nhập hai lần.\n"
    )


def test_duplicates_lists_collectives_entered_twice(
    two_years: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.session import Library

    library = Library.open(two_years)
    decision = library.decisions.get_decision(library.decisions.decisions()[0].id)
    twice = next(a for a in decision.awards if a.kind == "collective")
    library.close()
    typo = twice.name.replace(twice.name[-1], twice.name[-1] + twice.name[-1], 1)
    path = two_years.parent / "tap-the.csv"
    path.write_text(f"Tên tập thể,Loại\n{typo},Tập thể\n", encoding="utf-8")
    assert (
        run(
            capsys,
            "--db",
            str(two_years),
            "import-recipients",
            str(path),
            "--decision",
            decision.number,
        )[0]
        == 0
    )
    pairs = json.loads(run(capsys, "--db", str(two_years), "duplicates", "--json")[1])
    names = [(p["first"]["name"], p["second"]["name"], p["first"]["kind"]) for p in pairs]
    assert (twice.name, typo, "collective") in names
