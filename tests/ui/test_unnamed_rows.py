"""A recipient's row with a title typed but no name (issue 14): marked at its cell, named in
the warnings, and left out of every count the same way (table, list, certificates)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import decisions
from desktop.services.session import Library
from desktop.ui.editors.decision import DOCUMENT_LIST, DecisionEditor
from desktop.ui.models.awards import COL_NAME, COL_TITLE, COL_UNIT


@pytest.fixture
def editor(decision_editor: DecisionEditor) -> DecisionEditor:
    return decision_editor


def _add_row(editor: DecisionEditor, name: str, title: str, unit: str) -> int:
    editor.table.setCurrentIndex(editor.model.index(editor.model.rowCount() - 1, COL_NAME))
    editor.add_recipient("person")
    row = editor.table.currentIndex().row()
    editor.table.setFocus()  # the cell editor the button opened is closed
    model = editor.model
    for column, text in ((COL_NAME, name), (COL_TITLE, title), (COL_UNIT, unit)):
        if text:
            assert model.setData(model.index(row, column), text)
    return row


def test_an_unnamed_row_is_marked_and_every_count_agrees(
    qtbot: QtBot, editor: DecisionEditor, tmp_path: Path
) -> None:
    # 26 recipients (11 collectives, 15 people); a row with only a title and a unit, and a
    # named one after it.
    unnamed = _add_row(editor, "", "Chuyên viên", "Phòng Tổ chức")
    _add_row(editor, "Lê Văn Tám", "Bảo vệ", "Văn phòng")
    _add_row(editor, "", "", "")  # a row just added, nothing typed yet: not a problem
    assert editor.model.rowCount() == 29

    cell = editor.model.index(unnamed, COL_NAME)
    message = f"Dòng {unnamed + 1}: chưa có tên người nhận"
    assert message in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    blank = editor.model.index(28, COL_NAME)
    assert blank.data(Qt.ItemDataRole.BackgroundRole) is None
    editor.table.setCurrentIndex(editor.model.index(unnamed, COL_TITLE))
    assert message in editor.recipients.problem_label.text()
    assert editor.recipients.problem_label.isVisibleTo(editor)
    assert message in editor.warning_label.text()
    assert "27" in editor.warning_label.text()  # how many the documents hold

    assert re.match(r"11\D+16\D+1\D", editor.count_label.text()), editor.count_label.text()
    editor.save_now()
    stored = decisions.get_decision(editor._library.db, editor.state.record.id)  # type: ignore[union-attr]
    assert len(stored.awards) == 27
    # The row stays in the editor, as typed, until it is named or removed.
    assert editor.state.awards[unnamed].title == "Chuyên viên"

    listed = tmp_path / "danh sách.pdf"
    with qtbot.waitSignal(editor.exported, timeout=30000):
        editor.export_document(DOCUMENT_LIST, listed)
    text = "".join(page.extract_text() for page in PdfReader(listed).pages)
    assert "(11 tập thể)" in text and "(16 cá nhân)" in text
    assert "Lê Văn Tám" in text
    certificates = tmp_path / "giấy khen.pdf"
    with qtbot.waitSignal(editor.exported, timeout=60000):
        editor.export_certificates(certificates)
    assert len(PdfReader(certificates).pages) == 27

    # Named: the mark goes, the row is stored and printed, the counts follow.
    assert editor.model.setData(cell, "Phạm Thị Mười")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert not editor.recipients.problem_label.isVisibleTo(editor)
    assert "chưa có tên" not in editor.warning_label.text()
    assert re.match(r"11\D+17\D*$", editor.count_label.text()), editor.count_label.text()


def test_an_unnamed_attendee_is_marked_and_left_out_of_the_minutes(
    qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    from desktop.services import meetings
    from desktop.ui.editors.meeting import MeetingEditor
    from desktop.ui.models.meeting import (
        COL_ATTENDEE_NAME,
        COL_ATTENDEE_ORGANISATION,
        COL_ATTENDEE_TITLE,
    )

    editor = MeetingEditor(Library(demo_db, demo_path))
    qtbot.addWidget(editor)
    editor.resize(1300, 800)
    editor.show()
    editor.load(meetings.meetings(demo_db)[0].id)

    def minutes_text(name: str) -> str:
        target = tmp_path / name
        with qtbot.waitSignal(editor.exported, timeout=30000):
            editor.export_minutes(target)
        return "".join(page.extract_text() for page in PdfReader(target).pages)

    before = minutes_text("trước.pdf")
    present = re.search(r"Có mặt: \d+", before)
    assert present
    model = editor.attendees
    editor.attendance.add_row()
    row = model.rowCount() - 1
    editor.attendee_table.setFocus()  # the cell editor the button opened is closed
    assert model.setData(model.index(row, COL_ATTENDEE_TITLE), "Chuyên viên")
    assert model.setData(model.index(row, COL_ATTENDEE_ORGANISATION), "Sở Tổ chức")

    cell = model.index(row, COL_ATTENDEE_NAME)
    message = f"Dòng {row + 1}: chưa có tên người tham dự"
    assert message in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    notes = editor.minutes.panel.notes_label
    assert message in notes.text() and notes.isVisibleTo(editor)
    after = minutes_text("sau.pdf")
    assert "Sở Tổ chức" not in after  # never ", Chuyên viên, Sở Tổ chức" with no name
    assert present[0] in after  # the same count as before the row

    assert model.setData(cell, "Phạm Văn Mười")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert not notes.isVisibleTo(editor)
    assert "Phạm Văn Mười" in minutes_text("đã có tên.pdf")
    editor.save_now()
    editor.close()
