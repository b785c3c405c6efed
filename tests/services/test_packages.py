"""Loading packages is all or nothing; dumping gives back what was loaded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from desktop.exchange.meeting_package import PackageError
from desktop.exchange.package_writer import dump_package
from desktop.services import library
from desktop.services.packages import dump_meeting, export_meeting, load_package
from desktop.storage.decisions import DecisionStore
from tests.package_helpers import as_version_2

RECORD_TABLES = (
    "organisations",
    "meetings",
    "attendees",
    "agenda_items",
    "action_items",
    "people",
    "collectives",
    "decisions",
    "awards",
)


def counts(db: Database) -> dict[str, int]:
    return {t: db.table(t).count for t in RECORD_TABLES}


def write(tmp_path: Path, data: dict[str, Any], name: str = "goi.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_load_then_dump_round_trips(
    db: Database, sample_data: dict[str, Any], sample_path: Path
) -> None:
    result = load_package(db, sample_path)
    assert len(result.decision_ids) == 2
    assert result.awards == 35
    dumped = json.loads(dump_package(dump_meeting(db, result.meeting_id)))
    assert dumped == as_version_2(sample_data, organiser_learns_head=True)


def test_export_writes_the_package_file(
    sample_db: Database, sample_data: dict[str, Any], tmp_path: Path
) -> None:
    out = export_meeting(sample_db, "2024-01-03", tmp_path / "hoi-nghi.json")
    assert json.loads(out.read_text(encoding="utf-8")) == as_version_2(
        sample_data, organiser_learns_head=True
    )
    assert [p.name for p in tmp_path.iterdir()] == ["hoi-nghi.json"]  # no temporary left


def test_bad_package_leaves_nothing(
    db: Database, sample_data: dict[str, Any], tmp_path: Path
) -> None:
    del sample_data["decisions"][1]["recipients"][13]["name"]
    with pytest.raises(PackageError, match=r"recipients\[13\]\.name: thiếu tên người nhận"):
        load_package(db, write(tmp_path, sample_data))
    assert set(counts(db).values()) == {0}
    assert library.check(db).problems == []


def test_failure_while_writing_rolls_everything_back(
    sample_db: Database, sample_data: dict[str, Any], tmp_path: Path
) -> None:
    """The meeting is new but its second decision is already stored: nothing is added."""
    before = counts(sample_db)
    sample_data["meeting"]["title"] = "Hội nghị khác"
    sample_data["decisions"][0]["number"] = "99-QĐ/BTGTU"
    with pytest.raises(PackageError, match=r"decisions\[1\]\.number: Quyết định 15-QĐ/BTGTU"):
        load_package(sample_db, write(tmp_path, sample_data))
    assert counts(sample_db) == before
    assert library.check(sample_db).problems == []


def test_crash_in_the_middle_leaves_nothing(
    db: Database, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = DecisionStore._write_awards
    calls = []

    def crash_on_second(self: DecisionStore, decision_id: str, awards: list[Any]) -> None:
        calls.append(decision_id)
        if len(calls) == 2:
            raise OSError("disk I/O error")
        original(self, decision_id, awards)

    monkeypatch.setattr(DecisionStore, "_write_awards", crash_on_second)
    with pytest.raises(OSError, match="disk I/O"):
        load_package(db, sample_path)
    assert set(counts(db).values()) == {0}


def test_same_package_twice_is_refused(sample_db: Database, sample_path: Path) -> None:
    before = counts(sample_db)
    with pytest.raises(PackageError, match=r"meeting: hội nghị .* đã có trong cơ sở dữ liệu"):
        load_package(sample_db, sample_path)
    assert counts(sample_db) == before


def test_second_package_reuses_the_directory(
    sample_db: Database, sample_data: dict[str, Any], tmp_path: Path
) -> None:
    before = counts(sample_db)
    sample_data["meeting"]["title"] = "Hội nghị sơ kết 6 tháng đầu năm 2024"
    sample_data["meeting"]["starts_at"] = "2024-07-05T08:00"
    sample_data["meeting"]["ends_at"] = "2024-07-05T11:00"
    for index, decision in enumerate(sample_data["decisions"]):
        decision["number"] = f"{40 + index}-QĐ/BTGTU"
        decision["date"] = "2024-07-05"
    load_package(sample_db, write(tmp_path, sample_data))
    after = counts(sample_db)
    assert after["people"] == before["people"]
    assert after["collectives"] == before["collectives"]
    assert after["organisations"] == before["organisations"]
    assert after["awards"] == 2 * before["awards"]


def test_the_issuers_default_signer_comes_from_its_decisions(sample_db: Database) -> None:
    from desktop.storage.organisations import OrganisationStore

    [org] = [o for o in OrganisationStore(sample_db).all() if o.name == "Ban Tuyên giáo"]
    assert (org.default_signer.title, org.default_signer.name) == ("Trưởng Ban", "Nguyễn Văn Phong")
