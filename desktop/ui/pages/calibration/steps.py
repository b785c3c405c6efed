"""The four steps of the printer calibration wizard: choose, print the sheet, measure, test."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop.services import certificates
from desktop.ui.errors import user_message

if TYPE_CHECKING:
    from desktop.ui.pages.calibration.wizard import CalibrationWizard

DESIGNED_MM = 25.0
"""Where mark A of the calibration sheet is designed: this far from the left and top edges
(``documents.certificate_calibration.CROSS_INSET_MM``)."""
ERROR_STYLE = "color: #b00020"


def millimetres(value: float) -> str:
    """A signed length as Vietnamese write it: "+1,5", "−2", "0"."""
    text = f"{abs(value):.1f}".rstrip("0").rstrip(".").replace(".", ",")
    if text == "0":
        return "0"
    return ("+" if value > 0 else "−") + text


def _spin(low: float, high: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setSuffix(" mm")
    spin.setKeyboardTracking(True)
    return spin


def _text(label: str) -> QLabel:
    widget = QLabel(label)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText)
    return widget


class ChoosePage(QWizardPage):
    """Step 1: the printer and the paper size."""

    def __init__(self, wizard: CalibrationWizard, printer: str) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Step 1 of 4: the printer and the paper"))
        self.setSubTitle(" ")
        self.printer_box = QComboBox()
        self.printer_box.setEditable(True)
        available = QPrinterInfo.availablePrinterNames()
        folded = {unicodedata.normalize("NFC", n) for n in available}
        stored = {p.name for p in wizard.library.certificates.printers() if p.name not in folded}
        self.printer_box.addItems(sorted(set(available) | stored))
        self.printer_box.setCurrentText(printer or QPrinterInfo.defaultPrinterName())
        self.paper_box = QComboBox()
        for size in certificates.paper_sizes():
            self.paper_box.addItem(size, size)
        self.status = _text("")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _text(
                self.tr(
                    "Every printer shifts the page a little, and each paper tray differently. "
                    "Choose the printer you print certificates on and the paper size of the "
                    "blanks (A4 for most Giấy khen, A3 for Bằng khen). The offsets are kept "
                    "for this printer and this paper size."
                )
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer_box)
        form.addRow(self.tr("Paper size"), self.paper_box)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.printer_box.currentTextChanged.connect(self._show_stored)
        self.paper_box.currentIndexChanged.connect(self._show_stored)
        self._show_stored()

    def set_paper(self, paper: str) -> None:
        """Choose ``paper`` ("A3") when it is one of the sizes offered."""
        index = self.paper_box.findData(paper)
        if index >= 0:
            self.paper_box.setCurrentIndex(index)

    def _show_stored(self, *_args: object) -> None:
        name, paper = self.printer_box.currentText().strip(), str(self.paper_box.currentData())
        lines = []
        if name and self._wizard.make_printer(name) is None:
            lines.append(
                self.tr(
                    "This printer is not installed on this computer: the pages will be saved as "
                    "PDF files to print on the computer that has it."
                )
            )
        stored = self._wizard.library.certificates.printer_offsets(name, paper) if name else None
        if stored is not None:
            lines.append(
                self.tr("Saved now for {0}: X = {1} mm, Y = {2} mm.").format(
                    stored.paper, millimetres(stored.offset_x_mm), millimetres(stored.offset_y_mm)
                )
            )
        elif name:
            lines.append(self.tr("Not calibrated yet for {0}.").format(paper))
        else:
            lines.append(self.tr("Choose a printer or type its name as Windows shows it."))
        self.status.setText("<br>".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.printer_box.currentText().strip())


class SheetPage(QWizardPage):
    """Step 2: print the calibration sheet, without any offset, on the chosen paper."""

    def __init__(self, wizard: CalibrationWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Step 2 of 4: print the calibration sheet"))
        self.setSubTitle(" ")
        self.explanation = _text("")
        self.print_button = QPushButton(self.tr("Print the calibration sheet"))
        self.print_button.clicked.connect(self.print_sheet)
        self.status = _text("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.status.clear()
        self.explanation.setText(
            self.tr(
                "Put a sheet of plain {0} paper in the tray you print blanks from, then press "
                "the button. The sheet is printed at actual size (100 %), with no offset, "
                "in landscape: marks A, B, C, D and rulers in millimetres.<br><br>"
                "Check the ruler first: from 20 to 120 must measure exactly 100 mm. If not, "
                "the printer is scaling the page: turn off “Fit to page” in its settings and "
                "print again."
            ).format(self._wizard.paper())
        )

    def print_sheet(self) -> bool:
        """Print (or save) the calibration sheet; True when it was done."""
        try:
            with_path = self._wizard.print_or_save(self.sheet(), self.tr("Calibration sheet"))
        except Exception as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(user_message(exc))
            return False
        self.status.setStyleSheet("")
        self.status.setText(with_path)
        return bool(with_path)

    def sheet(self) -> bytes:
        """The calibration sheet of the chosen paper size, with no offset applied."""
        return certificates.calibration_sheet_pdf(self._wizard.paper())


class MeasurePage(QWizardPage):
    """Step 3: the two distances measured from the paper's edges to the centre of mark A."""

    def __init__(self, wizard: CalibrationWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Step 3 of 4: type the two measurements"))
        self.setSubTitle(" ")
        self.left_spin = _spin(0, 99)
        self.top_spin = _spin(0, 99)
        self.result = _text("")
        self.error = _text("")
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _text(
                self.tr(
                    "With a ruler, measure on the printed sheet, to the centre of mark A (top "
                    "left):<br>• from the <b>left edge</b> of the paper;<br>• from the <b>top "
                    "edge</b> of the paper.<br>On a printer that does not shift, both are {0} mm."
                ).format(f"{DESIGNED_MM:g}")
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("From the left edge to A"), self.left_spin)
        form.addRow(self.tr("From the top edge to A"), self.top_spin)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for spin in (self.left_spin, self.top_spin):
            spin.valueChanged.connect(self._show_offsets)

    def initializePage(self) -> None:
        stored = self._wizard.stored()
        x, y = (stored.offset_x_mm, stored.offset_y_mm) if stored else (0.0, 0.0)
        # The sheet is printed with no offset: the printer's own shift is measured - offset.
        self.left_spin.setValue(DESIGNED_MM - x)
        self.top_spin.setValue(DESIGNED_MM - y)
        self._show_offsets()

    def offsets(self) -> tuple[float, float]:
        """The offsets that cancel what was measured: designed − measured, each axis."""
        return (
            round(DESIGNED_MM - self.left_spin.value(), 1),
            round(DESIGNED_MM - self.top_spin.value(), 1),
        )

    def problem(self) -> str:
        """Why the measurements cannot be right ("" when they can)."""
        limit = certificates.MAX_OFFSET_MM
        for label, measured, offset in (
            (self.tr("from the left edge"), self.left_spin.value(), self.offsets()[0]),
            (self.tr("from the top edge"), self.top_spin.value(), self.offsets()[1]),
        ):
            if abs(offset) > limit:
                return self.tr(
                    "{0} mm {1} is too far from {2} mm: a printer is off by at most {3} mm. "
                    "Measure from the edge of the paper to the centre of mark A, on a sheet "
                    "printed at actual size (100 %)."
                ).format(millimetres(measured).lstrip("+"), label, f"{DESIGNED_MM:g}", f"{limit:g}")
        return ""

    def _show_offsets(self, *_args: object) -> None:
        x, y = self.offsets()
        self.error.setText(self.problem())
        text = self.tr("Offsets to apply: X = {0} mm (right +, left −), Y = {1} mm (down +, up −).")
        self.result.setText(text.format(millimetres(x), millimetres(y)))

    def validatePage(self) -> bool:
        problem = self.problem()
        self.error.setText(problem)
        return not problem


class TestPage(QWizardPage):
    """Step 4: print a test certificate on plain paper, hold it against a blank, adjust."""

    def __init__(self, wizard: CalibrationWizard, template: str) -> None:
        super().__init__()
        self._wizard = wizard
        self._wanted_template = template
        self.setTitle(self.tr("Step 4 of 4: print a test certificate and adjust"))
        self.setSubTitle(" ")
        self.template_box = QComboBox()
        self.x_spin = _spin(-99, 99)
        self.y_spin = _spin(-99, 99)
        self.print_button = QPushButton(self.tr("Print a test certificate"))
        self.print_button.clicked.connect(self.print_test)
        self.status = _text("")
        self.error = _text("")
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _text(
                self.tr(
                    "Print the text of a certificate (as it prints on a blank) on <b>plain "
                    "paper</b>. Lay the printout on a blank and hold both against the light: "
                    "each text must fall on its place on the blank.<br>If the text sits 1 mm "
                    "too far right, lower X by 1; 1 mm too low, lower Y by 1. Print again until "
                    "it matches, then press “Save offsets”."
                )
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template_box)
        form.addRow(self.tr("X (right +, left −)"), self.x_spin)
        form.addRow(self.tr("Y (down +, up −)"), self.y_spin)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for spin in (self.x_spin, self.y_spin):
            spin.valueChanged.connect(self._check)

    def initializePage(self) -> None:
        paper = self._wizard.paper()
        chosen = self.template_box.currentData() or self._wanted_template
        self.template_box.clear()
        for template_id, title in certificates.templates():
            try:
                if certificates.template_paper(template_id) == paper:
                    self.template_box.addItem(title, template_id)
            except certificates.CertificateError:
                continue
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(chosen)))
        x, y = self._wizard.measure_page.offsets()
        self.x_spin.setValue(x)
        self.y_spin.setValue(y)
        self.status.clear()
        self.print_button.setEnabled(self.template_box.count() > 0)
        if not self.template_box.count():
            self.status.setText(self.tr("No template prints on {0}.").format(paper))
        self._check()

    def problem(self) -> str:
        """Why the offsets cannot be saved ("" when they can)."""
        limit = certificates.MAX_OFFSET_MM
        for axis, value in (("X", self.x_spin.value()), ("Y", self.y_spin.value())):
            if abs(value) > limit:
                return self.tr(
                    "Offset {0} = {1} mm is too large (at most ±{2} mm): measure the "
                    "calibration sheet again."
                ).format(axis, millimetres(value), f"{limit:g}")
        return ""

    def _check(self, *_args: object) -> None:
        self.error.setText(self.problem())

    def print_test(self) -> bool:
        """Print (or save) the test certificate with the offsets shown; True when done."""
        if self.problem():
            self._check()
            return False
        try:
            data = self._wizard.library.certificates.calibration_test_pdf(
                str(self.template_box.currentData()),
                self.x_spin.value(),
                self.y_spin.value(),
            )
            done = self._wizard.print_or_save(data, self.tr("Test certificate"))
        except Exception as exc:
            self.error.setText(user_message(exc))
            return False
        self.status.setText(done)
        return bool(done)

    def validatePage(self) -> bool:
        try:
            self._wizard.saved = self._wizard.library.certificates.set_printer_offsets(
                self._wizard.printer_name(),
                self.x_spin.value(),
                self.y_spin.value(),
                self._wizard.paper(),
            )
        except Exception as exc:
            self.error.setText(user_message(exc))
            return False
        return True
