"""PDFium (pypdfium2, Chrome's PDF engine) draws PDF pages into pictures: the window's previews
and printing, and an emblem given as a PDF (``certificates.images.pdf_page_png``).

PDFium is not thread-safe, across documents too: two threads in it at once can crash the
process ("corrupted double-linked list", a segmentation fault). Every use in the process, of
any layer, holds ``LOCK``.
"""

from __future__ import annotations

import threading

LOCK = threading.RLock()
"""Held around every PDFium call: one thread in the library at a time."""
