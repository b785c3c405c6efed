"""The main window: navigation, search, shortcuts, remembered geometry, recycle bin."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import decisions, meetings
from desktop.services.session import Library
from desktop.ui.main_window import (
    PAGE_BIN,
    PAGE_DECISIONS,
    PAGE_DIRECTORY,
    PAGE_MEETINGS,
    MainWindow,
)
from desktop.ui.settings import open_settings


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, demo_path: Path) -> Iterator[MainWindow]:
    widget = MainWindow(Library(demo_db, demo_path), open_settings())
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def test_navigation_has_every_page(window: MainWindow) -> None:
    texts = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert texts == [
        "Meetings",
        "Decisions & awards",
        "People & collectives",
        "Certificate templates",
        "Settings",
        "Recycle bin",
        "Statistics",
        "Certificate register",
    ]
    assert window.meeting_editor.record is not None  # the demo meeting is open


def test_the_certificate_register_and_the_guide_are_in_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desktop.ui.help import HelpWindow
    from desktop.ui.pages.issue_log import IssueLogView

    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = window.pages.currentWidget()
    register = page if isinstance(page, IssueLogView) else page.findChild(IssueLogView)
    assert register is not None and register.count_label.text() == (
        "No certificate has been issued yet."
    )
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(HelpWindow)
    assert guide is not None and guide.isVisible()
    assert guide.browser.toPlainText().startswith("Hướng dẫn sử dụng Vinh Danh")


def test_keyboard_shortcuts_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.decisions_page
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.directory_view
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()


@pytest.mark.parametrize(
    ("typed", "kind", "found"),
    [
        ("dang thi", "person", "Đặng Thị Ngọc Ánh"),
        ("tong ket tuyen", "meeting", "Hội nghị tổng kết"),
        ("15-qd", "decision", "15-QĐ/BTGTU"),
    ],
)
def test_search_without_diacritics(window: MainWindow, typed: str, kind: str, found: str) -> None:
    hits = window.search_box.search(typed)
    assert any(h.kind == kind and found in h.title for h in hits)
    assert window.search_box.results.rowCount() == len(hits)


def test_search_opens_the_record(window: MainWindow) -> None:
    person = next(h for h in window.search_box.search("dang thi") if h.kind == "person")
    window.open_hit(person)
    assert window.navigation.currentRow() == PAGE_DIRECTORY
    assert window.directory_view.selected() is not None
    assert window.directory_view.selected().id == person.id  # type: ignore[union-attr]
    assert window.directory_view.history.rowCount() == 1
    decision = next(h for h in window.search_box.search("14-qd") if h.kind == "decision")
    window.open_hit(decision)
    assert window.navigation.currentRow() == PAGE_DECISIONS
    assert window.decision_editor.number_edit.text() == "14-QĐ/BTGTU"


def test_nothing_found_is_said(window: MainWindow) -> None:
    assert window.search_box.search("xyzzy") == []
    assert window.search_box.results.item(0).text() == "Nothing found for “xyzzy”"


def test_geometry_and_page_are_remembered(qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    first = MainWindow(Library(demo_db, demo_path), open_settings())
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(40, 50, 780, 640))  # the offscreen screen is 800 × 800
    first.show_page(PAGE_DIRECTORY)
    first.close()
    second = MainWindow(Library(demo_db, demo_path), open_settings())
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (780, 640)
    assert second.navigation.currentRow() == PAGE_DIRECTORY


def test_delete_and_restore_through_the_recycle_bin(window: MainWindow, demo_db: Database) -> None:
    meeting_id = window.meetings_page.current_id()
    window.delete_meeting(meeting_id)
    assert meetings.meetings(demo_db) == []
    assert window.meetings_page.empty_label.isVisible()
    decision_id = decisions.decisions(demo_db)[0].id
    window.show_page(PAGE_DECISIONS)
    window.decisions_page.reload(select=decision_id)
    window.delete_decision(decision_id)
    window.show_page(PAGE_BIN)
    bin_view = window.recycle_bin_view
    assert bin_view.model.rowCount() == 2
    bin_view.restore_rows([0, 1])
    assert bin_view.model.rowCount() == 0 and bin_view.empty_label.isVisible()
    assert [m.id for m in meetings.meetings(demo_db)] == [meeting_id]
    assert decision_id in {d.id for d in decisions.decisions(demo_db)}
    window.show_page(PAGE_MEETINGS)
    assert window.meetings_page.current_id() == meeting_id


def test_undo_follows_the_page(window: MainWindow) -> None:
    window.show_page(PAGE_MEETINGS)
    editor = window.meeting_editor
    editor.location_edit.setText("Hội trường B")
    editor.location_edit.textEdited.emit("Hội trường B")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert editor.location_edit.text() == "Hội trường Tỉnh ủy Bắc Giang"
    window.show_page(PAGE_DECISIONS)
    assert window.undo_group.activeStack() is window.decision_editor.undo_stack
    assert not window.undo_action.isEnabled()


def test_new_meeting_and_decision(window: MainWindow, demo_db: Database) -> None:
    meeting_id = window.new_meeting()
    assert window.meeting_editor.record is not None
    assert window.meeting_editor.record.id == meeting_id
    decision_id = window.new_decision()
    stored = decisions.get_decision(demo_db, decision_id)
    assert stored.meeting_id == meeting_id
    assert stored.number == "01-QĐ/BTGTU" or stored.number.endswith("-QĐ/BTGTU")


def test_new_decision_is_issued_by_the_open_meetings_organiser(
    window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    # With a second body in the database, a decision started from its meeting was issued by
    # whichever body sorts first ("Ban Tuyên giáo …"), and the editor cannot change the issuer.
    import json

    from desktop.services import library

    office = {"name": "Sở Nội vụ", "parent": "UBND tỉnh Bắc Giang", "abbreviation": "SNV"}
    package = tmp_path / "snv.json"
    package.write_text(
        json.dumps(
            {
                "format": "vinhdanh.meeting",
                "version": 1,
                "meeting": {"title": "Họp giao ban Sở Nội vụ", "organiser": office},
            }
        ),
        encoding="utf-8",
    )
    meeting_id = library.load_package(demo_db, package).meeting_id
    window.meetings_page.reload(select=meeting_id)
    assert window.meeting_editor.record is not None
    assert window.meeting_editor.record.id == meeting_id
    stored = decisions.get_decision(demo_db, window.new_decision())
    assert stored.issuer.name == "Sở Nội vụ"
    assert stored.number.endswith("/QĐ-SNV")


def test_export_import_and_back_up_in_the_background(
    qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    from desktop.services import library

    meeting_id = window.meetings_page.current_id()
    package = tmp_path / "hội nghị.json"
    op = window.export_package(meeting_id, package)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert op.error is None and package.exists()

    op = window.import_package(package)  # the same meeting again: refused, with a message
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert op.error is not None and "đã có" in str(op.error)
    from PySide6.QtWidgets import QMessageBox

    for box in window.findChildren(QMessageBox):
        box.close()

    other = tmp_path / "other.db"
    other_db = library.open_library(other)
    other_window = MainWindow(Library(other_db, other), window.qsettings)
    qtbot.addWidget(other_window)
    op = other_window.import_package(package)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert op.error is None
    assert other_window.meetings_page.list.count() == 1
    assert len(decisions.decisions(other_db)) == 2

    copy = tmp_path / "sao lưu.db"
    op = window.back_up(copy)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert op.error is None
    backed_up = library.open_library(copy)
    assert len(decisions.decisions(backed_up)) == 2
    backed_up.close()
    other_window.close()
    other_db.close()


def test_directory_delete_goes_to_the_recycle_bin(window: MainWindow) -> None:
    window.show_page(PAGE_DIRECTORY)
    view = window.directory_view
    view.filter_edit.setText("pham quoc")  # no diacritics needed
    view.apply_filter()  # else when typing pauses
    assert view.model.rowCount() == 1
    view.table.setCurrentIndex(view.model.index(0, 1))
    person = view.selected()
    assert person is not None and person.name == "Phạm Quốc Việt"
    view.delete_selected()
    assert person.id not in {view.model.entry(r).id for r in range(view.model.rowCount())}
    window.show_page(PAGE_BIN)
    assert window.recycle_bin_view.model.record(0).title == "Phạm Quốc Việt"
    window.recycle_bin_view.restore_rows([0])
    assert view.select(person.id)


def test_the_sample_conference_is_one_menu_step_from_an_empty_database(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.services import library

    path = tmp_path / "empty.db"
    db = library.open_library(path)
    window = MainWindow(Library(db, path), open_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.meetings_page.list.count() == 0
    menu_texts = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert "Add the sample conference" in menu_texts or "Thêm hội nghị mẫu" in menu_texts
    op = window.add_sample_conference()
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert op.error is None
    assert window.meetings_page.list.count() == 1
    assert len(decisions.decisions(db)) == 2
    db.close()


def test_the_first_window_fits_a_laptop_screen() -> None:
    from PySide6.QtCore import QSize

    from desktop.ui.window_pages import first_size

    assert first_size(QSize(1366, 728)) == QSize(1366, 728)  # 1366 × 768 less the taskbar
    assert first_size(QSize(1920, 1040)) == QSize(1366, 800)
    assert first_size(QSize(1280, 680)) == QSize(1280, 680)


def test_the_whole_frame_is_brought_inside_the_screen(qtbot: QtBot) -> None:
    """The title bar is not part of the first size: once shown, the frame is fitted (on a
    1366 × 768 screen under a window manager the frame was 795 high, the status bar hidden;
    bench/walkthrough.py shows it with openbox)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    from desktop.ui.window_pages import fit_frame

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1366, 800)
    widget.move(40, 30)
    widget.show()
    available = QRect(0, 0, 1366, 728)
    fit_frame(widget, available)
    assert available.contains(widget.frameGeometry())
    assert widget.frameGeometry().height() == 728


def test_the_toolbar_undo_keeps_a_short_label(window: MainWindow, qtbot: QtBot) -> None:
    """A long step ("Import 14 recipient(s) from Danh sách … .xlsx") goes to the tooltip."""
    from PySide6.QtWidgets import QToolBar

    window.show_page(PAGE_DECISIONS)
    editor = window.decision_editor
    qtbot.waitUntil(lambda: editor.model.rowCount() > 0)
    toolbar = window.findChild(QToolBar, "main-toolbar")
    [undo] = [a for a in toolbar.actions() if a.text() == "Undo"]
    assert not undo.isEnabled()
    editor.paste_text("Nguyễn Văn Bình\tChuyên viên\tPhòng Tổ chức cán bộ")
    assert undo.isEnabled()
    assert undo.text() == "Undo"
    assert "Paste 1 recipient(s)" in undo.toolTip()
    undo.trigger()
    assert not undo.isEnabled()
