"""Fixtures shared by every test: databases and the sample conference as records."""

from __future__ import annotations

import copy
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Qt must start offscreen and keep its settings out of the real profile (set before any import
# of PySide6, which pytest-qt triggers when it loads).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Previews are drawn on a thread of the test process, where the tests' monkeypatches hold; the
# preview process itself is tested in tests/ui/test_preview_process.py.
os.environ["VINHDANH_PREVIEW_THREAD"] = "1"
# Keep the user's real data folder (database, styles, templates, backups) out of every test,
# subprocesses included: platformdirs honours XDG_DATA_HOME on Linux; VINHDANH_DATA_DIR
# (desktop.paths) works on Windows too, where platformdirs asks the system, not the environment.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="vinhdanh-test-data-")
os.environ["VINHDANH_DATA_DIR"] = os.path.join(os.environ["XDG_DATA_HOME"], "VinhDanh")
# The Vietnamese .qm compiled at start-up goes to a temporary folder, never into resources/
# (desktop.ui.translations honours it; the wheel and the frozen build compile their own).
os.environ["VINHDANH_QM_DIR"] = os.path.join(os.environ["XDG_DATA_HOME"], "qm")

import pytest
from sqlite_utils import Database

from desktop import paths
from desktop.domain.records import Decision, Meeting
from desktop.exchange.meeting_package import MeetingPackage, read_package
from desktop.services.packages import load_package
from desktop.storage.database import open_database

SAMPLE_PACKAGE = paths.resource("demo", "hoi-nghi-tong-ket-2023.json")
"""The real conference of 3 January 2024 (Party style): decisions 14- and 15-QĐ/BTGTU."""


def _resource_files() -> dict[str, int]:
    return {
        p.relative_to(RESOURCES).as_posix(): p.stat().st_mtime_ns
        for p in RESOURCES.rglob("*")
        if p.is_file()
    }


RESOURCES = paths.resources_dir()
_RESOURCES_AT_START = _resource_files()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when a test wrote into resources/ (a compiled .qm, a changed template)."""
    now = _resource_files()
    changed = sorted(
        name
        for name in now.keys() | _RESOURCES_AT_START.keys()
        if now.get(name) != _RESOURCES_AT_START.get(name)
    )
    if changed:
        print(f"\nTests changed files in {RESOURCES}: {', '.join(changed[:10])}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def db() -> Iterator[Database]:
    """An empty, migrated, in-memory database."""
    database = open_database(None)
    yield database
    database.close()


@pytest.fixture
def sample_path() -> Path:
    """Path of the sample meeting package."""
    return SAMPLE_PACKAGE


@pytest.fixture
def sample_data() -> dict[str, Any]:
    """The sample package as decoded JSON (a fresh copy each time, free to change)."""
    return copy.deepcopy(_sample_json())


def _sample_json() -> dict[str, Any]:
    return json.loads(SAMPLE_PACKAGE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture
def sample_package() -> MeetingPackage:
    """The sample conference as records (nothing stored)."""
    return read_package(SAMPLE_PACKAGE)


@pytest.fixture
def sample_meeting(sample_package: MeetingPackage) -> Meeting:
    """The sample meeting record (Party style, Ban Tuyên giáo Tỉnh ủy Bắc Giang)."""
    return sample_package.meeting


@pytest.fixture
def sample_decision(sample_package: MeetingPackage) -> Decision:
    """Decision 15-QĐ/BTGTU: Giấy khen to 11 collectives and 15 people."""
    return next(d for d in sample_package.decisions if d.number == "15-QĐ/BTGTU")


@pytest.fixture
def sample_db(db: Database) -> Database:
    """An in-memory database holding the sample conference."""
    load_package(db, SAMPLE_PACKAGE)
    return db


@pytest.fixture(autouse=True)
def _no_log_file_left_behind() -> Iterator[None]:
    """A test that starts the app installs the rotating log file; the next test starts clean."""
    import logging
    import logging.handlers

    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
