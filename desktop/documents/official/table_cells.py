"""Long tables in PDF, laid out once: cells wrapped once and remembered, pages drawn on demand.

A list of 2,000 recipients is 140 pages of a reportlab ``Table``. Laid out the ordinary way,
every cell is a ``Paragraph`` parsed from markup and wrapped three times (the table's height,
each split, the drawing). Here:

- a cell is a :class:`CellText`: its paragraph is built from the style's fragment (no markup
  parsed: the text is plain) and wrapped once; the wrapped paragraph is remembered per text,
  style, font and width (:func:`wrapped`, bounded), so the next preview of the same list wraps
  only the rows that changed. What is drawn is reportlab's own paragraph, in reportlab's own
  table: the page looks exactly as before.
- :class:`LongTable` is a reportlab ``Table`` that can leave its rows undrawn: inside
  :func:`drawing_only` it draws only the pages asked for (and those holding the rows asked
  for) and notes on which page each row fell. Every page is still laid out, so the page count
  and the page of each row are those of the whole document; a preview shows the page in view
  within a fraction of the whole drawing's time, then the whole document replaces it.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, TableStyle
from reportlab.platypus import Table as RLTable

from desktop.documents import fonts

CACHE_CELLS = 20_000
"""Wrapped cells remembered (two lists of 2,000 rows of three cells, and room to spare)."""

_cache: OrderedDict[tuple[Any, ...], Paragraph] = OrderedDict()
_lock = threading.Lock()
_fragments: dict[tuple[Any, ...], Any] = {}


def style_key(style: ParagraphStyle) -> tuple[Any, ...]:
    """What a cell's wrapping depends on besides its text and width (computed once a table)."""
    return (
        style.name,
        style.fontName,
        style.fontSize,
        style.leading,
        style.alignment,
        str(fonts.font_path(fonts.SERIF)),  # the file drawn with: Tinos or Times New Roman
    )


def _paragraph(text: str, style: ParagraphStyle, key: tuple[Any, ...]) -> Paragraph:
    if not text or text != " ".join(text.split()):
        return Paragraph(escape(text).replace("\n", "<br/>"), style)  # the general way
    fragment = _fragments.get(key)
    if fragment is None:
        fragment = _fragments.setdefault(key, Paragraph("x", style).frags[0])
    # The fragment markup "x" parses to, with this text: what parsing the text would give.
    return Paragraph(text, style, frags=[fragment.clone(text=text)])


def wrapped(
    text: str, style: ParagraphStyle, width: float, key_of_style: tuple[Any, ...] | None = None
) -> Paragraph:
    """A paragraph of plain ``text`` in ``style`` wrapped to ``width`` points, shared and
    remembered for the next call: draw a copy of it (``copy.copy``), never it. ``key_of_style``
    is :func:`style_key` of ``style``, when the caller has it."""
    style_key_ = key_of_style or style_key(style)
    key = (text, style_key_, round(width, 3))
    with _lock:
        paragraph = _cache.get(key)
        if paragraph is not None:
            _cache.move_to_end(key)
    if paragraph is None:
        paragraph = _paragraph(text, style, style_key_)
        paragraph.wrap(width, 1e9)
        with _lock:
            _cache[key] = paragraph
            while len(_cache) > CACHE_CELLS:
                _cache.popitem(last=False)
    return paragraph  # shared: copy it before drawing (drawing sets attributes on it)


def forget_cells() -> None:
    """Forget every wrapped cell (tests, a font changed on disk)."""
    with _lock:
        _cache.clear()
        _fragments.clear()


class CellText(Flowable):
    """A table cell's text, wrapped once; ``row`` names the table row it belongs to."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        row: int | None = None,
        key_of_style: tuple[Any, ...] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.row = row
        self._style_key = key_of_style or style_key(style)
        self._paragraph: Paragraph | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Reportlab flowable protocol: the wrapped size (wrapped once per width)."""
        paragraph = self._paragraph
        if paragraph is None or paragraph.width != availWidth:
            paragraph = self._paragraph = wrapped(
                self.text, self.style, availWidth, self._style_key
            )
        self.width, self.height = paragraph.width, paragraph.height
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Reportlab flowable protocol: the paragraph itself is drawn."""
        if self._paragraph is None:
            self.wrap(self.width, 1e9)
        assert self._paragraph is not None
        # A copy: the wrapped paragraph is shared (threads, previews), drawing marks it.
        copy.copy(self._paragraph).drawOn(canvas, x, y, _sW)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """A cell is never split (rows stay whole on a page)."""
        return []


@dataclass
class Drawing:
    """What :func:`drawing_only` asked for and what it found."""

    pages: frozenset[int]
    """Pages (from 1) to draw."""
    rows: frozenset[int]
    """Rows whose pages are drawn too."""
    row_pages: dict[int, int] = field(default_factory=dict)
    """Page (from 1) of every row asked for, as laid out."""
    drawn: set[int] = field(default_factory=set)
    skipped: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class PartialPdf:
    """A document laid out whole whose long tables are drawn on some pages only."""

    data: bytes
    page_count: int
    """Pages of the whole document (every page is laid out: the count is final)."""
    drawn: frozenset[int]
    """Pages (from 1) whose tables were drawn."""
    row_pages: dict[int, int]
    """Page (from 1) of each row asked for."""
    complete: bool
    """No table was left undrawn: this is the whole document."""


_drawing: ContextVar[Drawing | None] = ContextVar("drawing", default=None)


@contextmanager
def drawing_only(pages: Collection[int], rows: Collection[int] = ()) -> Iterator[Drawing]:
    """Within the block, :class:`LongTable` draws only ``pages`` (from 1) and the pages
    holding ``rows``; everything else is laid out as usual."""
    drawing = Drawing(frozenset(pages), frozenset(rows))
    token = _drawing.set(drawing)
    try:
        yield drawing
    finally:
        _drawing.reset(token)


def _wanted(canvas: Any, keys: list[int | None]) -> bool:
    """Whether rows keyed ``keys`` are drawn on this page (see :func:`drawing_only`)."""
    drawing = _drawing.get()
    if drawing is None:
        return True
    page = canvas.getPageNumber()
    wanted = page in drawing.pages
    for row in keys:
        if row is not None and row in drawing.rows:
            drawing.row_pages[row] = page
            wanted = True
    (drawing.drawn if wanted else drawing.skipped).add(page)
    return wanted


class _Piece(Flowable):
    """The rows of a :class:`LongTable` that fit on one page; made a table when drawn (a
    preview drawing one page of 140 makes one table, not 140)."""

    def __init__(self, table: LongTable, start: int, end: int, height: float) -> None:
        super().__init__()
        self.table, self.start, self.end = table, start, end
        self.width, self.height = sum(table.col_widths), height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Reportlab flowable protocol: the size it was cut to."""
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Already one page: never split again."""
        return []

    def draw(self) -> None:
        """Reportlab flowable protocol: this page's rows, drawn as a table."""
        self.table.draw_rows(self.canv, self.start, self.end)


def _kahan_height(heights: list[float]) -> float:
    """The height of rows as reportlab adds it up (backwards, compensated): the same float."""
    height = c = 0.0
    for h in reversed(heights):
        y = h - c
        t = height + y
        c = (t - height) - y
        height = t
    return height


class LongTable(Flowable):
    """A ruled table whose header row repeats on every page, paginated by hand: each row's
    height is measured once, a page is the rows whose heights fit (rows never split, as in
    reportlab's ``Table``, whose split rule this follows), and each page is drawn as a small
    reportlab ``Table`` of its rows. A 2,000-row table is laid out in linear time."""

    def __init__(
        self,
        header: list[Flowable],
        rows: list[list[CellText]],
        col_widths: list[float],
        style: TableStyle,
        padding: float,
        keys: list[int | None],
        start: int = 0,
        heights: list[float] | None = None,
    ) -> None:
        super().__init__()
        self.header, self.rows, self.col_widths = header, rows, col_widths
        self.table_style, self.padding, self.keys = style, padding, keys
        self.start = start
        self._heights = heights
        self.hAlign = "CENTER"

    def _measure(self) -> list[float]:
        """Heights of the header row and every row (reportlab's rule: the tallest cell plus
        the top and bottom padding)."""
        if self._heights is None:
            pad = self.padding
            widths = [w - pad - pad for w in self.col_widths]

            def row_height(cells: list[Any]) -> float:
                return max(
                    cell.wrap(width, 1e9)[1] + (pad + pad)
                    for cell, width in zip(cells, widths, strict=True)
                )

            self._heights = [row_height(self.header)] + [row_height(r) for r in self.rows]
        return self._heights

    def _own(self) -> list[float]:
        heights = self._measure()
        return [heights[0], *heights[1 + self.start :]]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Reportlab flowable protocol: the width of the columns, the height of the rows."""
        own = self._own()
        total = sum(own)
        # Exact (reportlab's sum) when it may decide whether the table fits.
        height = _kahan_height(own) if total <= availHeight + 1 else total
        self.width = sum(self.col_widths)
        return self.width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Reportlab flowable protocol: the rows that fit here, and the rest."""
        own = self._own()
        h = 0.0
        n = 0  # rows that fit, the header row included
        for rh in own:
            if h + rh > availHeight:
                break
            h += rh
            n += 1
        if n <= 1:
            return []  # not even one row under the header: the next page
        if n == len(own):
            return [self]
        end = self.start + n - 1
        rest = LongTable(
            self.header,
            self.rows,
            self.col_widths,
            self.table_style,
            self.padding,
            self.keys,
            end,
            self._heights,
        )
        return [_Piece(self, self.start, end, _kahan_height(own[:n])), rest]

    def draw_rows(self, canvas: Any, start: int, end: int) -> None:
        """Draw the header row and rows ``start:end`` as a reportlab table at (0, 0), unless
        only other pages are wanted."""
        if not _wanted(canvas, self.keys[start:end]):
            return
        heights = self._measure()
        page = RLTable(
            [self.header, *self.rows[start:end]],
            colWidths=self.col_widths,
            rowHeights=[heights[0], *heights[1 + start : 1 + end]],
            repeatRows=1,
        )
        page.setStyle(self.table_style)
        page.wrapOn(canvas, sum(self.col_widths), 1e9)
        page.drawOn(canvas, 0, 0)

    def draw(self) -> None:
        """Reportlab flowable protocol: the last page's rows, drawn as a table."""
        self.draw_rows(self.canv, self.start, len(self.rows))
