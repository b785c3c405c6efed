"""Issue 9: a damaged database does not stop the window; it says what is wrong and offers the
newest sound backup. An unexpected error is a dialog naming the rotating log file."""

from __future__ import annotations

import gc
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

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


def _damage_question(qtbot: QtBot, window: Any) -> QMessageBox:
    """The dialog the quick check opens once it has found the damage (not blocking)."""
    qtbot.waitUntil(lambda: window.property("damage_question") is not None, timeout=10_000)
    box = window.property("damage_question")
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_the_window_opens_on_a_damaged_database_and_restores_the_backup(
    qapp: QApplication, qtbot: QtBot, damaged: Path
) -> None:
    """The first release did not start at all on a database with one damaged page. The
    quick check runs after the window is shown; what it finds is a dialog offering the
    newest sound backup, which is then restored into the open window."""
    started = app_module.start(damaged, remember=False)
    assert not isinstance(started, int)
    _, window, session = started
    try:
        assert window.isVisible()
        assert window.property("damage_question") is None  # start-up did not wait for it
        app_module.check_health(window)
        box = _damage_question(qtbot, window)
        assert "van-phong.db.sao-luu.bak" in box.text()
        assert str(damaged) in box.text()
        _button(box, "Restore the backup").click()
        assert library.damage(session.db) == []
        assert window.meetings_page.list.count() == 1  # the restored data is shown
    finally:
        window.close()
        session.close()
    assert _awards(damaged) == 35
    assert list(damaged.parent.glob("van-phong.db.before-restore-*.bak"))  # the damaged file


def test_the_window_goes_on_when_the_user_declines(
    qapp: QApplication, qtbot: QtBot, damaged: Path
) -> None:
    started = app_module.start(damaged, remember=False)
    assert not isinstance(started, int)
    _, window, session = started
    try:
        app_module.check_health(window)
        box = _damage_question(qtbot, window)
        _button(box, "Go on without restoring").click()
        assert window.isVisible()
        assert library.damage(session.db) != []  # nothing was replaced
        assert not list(damaged.parent.glob("van-phong.db.before-restore-*.bak"))
    finally:
        window.close()
        session.close()


def test_a_sound_database_is_checked_without_a_question(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "van-phong.db"
    db, _ = library.create_demo(path)
    db.close()
    started = app_module.start(path, remember=False)
    assert not isinstance(started, int)
    _, window, session = started
    try:
        op = app_module.check_health(window)
        qtbot.waitUntil(lambda: op.outcome is not None or op.error is not None, timeout=10_000)
        assert op.error is None and op.outcome.problems == []
        assert window.property("damage_question") is None
    finally:
        window.close()
        session.close()


def test_the_real_start_checks_the_database_once_the_window_is_up(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``run`` calls ``after_start`` once the window is shown; that starts the check."""
    checked: list[object] = []
    monkeypatch.setattr(app_module, "check_health", checked.append)
    window = _FakeWindow()
    app_module.after_start(window, tmp_path / "van-phong.db")
    assert checked == [window]


class _FakeWindow:
    read_only = True

    class settings_view:  # the window's attribute
        @staticmethod
        def needs_first_start() -> bool:
            return False


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
