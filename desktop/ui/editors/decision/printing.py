"""Printing from the decision editor: the chosen document at 100 %; certificates as vector pages
(``ui.certificate_printing``), logged only for the pages the printer actually took (a print
cancelled after 5 pages logs 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QMessageBox

from desktop.domain.records import CertificateIssue
from desktop.services import decisions
from desktop.services.certificates import PrintJob
from desktop.services.editing.decision import DecisionEditState
from desktop.services.session import Library
from desktop.ui.certificate_printing import print_certificates_with_progress
from desktop.ui.operations import DatabaseOp, Progress, show_error
from desktop.ui.printing import print_with_progress

if TYPE_CHECKING:
    from desktop.ui.editors.decision.editor import DecisionEditor

DOCUMENT_CERTIFICATE, DOCUMENT_LIST, DOCUMENT_DECISION = "certificate", "list", "decision"
Made = tuple[PrintJob | bytes, list[CertificateIssue]]
"""What goes to the printer (certificates laid out, or a PDF) and the issue log's lines."""


class PrintingMixin:
    """The print part of ``DecisionDocuments`` (which provides these attributes)."""

    _editor: DecisionEditor
    _library: Library
    _state: DecisionEditState
    preprinted_box: QCheckBox

    def current_document(self) -> str:
        raise NotImplementedError  # DecisionDocuments's

    def form_word(self) -> str:
        raise NotImplementedError

    def problems_before_printing(self) -> list[str]:
        raise NotImplementedError

    def _decision_id(self) -> str:
        raise NotImplementedError

    def print_document(self, printer: QPrinter) -> DatabaseOp | None:
        """Print the chosen document at 100 % (certificates: every recipient, logged); the PDF
        is made in the background, the pages are drawn on the printer here."""
        record = self._state.snapshot()
        if record is None:
            return None
        what = self.current_document()
        if what == DOCUMENT_CERTIFICATE:
            decision_id = self._decision_id()
            preprinted = self.preprinted_box.isChecked()
            draft = self._editor.read_only  # see export_certificates
            known = self._library.certificates.calibrated_printer(printer.printerName())

            def task(lib: Library, progress: Progress) -> Made:
                progress.report(0, 1)
                job = lib.certificates.print_job(  # texts as text, the art once: vector pages
                    decision_id,
                    preprinted=preprinted,
                    printer=known,  # its offsets for the template's paper size
                    force=True,
                    allow_mismatch=True,  # warned in the editor before printing
                    draft=draft,
                )
                return job, job.pending  # only the pages the printer took are logged

            label = QCoreApplication.translate(
                "DecisionDocuments", "Preparing {0} for the printer…"
            ).format(self.form_word())
        else:
            make = decisions.award_list_pdf if what == DOCUMENT_LIST else decisions.decision_pdf

            def task(lib: Library, progress: Progress) -> Made:
                progress.report(0, 1)
                return make(record), []

            label = QCoreApplication.translate(
                "DecisionDocuments", "Preparing {0} for the printer…"
            ).format(QCoreApplication.translate("DecisionDocuments", "the document"))
        return (
            DatabaseOp(self._editor, self._library, task)
            .success(lambda made: self._send(made[0], made[1], printer))
            .with_progress(label)
            .run_in_background()
        )

    def _send(
        self, data: PrintJob | bytes, pending: list[CertificateIssue], printer: QPrinter
    ) -> None:
        if isinstance(data, PrintJob):
            pages = print_certificates_with_progress(self._editor, data.layout, printer)
        else:
            pages = print_with_progress(self._editor, data, printer)
        if pages is None:
            return
        if pending and pages:  # one page per certificate: a print cancelled after 5 logs 5
            try:
                self._library.certificates.log_issues(pending[:pages])
            except Exception as exc:
                show_error(self._editor, exc)
        self._editor.printed.emit(pages)

    def _on_print(self) -> None:
        problems = self.problems_before_printing()
        if problems:
            answer = QMessageBox.warning(
                self._editor,
                QCoreApplication.translate("DecisionDocuments", "Print"),
                QCoreApplication.translate(
                    "DecisionDocuments", "These {0} will not print as they should:"
                ).format(self.form_word())
                + "\n\n"
                + "\n".join(problems[:12])
                + "\n\n"
                + QCoreApplication.translate(
                    "DecisionDocuments",
                    "Print anyway? (Texts that do not fit are cut at their box.)",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._editor)
        dialog.setWindowTitle(QCoreApplication.translate("DecisionDocuments", "Print"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_document(printer)
