"""A recipient's awards as a timeline: one mark per year, the award forms of that year under it."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.services.directory import AwardHistoryEntry
from desktop.ui.compat import override

YEAR_WIDTH = 130
"""Pixels per year on the line (a form name such as "Giấy chứng nhận" fits under its year)."""
MARGIN = 16
LINE_Y = 34
DOT_RADIUS = 6
LINE_HEIGHT = 17
ACCENT = QColor("#b3261e")  # the red of a certificate's border
LINE_COLOUR = QColor("#8a8a8a")


class HistoryTimeline(QWidget):
    """The years a person or collective was awarded, left (oldest) to right (newest)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._years: list[tuple[int, list[str]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_entries(self, entries: list[AwardHistoryEntry]) -> None:
        """Show these awards (any order)."""
        by_year: dict[int, list[str]] = defaultdict(list)
        for entry in sorted(entries, key=lambda e: (e.date, e.number)):
            by_year[entry.year].append(f"{entry.award_form}\n{entry.number}")
        self._years = sorted(by_year.items())
        self.updateGeometry()
        self.update()

    def years(self) -> list[tuple[int, list[str]]]:
        """What the timeline shows: each year with its awards ("form\nnumber"), oldest first."""
        return list(self._years)

    @override
    def sizeHint(self) -> QSize:
        lines = 2 * max((len(forms) for _, forms in self._years), default=0)
        return QSize(
            2 * MARGIN + YEAR_WIDTH * max(len(self._years), 1),
            LINE_Y + DOT_RADIUS + 8 + LINE_HEIGHT * max(lines, 1) + 4,
        )

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(YEAR_WIDTH, self.sizeHint().height())

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._years:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        step = max(
            YEAR_WIDTH,
            (self.width() - 2 * MARGIN) // len(self._years) if len(self._years) > 1 else 0,
        )
        first_x = MARGIN + step / 2
        last_x = first_x + step * (len(self._years) - 1)
        painter.setPen(QPen(LINE_COLOUR, 2))
        painter.drawLine(QPointF(MARGIN, LINE_Y), QPointF(max(last_x + step / 2, first_x), LINE_Y))
        year_font = QFont(self.font())
        year_font.setBold(True)
        year_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        for index, (year, forms) in enumerate(self._years):
            x = first_x + step * index
            painter.setPen(QPen(ACCENT, 2))
            painter.setBrush(ACCENT)
            painter.drawEllipse(QPointF(x, LINE_Y), DOT_RADIUS, DOT_RADIUS)
            painter.setPen(self.palette().text().color())
            painter.setFont(year_font)
            painter.drawText(
                QRectF(x - step / 2, 2, step, LINE_Y - DOT_RADIUS - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(year),
            )
            painter.setFont(self.font())
            lines = [line for award in forms for line in award.split("\n")]
            for line, text in enumerate(lines):
                top = LINE_Y + DOT_RADIUS + 6 + LINE_HEIGHT * line
                painter.setPen(
                    self.palette().text().color() if line % 2 == 0 else LINE_COLOUR
                )  # the form, then its decision number in grey
                painter.drawText(
                    QRectF(x - step / 2 + 2, top, step - 4, LINE_HEIGHT),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, step - 4),
                )
        painter.end()
