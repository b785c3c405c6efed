"""Award statistics for a year or a range of years (issue 13): the page, ``vinhdanh stats``,
and the counting rules of the year-end table (``services.year_report``).

SQLite does the counting (``storage.statistics``); here the per-decision and per-unit counts
are gathered by award form (spellings that fold alike are one form), issuing body, unit or
meeting. The award year is the year of the decision's date. Decisions in the recycle bin are
not counted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from sqlite_utils import Database

from desktop.domain.authority import proper_name
from desktop.domain.collation import collation_key
from desktop.domain.errors import InvalidInput
from desktop.domain.numbers import format_number
from desktop.domain.text import fold, normalize
from desktop.storage import statistics as store
from desktop.storage.organisations import OrganisationStore

GroupBy = Literal["form", "body", "unit", "meeting"]
GROUPINGS: tuple[GroupBy, ...] = ("form", "body", "unit", "meeting")
GROUP_LABELS: dict[GroupBy, str] = {
    "form": "Hình thức khen thưởng",
    "body": "Cơ quan khen thưởng",
    "unit": "Đơn vị",
    "meeting": "Hội nghị",
}
FORM_ORDER = (
    "Huân chương",
    "Huy chương",
    "Danh hiệu",
    "Cờ thi đua",
    "Chiến sĩ thi đua",
    "Bằng khen",
    "Giấy khen",
    "Giấy chứng nhận",
)
"""Forms are listed highest first, as a report lists them; unknown forms follow by name."""
NO_MEETING = "(không gắn với hội nghị)"
NO_UNIT = "(không ghi đơn vị)"
MIN_YEAR, MAX_YEAR = 1945, 2100
_RANGE = re.compile(r"^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$")


@dataclass(frozen=True, slots=True)
class Tally:
    """How many collectives and individuals."""

    collectives: int = 0
    people: int = 0

    @property
    def total(self) -> int:
        return self.collectives + self.people

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.collectives + other.collectives, self.people + other.people)

    def text(self) -> str:
        """ "11 tập thể, 15 cá nhân" (a zero is said, so lines compare at a glance)."""
        return f"{format_number(self.collectives)} tập thể, {format_number(self.people)} cá nhân"


def tally_of(kind: str, count: int) -> Tally:
    return Tally(count, 0) if kind == "collective" else Tally(0, count)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table: a group (form, body, unit or meeting) and one award form."""

    group: str
    form: str
    tally: Tally


@dataclass(frozen=True, slots=True)
class Statistics:
    """The counts for ``first_year``..``last_year`` grouped ``by``."""

    first_year: int
    last_year: int
    by: GroupBy
    rows: tuple[Row, ...]
    """By form: one row per form (group = form). Otherwise one row per group and form."""
    forms: tuple[tuple[str, Tally], ...]
    """Totals per form over the range, highest form first."""
    by_year: dict[int, dict[str, Tally]] = field(default_factory=dict)
    """Year → form → tally (the chart's bars); every year of the range is present."""
    total: Tally = Tally()

    @property
    def period(self) -> str:
        """ "năm 2024" or "các năm 2023–2024"."""
        if self.first_year == self.last_year:
            return f"năm {self.first_year}"
        return f"các năm {self.first_year}–{self.last_year}"

    def lines(self) -> list[str]:
        """The sentences a report quotes: "Giấy khen: 11 tập thể, 15 cá nhân"."""
        return [f"{form}: {tally.text()}" for form, tally in self.forms]

    def as_json(self) -> dict[str, object]:
        """Plain data for ``--json``."""

        def counts(t: Tally) -> dict[str, int]:
            return {"tap_the": t.collectives, "ca_nhan": t.people, "tong": t.total}

        return {
            "tu_nam": self.first_year,
            "den_nam": self.last_year,
            "theo": self.by,
            "dong": [{"nhom": r.group, "hinh_thuc": r.form, **counts(r.tally)} for r in self.rows],
            "hinh_thuc": [{"hinh_thuc": f, **counts(t)} for f, t in self.forms],
            "theo_nam": {
                str(year): {form: counts(t) for form, t in forms.items()}
                for year, forms in self.by_year.items()
            },
            "tong_cong": counts(self.total),
        }


def parse_years(text: str | None, today: dt.date | None = None) -> tuple[int, int]:
    """ "2024" → (2024, 2024); "2023-2024" → (2023, 2024); nothing → this year.

    Raises:
        ValueError: not a year or a range of years (the message says what to type).
    """
    if text is None or not text.strip():
        year = (today or dt.date.today()).year
        return year, year
    match = _RANGE.match(text)
    if not match:
        raise InvalidInput(f"“{text}” không phải năm hay khoảng năm (viết 2024 hoặc 2023-2024)")
    first = int(match.group(1))
    last = int(match.group(2) or first)
    check_years(first, last)
    return first, last


def check_years(first: int, last: int) -> None:
    """Raises ValueError naming the years when the range is reversed or out of bounds."""
    for year in (first, last):
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise InvalidInput(f"Năm {year} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}")
    if first > last:
        raise InvalidInput(f"Năm bắt đầu {first} sau năm kết thúc {last}")


@functools.lru_cache(maxsize=1024)
def form_order(form: str) -> tuple[int, str]:
    """Sort key: known forms from the highest, then the others by name."""
    folded = fold(form)
    for index, start in enumerate(FORM_ORDER):
        if folded.startswith(fold(start)):
            return index, collation_key(form)
    return len(FORM_ORDER), collation_key(form)


_fold = functools.lru_cache(maxsize=65536)(fold)
_normalize = functools.lru_cache(maxsize=65536)(normalize)
"""Thousands of rows name the same few forms and units: each is folded once."""


class Spellings:
    """Texts that fold alike are one; the spelling given to the most awards names them
    (a capitalised one on a tie): "giấy  khen" typed once joins "Giấy khen"."""

    def __init__(self) -> None:
        self.seen: dict[str, dict[str, int]] = {}
        self.names: dict[str, str] = {}

    def __call__(self, text: str, empty: str = "", weight: int = 1) -> str:
        text = _normalize(text) or empty
        key = _fold(text)
        spellings = self.seen.get(key)
        if spellings is None:
            self.seen[key] = {text: weight}
        else:
            spellings[text] = spellings.get(text, 0) + weight
        return key

    def name(self, key: str) -> str:
        """The spelling that names ``key`` (call once every text has been seen)."""
        name = self.names.get(key)
        if name is None:
            spellings = self.seen[key]
            if len(spellings) == 1:
                name = next(iter(spellings))
            else:
                name = max(spellings, key=lambda t: (spellings[t], t[:1].isupper(), t))
            self.names[key] = name
        return name


def year_span(db: Database) -> tuple[int, int] | None:
    """The first and last year with a decision, or None when there is none."""
    return store.year_span(db)


def statistics(
    db: Database,
    first_year: int,
    last_year: int,
    by: GroupBy = "form",
) -> Statistics:
    """Counts of awards from ``first_year`` to ``last_year`` grouped ``by``.

    Raises:
        ValueError: the years are out of bounds or reversed, or ``by`` is unknown.
    """
    check_years(first_year, last_year)
    if by not in GROUPINGS:
        raise InvalidInput(f"Không thống kê theo “{by}” được (chọn: {', '.join(GROUPINGS)})")
    with _collector_paused():
        return _statistics(db, first_year, last_year, by)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while tens of thousands of rows, tuples and cells are
    made (none refers back to another): its full passes over the whole heap, triggered by
    that many new objects, cost more than the counting (bench/stats.py: by unit over 12
    years, 227 ms with it, 147 ms without, on a loaded machine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _statistics(db: Database, first_year: int, last_year: int, by: GroupBy) -> Statistics:
    forms = Spellings()
    groups = Spellings()
    by_year: dict[int, dict[str, Tally]] = {year: {} for year in range(first_year, last_year + 1)}

    year_rows = store.year_counts(db, first_year, last_year)
    for year, form_text, kind, count in year_rows:
        form = forms(form_text, weight=count)
        year_forms = by_year.setdefault(year, {})
        year_forms[form] = year_forms.get(form, Tally()) + tally_of(kind, count)
    if by == "form":
        # The per-year counts summed over the years: no second query.
        by_form: dict[str, list[int]] = {}
        for _, form_text, kind, count in year_rows:
            by_form.setdefault(form_text, [0, 0])[kind != "collective"] += count
        counts = [("", form, c, p) for form, (c, p) in by_form.items()]
    else:
        counts = store.group_counts(db, first_year, last_year, by)
    labels: dict[str, str] = {}
    if by == "body":
        organisations = OrganisationStore(db)
        labels = {key: proper_name(organisations.get(key)) for key, _, _, _ in counts}
    elif by == "meeting":
        labels = store.names(db, "meetings", {key for key, _, _, _ in counts if key})
    # Sum by the texts as stored first (thousands of rows, a few hundred or thousand
    # distinct texts), then fold and name each distinct text once: the loops over the rows
    # do nothing but look up and add.
    raw = {(key, form_text): (c, p) for key, form_text, c, p in counts}  # one row per pair
    weights: dict[str, int] = {}
    for (key, _), (collectives, people) in raw.items():
        weights[key] = weights.get(key, 0) + collectives + people
    form_keys = {text: forms(text, weight=0) for text in {f for _, f in raw}}  # weighed above
    group_keys: dict[str, str] = {}
    if by == "unit":
        group_keys = {key: groups(key, NO_UNIT, weight) for key, weight in weights.items()}
    elif by == "body":
        group_keys = {key: groups(labels.get(key, ""), weight=w) for key, w in weights.items()}
    elif by == "meeting":
        group_keys = {key: groups(labels.get(key, ""), NO_MEETING, w) for key, w in weights.items()}
    form_names = {text: forms.name(key) for text, key in form_keys.items()}
    group_names = (
        {} if by == "form" else {key: groups.name(group) for key, group in group_keys.items()}
    )
    # group name → form name → [collectives, individuals]
    summed: dict[str, dict[str, list[int]]] = {}
    form_sums: dict[str, list[int]] = {}
    for (key, form_text), (collectives, people) in raw.items():
        form_name = form_names[form_text]
        group_name = form_name if by == "form" else group_names[key]
        cells = summed.get(group_name)
        if cells is None:
            cells = summed[group_name] = {}
        cell = cells.get(form_name)
        if cell is None:
            cells[form_name] = [collectives, people]
        else:
            cell[0] += collectives
            cell[1] += people
        form_cell = form_sums.get(form_name)
        if form_cell is None:
            form_sums[form_name] = [collectives, people]
        else:
            form_cell[0] += collectives
            form_cell[1] += people
    years = {
        year: {forms.name(form): tally for form, tally in year_forms.items()}
        for year, year_forms in by_year.items()
    }
    form_totals = {form: Tally(c, p) for form, (c, p) in form_sums.items()}
    ordered_forms = sorted(form_totals, key=form_order)
    rank = {form: i for i, form in enumerate(ordered_forms)}
    # Groups by their folded name (thousands of units: the full Vietnamese collation key,
    # pure Python, would cost more than the counting), then highest form first.
    ordered_groups = (
        sorted(summed, key=rank.__getitem__)
        if by == "form"
        else sorted(summed, key=lambda name: (_fold(name), name))
    )
    rows = tuple(
        Row(group, form, Tally(*cells[form]))
        for group, cells in ((g, summed[g]) for g in ordered_groups)
        for form in (sorted(cells, key=rank.__getitem__) if len(cells) > 1 else cells)
    )
    return Statistics(
        first_year,
        last_year,
        by,
        rows,
        tuple((form, form_totals[form]) for form in ordered_forms),
        {year: dict(sorted(f.items(), key=lambda i: rank[i[0]])) for year, f in years.items()},
        sum(form_totals.values(), Tally()),
    )
