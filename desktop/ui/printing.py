"""Printing PDF pages at 100 %: full page, never "fit to page".

Each page is rasterised by pypdfium2 and drawn at the paper's origin with the page margins
switched off (full page), so one PDF millimetre is one millimetre on paper and the offsets of a
pre-printed certificate stay true. The raster is made at the printer's resolution up to
``PRINT_DPI`` (600: text as sharp as a laser printer prints it) and scaled by the printer: a
1200 dpi driver would otherwise receive four times the pixels — about 14 MB and 3.5 s a
certificate, 7 minutes for 120 (``bench/printing.py`` measures). Pages are drawn in horizontal
bands to keep memory small.

This is the path of the decision, the minutes, the list and the calibration sheet. Certificates
print as vector pages (``ui.certificate_printing``: text as text, the art once); both share the
page layout and the progress dialog (``with_progress``) defined here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.ui.widgets.pdf_pages import POINTS_PER_INCH, open_pdf

BAND_PIXELS = 1024
"""Height of one rendered strip, in rendered dots."""

PRINT_DPI = 600
"""Highest resolution pages are rasterised at for the printer (its own when lower)."""


class PrintError(RuntimeError):
    """The printer could not be started (offline, no paper, PDF file not writable)."""


def page_layout_for(width_pt: float, height_pt: float) -> QPageLayout:
    """A margin-free page layout of exactly this size, landscape when wider than tall."""
    portrait = QSizeF(min(width_pt, height_pt), max(width_pt, height_pt))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_pt > height_pt
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def print_pdf(
    data: bytes,
    printer: QPrinter,
    *,
    progress: Callable[[int, int], bool] | None = None,
    max_dpi: int = PRINT_DPI,
) -> int:
    """Print every page of the PDF ``data`` on ``printer`` at 100 %; returns the pages printed.

    ``progress(done, total)`` is called after each page; returning False stops printing.
    ``max_dpi``: the highest raster resolution (the printer's own when lower).

    Raises:
        PrintError: the printer could not be started.
    """
    with open_pdf(data) as pages:
        total = len(pages)
        if total == 0:
            return 0
        printer.setFullPage(True)
        printer.setPageLayout(page_layout_for(*pages.size_points(0)))
        device_dpi = printer.resolution()
        dpi = min(device_dpi, max_dpi) if max_dpi > 0 else device_dpi

        def draw(painter: QPainter, index: int) -> None:
            _draw_page(painter, pages, index, dpi, device_dpi, *pages.size_points(index))

        def turn(index: int) -> None:  # each page its own size and orientation
            printer.setPageLayout(page_layout_for(*pages.size_points(index)))

        return paint_pages(printer, total, draw, progress, turn=turn)


def paint_pages(
    printer: QPrinter,
    total: int,
    draw: Callable[[QPainter, int], None],
    progress: Callable[[int, int], bool] | None,
    *,
    turn: Callable[[int], None] | None = None,
) -> int:
    """Start ``printer``, ``draw(painter, index)`` each of ``total`` pages, end the job; the
    pages printed. ``turn(index)`` is called before every page after the first (to change its
    layout); ``progress(done, total)`` after each page, returning False stops printing.

    Raises:
        PrintError: the printer could not be started.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(printer.printerName() or printer.outputFileName())
    printed = 0
    try:
        for index in range(total):
            if index:
                if turn is not None:
                    turn(index)
                printer.newPage()
            draw(painter, index)
            printed += 1
            if progress is not None and not progress(printed, total):
                break
    finally:
        painter.end()
    return printed


def _draw_page(
    painter: QPainter,
    pages: object,
    index: int,
    dpi: int,
    device_dpi: int,
    width_pt: float,
    height_pt: float,
) -> None:
    """Draw page ``index`` rendered at ``dpi`` onto a device of ``device_dpi``, band by band."""
    from desktop.ui.widgets.pdf_pages import PdfPages

    assert isinstance(pages, PdfPages)
    band_pt = BAND_PIXELS / (dpi / POINTS_PER_INCH)
    device = device_dpi / POINTS_PER_INCH  # device dots per point
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, dpi != device_dpi)
    top = 0.0
    while top < height_pt:
        height = min(band_pt, height_pt - top)
        image = pages.image(index, dpi, band=(top, height))
        # The band's exact place in device dots: the rendered size is rounded to whole pixels.
        target = QRectF(0, top * device, width_pt * device, height * device)
        painter.drawImage(target, image)
        top += height


def print_with_progress(parent: QWidget, data: bytes, printer: QPrinter) -> int | None:
    """Print the PDF ``data`` with a progress dialog whose Cancel stops after the current page;
    the pages printed, or None when the printer failed (the user was told)."""
    return with_progress(parent, lambda progress: print_pdf(data, printer, progress=progress))


def with_progress(parent: QWidget, send: Callable[[Callable[[int, int], bool]], int]) -> int | None:
    """Run ``send(progress)`` (a print: ``progress(done, total)`` after each page, False to stop)
    with a progress dialog whose Cancel stops after the current page; the pages printed, or None
    when the printer failed (the user was told)."""
    from desktop.ui.operations import show_error

    dialog = QProgressDialog(
        QCoreApplication.translate("Printing", "Printing…"),
        QCoreApplication.translate("Printing", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)

    def progress(done: int, total: int) -> bool:
        # Pages are drawn on the GUI thread (QPainter on the printer): keep the window alive
        # between pages and let Cancel stop after the current one.
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return send(progress)
    except Exception as exc:
        show_error(parent, exc)
        return None
    finally:
        dialog.close()
        dialog.deleteLater()
