"""Columns that share a table's width, so the main ones show without scrolling sideways.

On a 1366-pixel laptop screen the editors' tables are about 520 pixels wide: fixed column
widths made of them a table whose unit and reason columns were behind a sideways scroll bar,
and the attendance list's presence behind it. :class:`ColumnFitter` gives each column its share
of the visible width (by weight, never under its minimum) every time the table changes size;
then a column whose visible cells need less than its share (the empty title and unit of a list
of collectives) lends the rest to those that need more (the names). Longer texts are elided and
shown whole in the cell's tooltip or editor. The widths are fitted again when the rows change
(another record, an import), not while the user types or scrolls. Once the user drags a
column's edge, the widths are the user's and are kept as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

MINIMUM = 48
"""The narrowest a fitted column gets, in pixels, unless its own minimum says otherwise."""


class ColumnFitter(QObject):
    """Keeps the columns of ``view`` at ``weights`` shares of its visible width.

    ``weights``: column → share (any positive numbers; columns not named keep their width).
    ``minimums``: column → narrowest width in pixels. The table scrolls sideways only when the
    minimums together do not fit.
    """

    def __init__(
        self,
        view: QTableView,
        weights: Mapping[int, float],
        minimums: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._weights = dict(weights)
        self._minimums = dict(minimums or {})
        self._fitting = False
        self.user_widths = False
        """True once the user resized a column: fitting stops."""
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Thành tích…", not "hành tích riên"
        for column in self._weights:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        # The header spans the viewport's width and is resized with it. (Not the viewport:
        # asking a view for it, a plain QWidget, makes PySide6 build the Python type of every
        # widget class it might be, ~15 ms the first time: kept off the start path.)
        header.installEventFilter(self)
        # Rows replaced or added (another record shown, a list imported): fitted again once
        # the burst is over. Not on an edit or a scroll: columns never move under the cursor.
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._on_rows_changed)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._later.start)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.user_widths:
            self.fit()
        return False

    def fit(self) -> None:
        """Share the visible width among the weighted columns (the hidden ones left out)."""
        view, header = self._view, self._view.horizontalHeader()
        shown = {c: w for c, w in self._weights.items() if not view.isColumnHidden(c)}
        if not shown:
            return
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in shown and not header.isSectionHidden(c)
        )
        available = header.width() - others  # the viewport's width
        total = sum(shown.values())
        widths = {c: int(available * w / total) for c, w in shown.items()}
        # Give the narrow columns their minimum, taken from the others' shares.
        short = {c: self._minimums.get(c, MINIMUM) for c in widths}
        lacking = sum(max(0, short[c] - widths[c]) for c in widths)
        spare = sum(max(0, widths[c] - short[c]) for c in widths)
        final: dict[int, int] = {}
        for column, width in widths.items():
            if width < short[column]:
                width = short[column]
            elif lacking and spare:
                width -= -(-lacking * (width - short[column]) // spare)  # rounded up
            final[column] = max(width, short[column])
        # Rounding may leave a pixel too many: the widest column gives it back.
        excess = sum(final.values()) - available
        widest = max(final, key=final.__getitem__)
        if excess > 0 and final[widest] - excess >= short[widest]:
            final[widest] -= excess
        final = self._lend(final, short)
        self._fitting = True
        try:
            for column, width in final.items():
                self._view.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _lend(self, widths: dict[int, int], short: dict[int, int]) -> dict[int, int]:
        """What the visible cells of some columns do not need, given to those that need more,
        by weight (a column never gets more than its cells need, nor less than its minimum)."""
        needs = {c: self._view.sizeHintForColumn(c) for c in widths}  # the rows in view
        spare = {c: widths[c] - max(needs[c], short[c]) for c in widths}
        wanting = {c: needs[c] - widths[c] for c in widths if needs[c] > widths[c]}
        lent = min(sum(s for s in spare.values() if s > 0), sum(wanting.values()))
        if lent <= 0:
            return widths
        lenders = {c: s for c, s in spare.items() if s > 0}
        given = dict(widths)
        taken = 0
        for column, amount in lenders.items():  # each lends in proportion to what it can
            share = min(amount, lent * amount // sum(lenders.values()))
            given[column] -= share
            taken += share
        weight = sum(self._weights[c] for c in wanting)
        for column, want in wanting.items():
            given[column] += min(want, int(taken * self._weights[column] / weight))
        # What rounding kept back goes to the first column that still wants it.
        rest = sum(widths.values()) - sum(given.values())
        for column in wanting:
            more = min(rest, needs[column] - given[column])
            if more > 0:
                given[column] += more
                rest -= more
        return given

    def _on_rows_changed(self) -> None:
        if not self.user_widths:
            self.fit()

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column in self._weights and self._view.isVisible():
            self.user_widths = True
