"""Qt fixtures: offscreen, settings in a temporary folder, a demo database on disk."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from sqlite_utils import Database

from desktop.services import library

QStandardPaths.setTestModeEnabled(True)


UI_TESTS = Path(__file__).parent
QT_NOISE = (
    # The offscreen platform plugin says this for every top-level window it shows.
    r"This plugin does not support propagateSizeHints\(\)",
    # … and these when a popup (a completer's list) opens.
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the (keyboard|mouse)",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Qt warnings (a bad signal connection, a model that lies) fail the test that caused them.
    for item in items:
        if UI_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_NOISE))


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> Iterator[None]:
    """Keep QSettings (window geometry, language) out of the real profile."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def demo_path(tmp_path: Path) -> Iterator[Path]:
    """A database file holding the demo conference."""
    path = tmp_path / "demo.db"
    db, _ = library.create_demo(path)
    db.close()
    yield path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    """The GUI thread's connection to the demo database."""
    db = library.open_library(demo_path)
    yield db
    db.close()
