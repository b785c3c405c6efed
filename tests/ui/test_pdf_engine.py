"""PDFium is not thread-safe: the window's previews and a service drawing an emblem's PDF page
share one lock, or two threads in PDFium at once can crash the program (seen in the test run:
"corrupted double-linked list", a segmentation fault)."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from desktop.documents.certificates.images import pdf_page_png
from desktop.documents.pdf_engine import LOCK
from desktop.ui.widgets import pdf_pages
from desktop.ui.widgets.pdf_pages import PdfPages

WAIT_S = 1.0
"""Longer than drawing a one-page PDF takes (a few milliseconds)."""


def _pdf(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=(200, 200))
    canvas.circle(100, 100, 80, fill=1)
    canvas.showPage()
    canvas.save()
    return path


def test_an_emblem_pdf_waits_while_a_preview_is_rasterised(tmp_path: Path) -> None:
    emblem = _pdf(tmp_path / "quoc-huy.pdf")
    assert pdf_pages._PDFIUM is LOCK  # the window's previews hold the same lock
    inside, leave = threading.Event(), threading.Event()

    def preview() -> None:  # as PdfPages.image on a pool thread
        with LOCK:
            inside.set()
            assert leave.wait(30)

    made: list[bytes] = []
    rasterising = threading.Thread(target=preview)
    rasterising.start()
    assert inside.wait(30)
    drawing = threading.Thread(
        target=lambda: made.append(pdf_page_png(emblem, print_mm=30, dpi=300))
    )
    drawing.start()
    drawing.join(WAIT_S)
    waited = drawing.is_alive()
    leave.set()
    rasterising.join(30)
    drawing.join(30)
    assert waited, "the emblem was drawn in PDFium while a preview was in it"
    assert made and made[0].startswith(b"\x89PNG")


def test_a_preview_dropped_without_closing_is_freed_inside_the_lock(tmp_path: Path) -> None:
    """Pages the preview lets go of without ``close()`` are freed under the lock, in whichever
    thread lets them go (pypdfium2's own finalizer would close them outside it)."""
    held = [PdfPages(_pdf(tmp_path / "a.pdf").read_bytes())]
    document = held[0]._document
    assert held[0].image(0, 72).width() == 200
    inside, leave = threading.Event(), threading.Event()

    def preview() -> None:  # another preview rasterised on a pool thread
        with LOCK:
            inside.set()
            assert leave.wait(30)

    rasterising = threading.Thread(target=preview)
    rasterising.start()
    assert inside.wait(30)
    dropping = threading.Thread(target=held.clear)  # the last reference goes
    dropping.start()
    dropping.join(WAIT_S)
    waited = dropping.is_alive()
    still_open = document.raw is not None
    leave.set()
    rasterising.join(30)
    dropping.join(30)
    assert waited and still_open, "the document was freed while a preview was in PDFium"
    assert document.raw is None  # freed once the other was out
