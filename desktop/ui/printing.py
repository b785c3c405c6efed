"""Printing PDF pages at 100 %: rendered at the printer's resolution, never "fit to page".

Each page is rasterised by pypdfium2 at exactly the printer's dots per inch and drawn at the
paper's origin with the page margins switched off (full page), so one PDF millimetre is one
millimetre on paper and the offsets of a pre-printed certificate stay true. Pages are drawn in
horizontal bands to keep memory small at 600 dpi and more.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from desktop.ui.widgets.pdf_pages import POINTS_PER_INCH, open_pdf

BAND_PIXELS = 1024
"""Height of one rendered strip, in printer dots."""


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
) -> int:
    """Print every page of the PDF ``data`` on ``printer`` at 100 %; returns the pages printed.

    ``progress(done, total)`` is called after each page; returning False stops printing.

    Raises:
        PrintError: the printer could not be started.
    """
    with open_pdf(data) as pages:
        total = len(pages)
        if total == 0:
            return 0
        printer.setFullPage(True)
        printer.setPageLayout(page_layout_for(*pages.size_points(0)))
        dpi = printer.resolution()
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(printer.printerName() or printer.outputFileName())
        printed = 0
        try:
            for index in range(total):
                width_pt, height_pt = pages.size_points(index)
                if index:
                    printer.setPageLayout(page_layout_for(width_pt, height_pt))
                    printer.newPage()
                _draw_page(painter, pages, index, dpi, width_pt, height_pt)
                printed += 1
                if progress is not None and not progress(printed, total):
                    break
        finally:
            painter.end()
    return printed


def _draw_page(
    painter: QPainter, pages: object, index: int, dpi: int, width_pt: float, height_pt: float
) -> None:
    from desktop.ui.widgets.pdf_pages import PdfPages

    assert isinstance(pages, PdfPages)
    scale = dpi / POINTS_PER_INCH
    band_pt = BAND_PIXELS / scale
    top = 0.0
    while top < height_pt:
        height = min(band_pt, height_pt - top)
        image = pages.image(index, dpi, band=(top, height))
        target = QRectF(0, top * scale, image.width(), image.height())
        painter.drawImage(target, image)
        top += height
