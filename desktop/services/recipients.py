"""Use case: add the recipients of an Excel/CSV list to a decision, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.domain.clean import clean
from desktop.domain.records import Award
from desktop.exchange.recipients_import import (
    Column,
    ColumnMapping,
    PassedOver,
    RecipientImportError,
    awards_from_rows,
    describe_mapping,
    from_legacy,
    guess_mapping,
    parse_text,
    read_awards,
    read_list,
)
from desktop.exchange.recipients_import.content import content_mapping
from desktop.services.decisions import with_suggested_salutation
from desktop.storage.database import require_sound
from desktop.storage.decisions import DecisionStore


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: to which decision, how many awards, how the columns were read."""

    decision_number: str
    added: int
    total: int
    columns: str
    skipped: list[PassedOver] = field(default_factory=list)
    """Rows and sheets passed over: hidden sheets and rows, total rows, the signature block
    (shown "Dòng 31: dòng tổng cộng “Tổng cộng: 30 cá nhân”")."""


COLUMNS: tuple[Column, ...] = (
    "name",
    "family",
    "title",
    "unit",
    "title_unit",
    "kind",
    "reason",
    "register_number",
    "birth_year",
)
"""What a column of a list can be read as, in the order the window offers them."""


@dataclass(slots=True)
class ListPreview:
    """A list file as it would be imported, before anything is stored: the rows as read, how
    the columns are read, the awards it gives, what is passed over and what is wrong."""

    rows: list[list[str]]
    file_skipped: list[PassedOver]
    """What reading the file passed over (hidden sheets and rows), before any mapping."""
    mapping: ColumnMapping
    awards: list[Award]
    skipped: list[PassedOver]
    problems: list[str]
    columns: str
    """"cột B "Họ và tên" → tên; …", for the user to confirm."""

    @property
    def importable(self) -> bool:
        return bool(self.awards) and not self.problems


def header_mapping(rows: list[list[str]], header_row: int) -> ColumnMapping:
    """The columns as the row ``header_row`` (0-based) names them; by position when it names
    no name column."""
    found = guess_mapping(rows[header_row : header_row + 1]) if header_row >= 0 else None
    if found is not None and found.header_row == 0:
        return ColumnMapping(columns=found.columns, header_row=header_row)
    return ColumnMapping(columns={"name": 0, "title": 1, "unit": 2}, header_row=header_row)


def preview_list(path: str | Path, mapping: ColumnMapping | None = None) -> ListPreview:
    """Read the list at ``path`` as ``import_recipients`` would (with ``mapping``, or the one
    its header row gives), without storing anything; wrong rows are listed, not raised.

    Raises:
        RecipientImportError: the file cannot be read at all (not a list, damaged, too big).
    """
    listed = read_list(path)
    return preview_rows(listed.rows, listed.skipped, mapping)


def preview_rows(
    rows: list[list[str]], passed_over: list[PassedOver], mapping: ColumnMapping | None = None
) -> ListPreview:
    """``preview_list`` of rows already read (the window reads the file once, then tries
    other header rows and columns); ``passed_over``: what reading the file left out."""
    mapping = mapping or guess_mapping(rows)
    skipped = list(passed_over)
    awards: list[Award] = []
    problems: list[str] = []
    if "name" not in mapping.columns:
        problems.append("Chưa chọn cột tên người nhận")
    else:
        try:
            awards = awards_from_rows(rows, mapping, skipped=skipped)
        except RecipientImportError as exc:
            problems = exc.problems
    return ListPreview(
        rows=rows,
        file_skipped=list(passed_over),
        mapping=mapping,
        awards=awards,
        skipped=sorted(skipped, key=lambda passed: passed.line),  # a hidden sheet first
        problems=problems,
        columns=describe_mapping(mapping, rows),
    )


def preview_pasted(text: str) -> tuple[ListPreview, bool]:
    """Cells copied in Excel or Word as they would be added, and whether they may go in
    without asking: a header row named the columns or their cells made them clear
    (``content_mapping``), and no row is passed over or wrong. Otherwise the window shows the
    preview, with the columns to confirm — never a silent guess."""
    rows = from_legacy(parse_text(text.replace("\r\n", "\n")))
    if not any(cell.strip() for row in rows for cell in row):  # an empty clipboard: nothing
        empty = ColumnMapping()
        return ListPreview(rows, [], empty, [], [], [], describe_mapping(empty, rows)), False
    mapping = guess_mapping(rows)
    sure = mapping.header_row >= 0
    if not sure:
        found = content_mapping(rows)
        mapping, sure = found.mapping, found.sure
    preview = preview_rows(rows, [], mapping)
    preview.awards = [clean(a) for a in preview.awards]
    return preview, sure and preview.importable and not preview.skipped


def import_recipients(
    db: Database,
    path: str | Path,
    decision_key: str,
    *,
    replace: bool = False,
    mapping: ColumnMapping | None = None,
) -> ImportResult:
    """Append (or with ``replace``, substitute) the list at ``path`` to a decision's awards.

    ``mapping``: how to read the columns, as the user confirmed them in the window's preview
    (default: from the list's header row).

    Raises:
        RecipientImportError: the file is unreadable or a row is wrong; nothing was changed.
        NotFoundError, AmbiguousError: ``decision_key`` names no single decision.
    """
    require_sound(db)
    store = DecisionStore(db)
    store.find(decision_key)  # a wrong key is told before the file is read
    listed = read_list(path)
    rows = listed.rows
    mapping = mapping or guess_mapping(rows)
    skipped = list(listed.skipped)
    awards = read_awards(path, mapping, rows, skipped)
    with db.atomic():  # read and write at one version: a window saving meanwhile waits
        decision = store.find(decision_key)
        awards = [with_suggested_salutation(clean(a), decision.issuer.style) for a in awards]
        decision.awards = awards if replace else [*decision.awards, *awards]
        store.save(decision)
    return ImportResult(
        decision_number=decision.number,
        added=len(awards),
        total=len(decision.awards),
        columns=describe_mapping(mapping, rows),
        skipped=skipped,
    )
