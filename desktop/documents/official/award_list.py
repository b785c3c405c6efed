"""Danh sách kèm theo quyết định: the commendation list attached to a decision.

Laid out as an appendix of a paper document (NĐ 30/2020, Phụ lục III, Mẫu 2.1): no header
table; "DANH SÁCH", the title in upper case, the italic line "(Kèm theo Quyết định số …
ngày … của …)" and a short rule; then the collectives and the individuals, each a section with
its count and a table (STT | name | chức vụ, đơn vị | thành tích when any recipient has a reason
of its own) whose header row repeats on every page. Pages are numbered on their own, from
page 2 (Phụ lục I, I.1).

The list keeps the decision's order, or sorts by given name (tên, then tên đệm, then họ) when
asked; collectives are then sorted alphabetically by their whole name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from desktop.documents.official import text as ot
from desktop.documents.official.docx_render import render_docx
from desktop.documents.official.model import (
    Block,
    Column,
    Document,
    Rule,
    Spacer,
    Table,
    para,
    rule_under,
)
from desktop.documents.official.pdf_render import PartialPdf, render_pages, render_pdf
from desktop.documents.style import DocumentStyle, style_for
from desktop.domain import dates
from desktop.domain.authority import check_decision_signer
from desktop.domain.docnumbers import written_number
from desktop.domain.records import Award, Decision, sorted_by_name
from desktop.domain.text import title_with_unit

SortOrder = Literal["list", "ten"]
"""``list`` = the decision's order; ``ten`` = by given name (Vietnamese order)."""
SORT_ORDERS: tuple[SortOrder, ...] = ("list", "ten")

STT_MM = 12.0
"""Width of the STT column."""
NAME_SHARE = 0.36
"""Share of the remaining width for the name when there are title and reason columns."""
ROMAN = ("I", "II")


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the list: collectives or individuals."""

    kind: Literal["collective", "person"]
    heading: str
    """"I. TẬP THỂ (11 tập thể)"."""
    name_title: str
    """Heading of the name column: "Tên tập thể" / "Họ và tên"."""
    rows: tuple[tuple[str, str, str], ...]
    """(name, chức vụ và đơn vị, thành tích) per recipient, numbered from 1 in this order."""
    with_unit: bool
    with_reason: bool
    shared_reason: str = ""
    """The thành tích every row of the section shares, said once under the heading instead of
    on every row; empty when it is the decision's own (the decision says it) or rows differ."""
    positions: tuple[int, ...] = ()
    """Each row's ``Award.position`` (its place in the decision): a preview finds a row by it."""


@dataclass(frozen=True, slots=True)
class AwardList:
    """What the list says, before it is laid out as PDF, DOCX or XLSX."""

    heading: str
    """"DANH SÁCH"."""
    title: str
    """"TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA …"."""
    reference: str
    """"(Kèm theo Quyết định số … ngày … của …)"."""
    sections: tuple[Section, ...]
    closing: str
    """"Danh sách có 11 tập thể và 15 cá nhân./."."""


def _ordered(awards: list[Award], sort: SortOrder) -> list[Award]:
    indexed = sorted(enumerate(awards), key=lambda pair: (pair[1].position, pair[0]))
    ordered = [a for _, a in indexed]
    return ordered if sort == "list" else sorted_by_name(ordered)


@functools.lru_cache(maxsize=4096)
def _joined(title: str, unit: str) -> str:
    return title_with_unit(title, unit)


def _title_unit(award: Award) -> str:
    # Remembered: a list of 2,000 has a few dozen units, and a preview makes it again per edit.
    return _joined(award.title, award.unit)


def award_list(
    decision: Decision, sort: SortOrder = "list", style: DocumentStyle | None = None
) -> AwardList:
    """The content of ``decision``'s list, in the decision's order or by given name.

    Raises:
        ValueError: ``sort`` is not one of :data:`SORT_ORDERS`.
    """
    if sort not in SORT_ORDERS:
        raise ValueError(f"Cách sắp xếp không hợp lệ: {sort} (chọn: {', '.join(SORT_ORDERS)})")
    check_decision_signer(decision)
    style = style or style_for(decision.issuer.style)
    form = decision.award_form
    parts = [(decision.collectives, "collective"), (decision.people, "person")]
    present = [(awards, kind) for awards, kind in parts if awards]
    who = ", ".join("TẬP THỂ" if kind == "collective" else "CÁ NHÂN" for _, kind in present)
    issuer = decision.effective_signer()
    by = ot.issued_by(issuer, decision.issuer, style)
    title = f"{who or 'TẬP THỂ, CÁ NHÂN'} ĐƯỢC TẶNG {ot.upper(form)} CỦA {ot.upper(by)}"
    reference = (
        f"(Kèm theo Quyết định số {written_number(decision.number)} "
        f"{dates.date_line(decision.date)} của {by})"
    )
    sections = []
    for index, (awards, kind) in enumerate(present):
        people = kind == "person"
        ordered = _ordered(awards, sort)
        title_units = [_title_unit(a) for a in ordered]
        reasons = {decision.reason_for(a) for a in ordered}
        # A column only when the rows differ; one thành tích shared by all is said once.
        own_reason = len(reasons) > 1
        shared = next(iter(reasons)) if len(reasons) == 1 else ""
        if shared == decision.reason:
            shared = ""
        count = len(ordered)
        label = "CÁ NHÂN" if people else "TẬP THỂ"
        unit = "cá nhân" if people else "tập thể"
        numeral = f"{ROMAN[index]}. " if len(present) > 1 else ""
        sections.append(
            Section(
                kind=kind,  # type: ignore[arg-type]
                heading=f"{numeral}{label} ({ot.format_number(count)} {unit})",
                name_title="Họ và tên" if people else "Tên tập thể",
                rows=tuple(
                    (a.name, unit, decision.reason_for(a))
                    for a, unit in zip(ordered, title_units, strict=True)
                ),
                with_unit=any(title_units),
                with_reason=own_reason,
                shared_reason=shared,
                positions=tuple(a.position for a in ordered),
            )
        )
    counts = ot.counts_text(len(decision.collectives), len(decision.people))
    closing = ot.with_end_mark(f"Danh sách có {counts}.", style.body.end_mark) if counts else ""
    return AwardList("DANH SÁCH", title, reference, tuple(sections), closing)


def section_columns(section: Section, width_mm: float) -> list[Column]:
    """Columns of a section's table filling ``width_mm``: STT, name, [chức vụ, đơn vị],
    [thành tích]."""
    rest = width_mm - STT_MM
    columns = [Column("STT", STT_MM, "centre")]
    extra = int(section.with_unit) + int(section.with_reason)
    name_mm = rest if extra == 0 else rest * (NAME_SHARE if extra == 2 else 0.42)
    columns.append(Column(section.name_title, name_mm, "left"))
    other = (rest - name_mm) / extra if extra else 0
    if section.with_unit:
        columns.append(Column("Chức vụ, đơn vị công tác", other, "left"))
    if section.with_reason:
        columns.append(Column("Thành tích", other, "left"))
    return columns


def section_rows(section: Section) -> list[tuple[str, ...]]:
    """Rows of a section's table, matching :func:`section_columns`."""
    rows = []
    for i, (name, title_unit, reason) in enumerate(section.rows, start=1):
        row = [str(i), name]
        if section.with_unit:
            row.append(title_unit)
        if section.with_reason:
            row.append(reason)
        rows.append(tuple(row))
    return rows


def build_award_list(
    decision: Decision, sort: SortOrder = "list", style: DocumentStyle | None = None
) -> Document:
    """The list as a :class:`Document` (no header: it is an appendix of the decision)."""
    style = style or style_for(decision.issuer.style)
    content = award_list(decision, sort, style)
    width = style.page.text_width_mm
    blocks: list[Block] = [
        para(content.heading, "title"),
        para(content.title, "summary"),
        para(content.reference, "reference"),
        Rule(
            rule_under(
                content.reference, style.body.reference_style, style.body.summary_rule_ratio, width
            ),
            style.body.summary_rule,
        ),
    ]
    for section in content.sections:
        blocks.append(para(section.heading, "section"))
        if section.shared_reason:
            blocks.append(para(f"Thành tích: {section.shared_reason}", "plain", italic=True))
        columns = tuple(section_columns(section, width))
        blocks.append(Table(columns, tuple(section_rows(section)), section.positions))
    if content.closing:
        blocks.append(Spacer(3))
        blocks.append(para(content.closing, "plain"))
    return Document(
        style=style,
        header=None,
        blocks=tuple(blocks),
        title=f"Danh sách kèm theo Quyết định {written_number(decision.number)}",
        subject=content.title,
        author=ot.issuer_full_name(decision.issuer, style),
    )


def award_list_pdf(
    decision: Decision,
    sort: SortOrder = "list",
    style: DocumentStyle | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """The list as PDF bytes."""
    return render_pdf(dataclasses.replace(build_award_list(decision, sort, style), created=created))


def award_list_pages(
    decision: Decision,
    pages: Collection[int],
    positions: Collection[int] = (),
    sort: SortOrder = "list",
    style: DocumentStyle | None = None,
) -> PartialPdf:
    """The list laid out whole (page count and page numbers final), its table drawn only on
    ``pages`` (from 1) and on the pages of the awards at ``positions`` (``Award.position``):
    what a preview shows first, in a fraction of the time the whole list takes."""
    return render_pages(build_award_list(decision, sort, style), pages, positions)


def award_list_docx(
    decision: Decision,
    sort: SortOrder = "list",
    style: DocumentStyle | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """The list as a Word document (bytes)."""
    return render_docx(
        dataclasses.replace(build_award_list(decision, sort, style), created=created)
    )
