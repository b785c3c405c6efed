"""Nhập từ Excel…: the list shown as it will be imported; nothing stored before OK."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services.recipients import import_recipients
from desktop.storage.decisions import DecisionStore
from desktop.ui.models.awards import COL_NAME
from desktop.ui.widgets.import_preview import ImportPreviewDialog

ROWS: list[list[object]] = [
    ["UBND TỈNH THÁI NGUYÊN", None, None, None],  # merged title rows
    ["DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG GIẤY KHEN", None, None, None],
    [],
    ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],  # row 4
    [1, "Đặng Thị Ngọc Ánh", "Phó Trưởng phòng", "Phòng Tuyên truyền"],
    [2, "Tống Văn Minh", "Chuyên viên", "Văn phòng Sở"],
    [3, "Giáp Thị Nguyệt", "Chuyên viên", "Phòng Tổ chức"],
    [None, "Tổng cộng: 3 cá nhân", None, None],  # row 8
    [],
    [None, "Người lập biểu", None, "Thủ trưởng đơn vị"],  # row 10
]


def _xlsx(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A1:D1")
    sheet.merge_cells("A2:D2")
    path = tmp_path / "danh sách đề nghị.xlsx"
    book.save(path)
    return path


def test_the_list_is_shown_as_it_will_be_imported(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportPreviewDialog(_xlsx(tmp_path, ROWS))
    qtbot.addWidget(dialog)
    assert dialog.header_spin.value() == 4
    assert [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())] == [
        "Đặng Thị Ngọc Ánh",
        "Tống Văn Minh",
        "Giáp Thị Nguyệt",
    ]
    skipped = [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())]
    assert "Dòng 8: dòng tổng cộng “Tổng cộng: 3 cá nhân”" in skipped
    assert any(s.startswith("Dòng 10: phần ký tên") for s in skipped)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and ok.text() == "Import 3 recipient(s)"
    # The clerk says column C is not to be read: the titles go, the names stay.
    dialog.column_boxes[2].setCurrentIndex(0)
    assert dialog.model.index(0, 3).data() == ""
    assert dialog.mapping().columns == {"name": 1, "unit": 3}


def test_a_wrong_row_is_named_and_nothing_can_be_imported(qtbot: QtBot, tmp_path: Path) -> None:
    rows = [*ROWS[:5], [2, None, "Chuyên viên", "Văn phòng Sở"], *ROWS[6:]]
    dialog = ImportPreviewDialog(_xlsx(tmp_path, rows))
    qtbot.addWidget(dialog)
    problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert problems and problems[0].startswith("Dòng 6")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_confirmed_columns_are_what_is_stored(
    qtbot: QtBot, sample_db: Database, tmp_path: Path
) -> None:
    path = _xlsx(tmp_path, ROWS)
    dialog = ImportPreviewDialog(path)
    qtbot.addWidget(dialog)
    dialog.column_boxes[2].setCurrentIndex(0)  # no titles
    before = len(DecisionStore(sample_db).find("14-QĐ/BTGTU").awards)
    result = import_recipients(sample_db, path, "14-QĐ/BTGTU", mapping=dialog.mapping())
    awards = DecisionStore(sample_db).find("14-QĐ/BTGTU").awards
    assert result.added == 3 and len(awards) == before + 3
    assert [(a.name, a.title, a.unit) for a in awards[-3:]] == [
        (a.name, "", a.unit) for a in dialog.model.awards
    ]


def test_a_list_dropped_on_the_decision_is_added_in_one_step(
    qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from desktop.services.session import Library
    from desktop.ui.editors.decision import DecisionEditor

    editor = DecisionEditor(Library(demo_db, demo_path))
    qtbot.addWidget(editor)
    decision = DecisionStore(demo_db).find("14-QĐ/BTGTU")
    editor.load(decision.id)
    before = editor.model.rowCount()
    shown: list[ImportPreviewDialog] = []
    real = editor.recipients.import_file
    editor.recipients.table.file_dropped.disconnect()
    editor.recipients.table.file_dropped.connect(lambda path: shown.append(real(path)))

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_xlsx(tmp_path, ROWS)))])
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.recipients.table.dropEvent(drop)
    [dialog] = shown
    assert editor.model.rowCount() == before  # nothing before OK
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert editor.model.rowCount() == before + 3
    assert [editor.model.index(before + i, COL_NAME).data() for i in range(3)] == [
        "Đặng Thị Ngọc Ánh",
        "Tống Văn Minh",
        "Giáp Thị Nguyệt",
    ]
    editor.undo_stack.undo()  # Ctrl+Z takes the whole import out
    assert editor.model.rowCount() == before
