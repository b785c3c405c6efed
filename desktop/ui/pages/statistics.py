"""The statistics page (Thống kê): counts by form, body, unit or meeting, and a bar chart.

The filter (from year, to year, grouped by) reloads the table and the chart at once: the
counting is SQL over kept tallies (``services.statistics``), a few milliseconds. The chart
(bars per award form and year) is drawn with QPainter and saved as PNG at twice its size.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import statistics as st
from desktop.services import year_report
from desktop.services.documents import WrittenDocument
from desktop.services.session import Library
from desktop.ui.compat import override
from desktop.ui.operations import DatabaseOp, Progress
from desktop.ui.widgets.row_menu import RowMenu

COLOURS = ("#1f5fa8", "#c0392b", "#2e8b57", "#d68910", "#7d3c98", "#17a2b8", "#616a6b")
"""One colour per award form, in the forms' order (highest form first)."""
PNG_SCALE = 2


class BarChart(QWidget):
    """Bars per award form, grouped by year, with a legend and the count above each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: st.Statistics | None = None
        self.empty_text = ""
        self.setMinimumSize(QSize(420, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_result(self, result: st.Statistics, empty_text: str) -> None:
        self.result = result
        self.empty_text = empty_text
        self.update()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def image(self, scale: int = PNG_SCALE) -> QImage:
        """The chart as an image ``scale`` times its size on screen, on white."""
        image = QImage(self.size() * scale, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.scale(scale, scale)
            self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()
        return image

    def paint(self, painter: QPainter, area: QRectF) -> None:
        """Draw the chart into ``area``."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(area, QColor("white"))
        result = self.result
        forms = [form for form, _ in result.forms] if result else []
        if not result or not forms:
            painter.setPen(QColor("#555555"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        years = list(result.by_year)
        peak = max(
            (t.total for year_forms in result.by_year.values() for t in year_forms.values()),
            default=0,
        )
        peak = max(peak, 1)
        # Legend on top, one entry per form.
        x, y = area.left() + 12, area.top() + 8
        for index, form in enumerate(forms):
            colour = QColor(COLOURS[index % len(COLOURS)])
            width = metrics.horizontalAdvance(form) + 30
            if x + width > area.right() - 8:
                x, y = area.left() + 12, y + line + 4
            painter.fillRect(QRectF(x, y + 2, 14, line - 4), colour)
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(x + 18, y, width, line), Qt.AlignmentFlag.AlignVCenter, form)
            x += width + 8
        top = y + line + 2 * line
        axis_left = area.left() + metrics.horizontalAdvance(str(peak)) + 18
        bottom = area.bottom() - line - 10
        right = area.right() - 12
        if bottom - top < 20:
            return
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.drawLine(int(axis_left), int(bottom), int(right), int(bottom))
        painter.drawLine(int(axis_left), int(top), int(axis_left), int(bottom))
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRectF(area.left(), top - line / 2, axis_left - area.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(peak),
        )
        painter.drawText(
            QRectF(area.left(), bottom - line / 2, axis_left - area.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "0",
        )
        slot = (right - axis_left) / max(len(years), 1)
        bar = min(48.0, slot * 0.8 / len(forms))
        for year_index, year in enumerate(years):
            start = axis_left + year_index * slot + (slot - bar * len(forms)) / 2
            for form_index, form in enumerate(forms):
                tally = result.by_year[year].get(form)
                if not tally or not tally.total:
                    continue
                height = (bottom - top) * tally.total / peak
                rect = QRectF(start + form_index * bar, bottom - height, bar - 2, height)
                painter.fillRect(rect, QColor(COLOURS[form_index % len(COLOURS)]))
                painter.setPen(QColor("black"))
                painter.drawText(
                    QRectF(rect.left() - 10, rect.top() - line, rect.width() + 20, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(tally.total),
                )
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(axis_left + year_index * slot, bottom + 4, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(year),
            )


class StatisticsView(QWidget):
    """The statistics page: filter, the sentences a report quotes, the table, the chart."""

    file_written = Signal(Path)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._db_path = library.path
        self.result: st.Statistics | None = None
        this_year = dt.date.today().year
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for box in (self.first_year, self.last_year):
            box.setRange(st.MIN_YEAR, st.MAX_YEAR)
            box.setValue(this_year)
            box.valueChanged.connect(self.refresh)
        self.group_by = QComboBox()
        labels = {
            "form": self.tr("Award form"),
            "body": self.tr("Issuing body"),
            "unit": self.tr("Unit"),
            "meeting": self.tr("Meeting"),
        }
        for key in st.GROUPINGS:
            self.group_by.addItem(labels[key], key)
        self.group_by.currentIndexChanged.connect(self.refresh)
        self.save_chart_button = QPushButton(self.tr("Save chart as PNG…"))
        self.save_chart_button.clicked.connect(self._on_save_chart_clicked)
        self.export_button = QPushButton(self.tr("Year-end table…"))
        self.export_button.setToolTip(
            self.tr("Write the year-end table of the last year (PDF, Word or Excel).")
        )
        self.export_button.clicked.connect(self._on_export_clicked)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From year")))
        filters.addWidget(self.first_year)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.last_year)
        filters.addSpacing(16)
        filters.addWidget(QLabel(self.tr("By")))
        filters.addWidget(self.group_by)
        filters.addStretch(1)
        filters.addWidget(self.save_chart_button)
        filters.addWidget(self.export_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)

        self.table = QTableWidget(0, 5)
        self.row_menu = RowMenu(self.table)  # Copy as Excel rows
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = BarChart()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([300, 320])
        splitter.setChildrenCollapsible(False)

        title = QLabel(self.tr("Statistics"))
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._spanned = False

    def reload(self) -> None:
        """Recount (and, the first time, set the years to those that have decisions)."""
        if not self._spanned:
            span = self._library.statistics.year_span()
            if span:
                self._spanned = True
                for box, value in ((self.first_year, span[0]), (self.last_year, span[1])):
                    box.blockSignals(True)
                    box.setValue(value)
                    box.blockSignals(False)
        self.refresh()

    def set_filter(self, first: int, last: int, by: str) -> None:
        """Set the years and the grouping (as a user would) and recount."""
        for widget in (self.first_year, self.last_year, self.group_by):
            widget.blockSignals(True)
        self.first_year.setValue(first)
        self.last_year.setValue(last)
        self.group_by.setCurrentIndex(max(0, self.group_by.findData(by)))
        for widget in (self.first_year, self.last_year, self.group_by):
            widget.blockSignals(False)
        self._spanned = True
        self.refresh()

    def refresh(self) -> None:
        """Count for the filter as it stands and show the table and the chart."""
        first, last = self.first_year.value(), self.last_year.value()
        by: st.GroupBy = self.group_by.currentData() or "form"
        if first > last:
            self.message.setText(
                self.tr("The first year {0} is after the last year {1}.").format(first, last)
            )
            self.message.setStyleSheet("color: #a00000;")
            return
        self.message.setText("")
        result = self._library.statistics.statistics(first, last, by)
        self.result = result
        self.summary.setText("\n".join(result.lines()) or self.tr("No awards in these years."))
        grouped = by != "form"
        headers = [self.group_by.currentText()]
        headers.append(self.tr("Form") if grouped else "")
        headers += [self.tr("Collectives"), self.tr("Individuals"), self.tr("Total")]
        self.table.setColumnHidden(1, not grouped)
        self.table.setHorizontalHeaderLabels(headers)
        rows = [(r.group, r.form, r.tally) for r in result.rows]
        rows.append((self.tr("Total"), "", result.total))
        self.table.setRowCount(len(rows))
        for index, (group, form, tally) in enumerate(rows):
            values = [group, form, tally.collectives, tally.people, tally.total]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if index == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
        self.chart.set_result(result, self.tr("No awards in these years."))

    def save_chart(self, path: Path) -> Path:
        """Write the chart as PNG to ``path`` (".png" added when the name has no such end)."""
        if path.suffix.lower() != ".png":
            path = path.with_name(f"{path.name}.png")
        # The format follows from the ".png" end.
        if not self.chart.image().save(str(path)):
            raise OSError(self.tr("Could not write {0}.").format(path))
        self.file_written.emit(path)
        return path

    def _on_save_chart_clicked(self) -> None:
        first, last = self.first_year.value(), self.last_year.value()
        years = str(first) if first == last else f"{first}-{last}"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart as PNG"),
            self.tr("thong-ke-{0}.png").format(years),
            self.tr("PNG image (*.png)"),
        )
        if name:
            try:
                self.save_chart(Path(name))
            except OSError as exc:
                self.message.setText(str(exc))
                self.message.setStyleSheet("color: #a00000;")

    def export_year_report(self, path: Path, year: int, body: str | None = None) -> DatabaseOp:
        """Write the year-end table of ``year`` (of ``body``: id or name; None when one body
        issued decisions that year) to ``path`` (.pdf, .docx, .xlsx), in the background."""
        if self._db_path is None:
            raise RuntimeError("the statistics page was opened without its database file")

        def task(lib: Library, progress: Progress) -> WrittenDocument:
            progress.report(0, 1)
            return lib.statistics.write_year_report(year, path, body=body)

        return (
            DatabaseOp(self, self._library, task)
            .success(lambda written: self.file_written.emit(written.path))
            .with_progress(self.tr("Writing {0}…").format(path.name))
            .run_in_background()
        )

    def _on_export_clicked(self) -> None:
        year = self.last_year.value()
        bodies = self._library.statistics.issuing_bodies(year, year)
        if not bodies:
            self.message.setText(self.tr("No award decisions in {0}.").format(year))
            self.message.setStyleSheet("color: #a00000;")
            return
        body = bodies[0]
        if len(bodies) > 1:
            names = [year_report.body_name(b) for b in bodies]
            chosen, ok = QInputDialog.getItem(
                self,
                self.tr("Year-end table"),
                self.tr("Decisions of several bodies in {0}: whose table?").format(year),
                names,
                0,
                False,
            )
            if not ok:
                return
            body = bodies[names.index(chosen)]
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the year-end table"),
            self.tr("Bang tong hop khen thuong nam {0}.pdf").format(year),
            self.tr("PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in year_report.YEAR_REPORT_FORMATS:
                path = path.with_name(f"{path.name}.pdf")
            self.export_year_report(path, year, body.id)
