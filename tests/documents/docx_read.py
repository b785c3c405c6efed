"""Reading Word files back (python-docx) the way a văn thư would look at them in Word."""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import Table

from desktop.documents.style import DocumentStyle


def open_docx(data: bytes) -> WordDocument:
    """Open DOCX bytes."""
    return docx.Document(io.BytesIO(data))


def all_text(document: WordDocument) -> str:
    """Every paragraph of the body and of its tables, in order, one per line (a line break
    inside a paragraph, as in a heading broken by the Vietnamese rule, reads as a space)."""
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(paragraph_text(child))
        elif child.tag == qn("w:tbl"):
            for paragraph in child.iter(qn("w:p")):
                lines.append(paragraph_text(paragraph))
    return "\n".join(lines)


def paragraph_text(paragraph: object) -> str:
    """The text of a ``w:p`` element, its line breaks as spaces."""
    out = []
    for node in paragraph.iter(qn("w:t"), qn("w:br")):  # type: ignore[attr-defined]
        out.append(" " if node.tag == qn("w:br") else (node.text or ""))
    return "".join(out)


def assert_page_setup(document: WordDocument, style: DocumentStyle) -> None:
    """A4 (or the style's paper), the style's margins, page numbers from page 2."""
    section = document.sections[0]
    page = style.page
    assert abs(section.page_width - Mm(page.width_mm)) < Mm(0.5)
    assert abs(section.page_height - Mm(page.height_mm)) < Mm(0.5)
    assert abs(section.left_margin - Mm(page.margin_left_mm)) < Mm(0.1)
    assert abs(section.right_margin - Mm(page.margin_right_mm)) < Mm(0.1)
    assert abs(section.top_margin - Mm(page.margin_top_mm)) < Mm(0.1)
    assert abs(section.bottom_margin - Mm(page.margin_bottom_mm)) < Mm(0.1)
    assert section.different_first_page_header_footer
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml
    assert "PAGE" not in section.first_page_header._element.xml


def assert_times_new_roman(document: WordDocument) -> None:
    """Normal and every "VB …" style use Times New Roman in all font slots."""
    for style in document.styles:
        if style.name == "Normal" or (style.name or "").startswith("VB "):
            fonts = style.element.rPr.find(qn("w:rFonts"))
            assert fonts is not None, style.name
            for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                assert fonts.get(qn(slot)) == "Times New Roman", (style.name, slot)


def is_borderless(table: Table) -> bool:
    """True when the table's own borders are all "nil"."""
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    return borders is not None and all(edge.get(qn("w:val")) == "nil" for edge in borders)


def repeats_header_row(table: Table) -> bool:
    """True when the first row is marked to repeat on every page."""
    tr_pr = table.rows[0]._tr.trPr
    return tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None


def assert_schema_order(document: WordDocument) -> None:
    """Paragraph and table properties are in the order Word's schema requires."""
    from desktop.documents.official.docx_xml import PARAGRAPH_ORDER, TABLE_ORDER

    for tag, order in (("w:pPr", PARAGRAPH_ORDER), ("w:tblPr", TABLE_ORDER)):
        for properties in document.element.body.iter(qn(tag)):
            names = [child.tag.rsplit("}", 1)[-1] for child in properties]
            positions = [order.index(n) for n in names]
            assert positions == sorted(positions), f"{tag} children out of order: {names}"
            assert len(set(names)) == len(names), f"{tag} has a repeated child: {names}"
