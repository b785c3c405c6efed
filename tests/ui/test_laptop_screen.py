"""Issue 14, item 1: on a 1366 × 768 laptop every editor's main columns show without scrolling
sideways, and the agenda shows more than two items.

On the first release the recipients' unit and reason, and the attendance list's role, presence
and reason for absence, were behind a sideways scroll bar at this size (fixed column widths
summing to 700–900 pixels in a table about 520 wide), and the agenda table showed two rows
above two large text boxes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services.session import Library
from desktop.ui.main_window import PAGE_DECISIONS, PAGE_MEETINGS, MainWindow
from desktop.ui.models.awards import COL_NAME, COL_TITLE, COL_UNIT
from desktop.ui.settings import open_settings

# 1366 × 768 less the taskbar and the title bar.
LAPTOP = (1366, 700)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, demo_path: Path) -> Iterator[MainWindow]:
    widget = MainWindow(Library(demo_db, demo_path), open_settings())
    qtbot.addWidget(widget)
    widget.resize(*LAPTOP)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _columns_fit(view: QTableView) -> None:
    """Every column is inside the visible width and wide enough to read a word."""
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert shown
    assert sum(header.sectionSize(c) for c in shown) <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    assert all(header.sectionSize(c) >= 48 for c in shown)


def test_the_recipients_table_shows_every_column(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(PAGE_DECISIONS)
    table = window.decision_editor.table
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 300)
    assert table.viewport().width() < 700  # the laptop's narrow editor, not a wide one
    _columns_fit(table)


@pytest.mark.parametrize("tab", [1, 2, 3])
def test_the_meeting_lists_show_every_column(window: MainWindow, qtbot: QtBot, tab: int) -> None:
    window.show_page(PAGE_MEETINGS)
    editor = window.meeting_editor
    editor.tabs.setCurrentIndex(tab)
    view = editor.tabs.currentWidget().findChild(QTableView)
    assert view is not None
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 300)
    _columns_fit(view)


def test_the_agenda_shows_five_items_above_its_notes(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(PAGE_MEETINGS)
    editor = window.meeting_editor
    editor.tabs.setCurrentIndex(2)
    table = editor.agenda_table
    qtbot.waitUntil(table.isVisible)
    assert table.model().rowCount() >= 5  # the demo meeting's agenda
    row = table.rowHeight(0)
    assert table.viewport().height() >= 5 * row
    assert table.rowViewportPosition(4) + row <= table.viewport().height()


def test_the_names_of_collectives_get_the_width_their_empty_columns_do_not_need(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The demo's first decision lists nine collectives: no title, no unit, no reason of their
    own. Those columns keep their minimum and lend the rest to the names ("Ban Tuyên giáo
    Huyện ủy Lục…" instead of "Ban Tuyên giáo …")."""
    window.show_page(PAGE_DECISIONS)
    editor = window.decision_editor
    table = editor.table
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 300)
    awards = editor.record.awards  # type: ignore[union-attr]
    assert awards and all(a.kind == "collective" and not a.title and not a.unit for a in awards)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(COL_TITLE) == 60)  # its minimum: nothing in it
    assert header.sectionSize(COL_UNIT) == 70
    by_weight = header.width() * 2.0 / 8.0  # the name's share (weights in recipients.py)
    assert header.sectionSize(COL_NAME) >= by_weight + 40
    _columns_fit(table)
    # Back to a list of people with titles and units: the shares by weight again.
    window.decisions_page.list.setCurrentRow(1)
    qtbot.waitUntil(lambda: any(a.kind == "person" for a in editor.record.awards))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: header.sectionSize(COL_TITLE) > 60)
    _columns_fit(table)


def test_a_column_the_user_widens_keeps_its_width(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(PAGE_DECISIONS)
    table = window.decision_editor.table
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 300)
    fitted = window.decision_editor.recipients.columns
    # The user drags the name column's edge (Qt resizes the section, as the mouse would).
    table.horizontalHeader().resizeSection(2, 400)
    assert fitted.user_widths
    window.resize(LAPTOP[0] - 100, LAPTOP[1])
    qtbot.wait(50)
    assert table.horizontalHeader().sectionSize(2) == 400


def test_the_directory_shows_the_count_of_awards(window: MainWindow, qtbot: QtBot) -> None:
    from desktop.ui.main_window import PAGE_DIRECTORY

    window.show_page(PAGE_DIRECTORY)
    page = window.directory_view
    qtbot.waitUntil(lambda: page.table.isVisible() and page.table.viewport().width() > 300)
    _columns_fit(page.table)
    _columns_fit(page.history_table)
