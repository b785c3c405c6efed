"""The printer calibration wizard driven as a user does, with pytest-qt.

The offscreen platform has no printer, so the wizard saves each page as a PDF file (the
save dialog answered by the test), as it does on a computer without the chosen printer; the
last test gives it a PDF printer instead, as the other printing tests do.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractSpinBox, QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import certificates
from desktop.services.session import Library
from desktop.ui.pages.calibration import CalibrationWizard
from tests.documents.pdf_read import open_pdf

PRINTER = "Máy in Phòng Tổ chức"
MM = 72 / 25.4


@pytest.fixture(autouse=True)
def _vietnamese_numbers() -> Iterator[None]:
    """Spin boxes read numbers as a Vietnamese user types them: "26,5"."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def saved_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Answer the wizard's "save the page as PDF" dialogs with numbered files in tmp_path."""
    files: list[Path] = []

    def answer(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        path = tmp_path / f"trang-{len(files) + 1}.pdf"
        files.append(path)
        return str(path), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return files


def _type(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _chars(data: bytes) -> list[tuple[str, float, float]]:
    with open_pdf(data) as pdf:
        return [(c["text"], c["x0"] / MM, c["top"] / MM) for c in pdf.pages[0].chars]


def test_the_wizard_stores_what_was_typed_for_the_printer_and_paper(
    qtbot: QtBot, demo_db: Database, saved_files: list[Path]
) -> None:
    wizard = CalibrationWizard(Library(demo_db), template="giay-khen-dang")
    qtbot.addWidget(wizard)
    wizard.show()
    choose = wizard.choose_page
    assert choose.paper_box.currentText() == "A4"  # the template's paper
    choose.printer_box.lineEdit().clear()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no printer yet
    # Typed as an input method delivers it (QTest.keyClicks sends Latin-1 keys only).
    choose.printer_box.lineEdit().insert(PRINTER)
    assert "not installed" in choose.status.text() and "A4" in choose.status.text()
    _next(qtbot, wizard)

    # Step 2: the calibration sheet, A4 landscape, no offset.
    assert wizard.currentPage() is wizard.sheet_page
    qtbot.mouseClick(wizard.sheet_page.print_button, Qt.MouseButton.LeftButton)
    assert str(saved_files[0]) in wizard.sheet_page.status.text()
    with open_pdf(saved_files[0].read_bytes()) as pdf:
        page = pdf.pages[0]
        assert (round(page.width / MM), round(page.height / MM)) == (297, 210)
        assert "TRANG CĂN CHỈNH MÁY IN" in page.extract_text()
    _next(qtbot, wizard)

    # Step 3: a distance no printer can be off by is refused, with the reason.
    measure = wizard.measure_page
    assert wizard.currentPage() is measure
    _type(qtbot, measure.left_spin, "60")
    _next(qtbot, wizard)
    assert wizard.currentPage() is measure
    assert "60 mm" in measure.error.text() and "25 mm" in measure.error.text()
    _type(qtbot, measure.left_spin, "26,5")
    _type(qtbot, measure.top_spin, "24")
    assert measure.error.text() == ""
    assert "X = −1,5 mm" in measure.result.text() and "Y = +1 mm" in measure.result.text()
    _next(qtbot, wizard)

    # Step 4: the test certificate carries the offsets typed, before anything is stored.
    test = wizard.test_page
    assert wizard.currentPage() is test
    assert test.template_box.currentData() == "giay-khen-dang"
    assert (test.x_spin.value(), test.y_spin.value()) == (-1.5, 1.0)
    qtbot.mouseClick(test.print_button, Qt.MouseButton.LeftButton)
    assert certificates.printers(demo_db) == []
    plain = _chars(certificates.calibration_test_pdf(demo_db, "giay-khen-dang", 0, 0))
    printed = _chars(saved_files[1].read_bytes())
    assert len(printed) == len(plain) > 20
    assert {
        (round(b[1] - a[1], 3), round(b[2] - a[2], 3)) for a, b in zip(plain, printed, strict=True)
    } == {(-1.5, 1.0)}
    # Held against a blank, the text sat half a millimetre too far left: adjust, then save.
    _type(qtbot, test.x_spin, "-1")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    stored = certificates.printer_offsets(demo_db, PRINTER, "A4")
    assert stored is not None and (stored.offset_x_mm, stored.offset_y_mm) == (-1.0, 1.0)
    assert certificates.printer_offsets(demo_db, PRINTER, "A3") is None


def test_an_offset_too_large_is_not_saved(
    qtbot: QtBot, demo_db: Database, saved_files: list[Path]
) -> None:
    wizard = CalibrationWizard(Library(demo_db), printer=PRINTER, template="bang-khen-dang")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.paper() == "A3"
    for _ in range(2):
        _next(qtbot, wizard)
    _next(qtbot, wizard)
    test = wizard.test_page
    assert wizard.currentPage() is test
    assert test.template_box.currentData() == "bang-khen-dang"
    _type(qtbot, test.y_spin, "-22")
    assert "Y = −22 mm" in test.error.text() and "20 mm" in test.error.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and certificates.printers(demo_db) == []
    qtbot.mouseClick(test.print_button, Qt.MouseButton.LeftButton)
    assert saved_files == []  # nothing printed with it either


def test_on_an_installed_printer_the_sheet_is_printed_at_actual_size(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "may-in.pdf"

    def pdf_printer(_self: CalibrationWizard, _name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(96)
        return printer

    monkeypatch.setattr(CalibrationWizard, "make_printer", pdf_printer)
    wizard = CalibrationWizard(Library(demo_db), printer=PRINTER, template="bang-khen-dang")
    qtbot.addWidget(wizard)
    wizard.show()
    assert "not installed" not in wizard.choose_page.status.text()
    _next(qtbot, wizard)
    assert wizard.sheet_page.print_sheet()
    assert PRINTER in wizard.sheet_page.status.text()
    with open_pdf(out.read_bytes()) as pdf:
        page = pdf.pages[0]  # printed: an image of the page, A3 landscape at 100 %
        assert (round(page.width / MM), round(page.height / MM)) == (420, 297)


def test_the_templates_page_shows_and_calibrates_the_paper_of_the_chosen_template(
    qtbot: QtBot, demo_db: Database
) -> None:
    from desktop.ui.pages.templates import TemplateRole, TemplatesView

    certificates.set_printer_offsets(demo_db, PRINTER, 1.0, 0.5, "A4")
    certificates.set_printer_offsets(demo_db, PRINTER, -2.0, 3.0, "A3")
    view = TemplatesView(Library(demo_db))
    qtbot.addWidget(view)
    view.reload()
    view.printer_box.setCurrentText(PRINTER)
    rows = {view.list.item(i).data(TemplateRole): i for i in range(view.list.count())}
    view.list.setCurrentRow(rows["bang-khen-dang"])
    assert view.paper_box.currentText() == "A3"
    assert (view.offset_x.value(), view.offset_y.value()) == (-2.0, 3.0)
    view.list.setCurrentRow(rows["giay-khen-dang"])
    assert (view.paper_box.currentText(), view.offset_x.value()) == ("A4", 1.0)
    view.list.setCurrentRow(rows["bang-khen-dang"])
    wizard = view.open_calibration_wizard()
    assert isinstance(wizard, CalibrationWizard)
    assert (wizard.printer_name(), wizard.paper()) == (PRINTER, "A3")
    assert "A3: X = −2 mm, Y = +3 mm" in wizard.choose_page.status.text()
    wizard.close()
