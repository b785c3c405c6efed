"""The article on the reward money is kept with its decision: in the database (migration
0005_reward_money), in the meeting package (v2, optional ``reward``), in the decision PDF,
and the CLI options override what is stored."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.domain.records import RewardMoney
from desktop.storage.database import open_database
from desktop.storage.decisions import DecisionStore

NUMBER = "15-QĐ/BTGTU"
FUND = "Quỹ thi đua, khen thưởng của Ban Tuyên giáo Tỉnh ủy"
ARTICLE = (
    "Mỗi tập thể được thưởng 600.000 đồng, mỗi cá nhân được thưởng 300.000 đồng; tổng cộng "
    "11.100.000 đồng, trích từ " + FUND + "."
)


def _text(pdf: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)


@pytest.fixture
def package_with_reward(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> Path:
    """The sample conference written by `dump` (v2), with a reward added to 15-QĐ/BTGTU as
    an office would send it."""
    first = tmp_path / "gửi.db"
    assert main(["--db", str(first), "load", str(sample_path)]) == 0
    dumped = tmp_path / "hội nghị.vinhdanh"
    assert main(["--db", str(first), "dump", "2024-01-03", "-o", str(dumped)]) == 0
    capsys.readouterr()
    data = json.loads(dumped.read_text("utf-8"))
    [decision] = [d for d in data["decisions"] if d["number"] == NUMBER]
    decision["reward"] = {"person": "300000", "collective": "600000", "fund": FUND}
    dumped.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return dumped


def test_the_reward_travels_in_the_package_and_prints_in_the_decision(
    tmp_path: Path, package_with_reward: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = tmp_path / "nhận.db"
    assert main(["--db", str(db_file), "load", str(package_with_reward)]) == 0
    db = open_database(db_file)
    try:
        stored = DecisionStore(db).find(NUMBER).reward
        assert stored == RewardMoney(Decimal(300000), Decimal(600000), FUND)
        row = db.execute(
            "SELECT reward_person, reward_collective FROM decisions WHERE number = ?", [NUMBER]
        ).fetchone()
        assert row == ("300000", "600000")  # Decimal as text
        assert DecisionStore(db).find("14-QĐ/BTGTU").reward is None
    finally:
        db.close()

    # No option: the stored article is printed.
    pdf = tmp_path / "qd.pdf"
    assert main(["--db", str(db_file), "decision", NUMBER, "-o", str(pdf)]) == 0
    assert f"Điều 2. {ARTICLE}" in _text(pdf)

    # An option overrides its part; the rest (the fund) is kept from what is stored.
    option = ["--tien-thuong-ca-nhan", "500.000"]
    assert main(["--db", str(db_file), "decision", NUMBER, "-o", str(pdf), *option]) == 0
    text = _text(pdf)
    assert "mỗi cá nhân được thưởng 500.000 đồng" in text and FUND in text

    # Written out again, the package carries it.
    again = tmp_path / "lại.vinhdanh"
    assert main(["--db", str(db_file), "dump", "2024-01-03", "-o", str(again)]) == 0
    written = json.loads(again.read_text("utf-8"))["decisions"]
    [decision] = [d for d in written if d["number"] == NUMBER]
    assert decision["reward"] == {"person": "300000", "collective": "600000", "fund": FUND}


def test_an_amount_that_is_not_whole_dong_is_refused_by_the_package(
    tmp_path: Path, package_with_reward: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(package_with_reward.read_text("utf-8"))
    [decision] = [d for d in data["decisions"] if d["number"] == NUMBER]
    decision["reward"]["person"] = "300.000,5"
    package_with_reward.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    db_file = tmp_path / "nhận.db"
    assert main(["--db", str(db_file), "load", str(package_with_reward)]) == 1
    err = capsys.readouterr().err
    assert 'decisions[1].reward.person: "300.000,5" không phải số tiền' in err
