"""The history timeline, earlier awards in the decision editor, the duplicates window."""

from __future__ import annotations

import json
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
from desktop.ui.pages.recycle_bin import RecycleBinView

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


def test_two_collectives_merged_in_the_window_and_restored_from_the_recycle_bin(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    # The second year's list names "Ban Tuyên giáo Huyện ủy Lục Nam" with a space missing: a
    # second collective, one letter apart, with the 2025 award.
    data = json.loads(SECOND_YEAR.read_text(encoding="utf-8"))
    [recipient] = [
        r
        for r in data["decisions"][0]["recipients"]
        if r["name"] == "Ban Tuyên giáo Huyện ủy Lục Nam"
    ]
    recipient["name"] = "Ban Tuyên giáo Huyệnủy Lục Nam"
    typo = tmp_path / "nam-sau.json"
    typo.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db = library.open_library(demo_path)
    load_package(db, typo)
    view = DirectoryView(Library(db, demo_path))
    qtbot.addWidget(view)
    view.reload()
    dialog = view.find_duplicates()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    [row] = [r for r in range(2) if dialog.model.record(r).first.kind == "collective"]
    pair = dialog.model.record(row)
    assert dialog.model.index(row, 0).data() == "tập thể tên gần giống"
    assert (pair.first.name, pair.second.name) == (
        "Ban Tuyên giáo Huyện ủy Lục Nam",
        "Ban Tuyên giáo Huyệnủy Lục Nam",
    )
    assert "1 awards" in dialog.model.index(row, 2).data()
    with qtbot.waitSignal(view.deleted):
        dialog.merge_row(row, keep_first=True)
    assert dialog.model.rowCount() == 1  # the people's pair is left
    assert "Ban Tuyên giáo Huyệnủy Lục Nam was merged into" in dialog.status_label.text()
    # The history of the kept collective shows both years, in the directory's timeline.
    assert view.select(pair.first.id)
    assert [y for y, _ in view.timeline.years()] == [2024, 2025]
    assert not view.select(pair.second.id)  # in the recycle bin now
    # Undo: restore the merged collective in the recycle bin window.
    bin_view = RecycleBinView(Library(db, demo_path))
    qtbot.addWidget(bin_view)
    bin_view.reload()
    titles = [bin_view.model.record(r).title for r in range(bin_view.model.rowCount())]
    with qtbot.waitSignal(bin_view.restored):
        bin_view.restore_rows([titles.index("Ban Tuyên giáo Huyệnủy Lục Nam")])
    assert bin_view.model.rowCount() == 0
    view.reload()
    assert view.select(pair.first.id)
    assert [y for y, _ in view.timeline.years()] == [2024]
    assert view.select(pair.second.id)
    assert [y for y, _ in view.timeline.years()] == [2025]
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
