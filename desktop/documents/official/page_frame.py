"""Page frames of the official documents in PDF: the page-1 header and the page numbers.

The header is a flowable drawn on the canvas so that its rules can be measured against the
text they underline: the rule under the Tiêu ngữ (state) or under "ĐẢNG CỘNG SẢN VIỆT NAM"
(Party) is exactly as long as that line; the rule under the issuing body is a fraction of
its width (NĐ 30 Phụ lục I, II.1–II.2; HD 36, 1.1.2). The Party header puts a "*" under the
issuing body instead, and writes "Số 15-QĐ/BTGTU" without a colon.

Page numbers (NĐ 30 Phụ lục I, I.1): from page 2 on, centred over the text in the top margin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import landscape as landscape_size
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.documents.official.model import Header, font_name
from desktop.documents.style import DocumentStyle, TextStyle
from desktop.domain.line_breaks import break_lines

ASCENT = 0.891
"""Ascender of Times New Roman / Tinos as a fraction of the font size."""
DESCENT = 0.216
COLUMN_PADDING_MM = 2
"""Text in a header column keeps this far from the column's edges before wrapping."""
STAR_GAP_PT = 1
DASH_PATTERN_PT = (3, 2)


@dataclass(frozen=True, slots=True)
class _Text:
    x_centre: float
    top: float
    """Baseline, measured down from the flowable's top edge (points)."""
    text: str
    style: TextStyle


@dataclass(frozen=True, slots=True)
class _Line:
    x0: float
    x1: float
    top: float
    dashed: bool = False


class HeaderFlowable(Flowable):
    """The two-column header of page 1 (ô 1–4), spanning the text width."""

    def __init__(self, header: Header, style: DocumentStyle) -> None:
        super().__init__()
        self.header = header
        self.style = style
        self._texts: list[_Text] = []
        self._lines: list[_Line] = []
        self._height = 0.0
        self._layout()

    def _wrap_lines(self, text: str, style: TextStyle, width: float) -> list[str]:
        if not text:
            return []
        if _width(text, style) <= width:
            # As typed: the blank room of a draft's "Số:      /BB-SNV" must stay.
            return [text]
        # Where a body's name breaks is a Vietnamese rule (never "SỞ" / "NỘI VỤ"), not greed.
        return break_lines(text, width, lambda line: _width(line, style))

    def _column(
        self, items: list[tuple[str, TextStyle]], x_centre: float, width: float
    ) -> tuple[float, list[tuple[str, TextStyle, float]]]:
        """Lay ``items`` out centred in a column; returns the cursor and the placed lines."""
        spacing = self.style.body.line_spacing
        cursor = 0.0
        placed: list[tuple[str, TextStyle, float]] = []
        for text, style in items:
            for line in self._wrap_lines(text, style, width):
                baseline = cursor + ASCENT * style.size_pt
                self._texts.append(_Text(x_centre, baseline, line, style))
                placed.append((line, style, baseline))
                cursor += style.size_pt * spacing
        return cursor, placed

    def _layout(self) -> None:
        h = self.style.header
        left_w = h.left_width_mm * mm
        right_w = h.right_width_mm * mm
        pad = 2 * COLUMN_PADDING_MM * mm
        left_x = left_w / 2
        right_x = left_w + right_w / 2

        left_cursor, left_placed = self._column(
            [(self.header.parent, h.parent_style), (self.header.issuer, h.issuer_style)],
            left_x,
            left_w - pad,
        )
        issuer_lines = [p for p in left_placed if p[1] is h.issuer_style]
        if issuer_lines and h.issuer_mark == "rule":
            widest = max(_width(text, style) for text, style, _ in issuer_lines)
            half = widest * h.issuer_rule_ratio / 2
            y = issuer_lines[-1][2] + h.rule_gap_pt
            self._lines.append(_Line(left_x - half, left_x + half, y))
            left_cursor = y + h.rule_gap_pt
        elif issuer_lines:
            baseline = left_cursor + STAR_GAP_PT + ASCENT * h.star_style.size_pt
            self._texts.append(_Text(left_x, baseline, "*", h.star_style))
            left_cursor = baseline + DESCENT * h.star_style.size_pt

        right_items = [(h.national_title, h.national_title_style)]
        if h.motto:
            right_items.append((h.motto, h.motto_style))
        right_cursor, right_placed = self._column(right_items, right_x, right_w)
        last_text, last_style, last_baseline = right_placed[-1]
        half = _width(last_text, last_style) / 2
        y = last_baseline + h.rule_gap_pt
        self._lines.append(_Line(right_x - half, right_x + half, y))
        right_cursor = y + h.rule_gap_pt

        row_top = max(left_cursor, right_cursor) + h.row_gap_pt
        sizes = [h.number_style.size_pt]
        if self.header.date_text:
            sizes.append(h.date_style.size_pt)
        baseline = row_top + ASCENT * max(sizes)
        bottom = baseline
        # Số and the date share a baseline; a date too long for its column (a long place name)
        # wraps under itself rather than run off the page.
        for text, style, x, width in (
            (self.header.number_text, h.number_style, left_x, left_w - pad),
            (self.header.date_text or "", h.date_style, right_x, right_w),
        ):
            line_baseline = baseline
            for line in self._wrap_lines(text, style, width):
                self._texts.append(_Text(x, line_baseline, line, style))
                bottom = max(bottom, line_baseline)
                line_baseline += style.size_pt * self.style.body.line_spacing
        self._height = bottom + DESCENT * max(sizes)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Reportlab flowable protocol: the header's size."""
        h = self.style.header
        return (h.left_width_mm + h.right_width_mm) * mm, self._height

    def draw(self) -> None:
        """Reportlab flowable protocol: draw texts and rules."""
        canvas = self.canv
        top = self._height
        for t in self._texts:
            canvas.setFont(font_name(t.style), t.style.size_pt)
            canvas.drawCentredString(t.x_centre, top - t.top, t.text)
        canvas.setLineWidth(self.style.header.rule_width_pt)
        for line in self._lines:
            if line.dashed:
                canvas.setDash(*DASH_PATTERN_PT)
            canvas.line(line.x0, top - line.top, line.x1, top - line.top)
            canvas.setDash()


def _width(text: str, style: TextStyle) -> float:
    return pdfmetrics.stringWidth(text, font_name(style), style.size_pt)


class HorizontalRule(Flowable):
    """A centred rule of a given length, solid or dashed."""

    def __init__(self, width_pt: float, line_width_pt: float, dashed: bool, gap_pt: float):
        super().__init__()
        self.rule_width = width_pt
        self.line_width = line_width_pt
        self.dashed = dashed
        self.gap = gap_pt

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Reportlab flowable protocol."""
        self._avail = availWidth
        return availWidth, self.gap + self.line_width

    def draw(self) -> None:
        """Reportlab flowable protocol."""
        x0 = (self._avail - self.rule_width) / 2
        self.canv.setLineWidth(self.line_width)
        if self.dashed:
            self.canv.setDash(*DASH_PATTERN_PT)
        self.canv.line(x0, 0, x0 + self.rule_width, 0)
        self.canv.setDash()


def page_size(style: DocumentStyle, landscape: bool = False) -> tuple[float, float]:
    """The paper size of ``style`` in points, turned when ``landscape``."""
    size = (style.page.width_mm * mm, style.page.height_mm * mm)
    return landscape_size(size) if landscape else size


def pdf_date(moment: dt.datetime) -> str:
    """A PDF date string ("D:20240103143000+07'00'"); a naive time is taken as local."""
    moment = moment if moment.tzinfo else moment.astimezone()
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def doc_template(
    target: Any,
    style: DocumentStyle,
    *,
    title: str,
    subject: str,
    landscape: bool = False,
    author: str = "",
    created: dt.datetime | None = None,
) -> BaseDocTemplate:
    """A document template with the style's margins and page numbers from page 2.

    ``created`` is written as the creation date (reportlab's invariant mode otherwise writes a
    fixed one); the bytes stay the same for the same ``created``.
    """
    stamp = pdf_date(created) if created is not None else None
    width, height = page_size(style, landscape)
    p = style.page
    frame = Frame(
        p.margin_left_mm * mm,
        p.margin_bottom_mm * mm,
        width - (p.margin_left_mm + p.margin_right_mm) * mm,
        height - (p.margin_top_mm + p.margin_bottom_mm) * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.setViewerPreference("PrintScaling", "None")
        if stamp is not None:
            canvas._doc.info._dateFormatter = lambda *_: stamp
        number = canvas.getPageNumber()
        if number == 1 and not p.first_page_number_shown:
            return
        canvas.setFont(font_name(p.page_number), p.page_number.size_pt)
        x = (p.margin_left_mm + (width / mm - p.margin_left_mm - p.margin_right_mm) / 2) * mm
        canvas.drawCentredString(x, height - p.page_number_from_top_mm * mm, str(number))

    template = BaseDocTemplate(
        target,
        pagesize=(width, height),
        leftMargin=p.margin_left_mm * mm,
        rightMargin=p.margin_right_mm * mm,
        topMargin=p.margin_top_mm * mm,
        bottomMargin=p.margin_bottom_mm * mm,
        title=title,
        subject=subject,
        author=author,
        creator="Vinh Danh",
        producer="Vinh Danh",
        invariant=1,
        initialFontName=font_name(style.body.body_style),
        initialFontSize=style.body.body_style.size_pt,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return template
