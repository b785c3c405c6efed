"""Award counts for the statistics page, ``vinhdanh stats`` and the year-end table.

The counts per decision (``decision_tallies``), per decision and unit (``award_tallies``) and
per year, form and unit (``unit_year_tallies``) are kept current by triggers (migration
``0006_statistics_indexes``), so a range of years is counted from one row per decision and kind
(the decisions found by ``decisions_date_idx``), or per unit, form and year. By unit, the
totals over all years (``unit_tallies``, migration ``0009_unit_tallies``) less the years
outside the range are read when fewer years lie outside it. Decisions in the recycle bin are
not counted.

The award year is the year of the decision's date (the day the award was conferred).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class DecisionCount:
    """How many awards of one kind one decision gives."""

    decision_id: str
    year: int
    award_form: str
    organisation_id: str
    meeting_id: str
    kind: str
    """"person" or "collective"."""
    count: int


GROUP_COLUMNS = {
    "form": "''",
    "body": "d.organisation_id",
    "meeting": "coalesce(d.meeting_id, '')",
    "unit": "",  # unit_year_tallies
}
"""What a count is grouped by, besides the form and kind: an organisation id, a meeting id, the
unit (as stored) or nothing."""


def _bounds(first_year: int, last_year: int) -> tuple[str, str]:
    return f"{first_year:04d}-01-01", f"{last_year + 1:04d}-01-01"


def decision_counts(db: Database, first_year: int, last_year: int) -> list[DecisionCount]:
    """Awards per decision and kind for decisions dated from ``first_year`` to ``last_year``."""
    start, end = _bounds(first_year, last_year)
    rows = db.execute(
        """
        select d.id, cast(substr(d.date, 1, 4) as integer), d.award_form, d.organisation_id,
               coalesce(d.meeting_id, ''), t.kind, t.n
        from decisions d join decision_tallies t on t.decision_id = d.id
        where d.date >= ? and d.date < ? and d.deleted_at is null
        """,
        [start, end],
    ).fetchall()
    return [DecisionCount(*row) for row in rows]


def year_counts(db: Database, first_year: int, last_year: int) -> list[tuple[int, str, str, int]]:
    """(year, award form, kind, count) for decisions dated in the range."""
    start, end = _bounds(first_year, last_year)
    rows = db.execute(
        """
        select cast(substr(d.date, 1, 4) as integer) as year, d.award_form, t.kind, sum(t.n)
        from decisions d join decision_tallies t on t.decision_id = d.id
        where d.date >= ? and d.date < ? and d.deleted_at is null
        group by year, d.award_form, t.kind
        """,
        [start, end],
    ).fetchall()
    return [tuple(row) for row in rows]


def group_counts(
    db: Database, first_year: int, last_year: int, by: str
) -> list[tuple[str, str, str, int]]:
    """(group, award form, kind, count) over the range; ``by`` is a key of GROUP_COLUMNS."""
    if by == "unit":
        return _unit_counts(db, first_year, last_year)
    start, end = _bounds(first_year, last_year)
    rows = db.execute(
        f"""
        select {GROUP_COLUMNS[by]} as grp, d.award_form, t.kind, sum(t.n)
        from decisions d join decision_tallies t on t.decision_id = d.id
        where d.date >= ? and d.date < ? and d.deleted_at is null
        group by grp, d.award_form, t.kind
        """,
        [start, end],
    ).fetchall()
    return [tuple(row) for row in rows]


def _unit_counts(db: Database, first_year: int, last_year: int) -> list[tuple[str, str, str, int]]:
    """By unit: the years in the range summed, or, when fewer years lie outside it, the
    totals over all years (``unit_tallies``) less those years: one year or all of them read
    about as many rows as there are units, not one per unit and year."""
    span = db.execute("select min(year), max(year) from unit_year_tallies").fetchone()
    if not span or span[0] is None:
        return []
    low, high = max(first_year, span[0]), min(last_year, span[1])
    if low > high:
        return []
    inside = high - low + 1
    outside = (span[1] - span[0] + 1) - inside
    if inside <= outside:
        sql = """
            select unit_key, award_form, kind, sum(n) from unit_year_tallies not indexed
            where year between ? and ?
            group by unit_key, award_form, kind
        """
        rows = db.execute(sql, [low, high]).fetchall()
    elif outside == 0:
        rows = db.execute("select unit_key, award_form, kind, n from unit_tallies").fetchall()
    else:
        sql = """
            select t.unit_key, t.award_form, t.kind, t.n - coalesce((
                select sum(y.n) from unit_year_tallies y
                where y.unit_key = t.unit_key and y.award_form = t.award_form
                and y.kind = t.kind and (y.year < ? or y.year > ?)), 0) as n
            from unit_tallies t
        """
        rows = [row for row in db.execute(sql, [low, high]).fetchall() if row[3]]
    return [tuple(row) for row in rows]


def year_span(db: Database) -> tuple[int, int] | None:
    """The first and last year with a decision (outside the recycle bin), or None."""
    row = db.execute(
        "select min(date), max(date) from decisions where deleted_at is null"
    ).fetchone()
    if not row or not row[0]:
        return None
    return int(row[0][:4]), int(row[1][:4])


def names(db: Database, table: str, ids: set[str]) -> dict[str, str]:
    """Display names of organisations (``full_name`` or name) or meetings (title) by id."""
    if not ids:
        return {}
    column = {"organisations": "coalesce(nullif(full_name, ''), name)", "meetings": "title"}[table]
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"select id, {column} from [{table}] where id in ({marks})", list(ids))
    return {row[0]: row[1] for row in rows}


def decision_numbers(db: Database, ids: set[str]) -> dict[str, tuple[str, str]]:
    """(number, ISO date) of the decisions ``ids``."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"select id, number, date from decisions where id in ({marks})", list(ids))
    return {row[0]: (row[1], row[2]) for row in rows}
