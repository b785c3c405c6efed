"""The statistics page: the table and the chart follow the filter; the chart saves as PNG; the
year-end table is written from the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services.packages import load_package
from desktop.services.session import Library
from desktop.ui.main_window import PAGE_STATISTICS, MainWindow
from desktop.ui.pages.statistics import COLOURS, PNG_SCALE
from desktop.ui.settings import open_settings
from tests.documents.pdf_read import open_pdf
from tests.services.test_statistics import BODY, SECOND_YEAR, _totals, expected


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, demo_path: Path) -> Iterator[MainWindow]:
    load_package(demo_db, SECOND_YEAR)
    widget = MainWindow(Library(demo_db, demo_path), open_settings())
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


def test_the_year_end_table_exports_from_the_page(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.show_page(PAGE_STATISTICS)
    view = window.statistics_view
    assert view.export_button.isEnabled()
    out = tmp_path / "Bang tong hop 2025.xlsx"
    op = view.export_year_report(out, 2025, "btgtu")
    with qtbot.waitSignal(op.finished, timeout=30000):
        pass
    assert op.error is None
    values = list(load_workbook(out).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    texts = {v.replace("\n", " ") for r in values for v in r if isinstance(v, str)}
    assert "BẢNG TỔNG HỢP KẾT QUẢ KHEN THƯỞNG NĂM 2025" in texts
    total = next(r for r in values if r[1] == "Tổng cộng")
    c, p = _totals(2025, BODY)
    assert total[3:6] == (c, p, c + p)

    pdf_out = tmp_path / "Bang tong hop 2025.pdf"
    op = view.export_year_report(pdf_out, 2025, "btgtu")
    with qtbot.waitSignal(op.finished, timeout=30000):
        pass
    with open_pdf(pdf_out.read_bytes()) as pdf:
        flat = " ".join("\n".join(page.extract_text() or "" for page in pdf.pages).split())
    assert f"Tổng cộng {c} {p} {c + p}" in flat


def test_the_year_end_table_names_a_wrong_year(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    view = window.statistics_view
    out = tmp_path / "bang.pdf"
    op = view.export_year_report(out, 2019)
    op.failure(lambda error: None)
    with qtbot.waitSignal(op.finished, timeout=30000):
        pass
    assert isinstance(op.error, ValueError) and "2019" in str(op.error)
    assert not out.exists()
