"""PDF pages as QImages (pypdfium2, Chrome's PDF engine), for the preview and for printing.

No QtPdf: it is a 175 MB add-on in PySide6 6.11 (docs/pitfalls.md). PDFium is not thread-safe:
every call goes through the process's one lock (``services.pdf_engine``), so that a preview may
be rasterised on a pool thread while the GUI thread draws another page, or a service draws an
emblem's PDF page.
"""

from __future__ import annotations

import ctypes
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from desktop.services.pdf_engine import LOCK as _PDFIUM

if TYPE_CHECKING:
    import pypdfium2

POINTS_PER_INCH = 72.0


class PdfPages:
    """An open PDF document: its page count and sizes, and pages rendered to images."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium  # 50 ms: loaded with the first preview, not at start-up

        with _PDFIUM:
            self._document = pdfium.PdfDocument(data)
        self._data = data  # pdfium reads from this buffer for the document's lifetime
        # A preview dropped without close() is freed under the lock too, whichever thread
        # lets it go (pypdfium2's own finalizer would close it outside).
        self._close = weakref.finalize(self, _close_document, self._document)

    @property
    def data(self) -> bytes:
        """The PDF bytes."""
        return self._data

    def __len__(self) -> int:
        with _PDFIUM:
            return len(self._document)

    def size_points(self, index: int) -> tuple[float, float]:
        """Width and height of page ``index`` in points (1/72 inch)."""
        with _PDFIUM:
            width, height = self._document[index].get_size()
        return float(width), float(height)

    def image(self, index: int, dpi: float, *, band: tuple[float, float] | None = None) -> QImage:
        """Page ``index`` at ``dpi``; ``band`` = (top, height) in points renders a strip only."""
        with _PDFIUM:
            return self._image(index, dpi, band)

    def _image(self, index: int, dpi: float, band: tuple[float, float] | None) -> QImage:
        page = self._document[index]
        crop = (0.0, 0.0, 0.0, 0.0)
        if band is not None:
            _, page_height = page.get_size()
            top, height = band
            crop = (0.0, max(0.0, page_height - top - height), 0.0, top)
        bitmap = page.render(
            scale=dpi / POINTS_PER_INCH,
            crop=crop,
            rev_byteorder=True,
            prefer_bgrx=True,
            fill_color=(255, 255, 255, 255),
        )
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = (ctypes.c_ubyte * (stride * height)).from_address(
            ctypes.addressof(bitmap.buffer.contents)
            if hasattr(bitmap.buffer, "contents")
            else ctypes.addressof(bitmap.buffer)
        )
        image = QImage(bytes(buffer), width, height, stride, QImage.Format.Format_RGBX8888)
        return image.copy()  # own the pixels; the bitmap is freed below

    def close(self) -> None:
        """Free the document."""
        self._close()


def _close_document(document: pypdfium2.PdfDocument) -> None:
    with _PDFIUM:
        document.close()


@contextmanager
def open_pdf(data: bytes) -> Iterator[PdfPages]:
    """Open PDF bytes for rendering, closing them afterwards."""
    pages = PdfPages(data)
    try:
        yield pages
    finally:
        pages.close()
