"""Certificates printed as vector pages: every text drawn as text, the art drawn once.

A ``services.certificates.PrintLayout`` gives, per page, each line of text placed as the
exported PDF places it (every character's position, font file, size, colour), the underlines,
and the key of the art it stands on. Each line goes to the printer as a glyph run (``QGlyphRun``
with the positions given, so kerning and word spacing are exactly the PDF's, no hinting) in the
template's own font file, registered with ``QFontDatabase.addApplicationFont`` so the print
engine embeds it as text (Qt's PDF printer: a subset with its Unicode map; a Windows driver
gets TrueType text). The art (ornaments, emblem, a printed background) is rendered once, at the
printer's resolution up to ``ART_MAX_DPI``, and the same image is drawn under every page (Qt's
PDF engine stores it once). On a pre-printed blank only the text goes out.

As ``ui.printing.print_pdf``: full page, 100 %, margins off; the printer's offsets move
everything, as in the exported PDF.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGlyphRun,
    QImage,
    QPainter,
    QPen,
    QRawFont,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop.services.certificates import PrintLayout, PrintPage, TextRun
from desktop.ui.printing import page_layout_for, paint_pages, with_progress
from desktop.ui.widgets.pdf_pages import POINTS_PER_INCH, open_pdf

ART_MAX_DPI = 300
"""Highest resolution the art is rendered at (the printer's own when lower)."""

MM_PER_INCH = 25.4
log = logging.getLogger(__name__)


def print_certificates(
    layout: PrintLayout,
    printer: QPrinter,
    *,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Print every page of ``layout`` on ``printer`` at 100 %; returns the pages printed.

    ``progress(done, total)`` is called after each page; returning False stops printing.

    Raises:
        PrintError: the printer could not be started.
    """
    total = len(layout.pages)
    if total == 0:
        return 0
    points = MM_PER_INCH / POINTS_PER_INCH
    printer.setFullPage(True)
    printer.setPageLayout(page_layout_for(layout.width_mm / points, layout.height_mm / points))
    dpi = printer.resolution()
    arts = {key: _art_image(data, min(dpi, ART_MAX_DPI)) for key, data in layout.arts.items()}

    def draw(painter: QPainter, index: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, dpi > ART_MAX_DPI)
        _draw_page(painter, layout, layout.pages[index], arts, dpi / MM_PER_INCH)

    return paint_pages(printer, total, draw, progress)


def print_certificates_with_progress(
    parent: QWidget, layout: PrintLayout, printer: QPrinter
) -> int | None:
    """``print_certificates`` with a progress dialog whose Cancel stops after the current page;
    the pages printed, or None when the printer failed (the user was told)."""
    return with_progress(
        parent, lambda progress: print_certificates(layout, printer, progress=progress)
    )


def _art_image(data: bytes, dpi: int) -> QImage:
    """The art page, rendered once (drawn under every page that names it)."""
    with open_pdf(data) as pages:
        return pages.image(0, dpi).convertToFormat(QImage.Format.Format_RGB888)


def _draw_page(
    painter: QPainter,
    layout: PrintLayout,
    page: PrintPage,
    arts: dict[str, QImage],
    dots: float,
) -> None:
    """One certificate, in device dots (``dots`` per mm) from the paper's top-left."""
    painter.save()
    painter.translate(layout.offset_x_mm * dots, layout.offset_y_mm * dots)
    art = arts.get(page.art)
    if art is not None:
        painter.drawImage(QRectF(0, 0, layout.width_mm * dots, layout.height_mm * dots), art)
    for rule in page.rules:
        pen = QPen(QColor(rule.colour))
        pen.setWidthF(rule.weight * MM_PER_INCH / POINTS_PER_INCH * dots)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # the PDF's butt cap: the rule ends where text does
        painter.setPen(pen)
        left, right, y = rule.x_mm * dots, (rule.x_mm + rule.length_mm) * dots, rule.y_mm * dots
        painter.drawLine(QPointF(left, y), QPointF(right, y))
    for run in page.texts:
        _draw_run(painter, run, dots)
    painter.restore()


def _draw_run(painter: QPainter, run: TextRun, dots: float) -> None:
    """One line of text as a glyph run, each character where the PDF puts it."""
    font = _raw_font(run.font_file, run.size * MM_PER_INCH / POINTS_PER_INCH * dots)
    glyphs = font.glyphIndexesForString(run.text)
    if len(glyphs) != len(run.advances_mm):  # a character outside the BMP: one by one
        glyphs = [g for char in run.text for g in font.glyphIndexesForString(char)[:1]]
    glyph_run = QGlyphRun()
    glyph_run.setRawFont(font)
    glyph_run.setGlyphIndexes(glyphs)
    glyph_run.setPositions([QPointF(advance * dots, 0) for advance in run.advances_mm])
    painter.setPen(QColor(run.colour))
    if run.clip_mm is not None:
        left, top, width, height = run.clip_mm
        painter.save()
        painter.setClipRect(QRectF(left * dots, top * dots, width * dots, height * dots))
    painter.drawGlyphRun(QPointF(run.x_mm * dots, run.baseline_mm * dots), glyph_run)
    if run.clip_mm is not None:
        painter.restore()


@functools.lru_cache(maxsize=128)
def _raw_font(path: Path, pixel_size: float) -> QRawFont:
    font = QRawFont(_file_font(path))
    font.setPixelSize(pixel_size)
    return font


@functools.lru_cache(maxsize=32)
def _file_font(path: Path) -> QRawFont:
    """The font of this file, taken through Qt's font database so that a print engine knows its
    file and embeds it as text (a font loaded from bytes alone is drawn as outlines)."""
    own = QRawFont(str(path), 12.0, QFont.HintingPreference.PreferNoHinting)
    ident = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
    if not families:
        log.warning("font %s not registered: its text prints as outlines", path)
        return own
    font = QFont(families[0])
    font.setStyleName(own.styleName())
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    found = QRawFont.fromFont(font)
    # The family may also name another file (an installed font of the same name): keep the
    # database's font only when it is this very file (the 'head' table carries its dates).
    if not found.isValid() or found.fontTable("head") != own.fontTable("head"):
        log.warning("font %s not found by its family: its text prints as outlines", path)
        return own
    return found
