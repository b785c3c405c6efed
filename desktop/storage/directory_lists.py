"""Reading the directory in bulk: pages of a list that may hold 400,000 people, name
completions as a user types, and what the duplicate scan needs.

A page or a completion costs a bounded query, whatever the size of the directory: pages are
read in the index's order after the last row shown (keyset, never OFFSET), and a filter or a
typed name goes through the FTS5 index over the folded text (``storage.search``; FTS5 never
folds đ by itself, so the query is folded the same way as the index).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlite_utils import Database

from desktop.domain.matching import PersonFacts
from desktop.domain.records import Collective, Person, RecipientKind
from desktop.domain.text import fold
from desktop.storage.search import fts_query

QUERY_CHUNK = 500
"""Ids looked up per query (SQLite allows 32,766 parameters; this keeps statements small)."""

_AWARDS = "(select count(*) from awards a where a.{column} = t.id)"
"""Awards of the row's recipient: an index-only count (those of decisions in the recycle bin
are taken off afterwards, ``_binned_awards``)."""
_TABLES: tuple[tuple[RecipientKind, str, str, str], ...] = (
    # kind, table, columns shown, award column (collectives first, as the directory lists them)
    ("collective", "collectives", "t.id, t.name, '', ''", "collective_id"),
    ("person", "people", "t.id, t.name, t.title, t.unit", "person_id"),
)
SORTED_MATCHES = 2000
"""A filter matching at most this many rows of a kind lists them in Vietnamese order; one
matching more ("nguyen" in 400,000 people) lists them newest first, which FTS5 answers a page
at a time (sorting 100,000 matches for each page would cost a quarter of a second)."""
_NEWEST = 1 << 62


class Listed(NamedTuple):
    """One person or collective as a list shows it."""

    kind: RecipientKind
    id: str
    name: str
    title: str
    unit: str
    awards: int


class Cursor(NamedTuple):
    """Where a page ended: the kind's place in the list, the sort key and rowid of its last
    row, and whether that kind is listed newest first. The next page starts right after it."""

    table: int
    key: str
    rowid: int
    newest_first: bool = False


def page(
    db: Database, text: str = "", after: Cursor | None = None, limit: int = 200
) -> tuple[list[Listed], Cursor | None]:
    """Up to ``limit`` rows of the directory after ``after`` (collectives, then people, each
    in Vietnamese order), those matching every word of ``text`` (name, title or unit, any
    accents) when given; and the cursor of the next page (None: nothing more).

    Each page is one indexed range read per kind: the 1,000th page costs what the first does.
    A filter matching more than ``SORTED_MATCHES`` rows of a kind lists that kind newest first.
    """
    query = fts_query(text)
    if text.strip() and not query:
        return [], None
    start = after or Cursor(0, "", 0)
    rows: list[Listed] = []
    binned = _binned_awards(db)
    for number in range(start.table, len(_TABLES)):
        kind, table, columns, award_column = _TABLES[number]
        if number == start.table and after is not None:
            cursor = start
        else:
            cursor = Cursor(number, "", 0, bool(query) and _many(db, table, query))
            if cursor.newest_first:
                cursor = cursor._replace(rowid=_NEWEST)
        if cursor.newest_first:
            sql = f"""
                select t.rowid, t.name_key, {columns}, {_AWARDS.format(column=award_column)}
                from {table}_fts f join [{table}] t on t.rowid = f.rowid
                where {table}_fts match :query and t.deleted_at is null and f.rowid < :rowid
                order by f.rowid desc limit :limit
            """
        else:
            match = (
                f"and t.rowid in (select rowid from {table}_fts where {table}_fts match :query)"
                if query
                else ""
            )
            sql = f"""
                select t.rowid, t.name_key, {columns}, {_AWARDS.format(column=award_column)}
                from [{table}] t
                where t.deleted_at is null and t.name_key >= :key
                  and (t.name_key > :key or t.rowid > :rowid) {match}
                order by t.name_key, t.rowid limit :limit
            """
        parameters = {"key": cursor.key, "rowid": cursor.rowid, "query": query}
        found = db.execute(sql, {**parameters, "limit": limit - len(rows)}).fetchall()
        rows += [
            Listed(kind, r[2], r[3], r[4] or "", r[5] or "", int(r[6]) - binned.get(r[2], 0))
            for r in found
        ]
        if len(rows) >= limit:
            last = found[-1]
            return rows, cursor._replace(key=str(last[1]), rowid=int(last[0]))
    return rows, None


def _many(db: Database, table: str, query: str) -> bool:
    """True when ``query`` matches more than ``SORTED_MATCHES`` rows of ``table`` (FTS5 stops
    counting there)."""
    sql = f"""select count(*) from (select rowid from {table}_fts where {table}_fts match ?
              order by rowid desc limit {SORTED_MATCHES + 1})"""
    return int(db.execute(sql, [query]).fetchone()[0]) > SORTED_MATCHES


def _binned_awards(db: Database, ids: Sequence[str] | None = None) -> dict[str, int]:
    """How many awards of each recipient (of ``ids``: a few, else all) are in decisions in
    the recycle bin. For all: one scan of the decisions, then only the binned ones' awards
    are read (usually none)."""
    if ids is None:
        sql = """
            select coalesce(a.person_id, a.collective_id), count(*) from awards a
            where a.decision_id in (select id from decisions where deleted_at is not null)
            group by 1
        """
        return {str(r[0]): int(r[1]) for r in db.execute(sql) if r[0]}
    marks = ", ".join("?" for _ in ids)
    sql = f"""
        select coalesce(a.person_id, a.collective_id), count(*)
        from awards a join decisions d on d.id = a.decision_id
        where (a.person_id in ({marks}) or a.collective_id in ({marks}))
          and d.deleted_at is not null group by 1
    """
    return {str(r[0]): int(r[1]) for r in db.execute(sql, [*ids, *ids]) if r[0]}


def complete(db: Database, text: str, limit: int = 12) -> list[Listed]:
    """The people and collectives a name being typed may be: every typed word is the start
    of a word of the name (or, when fewer than ``limit`` names match, of the title or unit),
    accents and case ignored ("duc", "đức" and "Đức" find "Nguyễn Văn Đức").

    At most ``limit`` rows, names matching first, people before collectives, each in
    Vietnamese order; the newest
    records are offered when more match (FTS5 stops at the limit in rowid order).
    """
    query = fts_query(text)
    if not query:
        return []
    found: list[tuple[int, str, Listed]] = []
    for target in (f"search_name : ({query})", query):
        group: list[tuple[int, str, Listed]] = []
        for rank, (kind, table, columns, award_column) in enumerate(reversed(_TABLES)):
            if len(found) + len(group) >= limit:
                break
            seen = [row.id for _, _, row in found + group]
            marks = ", ".join(f":id{n}" for n in range(len(seen)))
            exclude = f"and t.id not in ({marks})" if seen else ""
            sql = f"""
                select t.name_key, {columns}, {_AWARDS.format(column=award_column)}
                from {table}_fts f join [{table}] t on t.rowid = f.rowid
                where {table}_fts match :query and t.deleted_at is null {exclude}
                order by f.rowid desc limit :limit
            """
            parameters: dict[str, str | int] = {f"id{n}": i for n, i in enumerate(seen)}
            parameters |= {"query": target, "limit": limit - len(found) - len(group)}
            group += [
                (rank, str(r[0]), Listed(kind, r[1], r[2], r[3] or "", r[4] or "", int(r[5])))
                for r in db.execute(sql, parameters)
            ]
        found += sorted(group, key=lambda ranked: ranked[:2])
    binned = _binned_awards(db, [row.id for _, _, row in found])
    return [row._replace(awards=row.awards - binned.get(row.id, 0)) for _, _, row in found]


# -- every row (small directories, the command line, the duplicate scan) ------------------------


def all_people(db: Database) -> list[Person]:
    """Every person not in the recycle bin, by given name (tên, đệm, họ)."""
    return [
        Person(
            id=r["id"],
            name=r["name"],
            title=r["title"] or "",
            unit=r["unit"] or "",
            birth_year=r["birth_year"],
        )
        for r in db.table("people").rows_where(
            "deleted_at is null",
            select="id, name, title, unit, birth_year",
            order_by="name_key",
        )
    ]


def all_collectives(db: Database) -> list[Collective]:
    """Every collective not in the recycle bin, in Vietnamese order."""
    return [
        Collective(id=r["id"], name=r["name"])
        for r in db.table("collectives").rows_where(
            "deleted_at is null", select="id, name", order_by="name_key"
        )
    ]


def award_counts(db: Database) -> dict[str, int]:
    """How many awards (in decisions not deleted) each person or collective has received."""
    sql = """
        select coalesce(a.person_id, a.collective_id), count(*)
        from awards a join decisions d on d.id = a.decision_id
        where d.deleted_at is null
        group by coalesce(a.person_id, a.collective_id)
    """
    return {str(row[0]): int(row[1]) for row in db.execute(sql) if row[0]}


def person_facts(db: Database) -> list[PersonFacts]:
    """What the duplicate rule needs of every person not deleted, in the order they were
    added (each distinct unit folded once)."""
    units: dict[str, str] = {}
    facts: list[PersonFacts] = []
    sql = (
        "select id, name_fold, unit, birth_year from people where deleted_at is null order by rowid"
    )
    for person_id, name_fold, unit, year in db.execute(sql):
        unit_fold = units.get(unit)
        if unit_fold is None:
            unit_fold = units[unit] = fold(unit)
        facts.append(PersonFacts(person_id, name_fold, unit_fold, year))
    return facts


def people_with_award_counts(db: Database, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Id, name, title, unit and number of awards of these people (any order)."""
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), QUERY_CHUNK):
        chunk = list(ids[start : start + QUERY_CHUNK])
        marks = ", ".join("?" for _ in chunk)
        sql = f"""
            select t.id, t.name, t.title, t.unit,
                   (select count(*) from awards a join decisions d on d.id = a.decision_id
                    where a.person_id = t.id and d.deleted_at is null) as awards
            from people t where t.id in ({marks})
        """
        cursor = db.execute(sql, chunk)
        columns = [c[0] for c in cursor.description]
        found += [dict(zip(columns, row, strict=True)) for row in cursor]
    return found


def collective_facts(db: Database) -> list[tuple[str, str]]:
    """(id, folded name) of every collective not deleted, in the order they were added."""
    sql = "select id, name_fold from collectives where deleted_at is null order by rowid"
    return [(str(row[0]), str(row[1] or "")) for row in db.execute(sql)]


def collectives_with_award_counts(db: Database, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Id, name and number of awards of these collectives (any order)."""
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), QUERY_CHUNK):
        chunk = list(ids[start : start + QUERY_CHUNK])
        marks = ", ".join("?" for _ in chunk)
        sql = f"""
            select c.id, c.name,
                   (select count(*) from awards a join decisions d on d.id = a.decision_id
                    where a.collective_id = c.id and d.deleted_at is null) as awards
            from collectives c where c.id in ({marks})
        """
        found += [
            {"id": row[0], "name": row[1], "awards": row[2]} for row in db.execute(sql, chunk)
        ]
    return found


def birth_years(db: Database, ids: Sequence[str]) -> dict[str, int]:
    """The known birth years of these people, by id (a package carries them)."""
    found: dict[str, int] = {}
    for start in range(0, len(ids), QUERY_CHUNK):
        chunk = list(ids[start : start + QUERY_CHUNK])
        marks = ", ".join("?" for _ in chunk)
        sql = f"select id, birth_year from people where id in ({marks})"
        found.update({r[0]: r[1] for r in db.execute(sql, chunk) if r[1] is not None})
    return found
