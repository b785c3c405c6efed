"""Start-up imports what the first screen needs, nothing more (issue 12).

The document writers (reportlab, openpyxl, python-docx), the PDF rasteriser (pypdfium2), Pillow
and the pages not on the first screen load after the window is shown or when first used. Each
check runs the real start path in a fresh interpreter and lists the modules it loaded: a new
top-level import of a writer (the usual way start-up grows slow again) fails here, by name.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import library

NOT_AT_START = (
    "reportlab",
    "openpyxl",
    "docx",
    "pypdfium2",
    "PIL",
    "jsonschema",
    "desktop.services.documents",
    "desktop.services.certificates",
    "desktop.documents.certificates.pdf",
    "desktop.documents.official.pdf_render",
    "desktop.ui.editors.decision",
    "desktop.ui.pages.statistics",
    "desktop.ui.pages.templates",
    "desktop.ui.pages.settings",
    "desktop.ui.pages.issue_log",
    # The services and stores only other pages use (the session's facades import a service
    # module on its first call), and their widgets:
    "desktop.services.decisions",
    "desktop.services.directory",
    "desktop.services.packages",
    "desktop.services.recipients",
    "desktop.services.recycle_bin",
    "desktop.exchange",
    "desktop.storage.decisions",
    "desktop.storage.directory",
    "desktop.ui.pages.directory",
    "desktop.ui.pages.recycle_bin",
    # The meeting editor's tabs after the first (built when first shown), printing, dialogs:
    "desktop.ui.editors.meeting.attendance",
    "desktop.ui.editors.meeting.agenda",
    "desktop.ui.editors.meeting.rows",
    "desktop.ui.models.meeting",
    "desktop.ui.printing",
    "PySide6.QtPrintSupport",
    "desktop.ui.file_dialogs",
    "typing_extensions",
)

BEFORE_QT = (
    "sqlite_utils",
    "desktop.domain.records",
    "desktop.services.session",
    "desktop.services.meetings",
    "desktop.services.editing.meeting",
)
"""Imported before PySide6: once it is loaded, its import hook reads the source of every
module imported after it (``app.BEFORE_QT``)."""

START = """
import json, sys
from pathlib import Path
from desktop.ui.app import start
started = start(Path(sys.argv[1]), remember=False)
assert not isinstance(started, int), started
app, window, session = started
order = list(sys.modules)  # in the order they were imported
loaded = sorted(sys.modules)  # the window is shown; nothing deferred has run yet
shown = window.isVisible(), window.pages.currentIndex(), window.navigation.count()
session.close()
print(json.dumps({"modules": loaded, "shown": shown, "order": order}))
"""


def _run(code: str, *args: str, tmp_path: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _loaded(modules: object, names: tuple[str, ...]) -> list[str]:
    assert isinstance(modules, list)
    return [n for n in names if n in modules or any(m.startswith(n + ".") for m in modules)]


def test_importing_the_gui_entry_loads_no_document_writer(tmp_path: Path) -> None:
    found = _run(
        "import json, sys, desktop.cli, desktop.ui.app; print(json.dumps({'modules': "
        "sorted(sys.modules)}))",
        tmp_path=tmp_path,
    )
    assert _loaded(found["modules"], NOT_AT_START) == []
    assert "desktop.ui.app" in found["modules"]  # the check sees what it imported


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "van-phong.db"
    db, _ = library.create_demo(path)
    db.close()
    return path


def test_the_first_screen_shows_without_the_document_writers(tmp_path: Path, demo: Path) -> None:
    found = _run(START, str(demo), tmp_path=tmp_path)
    assert found["shown"] == [True, 0, 8]  # the Meetings page, all eight pages listed
    assert _loaded(found["modules"], NOT_AT_START) == []
    assert "desktop.ui.editors.meeting" in found["modules"]  # the first screen's editor
    order = found["order"]
    assert isinstance(order, list)
    late = [n for n in BEFORE_QT if order.index(n) > order.index("PySide6")]
    assert late == []


def test_the_decisions_page_loads_its_editor_when_first_shown(tmp_path: Path, demo: Path) -> None:
    """The lazy page still works from a fresh start: Ctrl+2's page builds and opens."""
    code = START.replace(
        "loaded = sorted(sys.modules)",
        "window.show_page(1); app.processEvents()\nloaded = sorted(sys.modules)",
    ).replace(
        "window.pages.currentIndex()",
        "window.pages.currentWidget() is window.decisions_page and "
        "window.decision_editor.record is not None",
    )
    found = _run(code, str(demo), tmp_path=tmp_path)
    assert found["shown"] == [True, True, 8]
    assert "desktop.ui.editors.decision" in found["modules"]
