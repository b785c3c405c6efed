"""The decision list over thousands of decisions: read a page at a time, in SQLite's order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services.session import Library
from desktop.ui.pages.record_list import PAGE_ROWS, RecordListPage
from desktop.ui.window_pages import decision_rows

COUNT = 2 * PAGE_ROWS + 50


@pytest.fixture(scope="module")
def office() -> Iterator[Library]:
    """450 decisions over 90 days (five a day: the same date, numbers 01 … 05)."""
    library = Library.in_memory()
    start = dt.date(2024, 1, 1)
    for n in range(COUNT):
        library.decisions.create_decision(day=start + dt.timedelta(days=n // 5))
    yield library
    library.close()


@pytest.fixture
def page(qtbot: QtBot, office: Library) -> RecordListPage:
    page = RecordListPage("Quyết định", "Thêm", QWidget(), decision_rows(office), "Trống")
    qtbot.addWidget(page)
    page.resize(600, 400)
    page.show()
    return page


def test_the_list_reads_one_page_newest_first(page: RecordListPage, office: Library) -> None:
    page.reload()
    assert page.list.count() == PAGE_ROWS  # not 450 rows
    everything = office.decisions.decisions()
    newest = everything[0]
    assert page.current_id() == newest.id
    assert page.list.item(0).text().startswith(newest.number)
    assert newest.date == dt.date(2024, 1, 1) + dt.timedelta(days=(COUNT - 1) // 5)


def test_scrolling_to_the_end_reads_the_next_page(qtbot: QtBot, page: RecordListPage) -> None:
    page.reload()
    page.list.scrollToBottom()
    qtbot.waitUntil(lambda: page.list.count() > PAGE_ROWS, timeout=5000)
    while page.fetch_more():
        pass
    assert page.list.count() == COUNT and not page.can_fetch_more()


def test_the_pages_follow_the_full_list_order(page: RecordListPage, office: Library) -> None:
    page.reload()
    while page.fetch_more():
        pass
    listed = [page.list.item(row).text() for row in range(page.list.count())]
    everything = office.decisions.decisions()
    assert listed == [f"{d.number}\n{d.award_form} — {d.date:%d/%m/%Y}" for d in everything]


def test_selecting_a_decision_beyond_the_first_page_reads_down_to_it(
    page: RecordListPage, office: Library
) -> None:
    chosen: list[str] = []
    page.current_changed.connect(chosen.append)
    old = office.decisions.decisions()[PAGE_ROWS + 30]
    page.reload(select=old.id)
    assert page.current_id() == old.id and chosen[-1] == old.id
    assert PAGE_ROWS < page.list.count() <= COUNT
    assert office.decisions.decision_position(old.id) == PAGE_ROWS + 30


def test_a_decision_in_the_recycle_bin_is_not_listed(office: Library) -> None:
    victim = office.decisions.decisions_page(3, 1)[0]
    office.decisions.delete_decision(victim.id)
    try:
        assert office.decisions.decision_position(victim.id) == -1
        assert victim.id not in [d.id for d in office.decisions.decisions_page(0, PAGE_ROWS)]
    finally:
        office.recycle_bin.restore("decision", victim.id)
