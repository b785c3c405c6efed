"""The recycle bin (Thùng rác): deleted meetings, decisions, people and collectives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.recycle_bin import BinItem
from desktop.services.session import Library
from desktop.ui.models.records import Column, RecordTableModel
from desktop.ui.widgets.row_menu import RowMenu

COL_BIN_KIND, COL_BIN_TITLE, COL_BIN_DETAIL, COL_BIN_DELETED = range(4)


class RecycleBinModel(RecordTableModel[BinItem]):
    """What is in the recycle bin (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        labels = {
            "meeting": QCoreApplication.translate("RecycleBinView", "Meeting"),
            "decision": QCoreApplication.translate("RecycleBinView", "Decision"),
            "person": QCoreApplication.translate("RecycleBinView", "Person"),
            "collective": QCoreApplication.translate("RecycleBinView", "Collective"),
        }
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("RecycleBinView", "Kind"), lambda i: labels[i.kind]
                ),
                Column(QCoreApplication.translate("RecycleBinView", "Name"), lambda i: i.title),
                Column(QCoreApplication.translate("RecycleBinView", "Detail"), lambda i: i.detail),
                Column(
                    QCoreApplication.translate("RecycleBinView", "Deleted"),
                    lambda i: i.deleted_at[:16].replace("T", " "),
                ),
            ],
            parent,
        )
        self.set_read_only(True)


class RecycleBinView(QWidget):
    """Lists the recycle bin; restores what the user selects."""

    restored = Signal(str, str)
    """A record came back (kind, id)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.model = RecycleBinModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.row_menu = RowMenu(self.table)  # Copy as Excel rows
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(COL_BIN_KIND, 100)
        self.table.setColumnWidth(COL_BIN_TITLE, 360)
        self.table.setColumnWidth(COL_BIN_DETAIL, 200)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.empty_label = QLabel(self.tr("The recycle bin is empty."))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Deleted records stay here until you restore them.")), 1)
        top.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        """Read the recycle bin again."""
        items = self._library.recycle_bin.items()
        self.model.set_records(items)
        self.empty_label.setVisible(not items)
        self.restore_button.setEnabled(bool(items))

    def restore_rows(self, rows: list[int]) -> None:
        """Restore the records on these rows."""
        chosen = [self.model.record(r) for r in rows]
        for item in chosen:
            self._library.recycle_bin.restore(item.kind, item.id)
        self.reload()
        for item in chosen:
            self.restored.emit(item.kind, item.id)

    def _on_restore_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        self.restore_rows(rows)
