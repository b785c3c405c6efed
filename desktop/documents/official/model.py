"""A small document model shared by the PDF and DOCX renderers of the official documents.

A builder (decision, minutes, commendation list) turns a domain record into a
:class:`Document`: the page-1 header and a list of blocks whose paragraphs carry a *role*
("title", "basis", "body" …). :func:`role_format` maps each role to its size, weight,
alignment and spacing from the :class:`~desktop.documents.style.DocumentStyle`, so
the PDF and the Word file are laid out from the same numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from desktop.documents.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    register_serif,
)
from desktop.documents.style import DocumentStyle, RuleKind, TextStyle
from desktop.domain.line_breaks import break_lines

Align = Literal["left", "centre", "right", "justify"]

Role = Literal[
    "title",
    "summary",
    "authority",
    "basis",
    "decides",
    "body",
    "heading",
    "reference",
    "section",
    "plain",
    "recipients_label",
    "recipients",
    "sign_authority",
    "sign_note",
    "sign_name",
]

SECTION_SPACE_PT = 12
"""Space above a section heading, the authority line and "QUYẾT ĐỊNH:"."""
DECIDES_SPACE_AFTER_PT = 6


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with its own weight inside a paragraph."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph: runs of text and the role that gives its format."""

    runs: tuple[Run, ...]
    role: Role

    @property
    def text(self) -> str:
        """The plain text of all runs."""
        return "".join(r.text for r in self.runs)


def para(text: str, role: Role, *, bold: bool = False, italic: bool = False) -> Para:
    """A paragraph of one run."""
    return Para((Run(text, bold, italic),), role)


@dataclass(frozen=True, slots=True)
class Rule:
    """A centred horizontal rule of ``width_mm`` (under a trích yếu or a list title)."""

    width_mm: float
    kind: RuleKind = "solid"


@dataclass(frozen=True, slots=True)
class Spacer:
    """Vertical space."""

    height_mm: float


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: heading, width and alignment of its cells."""

    title: str
    width_mm: float
    align: Align = "left"


@dataclass(frozen=True, slots=True)
class Table:
    """A ruled table whose header row repeats on every page."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    keys: tuple[int, ...] = ()
    """What names each row to a preview (the recipient's place in the decision), if anything."""


@dataclass(frozen=True, slots=True)
class Columns:
    """Two borderless columns side by side (signature block, Nơi nhận)."""

    left: tuple[Para | Spacer, ...]
    right: tuple[Para | Spacer, ...]
    left_width_mm: float
    right_width_mm: float


Block = Para | Rule | Spacer | Table | Columns


@dataclass(frozen=True, slots=True)
class Header:
    """The page-1 header: issuing body on the left, national title on the right.

    ``date_text`` is ``None`` where the form has no place-and-date line (Mẫu 1.9).
    """

    parent: str
    issuer: str
    number_text: str
    date_text: str | None


@dataclass(frozen=True, slots=True)
class Document:
    """A whole official document, ready for a renderer."""

    style: DocumentStyle
    header: Header | None
    blocks: tuple[Block, ...]
    title: str
    """Document metadata title."""
    subject: str = ""
    landscape: bool = False
    author: str = ""
    """Metadata author: the issuing body (the office), not the program."""
    created: dt.datetime | None = None
    """Metadata creation time (the services pass "now"); None keeps a fixed date, so a test
    can compare bytes."""


@dataclass(frozen=True, slots=True)
class ParaFormat:
    """How a role is set: text style, alignment, indents and spacing."""

    text: TextStyle
    align: Align
    first_indent_mm: float = 0
    space_before_pt: float = 0
    space_after_pt: float = 0
    keep_with_next: bool = False


def role_format(style: DocumentStyle, role: Role) -> ParaFormat:
    """Format of paragraphs of ``role`` in ``style``."""
    b = style.body
    s = style.signature
    indent = b.first_line_indent_mm
    gap = b.space_before_pt
    formats: dict[Role, ParaFormat] = {
        "title": ParaFormat(b.title_style, "centre", keep_with_next=True),
        "summary": ParaFormat(b.summary_style, "centre", keep_with_next=True),
        "authority": ParaFormat(
            b.authority_style, "centre", space_before_pt=SECTION_SPACE_PT, keep_with_next=True
        ),
        "basis": ParaFormat(b.basis_style, "justify", indent, gap),
        "decides": ParaFormat(
            b.authority_style,
            "centre",
            space_before_pt=SECTION_SPACE_PT,
            space_after_pt=DECIDES_SPACE_AFTER_PT,
            keep_with_next=True,
        ),
        "body": ParaFormat(b.body_style, "justify", indent, gap),
        "heading": ParaFormat(
            TextStyle(b.body_style.size_pt, bold=True), "justify", indent, gap, keep_with_next=True
        ),
        "reference": ParaFormat(b.reference_style, "centre", keep_with_next=True),
        "section": ParaFormat(
            b.section_style, "left", 0, SECTION_SPACE_PT, gap, keep_with_next=True
        ),
        "plain": ParaFormat(b.body_style, "left"),
        "recipients_label": ParaFormat(s.recipients_label_style, "left"),
        "recipients": ParaFormat(s.recipients_style, "left"),
        "sign_authority": ParaFormat(s.authority_style, "centre"),
        "sign_note": ParaFormat(s.note_style, "centre"),
        "sign_name": ParaFormat(s.name_style, "centre"),
    }
    return formats[role]


def font_name(text: TextStyle, *, bold: bool = False, italic: bool = False) -> str:
    """The registered reportlab font for ``text`` (``bold``/``italic`` add to its own)."""
    register_serif()
    b = text.bold or bold
    i = text.italic or italic
    if b and i:
        return SERIF_BOLD_ITALIC
    if b:
        return SERIF_BOLD
    if i:
        return SERIF_ITALIC
    return SERIF


def text_width_mm(text: str, style: TextStyle) -> float:
    """Width of ``text`` set in ``style`` (Times New Roman metrics), in millimetres."""
    return pdfmetrics.stringWidth(text, font_name(style), style.size_pt) / mm


def rule_under(text: str, style: TextStyle, ratio: float, max_width_mm: float) -> float:
    """Length of a short rule under ``text``: ``ratio`` of its width on one line, at most
    ``max_width_mm`` times ``ratio`` when the text wraps."""
    return ratio * min(text_width_mm(text, style), max_width_mm)


HEADING_ROLES: frozenset[str] = frozenset({"title", "summary", "reference"})
"""Centred headings whose lines are broken by the Vietnamese rule, not by the renderer."""
HEADING_MAX_LINES = 4


def heading_lines(
    text: str, style: TextStyle, width_mm: float, max_lines: int = HEADING_MAX_LINES
) -> list[str]:
    """``text`` broken into centred lines no wider than ``width_mm`` in ``style``
    (``domain.line_breaks``: even lines, no syllable alone, no proper name cut)."""
    return break_lines(text, width_mm, lambda line: text_width_mm(line, style), max_lines=max_lines)


def with_heading_breaks(block: Para, style: DocumentStyle) -> Para:
    """A heading paragraph of one run with its line breaks ("\\n") chosen; others unchanged.

    PDF and DOCX both lay headings out through this, so both break them in the same places.
    """
    if block.role not in HEADING_ROLES or len(block.runs) != 1:
        return block
    run = block.runs[0]
    fmt = role_format(style, block.role)
    bold = fmt.text.bold or run.bold
    italic = fmt.text.italic or run.italic
    measured = TextStyle(fmt.text.size_pt, bold=bold, italic=italic)
    lines = heading_lines(run.text, measured, style.page.text_width_mm - HEADING_SLACK_MM)
    return Para((Run("\n".join(lines), run.bold, run.italic),), block.role)


HEADING_SLACK_MM = 2.0
"""Room kept free on a heading line: Word's and reportlab's metrics round differently."""
