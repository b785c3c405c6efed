"""Likely duplicate people and collectives in the directory, found in the background, merged
on request."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.directory import DirectoryEntry, Duplicate
from desktop.services.session import Library
from desktop.ui.compat import override
from desktop.ui.models.records import Column, RecordTableModel
from desktop.ui.operations import DatabaseOp, Progress
from desktop.ui.widgets.row_menu import RowMenu

COL_DUP_REASON, COL_DUP_FIRST, COL_DUP_SECOND = range(3)


def _describe(entry: DirectoryEntry) -> str:
    where = ", ".join(part for part in (entry.title, entry.unit) if part)
    awards = QCoreApplication.translate("DuplicatesDialog", "{0} awards").format(entry.awards)
    return " — ".join(part for part in (entry.name, where, awards) if part)


class DuplicatesModel(RecordTableModel[Duplicate]):
    """Pairs of likely duplicates (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("DuplicatesDialog", "Why"), lambda d: d.reason),
                Column(
                    QCoreApplication.translate("DuplicatesDialog", "First record"),
                    lambda d: _describe(d.first),
                ),
                Column(
                    QCoreApplication.translate("DuplicatesDialog", "Second record"),
                    lambda d: _describe(d.second),
                ),
            ],
            parent,
        )
        self.set_read_only(True)

    @override
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return super().data(index, Qt.ItemDataRole.DisplayRole)  # the whole text of a cell
        return super().data(index, role)


class DuplicatesDialog(QDialog):
    """Scan the directory for one person or collective stored twice, and merge the pairs the
    user picks."""

    merged = Signal()
    """Two records became one (the directory and the recycle bin changed)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._db_path = library.path
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(1000, 480)
        self.model = DuplicatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.row_menu = RowMenu(self.table)  # Copy as Excel rows
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnWidth(COL_DUP_REASON, 190)
        self.table.setColumnWidth(COL_DUP_FIRST, 380)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.keep_first_button = QPushButton(self.tr("Merge, keep the first"))
        self.keep_second_button = QPushButton(self.tr("Merge, keep the second"))
        self.rescan_button = QPushButton(self.tr("Scan again"))
        close_button = QPushButton(self.tr("Close"))
        self.keep_first_button.clicked.connect(lambda: self.merge_row(self._row(), True))
        self.keep_second_button.clicked.connect(lambda: self.merge_row(self._row(), False))
        self.rescan_button.clicked.connect(self.scan)
        close_button.clicked.connect(self.accept)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_first_button)
        buttons.addWidget(self.keep_second_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rescan_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def scan(self) -> DatabaseOp:
        """Look for duplicates on a worker thread, with progress and Cancel."""
        self.status_label.setText(self.tr("Looking for people and collectives entered twice…"))
        label = self.tr("Comparing people in the directory…")

        def task(lib: Library, progress: Progress) -> list[Duplicate]:
            people = lib.directory.duplicates(
                lambda done, total: progress.report(done, total, label)
            )
            return people + lib.directory.collective_duplicates()

        op = DatabaseOp(self, self._library, task).with_progress(label).success(self.show_pairs)
        op.finished.connect(lambda: self._on_scan_finished(op))
        return op.run_in_background()

    def show_pairs(self, pairs: list[Duplicate]) -> None:
        """List these pairs."""
        self.model.set_records(pairs)
        self.status_label.setText(
            self.tr(
                "{0} pairs may be one person or one collective: same name and unit, same name "
                "and birth year, or a name one letter apart at the same unit; collectives of "
                "the same name or one letter apart. Merging keeps every award; the merged "
                "record goes to the recycle bin, and restoring it undoes the merge."
            ).format(len(pairs))
            if pairs
            else self.tr("No one seems to be entered twice.")
        )
        self._update_buttons()

    def merge_row(self, row: int, keep_first: bool) -> None:
        """Merge the pair in ``row``: keep one record, move the other's awards to it."""
        if not 0 <= row < self.model.rowCount():
            return
        pair = self.model.record(row)
        kept, gone = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        self._library.directory.merge(kept.kind, kept.id, gone.id)
        # Pairs that named the merged record are gone with it.
        self.model.set_records(
            [p for p in self.model.records() if gone.id not in (p.first.id, p.second.id)]
        )
        self.status_label.setText(
            self.tr("{0} was merged into {1}. Restore it from the recycle bin to undo.").format(
                gone.name, kept.name
            )
        )
        self._update_buttons()
        self.merged.emit()

    def _row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_buttons(self) -> None:
        chosen = self._row() >= 0
        self.keep_first_button.setEnabled(chosen)
        self.keep_second_button.setEnabled(chosen)

    def _on_scan_finished(self, op: DatabaseOp) -> None:
        if op.error is not None:  # cancelled, or an error already shown
            self.status_label.setText(self.tr("The scan was stopped."))
