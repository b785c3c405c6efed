"""Every shipped schema upgrades with today's code, with its data.

Each file in tests/data/db was made by the code of the release it is named after (README.md
there says how), never by today's code: the test opens a copy with today's ``open_database``
and checks that every row is still there with its values, that the file is sound, and that
opening it again changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from desktop.domain.records import RewardMoney
from desktop.storage.database import integrity_problems, open_database, schema_version
from desktop.storage.decisions import DecisionStore
from desktop.storage.meetings import MeetingStore
from desktop.storage.migrations import migrations
from desktop.storage.organisations import OrganisationStore

DB_FOLDER = Path(__file__).parent.parent / "data" / "db"


@dataclass(frozen=True)
class Release:
    file: str
    schema: str
    counts: dict[str, int]
    """Rows of the records a user sees (recycle bin included)."""


RELEASES = [
    Release(
        "first-release.db",
        "0002_printers",
        {"organisations": 3, "meetings": 3, "decisions": 7, "awards": 46, "people": 22,
         "collectives": 23, "attendees": 6, "certificate_issues": 0},
    ),
    Release(
        "second-release.db",
        "0009_unit_tallies",
        {"organisations": 4, "meetings": 4, "decisions": 9, "awards": 52, "people": 27,
         "collectives": 25, "attendees": 9, "certificate_issues": 2, "directory_merges": 1,
         "printers": 2},
    ),
]  # fmt: skip

LATEST = migrations._migrations[-1].name
DROPPED_TALLIES = {"unit_tallies"}
"""Derived counts (recomputable from the awards) that a later migration drops as unread."""


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _user_tables(connection: sqlite3.Connection) -> list[str]:
    """The tables that hold data (not SQLite's, not the search indexes' shadow tables)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return [n for n in names if "_fts" not in n and n != "_sqlite_migrations"]


def _rows(connection: sqlite3.Connection, table: str, columns: list[str]) -> Counter[Any]:
    quoted = ", ".join(f"[{c}]" for c in columns)
    return Counter(connection.execute(f"SELECT {quoted} FROM [{table}]").fetchall())


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info([{table}])")]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=RELEASES, ids=[r.file for r in RELEASES])
def release(request: pytest.FixtureRequest) -> Release:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def copied(tmp_path: Path, release: Release) -> Path:
    path = tmp_path / "vinhdanh.db"
    shutil.copy(DB_FOLDER / release.file, path)
    return path


def test_the_file_is_of_its_release(release: Release) -> None:
    with _read_only(DB_FOLDER / release.file) as old:
        names = [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert names[-1] == release.schema
    # Made by that release's code: it knows nothing of the migrations after its own.
    assert names == [m.name for m in migrations._migrations][: len(names)]


def test_every_row_survives_the_upgrade(release: Release, copied: Path) -> None:
    db = open_database(copied)
    assert schema_version(db) == LATEST
    assert integrity_problems(db) == []
    db.close()
    with _read_only(DB_FOLDER / release.file) as old, _read_only(copied) as new:
        kept = [t for t in _user_tables(old) if t not in DROPPED_TALLIES]
        assert set(kept) <= set(_user_tables(new))
        for table in kept:
            columns = _columns(old, table)
            before, after = _rows(old, table, columns), _rows(new, table, columns)
            if table in release.counts and table != "printers":
                # Every record, every value it had (Vietnamese text byte for byte).
                assert after == before, table
            else:
                # Rebuilt tables may hold more rows (0008 copies each printer to every paper).
                assert not before - after, table
        for table, count in release.counts.items():
            assert new.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] == count, table
        assert new.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_copy_is_kept_before_an_older_file_is_upgraded(release: Release, copied: Path) -> None:
    open_database(copied).close()
    pending = [m.name for m in migrations._migrations]
    with _read_only(DB_FOLDER / release.file) as old:
        applied = {r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")}
    first_new = next((name for name in pending if name not in applied), None)
    backups = sorted(p.name for p in copied.parent.glob("*.bak"))
    if first_new is None:
        assert backups == []
    else:
        assert backups == [f"vinhdanh.db.before-{first_new}.bak"]
        # The copy holds the old file's data (only the journal mode in its header differs).
        with (
            _read_only(DB_FOLDER / release.file) as old,
            _read_only(copied.parent / backups[0]) as kept,
        ):
            assert _user_tables(kept) == _user_tables(old)
            for table in ["_sqlite_migrations", *_user_tables(old)]:
                columns = _columns(old, table)
                assert _rows(kept, table, columns) == _rows(old, table, columns), table


def test_opening_again_changes_nothing(copied: Path) -> None:
    open_database(copied).close()
    files = sorted(p.name for p in copied.parent.iterdir())
    digest = _sha(copied)
    with _read_only(copied) as connection:
        applied = connection.execute("SELECT * FROM _sqlite_migrations").fetchall()
    db = open_database(copied)
    assert schema_version(db) == LATEST
    db.close()
    assert sorted(p.name for p in copied.parent.iterdir()) == files
    assert _sha(copied) == digest
    with _read_only(copied) as connection:
        assert connection.execute("SELECT * FROM _sqlite_migrations").fetchall() == applied


@pytest.fixture
def second(tmp_path: Path) -> Database:
    path = tmp_path / "vinhdanh.db"
    shutil.copy(DB_FOLDER / "second-release.db", path)
    return open_database(path)


def test_second_release_body_and_signer(second: Database) -> None:
    body = next(o for o in OrganisationStore(second).all() if o.abbreviation == "SGDĐT")
    assert (body.name, body.parent, body.full_name, body.head_title) == (
        "Sở Giáo dục và Đào tạo",
        "Ủy ban nhân dân tỉnh Bắc Giang",
        "Sở Giáo dục và Đào tạo tỉnh Bắc Giang",
        "Giám đốc",
    )
    signer = body.default_signer
    assert (signer.name, signer.title, signer.relation) == (
        "Nguyễn Thị Hồng Nhung",
        "Phó Giám đốc",
        "deputy",
    )
    assert body.legal_bases[1] == (
        "Căn cứ Quyết định số 12/2023/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Giang;"
    )


def test_second_release_decision_meeting_and_issued_certificates(second: Database) -> None:
    decision = DecisionStore(second).find("01/QĐ-SGDĐT")
    assert [(a.kind, a.salutation or "", a.name, a.unit) for a in decision.awards] == [
        ("collective", "", "Trường THPT Ngô Sĩ Liên", ""),
        ("collective", "", "Phòng Giáo dục trung học", ""),
        ("person", "Bà", "Ngô Thị Ánh", "Trường THPT Ngô Sĩ Liên"),
        ("person", "Ông", "Lê Văn Quyết", "Phòng Giáo dục trung học"),
        ("person", "Bà", "Đặng Thị Yến", "Trường THCS Lê Quý Đôn"),
    ]
    assert decision.reward == RewardMoney(
        Decimal(500000), Decimal(1000000), "Quỹ thi đua, khen thưởng"
    )
    assert decision.reason == "Đã có thành tích xuất sắc trong năm học 2024–2025"
    meeting = MeetingStore(second).get(decision.meeting_id)
    assert meeting.title == "Hội nghị tổng kết năm học 2024–2025"
    absent = [(a.name, a.reason) for a in meeting.attendees if not a.present]
    assert absent == [("Vũ Đức Thắng", "Đi công tác tại Hà Nội")]
    issued = second.execute(
        "SELECT a.name, i.printer, i.snapshot FROM certificate_issues i "
        "JOIN awards a ON a.id = i.award_id ORDER BY a.position"
    ).fetchall()
    assert [(name, printer) for name, printer, _ in issued] == [
        ("Trường THPT Ngô Sĩ Liên", "Canon LBP 2900"),
        ("Ngô Thị Ánh", "Canon LBP 2900"),
    ]
    assert "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG" in issued[1][2]


def test_second_release_recycle_bin_restores(second: Database) -> None:
    decisions = DecisionStore(second)
    assert [r["number"] for r in decisions.deleted()] == ["03/QĐ-SGDĐT"]
    assert [r["title"] for r in MeetingStore(second).deleted()] == ["Họp giao ban tháng 7 (hủy)"]
    merged = second.execute(
        "SELECT name FROM people WHERE merged_into IS NOT NULL AND deleted_at IS NOT NULL"
    ).fetchall()
    assert merged == [("Đặng Thị Yến",)]
    decisions.restore(decisions.deleted()[0]["id"])
    restored = decisions.find("03/QĐ-SGDĐT")
    assert [a.name for a in restored.awards] == ["Trịnh Văn Hải"]
    assert integrity_problems(second) == []


def test_first_release_decisions_keep_their_recipients(tmp_path: Path) -> None:
    path = tmp_path / "vinhdanh.db"
    shutil.copy(DB_FOLDER / "first-release.db", path)
    db = open_database(path)
    store = DecisionStore(db)
    decision = store.find("15-QĐ/BTGTU")
    assert len(decision.awards) == 26
    assert decision.signer.name == "Nguyễn Văn Phong"
    absent = [
        (a.name, a.reason)
        for a in MeetingStore(db).get(decision.meeting_id).attendees
        if not a.present
    ]
    assert absent == [("Thân Đức Hưng", "Đi công tác")]
    db.close()
