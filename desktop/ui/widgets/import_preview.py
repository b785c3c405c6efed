"""Nhập từ Excel…: a list file shown as it will be imported, before anything changes.

The dialog shows the header row it found and how each column is read (both changeable), the
recipients the list gives, the rows passed over and why (totals, the signature block, section
headings, hidden rows) and every wrong row. Nothing is stored until the user confirms; the
import is then all or nothing (``services.recipients.import_recipients`` with the mapping shown).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import Award
from desktop.services.recipients import (
    COLUMNS,
    ColumnMapping,
    ListPreview,
    header_mapping,
    preview_list,
    preview_rows,
)

Index = QModelIndex | QPersistentModelIndex
MAX_COLUMNS = 12
"""Columns of the file offered for mapping (lists are narrow; a wide sheet shows the first)."""


class AwardsPreviewModel(QAbstractTableModel):
    """The recipients a list gives (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.awards: list[Award] = []
        self.headers = [
            self.tr("No."),
            self.tr("Kind"),
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Unit"),
            self.tr("Own reason"),
        ]

    def set_awards(self, awards: list[Award]) -> None:
        self.beginResetModel()
        self.awards = list(awards)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.awards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        award = self.awards[index.row()]
        kind = self.tr("Collective") if award.kind == "collective" else self.tr("Person")
        return (str(index.row() + 1), kind, award.name, award.title, award.unit, award.reason)[
            index.column()
        ]


class ImportPreviewDialog(QDialog):
    """Shows ``path`` as it will be imported; ``preview`` and ``mapping()`` after OK.

    Given a ``preview`` instead (cells pasted without a header row, or with rows to pass
    over), it shows those rows the same way, so a paste is never read by a silent guess.
    """

    def __init__(
        self,
        path: Path | None,
        parent: QWidget | None = None,
        *,
        preview: ListPreview | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            self.setWindowTitle(self.tr("Import from Excel — {0}").format(self.path.name))
            self.preview: ListPreview = preview_list(self.path)  # unreadable: raises, told
        else:
            assert preview is not None
            self.setWindowTitle(self.tr("Paste from Excel — check the columns"))
            self.preview = preview
        self.resize(1000, 640)
        labels = {
            "name": self.tr("Name"),
            "family": self.tr("Family and middle name"),
            "title": self.tr("Title"),
            "unit": self.tr("Unit"),
            "title_unit": self.tr("Title, unit"),
            "kind": self.tr("Kind (person/collective)"),
            "reason": self.tr("Own reason"),
            "register_number": self.tr("Register number"),
            "birth_year": self.tr("Year of birth"),
        }
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, max(1, len(self.preview.rows)))
        self.header_spin.setSpecialValueText(self.tr("none"))
        self.header_spin.setValue(self.preview.mapping.header_row + 1)
        self.header_spin.valueChanged.connect(self._on_header_changed)
        self.column_boxes: list[QComboBox] = []
        columns_box = QGroupBox(self.tr("How the columns are read"))
        grid = QGridLayout(columns_box)
        grid.addWidget(QLabel(self.tr("Header row")), 0, 0)
        grid.addWidget(self.header_spin, 0, 1)
        width = min(MAX_COLUMNS, max((len(r) for r in self.preview.rows), default=0))
        for position in range(width):
            box = QComboBox()
            box.addItem(self.tr("(not read)"), "")
            for column in COLUMNS:
                box.addItem(labels[column], column)
            box.currentIndexChanged.connect(self._on_mapping_changed)
            self.column_boxes.append(box)
            caption = QLabel()
            caption.setWordWrap(True)
            grid.addWidget(caption, 1 + position // 4 * 2, position % 4 * 2)
            grid.addWidget(box, 1 + position // 4 * 2, position % 4 * 2 + 1)
            box.setProperty("caption", caption)
        self.model = AwardsPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        for section, width in enumerate((50, 80, 230, 200, 230)):
            self.table.setColumnWidth(section, width)
        self.count_label = QLabel()
        self.problems_list = QListWidget()
        self.problems_list.setStyleSheet("color: #a00000;")
        self.skipped_list = QListWidget()
        for listing in (self.problems_list, self.skipped_list):
            listing.setWordWrap(True)  # a long row reads whole, not cut at the box's edge
        lists = QHBoxLayout()
        problems_box = QGroupBox(self.tr("Problems (fix the file or the columns)"))
        self.problems_box = problems_box  # shown only when there is a problem
        QVBoxLayout(problems_box).addWidget(self.problems_list)
        skipped_box = QGroupBox(self.tr("Rows passed over"))
        QVBoxLayout(skipped_box).addWidget(self.skipped_list)
        lists.addWidget(problems_box)
        lists.addWidget(skipped_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(columns_box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 3)
        layout.addLayout(lists, 1)
        layout.addWidget(self.buttons)
        self._show(self.preview)

    def mapping(self) -> ColumnMapping:
        """The mapping as the user set it."""
        columns = {}
        for position, box in enumerate(self.column_boxes):
            column = box.currentData()
            if column and column not in columns:
                columns[column] = position
        return ColumnMapping(columns=columns, header_row=self.header_spin.value() - 1)

    def _show(self, preview: ListPreview) -> None:
        self.preview = preview
        header = preview.rows[preview.mapping.header_row] if preview.mapping.header_row >= 0 else []
        read_as = {position: column for column, position in preview.mapping.columns.items()}
        for position, box in enumerate(self.column_boxes):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(read_as.get(position, ""))))
            box.blockSignals(False)
            caption = box.property("caption")
            title = header[position] if position < len(header) else ""
            letter = chr(ord("A") + position)
            caption.setText(f"{letter}: {title}" if title else letter)
        self.model.set_awards(preview.awards)
        self.problems_list.clear()
        self.problems_list.addItems(preview.problems)
        self.problems_box.setVisible(bool(preview.problems))
        self.skipped_list.clear()
        self.skipped_list.addItems([str(passed) for passed in preview.skipped])
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(preview.importable)
        ok.setText(self.tr("Import {0} recipient(s)").format(len(preview.awards)))
        if preview.problems:
            self.count_label.setText(
                self.tr("{0} problem(s): nothing will be imported until they are fixed.").format(
                    len(preview.problems)
                )
            )
        else:
            self.count_label.setText(
                self.tr("{0} recipient(s) to import, {1} row(s) passed over.").format(
                    len(preview.awards), len(preview.skipped)
                )
            )

    def _on_header_changed(self, row: int) -> None:
        # A new header row: the columns as it names them.
        mapping = header_mapping(self.preview.rows, row - 1)
        self._show(preview_rows(self.preview.rows, self.preview.file_skipped, mapping))

    def _on_mapping_changed(self) -> None:
        self._show(preview_rows(self.preview.rows, self.preview.file_skipped, self.mapping()))
