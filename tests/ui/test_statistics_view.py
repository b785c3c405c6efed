"""The statistics page: the table and the chart follow the filter; the chart saves as PNG."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services.packages import load_package
from desktop.ui.main_window import PAGE_STATISTICS, MainWindow
from desktop.ui.settings import open_settings
from desktop.ui.statistics_view import COLOURS, PNG_SCALE
from tests.services.test_statistics import SECOND_YEAR, expected


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, demo_path: Path) -> Iterator[MainWindow]:
    load_package(demo_db, SECOND_YEAR)
    widget = MainWindow(demo_db, demo_path, open_settings())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget


def _total_row(window: MainWindow) -> list[str]:
    table = window.statistics_view.table
    last = table.rowCount() - 1
    return [table.item(last, c).text() for c in range(table.columnCount())]


def _want(first: int, last: int, by: str = "form") -> tuple[int, int]:
    counts = expected(first, last, by)
    collectives = sum(n for (_, _, kind), n in counts.items() if kind == "collective")
    return collectives, sum(counts.values()) - collectives


def test_page_opens_on_the_years_with_decisions(window: MainWindow) -> None:
    window.show_page(PAGE_STATISTICS)
    view = window.statistics_view
    assert window.pages.currentWidget() is view
    assert (view.first_year.value(), view.last_year.value()) == (2024, 2025)
    c, p = _want(2024, 2025)
    assert _total_row(window)[2:] == [str(c), str(p), str(c + p)]
    assert "Giấy khen:" in view.summary.text()


def test_the_table_follows_the_filter(window: MainWindow) -> None:
    window.show_page(PAGE_STATISTICS)
    view = window.statistics_view
    view.last_year.setValue(2024)
    c, p = _want(2024, 2024)
    assert _total_row(window)[2:] == [str(c), str(p), str(c + p)]
    view.group_by.setCurrentIndex(view.group_by.findData("body"))
    view.last_year.setValue(2025)
    groups = {view.table.item(r, 0).text() for r in range(view.table.rowCount() - 1)}
    assert groups == {g for g, _, _ in expected(2024, 2025, "body")}
    assert not view.table.isColumnHidden(1)
    view.first_year.setValue(2026)
    assert "2026" in view.message.text()  # first year after the last: said, not counted


def test_the_chart_saves_as_png(window: MainWindow, tmp_path: Path) -> None:
    window.show_page(PAGE_STATISTICS)
    view = window.statistics_view
    out = view.save_chart(tmp_path / "thong-ke")
    assert out == tmp_path / "thong-ke.png"
    image = QImage(str(out))
    assert image.width() == view.chart.width() * PNG_SCALE
    # Bars of the first form (Giấy khen) are in the picture.
    first = QColor(COLOURS[0]).rgb()
    assert any(
        image.pixel(x, y) == first
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
