"""The window's way to the one PDFium lock of the process (``documents.pdf_engine``): its
previews and printing rasterise pages while a service may draw an emblem's PDF page."""

from __future__ import annotations

from desktop.documents.pdf_engine import LOCK

__all__ = ["LOCK"]
