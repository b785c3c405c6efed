"""Award counts for the statistics page, ``vinhdanh stats`` and the year-end table.

The counts per decision (``decision_tallies``), per decision and unit (``award_tallies``) and
per year, form and unit (``unit_year_tallies``) are kept current by triggers (migration
``0006_statistics_indexes``), so a range of years is counted from one row per decision and kind
(the decisions found by ``decisions_date_idx``). By unit, one year is read from
``unit_year_tallies``, a range from the running totals per unit (``unit_running_tallies``,
migration ``0010_unit_running_tallies``) at its last year less those at the year before it.
Decisions in the recycle bin are not counted.

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


GroupCount = tuple[str, str, int, int]
"""(group, award form, collectives, individuals): one row per group and form."""

_COLLECTIVES = "sum(case when {kind} = 'collective' then {n} else 0 end)"
_PEOPLE = "sum(case when {kind} = 'collective' then 0 else {n} end)"


def _pivot(kind: str, n: str) -> str:
    """The two counts of a group and form: collectives, then individuals."""
    return f"{_COLLECTIVES.format(kind=kind, n=n)}, {_PEOPLE.format(kind=kind, n=n)}"


def group_counts(db: Database, first_year: int, last_year: int, by: str) -> list[GroupCount]:
    """(group, award form, collectives, individuals) over the range, a row per group and
    form with awards; ``by`` is a key of GROUP_COLUMNS."""
    if by == "unit":
        return _unit_counts(db, first_year, last_year)
    start, end = _bounds(first_year, last_year)
    rows = db.execute(
        f"""
        select {GROUP_COLUMNS[by]} as grp, d.award_form, {_pivot("t.kind", "t.n")}
        from decisions d join decision_tallies t on t.decision_id = d.id
        where d.date >= ? and d.date < ? and d.deleted_at is null
        group by grp, d.award_form
        """,
        [start, end],
    ).fetchall()
    return [tuple(row) for row in rows]


RUNNING_YEARS = (1945, 2100)
"""The years ``unit_running_tallies`` keeps (migration ``0010_unit_running_tallies``)."""


def _unit_counts(db: Database, first_year: int, last_year: int) -> list[GroupCount]:
    """By unit: one year is read as it is; a range as the running totals at its last year
    less those at the year before it (``unit_running_tallies``): two slices of one year each,
    about as many rows as there are units, however many years the range spans."""
    if first_year == last_year or not (
        RUNNING_YEARS[0] <= first_year and last_year <= RUNNING_YEARS[1]
    ):
        sql = f"""
            select unit_key, award_form, {_pivot("kind", "n")}
            from unit_year_tallies not indexed
            where year between ? and ?
            group by unit_key, award_form
        """
        return [tuple(row) for row in db.execute(sql, [first_year, last_year]).fetchall()]
    span = db.execute("select min(year), max(year) from unit_running_tallies").fetchone()
    if not span or span[0] is None:
        return []
    last = min(last_year, span[1])
    if last < first_year:
        return []
    if first_year <= span[0]:
        sql = """
            select unit_key, award_form, collectives, people
            from unit_running_tallies indexed by unit_running_tallies_year_idx
            where year = ?
        """
        rows = db.execute(sql, [last]).fetchall()
    else:
        sql = """
            select t.unit_key, t.award_form, t.collectives - coalesce(b.collectives, 0),
                   t.people - coalesce(b.people, 0)
            from unit_running_tallies t indexed by unit_running_tallies_year_idx
            left join unit_running_tallies b on b.unit_key = t.unit_key
                and b.award_form = t.award_form and b.year = ?
            where t.year = ?
        """
        rows = db.execute(sql, [first_year - 1, last]).fetchall()
    return [tuple(row) for row in rows if row[2] or row[3]]


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
