"""Render a :class:`~desktop.documents.official.model.Document` to PDF bytes (reportlab).

Flowables for the content, the page frame (header flowable, page numbers) from
:mod:`desktop.documents.official.page_frame`. Every user string is escaped before it enters a
``Paragraph`` and checked against the font's character map first.
"""

from __future__ import annotations

import io
from collections.abc import Collection
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, TableStyle
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from desktop.documents import drawing, fonts
from desktop.documents.official.model import (
    Align,
    Columns,
    Document,
    Para,
    ParaFormat,
    Role,
    Rule,
    Run,
    Spacer,
    Table,
    font_name,
    role_format,
    with_heading_breaks,
)
from desktop.documents.official.page_frame import HeaderFlowable, HorizontalRule, doc_template
from desktop.documents.official.table_cells import (
    CellText,
    LongTable,
    PartialPdf,
    drawing_only,
    style_key,
)
from desktop.documents.style import DocumentStyle, TextStyle

RULE_GAP_PT = 4
"""Space above a short rule under a title."""
KEEP_WITH_NEXT_MM = 30
"""A heading moves to the next page unless this much room is left below it."""
HEADING_MM = 12
"""Room for one more heading in a run of headings (two lines of 14 pt)."""
TABLE_START_MM = 40
"""A heading that introduces a table moves to the next page unless this much room is left
(the heading, the table's header row and a first row or two)."""

_ALIGN = {"left": TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_TABLE_ALIGN = {"left": "LEFT", "centre": "CENTER", "right": "RIGHT", "justify": "LEFT"}


class MissingGlyphError(ValueError):
    """Text contains characters the document font cannot draw; the message names them."""


def check_glyphs(document: Document) -> None:
    """Raise :class:`MissingGlyphError` when any text of ``document`` lacks a glyph."""
    fonts.register_serif()
    texts: list[str] = []
    if document.header:
        h = document.header
        texts += [h.parent, h.issuer, h.number_text, h.date_text or ""]
    for block in document.blocks:
        if isinstance(block, Para):
            texts.append(block.text)
        elif isinstance(block, Table):
            texts += [c.title for c in block.columns]
            texts += [cell for row in block.rows for cell in row]
        elif isinstance(block, Columns):
            texts += [p.text for p in (*block.left, *block.right) if isinstance(p, Para)]
    path = fonts.font_path(fonts.SERIF)
    if not fonts.missing_glyphs("".join(set("".join(texts))), path):
        return  # every character at once (a long list: 6,000 cells); which text, only if not
    for text in texts:
        missing = fonts.missing_glyphs(text, path)
        if missing:
            raise MissingGlyphError(
                f"{document.title}: phông chữ không có ký tự {' '.join(missing)} "
                f"trong dòng «{text[:80]}»"
            )


def paragraph_style(style: DocumentStyle, fmt: ParaFormat, name: str) -> ParagraphStyle:
    """A reportlab paragraph style for one role."""
    size = fmt.text.size_pt
    return ParagraphStyle(
        name,
        fontName=fonts.SERIF,
        fontSize=size,
        leading=size * style.body.line_spacing,
        alignment=_ALIGN[fmt.align],
        firstLineIndent=fmt.first_indent_mm * mm,
        spaceBefore=fmt.space_before_pt,
        spaceAfter=fmt.space_after_pt,
        keepWithNext=int(fmt.keep_with_next),
    )


def markup(para: Para, text_style: TextStyle) -> str:
    """Paragraph markup of ``para``: escaped runs in their weights."""
    out = []
    for run in para.runs:
        piece = escape(run.text).replace("\n", "<br/>")
        if run.bold or text_style.bold:
            piece = f"<b>{piece}</b>"
        if run.italic or text_style.italic:
            piece = f"<i>{piece}</i>"
        if text_style.underline:
            piece = f"<u>{piece}</u>"
        out.append(piece)
    return "".join(out)


class _Styles:
    """Paragraph styles of one document, made once per role."""

    def __init__(self, style: DocumentStyle) -> None:
        self.style = style
        self._cache: dict[str, ParagraphStyle] = {}

    def paragraph(self, para: Para) -> Paragraph:
        para = with_heading_breaks(para, self.style)
        fmt = role_format(self.style, para.role)
        return Paragraph(markup(para, fmt.text), self.for_role(para.role))

    def for_role(self, role: Role) -> ParagraphStyle:
        if role not in self._cache:
            self._cache[role] = paragraph_style(self.style, role_format(self.style, role), role)
        return self._cache[role]

    def cell(self, text_style: TextStyle, align: Align) -> ParagraphStyle:
        key = f"cell-{text_style}-{align}"
        if key not in self._cache:
            fmt = ParaFormat(text_style, align)
            self._cache[key] = paragraph_style(self.style, fmt, key)
        return self._cache[key]


def _table(block: Table, styles: _Styles, style: DocumentStyle) -> Flowable:
    t = style.table
    head: list[Flowable] = [
        Paragraph(
            markup(Para((Run(c.title),), "plain"), t.header_style),
            styles.cell(t.header_style, "centre"),
        )
        for c in block.columns
    ]
    cell_styles = [styles.cell(t.cell_style, col.align) for col in block.columns]
    style_keys = [style_key(s) for s in cell_styles]
    # Cells wrapped once and remembered, pages cut by hand (table_cells): a long list is not
    # parsed, wrapped and measured again at every page and every preview.
    rows = [
        [
            CellText(cell, cell_styles[column], None, style_keys[column])
            for column, cell in enumerate(row)
        ]
        for row in block.rows
    ]
    keys: list[int | None] = list(block.keys) if block.keys else [None] * len(rows)
    widths = [c.width_mm * mm for c in block.columns]
    return LongTable(head, rows, widths, grid_style(style), t.padding_pt, keys)


def grid_style(style: DocumentStyle) -> TableStyle:
    """A list's grid: the body face, ruled all round, the header row centred vertically."""
    t = style.table
    return TableStyle(
        [
            # Tables set their own font even around Paragraph cells: never Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
            ("GRID", (0, 0), (-1, -1), t.grid_width_pt, "black"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), t.padding_pt),
            ("RIGHTPADDING", (0, 0), (-1, -1), t.padding_pt),
            ("TOPPADDING", (0, 0), (-1, -1), t.padding_pt),
            ("BOTTOMPADDING", (0, 0), (-1, -1), t.padding_pt),
        ]
    )


def _column_cell(items: tuple[Para | Spacer, ...], styles: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for item in items:
        if isinstance(item, Spacer):
            out.append(RLSpacer(1, item.height_mm * mm))
        else:
            out.append(styles.paragraph(item))
    return out


def _keeps_with_next(block: object, style: DocumentStyle) -> bool:
    return isinstance(block, Para) and role_format(style, block.role).keep_with_next


def _is_recipients(block: object) -> bool:
    return isinstance(block, Spacer) or (
        isinstance(block, Para) and block.role in ("recipients_label", "recipients")
    )


def _columns(block: Columns, styles: _Styles) -> Flowable:
    table = RLTable(
        [[_column_cell(block.left, styles), _column_cell(block.right, styles)]],
        colWidths=[block.left_width_mm * mm, block.right_width_mm * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def flowables(document: Document) -> list[Flowable]:
    """The flowables of ``document`` in order, header first."""
    style = document.style
    styles = _Styles(style)
    out: list[Flowable] = []
    if document.header:
        header = HeaderFlowable(document.header, style)
        header.hAlign = "LEFT"
        out.append(header)
        out.append(RLSpacer(1, style.body.title_gap_pt))
    blocks = document.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if isinstance(block, Para) and role_format(style, block.role).keep_with_next:
            # reportlab keeps a heading with *all* that follows it when it is a long table or
            # another heading and a long paragraph, and moves the lot to the next page; a
            # conditional break keeps the heading with a few lines instead. A run of headings
            # ("2. Diễn biến", "2.1. …") is kept together with the lines after the last one.
            previous = blocks[index - 1] if index > 0 else None
            if not _keeps_with_next(previous, style):
                chain = index
                while _keeps_with_next(
                    blocks[chain + 1] if chain + 1 < len(blocks) else None, style
                ):
                    chain += 1
                after = blocks[chain + 1] if chain + 1 < len(blocks) else None
                room = TABLE_START_MM if isinstance(after, Table) else KEEP_WITH_NEXT_MM
                room += HEADING_MM * (chain - index)
                out.append(CondPageBreak(room * mm))
            paragraph = styles.paragraph(block)
            paragraph.keepWithNext = 0
            out.append(paragraph)
        elif isinstance(block, Para):
            out.append(styles.paragraph(block))
        elif isinstance(block, Rule):
            out.append(
                HorizontalRule(
                    block.width_mm * mm,
                    style.header.rule_width_pt,
                    block.kind == "dashes",
                    RULE_GAP_PT,
                )
            )
        elif isinstance(block, Spacer):
            out.append(RLSpacer(1, block.height_mm * mm))
        elif isinstance(block, Table):
            out.append(_table(block, styles, style))
        else:
            # The signature never stands alone on a page: it keeps the last paragraph of the
            # text above it and the Nơi nhận lines below it.
            first = len(out)
            while first > 0 and isinstance(out[first - 1], RLSpacer):
                first -= 1
            if first > 0 and isinstance(out[first - 1], Paragraph):
                first -= 1
            group = [*out[first:], _columns(block, styles)]
            del out[first:]
            while index + 1 < len(blocks) and _is_recipients(blocks[index + 1]):
                index += 1
                tail = blocks[index]
                if isinstance(tail, Spacer):
                    group.append(RLSpacer(1, tail.height_mm * mm))
                elif isinstance(tail, Para):
                    group.append(styles.paragraph(tail))
            out.append(KeepTogether(group))
        index += 1
    return out


def render_pdf(document: Document) -> bytes:
    """The PDF of ``document`` as bytes.

    Raises:
        MissingGlyphError: a text has a character the font cannot draw.
    """
    return _render(document)[0]


def render_pages(
    document: Document, pages: Collection[int], rows: Collection[int] = ()
) -> PartialPdf:
    """``document`` laid out whole, its tables drawn only on ``pages`` (from 1) and on the
    pages holding the table rows keyed ``rows`` (``Table.keys``): a preview of what is in view.

    Raises:
        MissingGlyphError: a text has a character the font cannot draw.
    """
    with drawing_only(pages, rows) as drawing:
        data, count = _render(document)
    return PartialPdf(
        data,
        count,
        frozenset(drawing.drawn),
        dict(drawing.row_pages),
        complete=not (drawing.skipped - drawing.drawn),
    )


@drawing.one_at_a_time
def _render(document: Document) -> tuple[bytes, int]:
    check_glyphs(document)
    buffer = io.BytesIO()
    template = doc_template(
        buffer,
        document.style,
        title=document.title,
        subject=document.subject,
        landscape=document.landscape,
        author=document.author,
        created=document.created,
    )
    template.build(flowables(document))
    return buffer.getvalue(), template.page


__all__ = [
    "MissingGlyphError",
    "PartialPdf",
    "check_glyphs",
    "font_name",
    "render_pages",
    "render_pdf",
]
