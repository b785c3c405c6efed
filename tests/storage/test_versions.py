"""Migration 0004_record_versions: every editable record has a version that every write raises."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.services.packages import load_package
from desktop.storage import migrations as migrations_module
from desktop.storage.database import open_database
from desktop.storage.decisions import DecisionStore
from desktop.storage.errors import StaleRecordError
from desktop.storage.meetings import MeetingStore
from desktop.storage.organisations import OrganisationStore


def test_records_of_an_older_database_start_at_version_1_and_saves_raise_it(
    tmp_path: Path, sample_path: Path
) -> None:
    path = tmp_path / "old.db"
    old = Database(path)
    old.execute("PRAGMA foreign_keys=ON")
    migrations_module.migrations.apply(old, stop_before="0004_record_versions")
    load_package(old, sample_path)
    old.close()

    db = open_database(path)
    decisions = DecisionStore(db)
    decision = decisions.find("15-QĐ/BTGTU")
    meeting = MeetingStore(db).get(decision.meeting_id)
    assert (decision.version, meeting.version, decision.issuer.version) == (1, 1, 1)

    decision.reason = "Đã sửa"
    decisions.save(decision)
    assert decisions.get(decision.id).version == 2
    MeetingStore(db).save(meeting)
    assert MeetingStore(db).get(meeting.id).version == 2
    OrganisationStore(db).update(decision.issuer)
    assert OrganisationStore(db).get(decision.issuer.id).version == 2

    with pytest.raises(StaleRecordError, match="Quyết định 15-QĐ/BTGTU vừa được sửa ở nơi khác"):
        decisions.save(decision)  # still at version 1
    with pytest.raises(StaleRecordError, match="Hội nghị"):
        MeetingStore(db).save(meeting)
    assert decisions.get(decision.id).reason == "Đã sửa"


def test_an_update_by_any_other_code_raises_the_version(sample_db: Database) -> None:
    row = sample_db.execute("select id, version from meetings").fetchone()
    with sample_db.atomic():
        sample_db.execute("update meetings set location = 'Hội trường B' where id = ?", [row[0]])
    assert sample_db.execute("select version from meetings").fetchone()[0] == row[1] + 1
