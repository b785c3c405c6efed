"""The minutes (biên bản) beside the form, in the shared document panel: preview, export to
PDF or Word, print. The PDF is made on a pool thread from a snapshot of the meeting taken on
the GUI thread (``MeetingEditState.snapshot``: cheap, unaffected by later typing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.domain.meetings import unnamed_attendees_warning
from desktop.domain.records import Meeting
from desktop.services import meetings
from desktop.services.session import Library
from desktop.ui.operations import DatabaseOp, Progress
from desktop.ui.widgets.document_panel import Document, DocumentPanel, PdfJob

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.editors.meeting.editor import MeetingEditor


class MinutesDocuments(QObject):
    """The meeting editor's document panel and what its buttons do."""

    def __init__(
        self, editor: MeetingEditor, library: Library, snapshot: Callable[[], Meeting | None]
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._library = library
        self._snapshot = snapshot
        self.panel = DocumentPanel([Document("minutes", self.tr("Minutes"), self._preview)])
        self.export_pdf_action = self.panel.add_action(
            self.tr("Export minutes (PDF)…"), lambda: self._on_export(".pdf")
        )
        self.export_docx_action = self.panel.add_action(
            self.tr("Export minutes (Word)…"), lambda: self._on_export(".docx")
        )
        self.print_action = self.panel.add_print_action(self._on_print)
        self.preview = self.panel.preview

    def _preview(self) -> PdfJob | None:
        meeting = self._snapshot()  # GUI thread: what to draw
        return (lambda: meetings.minutes_pdf(meeting)) if meeting is not None else None

    def update_warnings(self, meeting: Meeting | None) -> None:
        """Say above the preview what the minutes leave out (attendees without a name)."""
        warning = unnamed_attendees_warning(meeting.attendees) if meeting is not None else ""
        self.panel.set_notes([f"⚠ {warning}"] if warning else [])

    def export_minutes(self, path: Path) -> DatabaseOp:
        """Write the minutes to ``path`` (.pdf or .docx) in the background."""
        self._editor.save_now()  # the export reads the stored meeting
        meeting = self._snapshot()
        assert meeting is not None
        meeting_id = meeting.id

        def task(lib: Library, progress: Progress) -> Path:
            progress.report(0, 1)
            return lib.meetings.write_minutes(meeting_id, path)

        return (
            DatabaseOp(self._editor, self._library, task)
            .success(self._editor.exported.emit)
            .with_progress(self.tr("Writing {0}…").format(path.name))
            .run_in_background()
        )

    def print_minutes(self, printer: QPrinter) -> DatabaseOp | None:
        """Print the minutes at 100 %: the PDF is made in the background, the pages are drawn
        on the printer here; ``printed`` tells how many."""
        meeting = self._snapshot()
        if meeting is None:
            return None

        def task(lib: Library, progress: Progress) -> bytes:
            progress.report(0, 1)
            return meetings.minutes_pdf(meeting)

        return (
            DatabaseOp(self._editor, self._library, task)
            .success(lambda data: self._send(data, printer))
            .with_progress(self.tr("Preparing the minutes for the printer…"))
            .run_in_background()
        )

    def _send(self, data: bytes, printer: QPrinter) -> None:
        from desktop.ui.printing import print_with_progress

        pages = print_with_progress(self._editor, data, printer)
        if pages is not None:
            self._editor.printed.emit(pages)

    def _on_export(self, suffix: str) -> None:
        from desktop.services import certificates  # heavy: only when exporting
        from desktop.ui.file_dialogs import save_path

        meeting = self._snapshot()
        if meeting is None:
            return
        stem = certificates.safe_file_name(self.tr("Minutes") + " " + meeting.title)[:-4]
        kind = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Word (*.docx)")
        chosen = save_path(self._editor, self.tr("Export minutes"), stem + suffix, kind)
        if chosen:
            self.export_minutes(chosen)

    def _on_print(self) -> None:
        # Qt's print support is loaded when first printing, not when the window opens.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._editor)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_minutes(printer)
