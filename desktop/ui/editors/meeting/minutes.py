"""The minutes (biên bản) beside the form: preview, export to PDF or Word, print.

Kept apart so that the shared document panel (ui/widgets/document_panel.py, for both editors)
can take its place with a small change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QToolBar, QVBoxLayout, QWidget

from desktop.domain.records import Meeting
from desktop.services import meetings
from desktop.services.session import Library
from desktop.ui.operations import DatabaseOp, Progress
from desktop.ui.printing import print_pdf
from desktop.ui.widgets.preview_pane import PreviewPane


class MinutesPanel(QWidget):
    """Preview, export and print of the minutes of the meeting ``current()`` returns."""

    exported = Signal(Path)
    printed = Signal(int)

    def __init__(
        self,
        library: Library,
        current: Callable[[], Meeting | None],
        save: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        """``current``: the meeting as it is now, unaffected by later edits (None: none open;
        ``MeetingEditState.snapshot``); ``save``: write pending edits (an export reads the
        stored meeting)."""
        super().__init__(parent)
        self._library = library
        self._current = current
        self._save = save
        self.preview = PreviewPane()
        docs = QToolBar()
        docs.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_pdf_action = docs.addAction(self.tr("Export minutes (PDF)…"))
        self.export_docx_action = docs.addAction(self.tr("Export minutes (Word)…"))
        self.print_action = docs.addAction(self.tr("Print…"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>" + self.tr("Minutes") + "</b>"))
        layout.addWidget(docs)
        layout.addWidget(self.preview, 1)
        self.export_pdf_action.triggered.connect(lambda: self._on_export_triggered(".pdf"))
        self.export_docx_action.triggered.connect(lambda: self._on_export_triggered(".docx"))
        self.print_action.triggered.connect(self._on_print_action_triggered)

    def source(self) -> Callable[[], bytes] | None:
        """A function giving the minutes as PDF bytes (None when no meeting is open)."""
        meeting = self._current()
        return (lambda: meetings.minutes_pdf(meeting)) if meeting is not None else None

    def refresh(self) -> None:
        """Show the minutes as they are now (after a short delay)."""
        self.preview.request(self.source())

    def export_minutes(self, path: Path) -> DatabaseOp:
        """Write the minutes to ``path`` (.pdf or .docx) in the background."""
        self._save()
        meeting = self._current()
        assert meeting is not None
        meeting_id = meeting.id

        def task(lib: Library, progress: Progress) -> Path:
            progress.report(0, 1)
            return lib.meetings.write_minutes(meeting_id, path)

        return (
            DatabaseOp(self, self._library, task)
            .success(self.exported.emit)
            .with_progress(self.tr("Writing {0}…").format(path.name))
            .run_in_background()
        )

    def print_minutes(self, printer: QPrinter) -> int:
        """Print the minutes at 100 %."""
        source = self.source()
        pages = print_pdf(source(), printer) if source else 0
        self.printed.emit(pages)
        return pages

    def _on_export_triggered(self, suffix: str) -> None:
        from desktop.services import certificates  # heavy: only when exporting

        meeting = self._current()
        if meeting is None:
            return
        stem = certificates.safe_file_name(self.tr("Minutes") + " " + meeting.title)[:-4]
        kind = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Word (*.docx)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export minutes"), stem + suffix, kind
        )
        if chosen:
            self.export_minutes(Path(chosen))

    def _on_print_action_triggered(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_minutes(printer)
