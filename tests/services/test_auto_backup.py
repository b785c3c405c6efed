"""Automatic backups: due once a day while open and on close after a change; rotated 7 + 4."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from desktop.services import auto_backup
from desktop.services.files import OutputError
from desktop.services.session import Library


@pytest.fixture
def database(tmp_path: Path) -> Path:
    library, _ = Library.demo(tmp_path / "văn-phòng.db")
    library.close()
    return tmp_path / "văn-phòng.db"


def _touch(path: Path, when: dt.datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            os.utime(extra, (when.timestamp(), when.timestamp()))


def test_first_backup_is_a_sound_copy_with_the_meeting(database: Path, tmp_path: Path) -> None:
    usb = tmp_path / "USB" / "Sao lưu"
    now = dt.datetime(2026, 12, 2, 9, 30)
    result = auto_backup.back_up_if_due(database, usb, now=now)
    assert result.written == usb / "văn-phòng-tu-dong-20261202-093000.db"
    copy = Library.open(result.written)
    try:
        titles = [m.title for m in copy.meetings.meetings()]
        assert any("tổng kết" in t.lower() for t in titles)
    finally:
        copy.close()
    assert auto_backup.last_backup(database, usb) == now


def test_at_most_one_copy_a_day_while_open(database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    morning = dt.datetime(2026, 12, 2, 8, 0)
    assert auto_backup.back_up_if_due(database, folder, now=morning).written is not None
    later = auto_backup.back_up_if_due(database, folder, now=morning.replace(hour=16))
    assert later.written is None
    tomorrow = auto_backup.back_up_if_due(database, folder, now=morning + dt.timedelta(days=1))
    assert tomorrow.written is not None


def test_on_close_only_when_the_database_changed_since(database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = dt.datetime(2026, 12, 2, 8, 0)
    _touch(database, first - dt.timedelta(hours=1))
    auto_backup.back_up_if_due(database, folder, now=first)
    unchanged = auto_backup.back_up_if_due(
        database, folder, closing=True, now=first + dt.timedelta(hours=2)
    )
    assert unchanged.written is None
    _touch(database, first + dt.timedelta(hours=3))  # the clerk saved something
    changed = auto_backup.back_up_if_due(
        database, folder, closing=True, now=first + dt.timedelta(hours=4)
    )
    assert changed.written is not None


def test_rotation_keeps_seven_days_and_four_weeks_and_never_a_manual_copy(
    database: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 9, 1, 17, 0)  # a Tuesday
    for n in range(60):  # two copies a day for sixty days
        for hour in (9, 17):
            when = (start + dt.timedelta(days=n)).replace(hour=hour)
            (folder / f"văn-phòng-tu-dong-{when:%Y%m%d-%H%M%S}.db").write_bytes(b"x")
    manual = folder / "văn-phòng-20260901-120000.db"
    manual.write_bytes(b"manual")
    other = folder / "khác-tu-dong-20260901-120000.db"  # another database's copy
    other.write_bytes(b"other")

    auto_backup.rotate(database, folder)

    kept = [when for when, _ in auto_backup.automatic_backups(database, folder)]
    last_day = (start + dt.timedelta(days=59)).date()
    daily = [last_day - dt.timedelta(days=n) for n in range(7)]
    assert [k.date() for k in kept[:7]] == daily
    assert all(k.hour == 17 for k in kept)  # the newest copy of each day
    weekly = kept[7:]
    assert len(weekly) == 4
    weeks = [k.isocalendar()[:2] for k in weekly]
    assert len(set(weeks)) == 4
    assert all(w not in {d.isocalendar()[:2] for d in daily} for w in weeks)
    assert manual.read_bytes() == b"manual" and other.read_bytes() == b"other"


def test_a_pulled_out_usb_drive_is_a_clear_error(database: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "E"
    blocker.write_text("not a folder")  # the drive letter now names a file
    with pytest.raises(OutputError, match=r"Không tạo được thư mục sao lưu .*Sao lưu"):
        auto_backup.back_up_if_due(database, blocker / "Sao lưu", now=dt.datetime(2026, 12, 2))
