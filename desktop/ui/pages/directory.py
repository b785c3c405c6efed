"""The directory (danh bạ): people and collectives, each with their award history."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import short_date
from desktop.services.directory import AwardHistoryEntry, DirectoryEntry
from desktop.services.session import Library, Preferences
from desktop.ui.models.directory import (
    COL_ENTRY_AWARDS,
    COL_ENTRY_KIND,
    COL_ENTRY_NAME,
    COL_ENTRY_TITLE,
    COL_ENTRY_UNIT,
    DirectoryListModel,
)
from desktop.ui.models.records import Column, RecordTableModel
from desktop.ui.operations import LatestOnly
from desktop.ui.pages.duplicates import DuplicatesDialog
from desktop.ui.widgets.fit_columns import ColumnFitter
from desktop.ui.widgets.history_timeline import HistoryTimeline
from desktop.ui.widgets.row_menu import RowMenu

log = logging.getLogger(__name__)

COL_HISTORY_DATE, COL_HISTORY_NUMBER, COL_HISTORY_FORM, COL_HISTORY_TITLE = range(4)
UNUSED_SHOWN = 15
"""Names listed in the question before removing unused ones (the count says the rest)."""
FILTER_DELAY_MS = 120
"""Typing pauses this long before the list is filtered (one query per pause, not per key)."""


UNUSED_DELAY_MS = 600
"""How long the page is shown before the unused names are counted."""


def _count_unused(path: Path, preferences: Preferences) -> int:
    library = Library.open(path, preferences)
    try:
        return library.directory.unused_count()
    finally:
        library.close()


def _history_date(entry: AwardHistoryEntry) -> str:
    import datetime as dt

    return short_date(dt.date.fromisoformat(entry.date))


class HistoryTableModel(RecordTableModel[AwardHistoryEntry]):
    """The awards of one recipient, newest first (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("DirectoryView", "Date"), _history_date),
                Column(QCoreApplication.translate("DirectoryView", "Decision"), lambda h: h.number),
                Column(
                    QCoreApplication.translate("DirectoryView", "Award form"),
                    lambda h: h.award_form,
                ),
                Column(
                    QCoreApplication.translate("DirectoryView", "Title and unit then"),
                    lambda h: ", ".join(part for part in (h.title, h.unit) if part),
                ),
            ],
            parent,
        )
        self.set_read_only(True)


class DirectoryView(QWidget):
    """The directory page: filter, table, and the selected recipient's history."""

    deleted = Signal()
    """A person or collective went to the recycle bin."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._db_path = library.path
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.model = DirectoryListModel(library.directory.page, self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, title or unit (no accents needed)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.delete_button = QPushButton(self.tr("Move to recycle bin"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.duplicates_button = QPushButton(self.tr("Find duplicates…"))
        self.duplicates_button.setToolTip(
            self.tr("People entered twice (same name and unit, or one letter apart): merge them")
        )
        self.duplicates_button.clicked.connect(self.find_duplicates)
        self.duplicates_button.setEnabled(library.path is not None)
        self.unused_count = 0
        """Entries nothing uses (names typed and changed in an editor): offered for removal."""
        self.unused_button = QPushButton()
        self.unused_button.setToolTip(
            self.tr(
                "Names typed in a list and then changed or removed: they have no award and "
                "nothing refers to them"
            )
        )
        self.unused_button.clicked.connect(self._on_unused_button_clicked)
        self.unused_button.setVisible(False)
        self._unused_counter = LatestOnly(self)
        # Counted once the page has been shown a moment (a scan of 400,000 people is about
        # half a second of work in the background): leafing through the pages costs nothing.
        self._unused_timer = QTimer(self)
        self._unused_timer.setSingleShot(True)
        self._unused_timer.setInterval(UNUSED_DELAY_MS)
        self._unused_timer.timeout.connect(self._show_unused)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.row_menu = RowMenu(self.table)  # Copy as Excel rows
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        # Shares of the width, so the count of awards shows on a laptop screen too.
        self.columns = ColumnFitter(
            self.table,
            {COL_ENTRY_KIND: 0.7, COL_ENTRY_NAME: 2.2, COL_ENTRY_TITLE: 1.4, COL_ENTRY_UNIT: 2.0,
             COL_ENTRY_AWARDS: 0.8},
            {COL_ENTRY_KIND: 64, COL_ENTRY_NAME: 120, COL_ENTRY_AWARDS: 64},
        )  # fmt: skip
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.history = HistoryTableModel(self)
        self.history_table = QTableView()
        self.history_table.setModel(self.history)
        self.history_columns = ColumnFitter(
            self.history_table,
            {COL_HISTORY_DATE: 0.9, COL_HISTORY_NUMBER: 1.2, COL_HISTORY_FORM: 1.1,
             COL_HISTORY_TITLE: 1.8},
            {COL_HISTORY_DATE: 80, COL_HISTORY_NUMBER: 90},
        )  # fmt: skip
        self.history_menu = RowMenu(self.history_table)
        self.history_label = QLabel()
        self.timeline = HistoryTimeline()

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.duplicates_button)
        top.addWidget(self.unused_button)
        top.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.history_label)
        right_layout.addWidget(self.timeline)
        right_layout.addWidget(self.history_table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([800, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_history(None)

    def reload(self) -> None:
        """Read the directory again (after edits elsewhere): its first page."""
        self._filter_timer.stop()
        self.model.reload(self.filter_edit.text())
        self._show_history(None)
        self._unused_timer.start()

    def apply_filter(self) -> None:
        """Show the rows matching the typed filter (also called when typing pauses)."""
        self._filter_timer.stop()
        if not self._library.is_open():  # the database was closed while typing paused
            return
        if self.filter_edit.text() != self.model.filter_text():
            self.model.reload(self.filter_edit.text())
            self._show_history(None)

    def select(self, recipient_id: str) -> bool:
        """Select the person or collective with this id (the list filtered by their name);
        False when not listed."""
        try:
            found = self._library.directory.find_entry(recipient_id)
        except LookupError:  # gone (another window deleted it) or an id shared as a name
            return False
        self.filter_edit.setText(found.name)
        self.apply_filter()
        row = self.model.row_of(recipient_id)
        if row < 0:
            return False
        index = self.model.index(row, COL_ENTRY_NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def selected(self) -> DirectoryEntry | None:
        """The selected person or collective."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(index.row())

    def delete_selected(self) -> None:
        """Move the selected person or collective to the recycle bin."""
        entry = self.selected()
        if entry is None:
            return
        self._library.directory.delete_entry(entry.kind, entry.id)
        self.reload()
        self.deleted.emit()

    def find_duplicates(self) -> DuplicatesDialog | None:
        """Open the duplicates window and start the scan (background, with Cancel)."""
        if self._db_path is None:
            return None
        dialog = DuplicatesDialog(self._library, self)
        dialog.merged.connect(self._on_duplicates_dialog_merged)
        self.duplicates_dialog = dialog
        dialog.show()
        dialog.scan()
        return dialog

    def _show_unused(self) -> None:
        # One count over the whole directory (0.13 s for 100,000 people): in the background,
        # on a connection of its own, so that the page shows at once.
        if not self._library.is_open():  # closed while the page waited (another database)
            return
        path, preferences = self._library.path, self._library.preferences
        if path is None:  # a database in memory: one connection, this thread
            self._on_unused_counted(self._library.directory.unused_count())
            return
        self._unused_counter.submit(
            lambda: _count_unused(path, preferences),
            self._on_unused_counted,
            lambda error: log.debug("unused entries not counted", exc_info=error),
        )

    def _on_unused_counted(self, count: int) -> None:
        self.unused_count = count
        self.unused_button.setText(self.tr("Remove {0} unused name(s)…").format(count))
        self.unused_button.setVisible(bool(count))

    def remove_unused(self) -> int:
        """Delete the entries nothing uses (no award, no reference); how many."""
        removed = self._library.directory.remove_unused_entries()
        self.reload()
        return removed

    def _on_unused_button_clicked(self) -> QMessageBox:
        listed = self._library.directory.unused_entries(limit=UNUSED_SHOWN)[:UNUSED_SHOWN]
        shown = [entry.name + (f" ({entry.unit})" if entry.unit else "") for entry in listed]
        if self.unused_count > len(shown):
            shown.append(self.tr("… and {0} more").format(self.unused_count - len(shown)))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove unused names"),
            self.tr(
                "These {0} names have no award and nothing refers to them (typed in a list "
                "and then changed or removed). Remove them from the directory?"
            ).format(self.unused_count),
            parent=self,
        )
        box.setInformativeText("\n".join(shown))
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self.remove_unused() if button is remove else 0)
        box.open()  # not blocking (a test, a window closing)
        return box

    def _on_duplicates_dialog_merged(self) -> None:
        self.reload()
        self.deleted.emit()  # the merged record is in the recycle bin now

    def _show_history(self, entry: DirectoryEntry | None) -> None:
        self.delete_button.setEnabled(entry is not None)
        if entry is None:
            self.history.set_records([])
            self.timeline.set_entries([])
            self.history_label.setText(
                self.tr("Select a person or collective to see their awards.")
            )
            return
        awards = self._library.directory.history(entry.id)
        self.history.set_records(awards)
        self.timeline.set_entries(awards)
        self.history_label.setText(
            "<b>" + entry.name + "</b> — " + self.tr("{0} awards").format(len(awards))
        )

    def _on_table_current_row_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        self._show_history(self.selected() if current.isValid() else None)
