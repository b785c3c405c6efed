"""The printer calibration wizard: what was chosen, and printing a page (or saving it)."""

from __future__ import annotations

import contextlib
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from desktop.services import certificates
from desktop.services.files import write_atomically
from desktop.services.session import Library
from desktop.ui.pages.calibration.steps import ChoosePage, MeasurePage, SheetPage, TestPage
from desktop.ui.printing import print_pdf


class CalibrationWizard(QWizard):
    """Four steps from a printer to its saved offsets for one paper size."""

    def __init__(
        self,
        library: Library,
        *,
        printer: str = "",
        template: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Printer calibration"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save offsets"))
        self.saved: certificates.PrinterOffsets | None = None
        self.last_output: Path | None = None
        """The PDF file of the last page saved instead of printed (no such printer here)."""
        self.choose_page = ChoosePage(self, printer)
        self.sheet_page = SheetPage(self)
        self.measure_page = MeasurePage(self)
        self.test_page = TestPage(self, template)
        for page in (self.choose_page, self.sheet_page, self.measure_page, self.test_page):
            self.addPage(page)
        if template:  # the paper of the template the user is looking at
            with contextlib.suppress(certificates.CertificateError):
                self.choose_page.set_paper(certificates.template_paper(template))
        self.resize(640, 520)

    # -- what was chosen -----------------------------------------------------------------------

    def printer_name(self) -> str:
        """The printer as chosen or typed (Windows' own spelling kept)."""
        return self.choose_page.printer_box.currentText().strip()

    def paper(self) -> str:
        """The paper size chosen ("A4")."""
        return str(self.choose_page.paper_box.currentData())

    def stored(self) -> certificates.PrinterOffsets | None:
        """The offsets stored now for the chosen printer and paper size."""
        return self.library.certificates.printer_offsets(self.printer_name(), self.paper())

    # -- printing -----------------------------------------------------------------------------

    def make_printer(self, name: str) -> QPrinter | None:
        """A printer for ``name`` if it is installed on this computer, else None."""
        available = QPrinterInfo.availablePrinterNames()
        wanted = unicodedata.normalize("NFC", name)
        for candidate in available:
            if unicodedata.normalize("NFC", candidate) == wanted:
                info = QPrinterInfo.printerInfo(candidate)
                return QPrinter(info, QPrinter.PrinterMode.HighResolution)
        return None

    def print_or_save(self, data: bytes, title: str) -> str:
        """Print the PDF ``data`` at 100 % on the chosen printer, or save it as a file when that
        printer is not installed here; what happened, for the page's status line ("" when the
        user cancelled)."""
        name = self.printer_name()
        printer = self.make_printer(name)
        if printer is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Printer “{0}” is not installed here: save the page as PDF").format(name),
                str(Path.home() / f"{title}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return ""
            self.last_output = write_atomically(Path(path), data, (".pdf",))
            return self.tr(
                "Saved to {0}. Print it at actual size (100 %) on printer “{1}”."
            ).format(self.last_output, name)
        printer.setDocName(title)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_pdf(data, printer)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self.tr("Sent to printer “{0}”.").format(name)
