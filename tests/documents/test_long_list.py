"""A 2,000-row commendation list: laid out by hand (table_cells), it reads page for page as
reportlab's own table laid it out; a preview of one page finds the edited row's page."""

from __future__ import annotations

import dataclasses
import io
from xml.sax.saxutils import escape

import pypdf
import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from reportlab.platypus import Table as RLTable

from desktop.documents.official import pdf_render, table_cells
from desktop.documents.official.award_list import award_list_pages, award_list_pdf
from desktop.documents.official.model import Para, Run, Table
from desktop.domain.records import Decision

ROWS = 2000
EDITED = 1500
"""The row edited (its ``Award.position``, from 1)."""


def _reportlab_table(block: Table, styles: pdf_render._Styles, style: object) -> RLTable:
    """The table as it was laid out before table_cells: one reportlab Table of Paragraphs."""
    t = style.table  # type: ignore[attr-defined]
    head = [
        Paragraph(
            pdf_render.markup(Para((Run(c.title),), "plain"), t.header_style),
            styles.cell(t.header_style, "centre"),
        )
        for c in block.columns
    ]
    rows = [head] + [
        [
            Paragraph(escape(cell), styles.cell(t.cell_style, col.align))
            for cell, col in zip(row, block.columns, strict=True)
        ]
        for row in block.rows
    ]
    table = RLTable(rows, colWidths=[c.width_mm * mm for c in block.columns], repeatRows=1)
    table.setStyle(pdf_render.grid_style(style))  # type: ignore[arg-type]
    return table


@pytest.fixture(scope="module")
def long_decision() -> Decision:
    """Decision 15-QĐ/BTGTU grown to 2,000 recipients: collectives and people, names, units
    and reasons of every length the sample has (rows of one to four lines)."""
    from desktop.exchange.meeting_package import read_package
    from tests.conftest import SAMPLE_PACKAGE

    package = read_package(SAMPLE_PACKAGE)
    decision = next(d for d in package.decisions if d.number == "15-QĐ/BTGTU")
    base = decision.awards
    awards = []
    for i in range(ROWS):
        award = base[i % len(base)]
        reason = award.reason if i % 7 else f"{decision.reason} Lần {i}, " * (1 + i % 3)
        awards.append(
            dataclasses.replace(award, name=f"{award.name} {i}", reason=reason, position=i + 1)
        )
    return dataclasses.replace(decision, awards=awards)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_the_hand_laid_list_reads_page_for_page_as_reportlabs_table(
    long_decision: Decision, monkeypatch: pytest.MonkeyPatch
) -> None:
    table_cells.forget_cells()
    fast = award_list_pdf(long_decision)
    again = award_list_pdf(long_decision)  # every cell remembered: the same bytes
    with monkeypatch.context() as patch:
        patch.setattr(pdf_render, "_table", _reportlab_table)
        before = award_list_pdf(long_decision)
    fast_pages, before_pages = _pages(fast), _pages(before)
    assert len(fast_pages) == len(before_pages) > 100
    for number, (new, old) in enumerate(zip(fast_pages, before_pages, strict=True), start=1):
        assert new == old, f"page {number} differs"
    assert again == fast
    assert "Lần 7" in "".join(fast_pages).replace("\n", " ")  # rows of several lines


def test_a_page_preview_draws_the_page_in_view_and_the_edited_rows_page(
    long_decision: Decision,
) -> None:
    awards = list(long_decision.awards)
    awards[EDITED - 1] = dataclasses.replace(awards[EDITED - 1], name="Hoàng Thị Thu Hường")
    edited = dataclasses.replace(long_decision, awards=awards)
    whole = _pages(award_list_pdf(edited))
    [where] = [i for i, text in enumerate(whole) if "Hoàng Thị Thu Hường" in text]

    partial = award_list_pages(edited, pages=(1,), positions=(EDITED,))
    shown = _pages(partial.data)
    assert partial.page_count == len(shown) == len(whole)  # the count is final already
    assert partial.row_pages == {EDITED: where + 1}
    assert shown[where] == whole[where]  # the edited row's page, drawn whole
    assert shown[0] == whole[0]  # the page in view
    assert not partial.complete
    assert partial.drawn == {1, where + 1}
    undrawn = next(i for i in range(1, len(whole)) if i != where)
    assert "Ban Tuyên giáo" in whole[undrawn]
    assert "Ban Tuyên giáo" not in shown[undrawn]  # laid out, not drawn: the whole list follows


def test_a_short_list_is_complete_in_one_step(long_decision: Decision) -> None:
    short = dataclasses.replace(long_decision, awards=long_decision.awards[:10])
    partial = award_list_pages(short, pages=(1,), positions=(3,))
    assert partial.complete
    assert partial.page_count == 1
    assert _pages(partial.data) == _pages(award_list_pdf(short))
