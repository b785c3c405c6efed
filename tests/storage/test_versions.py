"""Migration 0004_record_versions: every editable record has a version that every write raises."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.storage.database import open_database
from desktop.storage.decisions import DecisionStore
from desktop.storage.errors import StaleRecordError
from desktop.storage.meetings import MeetingStore
from desktop.storage.organisations import OrganisationStore

FIRST_RELEASE = Path(__file__).parent.parent / "data" / "db" / "first-release.db"


def test_records_of_an_older_database_start_at_version_1_and_saves_raise_it(
    tmp_path: Path,
) -> None:
    # Made by the first release's code, before record versions existed.
    path = tmp_path / "old.db"
    shutil.copy(FIRST_RELEASE, path)

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
