"""A database that was there last time and is gone now is reported at start, never silently
replaced by an empty one (issue 14: a USB drive not plugged in)."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services import backup
from desktop.ui import app as app_module
from desktop.ui import missing_database, translations


@pytest.fixture(autouse=True)
def _no_translator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translations, "install", lambda app, language: [])


def _start_and_close(path: Path) -> None:
    started = app_module.start(path, remember=True)
    assert not isinstance(started, int)
    _, window, session = started
    window.close()
    session.close()
    if window.database_lock is not None:
        window.database_lock.unlock()
    gc.collect()


def _awards(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM awards").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def gone(qapp: QApplication, tmp_path: Path) -> tuple[Path, Path]:
    """A database opened once (the demo), backed up, then taken away (the USB drive)."""
    from desktop.services.session import Library

    path = tmp_path / "USB" / "van-phong.db"
    path.parent.mkdir()
    demo, _ = Library.demo(path)
    demo.close()
    _start_and_close(path)
    copy = backup.backup_database(path, tmp_path / "van-phong-20261201-090000.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path, copy


def test_a_database_gone_since_last_time_is_not_replaced_by_an_empty_one(
    gone: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = gone
    assert app_module.start(path, remember=False) == app_module.EXIT_FAILED
    assert not path.exists()  # nothing created in its place
    assert "not there any more" in capsys.readouterr().err


def test_the_user_may_restore_a_backup_into_its_place(
    gone: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, copy = gone
    monkeypatch.setattr(missing_database, "ask_about_missing", lambda p, offscreen=False: copy)
    _start_and_close(path)
    assert _awards(path) == 35


def test_the_user_may_start_empty_and_a_new_file_is_never_asked_about(
    gone: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path, _ = gone
    monkeypatch.setattr(
        missing_database, "ask_about_missing", lambda p, offscreen=False: missing_database.NEW
    )
    _start_and_close(path)
    assert _awards(path) == 0
    asked: list[Path] = []
    monkeypatch.setattr(
        missing_database, "ask_about_missing", lambda p, offscreen=False: asked.append(p)
    )
    _start_and_close(tmp_path / "mới.db")  # first time: simply created
    assert asked == [] and (tmp_path / "mới.db").is_file()
