"""The history timeline, earlier awards in the decision editor, the duplicates window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.services import decisions, directory, library, recycle_bin
from desktop.services.packages import load_package
from desktop.services.session import Library
from desktop.ui.editors.decision import DecisionEditor
from desktop.ui.models.awards import COL_NAME
from desktop.ui.pages.directory import DirectoryView
from desktop.ui.pages.duplicates import DuplicatesDialog

SECOND_YEAR = Path(__file__).parents[1] / "data" / "packages" / "second-year.json"


def two_years(demo_path: Path) -> None:
    db = library.open_library(demo_path)
    load_package(db, SECOND_YEAR)
    db.close()


def test_the_timeline_shows_each_year(qtbot: QtBot, demo_path: Path) -> None:
    two_years(demo_path)
    db = library.open_library(demo_path)
    view = DirectoryView(Library(db, demo_path))
    qtbot.addWidget(view)
    view.reload()
    hang = directory.find_entry(db, "Nguyễn Thị Thu Hằng")
    assert view.select(hang.id)
    assert view.timeline.years() == [
        (2024, ["Giấy khen\n15-QĐ/BTGTU"]),
        (2025, ["Giấy khen\n02-QĐ/BTGTU"]),
    ]
    assert view.history.rowCount() == 2
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    assert not view.timeline.grab().isNull()
    db.close()


def test_a_recipient_row_shows_earlier_awards(qtbot: QtBot, demo_path: Path) -> None:
    two_years(demo_path)
    db = library.open_library(demo_path)
    editor = DecisionEditor(Library(db, demo_path))
    qtbot.addWidget(editor)
    [second] = [d for d in decisions.decisions(db) if d.number == "02-QĐ/BTGTU"]
    editor.load(second.id)
    names = [editor.model.record(r).name for r in range(editor.model.rowCount())]
    row = names.index("Nguyễn Thị Thu Hằng")
    tip = editor.model.index(row, COL_NAME).data(0x03)  # Qt.ToolTipRole
    assert tip == "Already awarded: 2024 Giấy khen"  # "đã được khen: …" in Vietnamese
    assert editor.model.index(names.index("Phạm Thị Lan"), COL_NAME).data(0x03) is None
    editor.table.setCurrentIndex(editor.model.index(names.index("Báo Bắc Giang"), COL_NAME))
    assert editor.earlier_label.text() == "Already awarded: 2024 Giấy chứng nhận"
    db.close()


def test_scan_and_merge_in_the_window_then_undo(
    qtbot: QtBot, qtmodeltester: Any, demo_path: Path
) -> None:
    two_years(demo_path)
    db = library.open_library(demo_path)
    view = DirectoryView(Library(db, demo_path))
    qtbot.addWidget(view)
    view.reload()
    dialog = view.find_duplicates()
    assert isinstance(dialog, DuplicatesDialog)  # a child of the view: closed with it
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    pair = dialog.model.record(0)
    qtmodeltester.check(dialog.model)
    assert "Biên tập viên, Đài Phát thanh" in dialog.model.index(0, 2).data(0x03)  # tooltip
    assert (pair.first.name, pair.second.name) == ("Hà Thị Kiều Oanh", "Hà Thị Kiều Oan")
    with qtbot.waitSignal(view.deleted):
        dialog.merge_row(0, keep_first=False)  # keep the second record this time
    assert dialog.model.rowCount() == 0
    assert "Hà Thị Kiều Oanh" in dialog.status_label.text()
    assert view.select(pair.second.id)
    assert [y for y, _ in view.timeline.years()] == [2024, 2025]
    recycle_bin.restore(db, "person", pair.first.id)
    assert [h.year for h in directory.history(db, pair.first.id)] == [2024]
    assert [h.year for h in directory.history(db, pair.second.id)] == [2025]
    db.close()


def test_the_scan_can_be_cancelled(qtbot: QtBot, demo_path: Path) -> None:
    two_years(demo_path)
    db = library.open_library(demo_path)
    dialog = DuplicatesDialog(Library(db, demo_path))
    qtbot.addWidget(dialog)
    op = dialog.scan()
    op.cancel()
    qtbot.waitUntil(lambda: op.error is not None or op.outcome is not None, timeout=10_000)
    assert dialog.model.rowCount() == 0
    assert dialog.status_label.text() == "The scan was stopped."
    db.close()
