"""Search across people, collectives, meetings and decisions, as a search box does.

Every table has a ``search_text`` column holding its text folded by ``domain.text.fold``
(lower case, no diacritics, đ → d), indexed by FTS5. The query is folded the same way and every
typed word becomes a prefix term, so "dang thi", "ng v an" and "an nguy" all work and no input
can be an FTS5 syntax error (see docs/pitfalls.md: FTS5 never folds đ by itself).
"""

from __future__ import annotations

import re
from typing import Any

from sqlite_utils import Database

from desktop.domain.records import SearchHit
from desktop.domain.text import fold

_WORD = re.compile(r"[0-9a-z]+")

# One query per kind; {where} is filled with the FTS match. Rows come newest first
# (rowid order lets FTS5 stop at the limit instead of ranking every match: bench/search.py).
_QUERIES = {
    "person": """
        select t.id, t.name, trim(t.title || ', ' || t.unit, ', ')
        from people_fts f join people t on t.rowid = f.rowid
        where people_fts match :query and t.deleted_at is null {exclude}
        order by f.rowid desc limit :limit""",
    "collective": """
        select t.id, t.name, 'Tập thể'
        from collectives_fts f join collectives t on t.rowid = f.rowid
        where collectives_fts match :query and t.deleted_at is null {exclude}
        order by f.rowid desc limit :limit""",
    "meeting": """
        select t.id, t.title, trim(coalesce(substr(t.starts_at, 1, 10), '') || ' ' || t.kind)
        from meetings_fts f join meetings t on t.rowid = f.rowid
        where meetings_fts match :query and t.deleted_at is null {exclude}
        order by f.rowid desc limit :limit""",
    "decision": """
        select t.id, t.number || ' — ' || t.award_form, t.date
        from decisions_fts f join decisions t on t.rowid = f.rowid
        where decisions_fts match :query and t.deleted_at is null {exclude}
        order by f.rowid desc limit :limit""",
}


def search_columns(name: str, *details: str) -> dict[str, str]:
    """The ``search_name`` and ``search_text`` values of a record, folded for the index."""
    return {
        "search_name": fold(name),
        "search_text": " ".join(fold(d) for d in details if d),
    }


def fts_query(text: str) -> str:
    """The FTS5 query for what the user typed: every folded word as a prefix, all required.

    Returns "" when nothing searchable was typed.
    """
    return " ".join(f'"{word}"*' for word in _WORD.findall(fold(text)))


def search(db: Database, text: str, limit: int = 20) -> list[SearchHit]:
    """Records matching every word of ``text``: people, collectives, meetings, decisions.

    Within each kind, records whose name matches every word come first, then records that
    match through their other text (title, unit, minutes, reason); at most ``limit`` each.
    """
    query = fts_query(text)
    if not query:
        return []
    hits: list[SearchHit] = []
    for kind, sql in _QUERIES.items():
        found: list[Any] = db.execute(
            sql.format(exclude=""), {"query": f"search_name : ({query})", "limit": limit}
        ).fetchall()
        if len(found) < limit:
            ids = [row[0] for row in found]
            marks = ", ".join(f":id{n}" for n in range(len(ids)))
            exclude = f"and t.id not in ({marks})" if ids else ""
            found += db.execute(
                sql.format(exclude=exclude),
                {
                    "query": query,
                    "limit": limit - len(found),
                    **{f"id{n}": i for n, i in enumerate(ids)},
                },
            ).fetchall()
        hits += [
            SearchHit(kind=kind, id=r[0], title=r[1], detail=r[2] or "")  # type: ignore[arg-type]
            for r in found
        ]
    return hits
