"""Issue 9: a damaged database does not stop the window; it says what is wrong and offers the
newest sound backup. An unexpected error is a dialog naming the rotating log file."""

from __future__ import annotations

import gc
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services import backup, errors, library
from desktop.ui import app as app_module
from desktop.ui import translations
from desktop.ui.errors import user_message


@pytest.fixture(autouse=True)
def _no_translator(monkeypatch: pytest.MonkeyPatch) -> None:
    """start() installs the Vietnamese translator in the shared test application; keep it out."""
    monkeypatch.setattr(translations, "install", lambda app, language: [])


def _damage(path: Path) -> None:
    page = 4096
    middle = (path.stat().st_size // page // 2) * page
    with path.open("r+b") as handle:
        handle.seek(middle)
        handle.write(bytes(range(256)) * (page // 256))


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "van-phong.db"
    db, _ = library.create_demo(path)
    db.close()
    gc.collect()
    backup.backup_database(path, tmp_path / "van-phong.db.sao-luu.bak")
    _damage(path)
    return path


def _awards(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM awards").fetchone()[0])
    finally:
        connection.close()


def test_the_window_opens_on_a_damaged_database_and_restores_the_backup(
    qapp: QApplication, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first release did not start at all on a database with one damaged page."""
    asked: list[tuple[str, list[Path]]] = []

    def choose_newest(path: Path, problem: str, backups: list[Path]) -> Path | None:
        asked.append((problem, backups))
        return backups[0]

    monkeypatch.setattr(app_module, "ask_about_damage", choose_newest)
    started = app_module.start(damaged, remember=False)
    assert not isinstance(started, int)
    _, window, session = started
    db = session.db
    try:
        assert window.isVisible()
        problem, backups = asked[0]
        assert problem and [p.name for p in backups] == ["van-phong.db.sao-luu.bak"]
        assert library.damage(db) == []
    finally:
        window.close()
        db.close()
    assert _awards(damaged) == 35
    assert list(damaged.parent.glob("van-phong.db.before-restore-*.bak"))  # the damaged file


def test_the_window_opens_anyway_when_the_user_declines(
    qapp: QApplication, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "ask_about_damage", lambda *a: None)
    started = app_module.start(damaged, remember=False)
    assert not isinstance(started, int)
    _, window, session = started
    db = session.db
    assert window.isVisible()
    window.close()
    db.close()


def test_an_unexpected_error_is_a_dialog_naming_the_log(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        raise KeyError("a bug in a slot")
    except KeyError as exc:
        message = user_message(exc)
    log = errors.log_path()
    assert str(log) in message
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "a bug in a slot" in text
    app_module._catch_bugs()
    try:
        sys.excepthook(ValueError, ValueError("x"), None)
    finally:
        sys.excepthook = sys.__excepthook__
    assert "vinhdanh: " in capsys.readouterr().err
