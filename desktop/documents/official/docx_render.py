"""Render a :class:`~desktop.documents.official.model.Document` to a real Word file.

What the văn thư gets is meant to be finished in Word: named paragraph styles (one per role,
"VB Căn cứ", "VB Nội dung" …) in Times New Roman, the page size and margins of the style,
the two-column header as a borderless table, rules as paragraph borders sized to the text
they underline, page numbers as a PAGE field in the header from page 2 (different first page).
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document as new_word_document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle as WordParagraphStyle
from docx.text.paragraph import Paragraph as WordParagraph

from desktop.documents.official.docx_xml import (
    FONT,
    add_run,
    border,
    cell_margins,
    centre_width,
    first_paragraph,
    fixed_table,
    no_borders,
    page_field,
    proofing_language,
    repeat_header_row,
    set_font,
    spacer,
    table_borders,
)
from desktop.documents.official.model import (
    Align,
    Columns,
    Document,
    Header,
    Para,
    Role,
    Rule,
    Spacer,
    Table,
    heading_lines,
    role_format,
    text_width_mm,
    with_heading_breaks,
)
from desktop.documents.style import DocumentStyle, TextStyle

HEADER_PADDING_MM = 2.0
"""As the PDF header (``page_frame.COLUMN_PADDING_MM``): room kept beside a header line."""
RULE_PARAGRAPH_PT = 2
"""Size of the empty paragraph that carries a short rule as its top border."""
RULE_SLACK_MM = 0.6
"""Extra room each side of a ruled line so Word does not wrap it (font hinting differs)."""
PAGE_NUMBER_STYLE = "VB Số trang"
END_PARAGRAPH_MM = 0.5

STYLE_NAMES: dict[Role, str] = {
    "title": "VB Tên loại",
    "summary": "VB Trích yếu",
    "authority": "VB Thẩm quyền",
    "basis": "VB Căn cứ",
    "decides": "VB Quyết định",
    "body": "VB Nội dung",
    "heading": "VB Đề mục",
    "reference": "VB Kèm theo",
    "section": "VB Phần",
    "plain": "VB Thường",
    "recipients_label": "VB Nơi nhận",
    "recipients": "VB Nơi nhận danh sách",
    "sign_authority": "VB Chức vụ người ký",
    "sign_note": "VB Ghi chú chữ ký",
    "sign_name": "VB Họ tên người ký",
}

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "centre": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _text_style(
    word_style: WordParagraphStyle, text: TextStyle, style: DocumentStyle
) -> WordParagraphStyle:
    word_style.font.name = FONT
    set_font(word_style.element)
    word_style.font.size = Pt(text.size_pt)
    word_style.font.bold = text.bold
    word_style.font.italic = text.italic
    word_style.font.underline = text.underline
    fmt = word_style.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    fmt.line_spacing = style.body.line_spacing
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    return word_style


def _add_styles(word: object, style: DocumentStyle) -> None:
    styles = word.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    _text_style(normal, style.body.body_style, style)
    for role, name in STYLE_NAMES.items():
        fmt = role_format(style, role)
        word_style = styles.add_style(name, 1)
        word_style.base_style = normal
        word_style.quick_style = True
        _text_style(word_style, fmt.text, style)
        pf = word_style.paragraph_format
        pf.alignment = _ALIGN[fmt.align]
        pf.first_line_indent = Mm(fmt.first_indent_mm) if fmt.first_indent_mm else None
        pf.space_before = Pt(fmt.space_before_pt)
        pf.space_after = Pt(fmt.space_after_pt)
        pf.keep_with_next = fmt.keep_with_next
    page_number = styles.add_style(PAGE_NUMBER_STYLE, 1)
    page_number.base_style = normal
    _text_style(page_number, style.page.page_number, style)
    page_number.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _format_direct(paragraph: WordParagraph, text: TextStyle, align: Align) -> None:
    """Direct format for header lines, which have no role of their own."""
    paragraph.paragraph_format.alignment = _ALIGN[align]
    paragraph.paragraph_format.first_line_indent = Mm(0)
    for run in paragraph.runs:
        run.font.size = Pt(text.size_pt)
        run.font.bold = text.bold
        run.font.italic = text.italic


def _rule_paragraph(
    container: object, box_mm: float, width_mm: float, dashed: bool = False
) -> WordParagraph:
    paragraph: WordParagraph = container.add_paragraph()  # type: ignore[attr-defined]
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(RULE_PARAGRAPH_PT)
    fmt.space_before = Pt(2)
    fmt.space_after = Pt(0)
    centre_width(paragraph, box_mm, width_mm)
    border(paragraph, "top", "dashed" if dashed else "single", 0)
    return paragraph


def _header(word: object, header: Header, style: DocumentStyle) -> None:
    h = style.header
    widths = [h.left_width_mm, h.right_width_mm]
    table = fixed_table(word, 2, widths)
    no_borders(table)
    cell_margins(table, 0)
    left, right = table.rows[0].cells
    number_cell, date_cell = table.rows[1].cells

    paragraph = first_paragraph(left)
    first = True
    for text, text_style in ((header.parent, h.parent_style), (header.issuer, h.issuer_style)):
        if not text:
            continue
        paragraph = first_paragraph(left) if first else left.add_paragraph()
        first = False
        # The body's name breaks where the Vietnamese rule says, as in the PDF.
        lines = heading_lines(text, text_style, h.left_width_mm - 2 * HEADER_PADDING_MM)
        add_run(paragraph, "\n".join(lines))
        _format_direct(paragraph, text_style, "centre")
    if header.issuer and h.issuer_mark == "rule":
        width = h.issuer_rule_ratio * min(
            text_width_mm(header.issuer, h.issuer_style), h.left_width_mm
        )
        _rule_paragraph(left, h.left_width_mm, width)
    elif header.issuer:
        star = left.add_paragraph()
        add_run(star, "*")
        _format_direct(star, h.star_style, "centre")

    title = first_paragraph(right)
    add_run(title, h.national_title)
    _format_direct(title, h.national_title_style, "centre")
    ruled, ruled_style, ruled_text = title, h.national_title_style, h.national_title
    if h.motto:
        motto = right.add_paragraph()
        add_run(motto, h.motto)
        _format_direct(motto, h.motto_style, "centre")
        ruled, ruled_style, ruled_text = motto, h.motto_style, h.motto
    # The rule under the Tiêu ngữ is as long as the text: a bottom border on a paragraph
    # indented to the text's width.
    centre_width(
        ruled, h.right_width_mm, text_width_mm(ruled_text, ruled_style) + 2 * RULE_SLACK_MM
    )
    border(ruled, "bottom", "single", 1)

    number = first_paragraph(number_cell)
    number.paragraph_format.space_before = Pt(h.row_gap_pt)
    add_run(number, header.number_text)
    _format_direct(number, h.number_style, "centre")
    date = first_paragraph(date_cell)
    date.paragraph_format.space_before = Pt(h.row_gap_pt)
    if header.date_text:
        add_run(date, header.date_text)
        _format_direct(date, h.date_style, "centre")


def _paragraph(container: object, block: Para, style: DocumentStyle) -> WordParagraph:
    paragraph: WordParagraph = container.add_paragraph(  # type: ignore[attr-defined]
        style=STYLE_NAMES[block.role]
    )
    for run in with_heading_breaks(block, style).runs:
        add_run(paragraph, run.text, bold=run.bold, italic=run.italic)
    return paragraph


def _signature_follows(blocks: tuple[object, ...], index: int) -> bool:
    for block in blocks[index + 1 :]:
        if isinstance(block, Columns):
            return True
        if not isinstance(block, Spacer):
            return False
    return False


def _table(word: object, block: Table, style: DocumentStyle) -> None:
    t = style.table
    widths = [c.width_mm for c in block.columns]
    table = fixed_table(word, 1 + len(block.rows), widths)
    table_borders(table, "single")
    cell_margins(table, t.padding_pt * 0.3528, t.padding_pt * 0.3528 / 2)
    repeat_header_row(table)
    for cell, column in zip(table.rows[0].cells, block.columns, strict=True):
        paragraph = first_paragraph(cell)
        paragraph.style = STYLE_NAMES["plain"]
        add_run(paragraph, column.title)
        _format_direct(paragraph, t.header_style, "centre")
    for row, values in zip(table.rows[1:], block.rows, strict=True):
        # A row stays on one page, as in the PDF.
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell, column, value in zip(row.cells, block.columns, values, strict=True):
            paragraph = first_paragraph(cell)
            paragraph.style = STYLE_NAMES["plain"]
            add_run(paragraph, value)
            _format_direct(paragraph, t.cell_style, column.align)


def _columns(word: object, block: Columns, style: DocumentStyle) -> None:
    table = fixed_table(word, 1, [block.left_width_mm, block.right_width_mm])
    no_borders(table)
    cell_margins(table, 0)
    # Keep the signature block on one page, as the PDF does.
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)
    for cell, items in zip(table.rows[0].cells, (block.left, block.right), strict=True):
        used_first = False
        for item in items:
            if isinstance(item, Spacer):
                spacer(cell, item.height_mm)
                continue
            if not used_first:
                paragraph = first_paragraph(cell)
                paragraph.style = STYLE_NAMES[item.role]
                for run in item.runs:
                    add_run(paragraph, run.text, bold=run.bold, italic=run.italic)
                used_first = True
            else:
                paragraph = _paragraph(cell, item, style)
            # Keeps the signature row with the Nơi nhận lines that follow it.
            paragraph.paragraph_format.keep_with_next = True


def _page(word: object, document: Document) -> None:
    style = document.style
    p = style.page
    section = word.sections[0]  # type: ignore[attr-defined]
    if document.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(p.height_mm), Mm(p.width_mm)
    else:
        section.page_width, section.page_height = Mm(p.width_mm), Mm(p.height_mm)
    section.top_margin = Mm(p.margin_top_mm)
    section.bottom_margin = Mm(p.margin_bottom_mm)
    section.left_margin = Mm(p.margin_left_mm)
    section.right_margin = Mm(p.margin_right_mm)
    section.header_distance = Mm(p.page_number_from_top_mm - p.page_number.size_pt * 0.3528)
    section.different_first_page_header_footer = not p.first_page_number_shown
    paragraph = section.header.paragraphs[0]
    paragraph.style = PAGE_NUMBER_STYLE
    page_field(paragraph)


def render_docx(document: Document) -> bytes:
    """The Word file of ``document`` as bytes."""
    word = new_word_document()
    style = document.style
    _add_styles(word, style)
    _page(word, document)
    core = word.core_properties
    core.title = document.title
    core.subject = document.subject
    core.author = document.author or "Vinh Danh"
    core.last_modified_by = document.author or "Vinh Danh"
    core.comments = "Vinh Danh"
    if document.created is not None:
        created = document.created
        if created.tzinfo is not None:  # the core properties are written as UTC
            created = created.astimezone(dt.UTC).replace(tzinfo=None)
        core.created = created
        core.modified = created
        core.revision = 1
    proofing_language(word)
    # The default template starts with one empty paragraph; the header table goes first.
    body = word.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    if document.header:
        _header(word, document.header, style)
        spacer(word, style.body.title_gap_pt * 0.3528)
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Para):
            paragraph = _paragraph(word, block, style)
            if _signature_follows(blocks, index):
                # The signature never stands alone on a page (see pdf_render).
                paragraph.paragraph_format.keep_with_next = True
        elif isinstance(block, Rule):
            _rule_paragraph(word, style.page.text_width_mm, block.width_mm, block.kind == "dashes")
        elif isinstance(block, Spacer):
            spacer(word, block.height_mm)
        elif isinstance(block, Table):
            _table(word, block, style)
        else:
            _columns(word, block, style)
    if blocks and isinstance(blocks[-1], Table | Columns):
        # Word ends a document with a paragraph; give it a tiny one after a final table.
        spacer(word, END_PARAGRAPH_MM)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()
