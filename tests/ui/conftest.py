"""Qt fixtures: offscreen, settings in a temporary folder, a demo database on disk."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture
def decision_editor(qtbot: Any, demo_db: Database, demo_path: Path) -> Iterator[Any]:
    """The decision editor, shown, on the demo's decision 15-QĐ/BTGTU (people)."""
    from desktop.services import decisions
    from desktop.services.session import Library
    from desktop.ui.editors.decision import DecisionEditor

    widget = DecisionEditor(Library(demo_db, demo_path))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.load(next(d.id for d in decisions.decisions(demo_db) if d.number == "15-QĐ/BTGTU"))
    yield widget
    widget.save_now()  # before the database closes
    widget.close()


@pytest.fixture
def meeting_editor(qtbot: Any, demo_db: Database, demo_path: Path) -> Iterator[Any]:
    """The meeting editor, shown, on the demo meeting."""
    from desktop.services import meetings
    from desktop.services.session import Library
    from desktop.ui.editors.meeting import MeetingEditor

    widget = MeetingEditor(Library(demo_db, demo_path))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.load(meetings.meetings(demo_db)[0].id)
    yield widget
    widget.save_now()  # before the database closes
    widget.close()


@pytest.fixture
def active_window(qtbot: Any, demo_db: Database, demo_path: Path) -> Any:
    """The main window on the demo database, shown and active (shortcuts reach the active
    window only)."""
    from desktop.services.session import Library
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import open_settings

    window = MainWindow(Library(demo_db, demo_path), open_settings(), remember=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window
