"""Page Up / Page Down act on the widget that has the focus: a table scrolls, a text box moves
its cursor, and only the preview turns its pages."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas
from sqlite_utils import Database

from desktop.services import decisions
from desktop.services.session import Library
from desktop.ui.editors.decision import DecisionEditor
from desktop.ui.models.awards import COL_NAME


def _three_pages() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number in (1, 2, 3):
        pdf.drawString(100, 700, f"Trang {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def editor(qtbot: QtBot, demo_db: Database, demo_path: Path) -> Iterator[DecisionEditor]:
    widget = DecisionEditor(Library(demo_db, demo_path))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.load(next(d.id for d in decisions.decisions(demo_db) if d.number == "15-QĐ/BTGTU"))
    widget.activateWindow()  # window-wide shortcuts reach the active window only
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: not widget.preview.busy, timeout=10000)
    widget.preview.show_pdf(_three_pages())
    yield widget
    widget.save_now()
    widget.close()


def test_page_keys_act_on_the_focused_widget(qtbot: QtBot, editor: DecisionEditor) -> None:
    preview = editor.preview
    table = editor.recipients.table
    table.setFocus()
    table.setCurrentIndex(editor.model.index(0, COL_NAME))
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    qtbot.wait(300)  # a button's shortcut clicks after a short animation
    assert table.currentIndex().row() > 0
    assert preview.current_page == 0
    row = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_PageUp)
    qtbot.wait(300)
    assert table.currentIndex().row() < row
    assert preview.current_page == 0

    qtbot.waitUntil(lambda: not preview.busy, timeout=10000)  # it follows the row chosen
    preview.show_pdf(_three_pages())
    scroll = preview._scroll  # what a click on the page gives the focus to
    scroll.setFocus()
    qtbot.waitUntil(scroll.hasFocus, timeout=2000)
    qtbot.keyClick(scroll, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: preview.current_page == 1, timeout=2000)
    qtbot.keyClick(scroll, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: preview.current_page == 2, timeout=2000)
    qtbot.keyClick(scroll, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: preview.current_page == 1, timeout=2000)
    assert table.currentIndex().row() < row  # the table did not move meanwhile


def test_page_down_in_a_text_box_moves_its_cursor_not_the_preview(
    qtbot: QtBot, demo_db: Database, demo_path: Path
) -> None:
    from desktop.services import meetings
    from desktop.ui.editors.meeting import MeetingEditor

    editor = MeetingEditor(Library(demo_db, demo_path))
    qtbot.addWidget(editor)
    editor.resize(1300, 700)
    editor.show()
    editor.load(meetings.meetings(demo_db)[0].id)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: not editor.preview.busy, timeout=10000)
    editor.preview.show_pdf(_three_pages())
    box = editor.conclusions_edit
    box.setPlainText("\n".join(f"Kết luận {n}" for n in range(1, 200)))
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.Start)
    qtbot.keyClick(box, Qt.Key.Key_PageDown)
    qtbot.wait(300)
    assert box.textCursor().blockNumber() > 0
    assert editor.preview.current_page == 0
    editor.close()
