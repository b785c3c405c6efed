"""Word (OOXML) building blocks below the document model: schema-ordered properties, fonts,
borders, fixed tables, runs with line breaks, spacers, the PAGE field, the proofing language.

``docx_render`` lays a :class:`~desktop.documents.official.model.Document` out with these.
"""

from __future__ import annotations

from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

FONT = "Times New Roman"
"""Word font; the PDF uses its metric twin (Tinos), so lines break in the same places."""
BORDER_EIGHTHS = 6
"""Rule thickness in eighths of a point (0.75 pt)."""
TABLE_BORDER_EIGHTHS = 4

# Word refuses a file whose property elements are out of the schema's order (ECMA-376 Part 1,
# CT_PPrBase and CT_TblPr); new children are inserted at their place, not appended.
PARAGRAPH_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
TABLE_ORDER = (
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
)


def insert_ordered(parent: object, child: object, order: tuple[str, ...]) -> None:
    """Insert ``child`` into ``parent`` before the first sibling that the schema puts after it."""
    name = child.tag.rsplit("}", 1)[-1]  # type: ignore[attr-defined]
    later = {qn(f"w:{tag}") for tag in order[order.index(name) + 1 :]}
    for sibling in parent:  # type: ignore[attr-defined]
        if sibling.tag in later:
            sibling.addprevious(child)
            return
    parent.append(child)  # type: ignore[attr-defined]


def set_font(rpr_owner: object, name: str = FONT) -> None:
    """Set all four font slots (Vietnamese text falls in more than ``ascii``)."""
    r_pr = rpr_owner.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), name)


def border(paragraph: WordParagraph, side: str, kind: str = "single", space_pt: int = 1) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = p_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        insert_ordered(p_pr, borders, PARAGRAPH_ORDER)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), kind)
    edge.set(qn("w:sz"), str(BORDER_EIGHTHS))
    edge.set(qn("w:space"), str(space_pt))
    edge.set(qn("w:color"), "000000")
    borders.append(edge)


def centre_width(paragraph: WordParagraph, box_mm: float, width_mm: float) -> None:
    """Indent ``paragraph`` so that it is ``width_mm`` wide, centred in ``box_mm``."""
    side = max(0.0, (box_mm - width_mm) / 2)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    paragraph.paragraph_format.first_line_indent = Mm(0)


def add_run(
    paragraph: WordParagraph, text: str, *, bold: bool = False, italic: bool = False
) -> None:
    first, *more = text.split("\n")
    run = paragraph.add_run(first)
    for line in more:
        # A line break inside the paragraph, where the heading rule chose it.
        run.add_break()
        run.add_text(line)
    if bold:
        run.bold = True
    if italic:
        run.italic = True


def no_borders(table: WordTable) -> None:
    table_borders(table, "nil")


def table_borders(table: WordTable, kind: str) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), kind)
        if kind != "nil":
            edge.set(qn("w:sz"), str(TABLE_BORDER_EIGHTHS))
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), "000000")
        borders.append(edge)
    insert_ordered(tbl_pr, borders, TABLE_ORDER)


def cell_margins(table: WordTable, side_mm: float, top_mm: float = 0) -> None:
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side, value in (("top", top_mm), ("left", side_mm), ("bottom", top_mm), ("right", side_mm)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(round(value * 56.6929)))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    insert_ordered(tbl_pr, margins, TABLE_ORDER)


def fixed_table(container: object, rows: int, widths_mm: list[float]) -> WordTable:
    table: WordTable = container.add_table(rows=rows, cols=len(widths_mm))  # type: ignore[attr-defined]
    table.autofit = False  # w:tblLayout "fixed": the widths below are kept
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    for col, width in zip(table.columns, widths_mm, strict=True):
        col.width = Mm(width)
    return table


def first_paragraph(cell: _Cell) -> WordParagraph:
    return cell.paragraphs[0]


def spacer(container: object, height_mm: float) -> None:
    paragraph: WordParagraph = container.add_paragraph()  # type: ignore[attr-defined]
    fmt = paragraph.paragraph_format
    fmt.keep_with_next = True
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Mm(max(height_mm, 0.5))
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)


def repeat_header_row(table: WordTable) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def page_field(paragraph: WordParagraph) -> None:
    """A PAGE field: Word shows the number of the page it is on."""
    for kind, text in (
        ("begin", None),
        (None, " PAGE "),
        ("separate", None),
        (None, "2"),
        ("end", None),
    ):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text or ""


PROOFING_LANGUAGE = "vi-VN"
"""Word checks spelling and hyphenates in Vietnamese, not in the template's English."""


def proofing_language(word: object) -> None:
    """Set vi-VN as the language of the document defaults and of every style."""
    styles = word.styles.element  # type: ignore[attr-defined]
    defaults = styles.find(qn("w:docDefaults"))
    targets = []
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            targets.append(rpr_of(rpr_default))
    for style in styles.findall(qn("w:style")):
        targets.append(rpr_of(style))
    for rpr in targets:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), PROOFING_LANGUAGE)
        lang.set(qn("w:eastAsia"), PROOFING_LANGUAGE)


AFTER_RPR = ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")


def rpr_of(parent: Any) -> Any:
    """The ``w:rPr`` child of ``parent``, added in schema order when missing."""
    rpr = parent.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        later = next((c for c in parent if c.tag in {qn(t) for t in AFTER_RPR}), None)
        if later is not None:
            later.addprevious(rpr)
        else:
            parent.append(rpr)
    return rpr
