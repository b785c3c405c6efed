"""The year-end table ("Bảng tổng hợp kết quả khen thưởng năm …", issue 13) of one issuing
body: its figures by award form (``services.statistics``' counting rules) with the decisions
that gave them, as PDF, DOCX or XLSX in the body's house style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlite_utils import Database

from desktop.documents.official.year_report import (
    FormLine,
    YearTable,
    year_table_docx,
    year_table_pdf,
    year_table_xlsx,
)
from desktop.documents.style import DocumentStyle
from desktop.domain.authority import proper_name
from desktop.domain.collation import collation_key
from desktop.domain.errors import InvalidInput
from desktop.domain.records import Organisation
from desktop.domain.text import fold
from desktop.services.documents import WrittenDocument, resolve_style
from desktop.services.files import write_atomically
from desktop.services.statistics import Spellings, Tally, check_years, form_order, tally_of
from desktop.storage import statistics as store
from desktop.storage.organisations import OrganisationStore


def issuing_bodies(db: Database, first_year: int, last_year: int) -> list[Organisation]:
    """The bodies that issued decisions in the range, by name."""
    ids = {c.organisation_id for c in store.decision_counts(db, first_year, last_year)}
    store_ = OrganisationStore(db)
    return sorted((store_.get(i) for i in ids), key=lambda o: collation_key(o.name))


def body_name(organisation: Organisation) -> str:
    """The name a user knows the body by ("Sở Nội vụ tỉnh Thái Nguyên")."""
    return proper_name(organisation)


def find_body(db: Database, key: str, candidates: Iterable[Organisation] = ()) -> Organisation:
    """The issuing body a user names: its id, name, proper name or abbreviation (folded).

    Raises:
        ValueError: no body or several match (the message lists them).
    """
    wanted = fold(key)
    bodies = list(candidates) or OrganisationStore(db).all()
    found = [
        o
        for o in bodies
        if key == o.id
        or wanted
        in {fold(o.name), fold(o.full_name), fold(o.abbreviation), fold(f"{o.name} {o.parent}")}
    ]
    if len(found) == 1:
        return found[0]
    names = "; ".join(f"{o.name} ({o.parent})" if o.parent else o.name for o in bodies)
    if not found:
        raise InvalidInput(f"Không có cơ quan khen thưởng “{key}” (có: {names})")
    raise InvalidInput(f"“{key}” chỉ nhiều cơ quan: {names}; ghi rõ tên đầy đủ hoặc chữ viết tắt")


YEAR_REPORT_FORMATS = (".pdf", ".docx", ".xlsx")


def year_table(
    db: Database, year: int, body: str | None = None, today: dt.date | None = None
) -> YearTable:
    """The year-end table of the body named ``body`` (id, name or abbreviation) for ``year``.

    Without ``body``, the one body that issued decisions that year.

    Raises:
        ValueError: the year is out of bounds, no decision was issued that year, or several
            bodies did and none is named (the message lists them), or the name is unknown.
    """
    check_years(year, year)
    bodies = issuing_bodies(db, year, year)
    if body:
        organisation = find_body(db, body, bodies)
    elif len(bodies) == 1:
        organisation = bodies[0]
    elif not bodies:
        raise InvalidInput(f"Năm {year} chưa có quyết định khen thưởng nào trong cơ sở dữ liệu")
    else:
        names = "; ".join(proper_name(o) for o in bodies)
        raise InvalidInput(
            f"Năm {year} có quyết định của {len(bodies)} cơ quan ({names}): chọn một bằng --body"
        )
    counts = [
        c for c in store.decision_counts(db, year, year) if c.organisation_id == organisation.id
    ]
    numbers = store.decision_numbers(db, {c.decision_id for c in counts})
    forms = Spellings()
    tallies: dict[str, Tally] = {}
    decisions: dict[str, list[str]] = {}
    for c in counts:
        form = forms(c.award_form, weight=c.count)
        tallies[form] = tallies.get(form, Tally()) + tally_of(c.kind, c.count)
        listed = decisions.setdefault(form, [])
        if c.decision_id not in listed:
            listed.append(c.decision_id)

    def label(decision_id: str) -> tuple[str, str]:
        number, day = numbers[decision_id]
        return day, f"{number} ngày {dt.date.fromisoformat(day):%d/%m/%Y}"

    lines = tuple(
        FormLine(
            forms.name(form),
            tuple(text for _, text in sorted(label(d) for d in decisions[form])),
            tallies[form].collectives,
            tallies[form].people,
        )
        for form in sorted(tallies, key=lambda key: form_order(forms.name(key)))
    )
    return YearTable(
        organisation, year, lines, organisation.default_signer, today or dt.date.today()
    )


def year_report_bytes(
    table: YearTable,
    suffix: str,
    style: DocumentStyle | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """The table as ".pdf", ".docx" or ".xlsx" bytes."""
    suffix = suffix.lower()
    if suffix not in YEAR_REPORT_FORMATS:
        raise InvalidInput(
            f"Không ghi được bảng tổng hợp ra tệp *{suffix}: chọn tệp có đuôi "
            f"{', '.join(YEAR_REPORT_FORMATS)}"
        )
    render = {".pdf": year_table_pdf, ".docx": year_table_docx, ".xlsx": year_table_xlsx}
    return render[suffix](table, style, created)


def write_year_report(
    db: Database,
    year: int,
    path: str | Path,
    *,
    body: str | None = None,
    style_dir: Path | None = None,
    now: dt.datetime | None = None,
) -> WrittenDocument:
    """Write the year-end table of ``body`` for ``year`` to ``path`` (.pdf, .docx, .xlsx),
    in the body's style (the user's own style file when there is one).

    Raises:
        ValueError: see :func:`year_table`; or the extension is not one of the three.
        OutputError: the file cannot be written (the message names it).
    """
    suffix = Path(path).suffix.lower()
    if suffix not in YEAR_REPORT_FORMATS:
        raise InvalidInput(
            f"Không ghi được bảng tổng hợp ra tệp {Path(path).name}: chọn tệp có đuôi "
            f"{', '.join(YEAR_REPORT_FORMATS)}"
        )
    moment = now or dt.datetime.now().astimezone()
    table = year_table(db, year, body, moment.date())
    style = resolve_style(table.body.style, style_dir)
    written = write_atomically(path, year_report_bytes(table, suffix, style, moment))
    name = proper_name(table.body)
    return WrittenDocument(
        written, suffix[1:], f"Bảng tổng hợp kết quả khen thưởng năm {year} của {name}"
    )
