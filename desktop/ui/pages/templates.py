"""The certificate templates page: each template shown on a real recipient; printer calibration."""

from __future__ import annotations

import contextlib
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import decisions
from desktop.services.session import Library
from desktop.ui.operations import show_error
from desktop.ui.printing import print_pdf
from desktop.ui.widgets.preview_pane import PreviewPane

TemplateRole = Qt.ItemDataRole.UserRole + 1


class TemplatesView(QWidget):
    """Certificate templates shown on a real recipient; printer calibration."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.preview = PreviewPane()
        self.printer_box = QComboBox()
        self.printer_box.setEditable(True)
        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-30, 30)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
        self.save_offsets_button = QPushButton(self.tr("Save offsets"))
        self.save_offsets_button.clicked.connect(self._on_save_offsets_button_clicked)
        self.sheet_button = QPushButton(self.tr("Print calibration sheet…"))
        self.sheet_button.clicked.connect(self._on_sheet_button_clicked)
        self.printer_box.currentTextChanged.connect(self._on_printer_box_current_text_changed)
        # Offsets are kept per printer and per paper size (A4 and A3 trays differ).
        self.paper_box = QComboBox()
        for size in ("A4", "A3", "A5"):
            self.paper_box.addItem(size, size)
        self.paper_box.currentIndexChanged.connect(self._on_printer_box_current_text_changed)
        self.list.currentItemChanged.connect(self._follow_template_paper)
        self.wizard_button = QPushButton(self.tr("Calibrate step by step…"))
        self.wizard_button.clicked.connect(self.open_calibration_wizard)

        calibration = QGroupBox(self.tr("Printer calibration (pre-printed blanks)"))
        form = QFormLayout(calibration)
        hint = QLabel(
            self.tr(
                "Print the calibration sheet at actual size, measure how far the marks "
                "are from where they should be, and enter the offsets here."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.tr("Printer"), self.printer_box)
        form.addRow(self.tr("Paper size"), self.paper_box)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("Right")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("Down")))
        offsets.addWidget(self.offset_y)
        form.addRow(self.tr("Offsets"), offsets)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.save_offsets_button)
        form.addRow(buttons)
        form.addRow(self.wizard_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>" + self.tr("Certificate templates") + "</b>"))
        left_layout.addWidget(self.list, 1)
        self.design_button = QPushButton(self.tr("Design the template…"))
        self.design_button.setToolTip(self.tr("Place the fields on a scan of your blank (Ctrl+D)"))
        self.design_button.setShortcut("Ctrl+D")
        self.design_button.clicked.connect(self.open_designer)
        left_layout.addWidget(self.design_button)
        # Shown, never blocking, when the chosen template is for another award form or body.
        self.mismatch_label = QLabel()
        self.mismatch_label.setWordWrap(True)
        self.mismatch_label.setStyleSheet("color: #8a4b00")
        self.mismatch_label.setVisible(False)
        left_layout.addWidget(self.mismatch_label)
        left_layout.addWidget(calibration)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([380, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def reload(self) -> None:
        """List the templates and printers again."""
        from desktop.services import certificates

        current = self.list.currentItem()
        chosen = current.data(TemplateRole) if current else None
        self.list.clear()
        for name, title in certificates.templates():
            item = QListWidgetItem(title)
            item.setToolTip(name)
            item.setData(TemplateRole, name)
            self.list.addItem(item)
            if name == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        # Windows' own spelling of a printer's name is kept (it may be NFD when typed with
        # Unikey's "Unicode tổ hợp"); a stored name (NFC) is listed only when no printer has it.
        available = set(QPrinterInfo.availablePrinterNames())
        folded = {unicodedata.normalize("NFC", n) for n in available}
        names = sorted(
            available
            | {p.name for p in self._library.certificates.printers() if p.name not in folded}
        )
        text = self.printer_box.currentText()
        self.printer_box.blockSignals(True)
        self.printer_box.clear()
        self.printer_box.addItems(names)
        self.printer_box.setCurrentText(text or QPrinterInfo.defaultPrinterName())
        self.printer_box.blockSignals(False)
        self._on_printer_box_current_text_changed(self.printer_box.currentText())

    def open_designer(self) -> QWidget | None:
        """Open the chosen template in the designer window (its own window)."""
        from desktop.ui.pages.designer import DesignerWindow

        item = self.list.currentItem()
        if item is None:
            return None
        try:
            window = DesignerWindow(self._library, str(item.data(TemplateRole)), parent=self)
        except Exception as exc:
            show_error(self, exc)
            return None
        window.setWindowFlag(Qt.WindowType.Window)
        # One designer at a time; the previous one is deleted when the next opens (deleting a
        # window on close, with its scene's events still queued, crashes PySide).
        previous = getattr(self, "designer", None)
        if previous is not None:
            previous.close()
            previous.deleteLater()
        window.saved.connect(lambda _id: self.reload())
        window.show()
        self.designer = window
        return window

    def _sample(self) -> decisions.Decision | None:
        for summary in self._library.decisions.decisions():
            decision = self._library.decisions.get_decision(summary.id)
            if decision.awards:
                return decision
        return None

    def _on_list_current_item_changed(self, item: QListWidgetItem | None, _: object) -> None:
        if item is None:
            self.preview.request(None)
            return
        sample = self._sample()
        if sample is None:
            self.preview.show_message(self.tr("Add a decision with recipients to see templates."))
            return
        template = str(item.data(TemplateRole))
        try:
            mismatch = decisions.certificate_template_mismatch(sample, template)
        except Exception:  # a broken template shows its error in the preview
            mismatch = ""
        self.mismatch_label.setText(
            self.tr("⚠ For decision {0}: {1}").format(sample.number, mismatch) if mismatch else ""
        )
        self.mismatch_label.setVisible(bool(mismatch))
        self.preview.request(lambda: decisions.certificate_pdf(sample, 0, template=template))

    def _on_printer_box_current_text_changed(self, *_args: object) -> None:

        name, paper = self.printer_box.currentText(), str(self.paper_box.currentData())
        offsets = self._library.certificates.printer_offsets(name, paper)
        self.offset_x.setValue(offsets.offset_x_mm if offsets else 0.0)
        self.offset_y.setValue(offsets.offset_y_mm if offsets else 0.0)

    def save_offsets(self, printer: str, x_mm: float, y_mm: float, paper: str = "A4") -> None:
        """Store the measured offsets of ``printer`` on ``paper``."""

        self._library.certificates.set_printer_offsets(printer, x_mm, y_mm, paper)

    def _follow_template_paper(self, item: QListWidgetItem | None, _: object = None) -> None:
        """Show the offsets of the paper the chosen template prints on."""
        from desktop.services import certificates

        if item is not None:
            with contextlib.suppress(certificates.CertificateError):
                paper = certificates.template_paper(str(item.data(TemplateRole)))
                self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))

    def open_calibration_wizard(self) -> QWidget:
        """Open the guided calibration for the chosen printer and template (not modal)."""
        from desktop.ui.pages.calibration import CalibrationWizard

        current = self.list.currentItem()
        wizard = CalibrationWizard(
            self._library,
            printer=self.printer_box.currentText().strip(),
            template=str(current.data(TemplateRole)) if current else "",
            parent=self,
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(self._on_printer_box_current_text_changed)
        wizard.open()
        return wizard

    def _on_save_offsets_button_clicked(self) -> None:
        name = self.printer_box.currentText().strip()
        if not name:
            return
        try:
            self.save_offsets(
                name, self.offset_x.value(), self.offset_y.value(), self.paper_box.currentData()
            )
        except Exception as exc:
            show_error(self, exc)

    def _on_sheet_button_clicked(self) -> None:
        from desktop.services import certificates

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.printer_box.currentText().strip()
        if name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            with tempfile.TemporaryDirectory() as folder:
                sheet = certificates.write_calibration_sheet(
                    Path(folder) / "sheet.pdf", paper=str(self.paper_box.currentData())
                )
                print_pdf(sheet.read_bytes(), printer)
        except Exception as exc:
            show_error(self, exc)
