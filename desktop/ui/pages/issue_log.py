"""Sổ cấp giấy khen: every certificate issued, newest first, searchable; open or print again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import short_date
from desktop.services.issue_log import LOG_LIMIT, LogEntry
from desktop.services.session import Library
from desktop.ui.file_dialogs import save_path
from desktop.ui.models.records import Column, RecordTableModel
from desktop.ui.operations import DatabaseOp, Progress
from desktop.ui.widgets.row_menu import RowMenu

SEARCH_DELAY_MS = 250

COL_WHEN, COL_NAME, COL_UNIT, COL_DECISION, COL_FORM, COL_PRINTER, COL_AGAIN = range(7)


def _date(iso: str) -> str:
    """ "2024-01-03" -> "03/01/2024" (``domain.dates.short_date``); as stored when unreadable."""
    try:
        return short_date(dt.date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


class IssueLogModel(RecordTableModel[LogEntry]):
    """The issue log (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("IssueLogView", "Issued"),
                    lambda e: f"{e.issued_at.astimezone():%d/%m/%Y %H:%M}",
                ),
                Column(
                    QCoreApplication.translate("IssueLogView", "Recipient"), lambda e: e.recipient
                ),
                Column(
                    QCoreApplication.translate("IssueLogView", "Title, unit"),
                    lambda e: ", ".join(p for p in (e.title, e.unit) if p),
                ),
                Column(
                    QCoreApplication.translate("IssueLogView", "Decision"),
                    lambda e: (
                        f"{e.decision_number} ({_date(e.decision_date)})"
                        if e.decision_date
                        else e.decision_number
                    ),
                ),
                Column(QCoreApplication.translate("IssueLogView", "Form"), lambda e: e.award_form),
                Column(
                    QCoreApplication.translate("IssueLogView", "Printer"),
                    lambda e: e.printer or QCoreApplication.translate("IssueLogView", "(PDF file)"),
                ),
                Column(
                    QCoreApplication.translate("IssueLogView", "Reissue"),
                    lambda e: (
                        QCoreApplication.translate("IssueLogView", "yes") if e.reissue_of else ""
                    ),
                ),
            ],
            parent,
        )
        self.set_read_only(True)


class IssueLogView(QWidget):
    """Lists the issue log; the user searches it, opens a decision, prints pages again."""

    open_decision = Signal(str)
    """The user asked to see the decision of an entry (its id)."""
    reprinted = Signal(object)
    """A reprint was written (the PDF's path)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.model = IssueLogModel(self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search: name, unit, decision number, form (no accents needed)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.row_menu = RowMenu(self.table)  # Copy as Excel rows
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in (
            (COL_WHEN, 130),
            (COL_NAME, 220),
            (COL_UNIT, 260),
            (COL_DECISION, 200),
        ):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.open_button = QPushButton(self.tr("Open decision"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        self.reprint_button = QPushButton(self.tr("Print again to PDF…"))
        self.reprint_button.setToolTip(
            self.tr("The chosen certificates are written again and logged as reissues")
        )
        self.reprint_button.clicked.connect(self._on_reprint_clicked)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

    def _on_search_timer_timeout(self) -> None:
        if self._library.is_open():  # not after the database was closed while typing paused
            self.reload()

    def reload(self) -> None:
        """Read the log again (as filtered by the search box)."""
        text = self.search_edit.text()
        found = self._library.issue_log.entries(text)
        self.model.set_records(found)
        if not found:
            self.count_label.setText(
                self.tr("No certificate matches the search.")
                if text.strip()
                else self.tr("No certificate has been issued yet.")
            )
        elif len(found) >= LOG_LIMIT:
            self.count_label.setText(
                self.tr("The newest {0} certificates; search to find older ones.").format(
                    f"{len(found):,}".replace(",", ".")
                )
            )
        else:
            self.count_label.setText(self.tr("{0} certificate(s)").format(len(found)))
        has_rows = bool(found)
        self.open_button.setEnabled(has_rows)
        self.reprint_button.setEnabled(has_rows and not self._library.read_only)

    def chosen(self) -> list[LogEntry]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.record(r) for r in rows]

    def reprint(self, entries: list[LogEntry], path: Path) -> DatabaseOp:
        """Write ``entries`` again into ``path`` (background), then show them in the log."""

        def task(lib: Library, progress: Progress) -> Path:
            lib.issue_log.reprint(entries, path, progress=progress.report)
            return path

        def done(written: Path) -> None:
            self.reload()
            self.reprinted.emit(written)

        return (
            DatabaseOp(self, self._library, task)
            .success(done)
            .with_progress(self.tr("Writing {0}…").format(path.name))
            .run_in_background()
        )

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_decision.emit(self.model.record(row).decision_id)

    def _on_reprint_clicked(self) -> None:
        entries = self.chosen()
        if not entries:
            return
        first = entries[0]
        suggested = f"{first.award_form or 'Giấy khen'} - {first.recipient}.pdf"
        chosen = save_path(self, self.tr("Print again to PDF"), suggested, self.tr("PDF (*.pdf)"))
        if chosen:
            self.reprint(entries, chosen.with_suffix(".pdf"))
