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

_QUERIES = {
    "person": """
        select t.id, t.name as title, trim(t.title || ', ' || t.unit, ', ') as detail
        from people_fts f join people t on t.rowid = f.rowid
        where people_fts match :query and t.deleted_at is null
        order by f.rank limit :limit""",
    "collective": """
        select t.id, t.name as title, 'Tập thể' as detail
        from collectives_fts f join collectives t on t.rowid = f.rowid
        where collectives_fts match :query and t.deleted_at is null
        order by f.rank limit :limit""",
    "meeting": """
        select t.id, t.title, trim(coalesce(substr(t.starts_at, 1, 10), '') || ' ' || t.kind)
            as detail
        from meetings_fts f join meetings t on t.rowid = f.rowid
        where meetings_fts match :query and t.deleted_at is null
        order by f.rank limit :limit""",
    "decision": """
        select t.id, t.number || ' — ' || t.award_form as title, t.date as detail
        from decisions_fts f join decisions t on t.rowid = f.rowid
        where decisions_fts match :query and t.deleted_at is null
        order by f.rank limit :limit""",
}


def fts_query(text: str) -> str:
    """The FTS5 query for what the user typed: every folded word as a prefix, all required.

    Returns "" when nothing searchable was typed.
    """
    return " ".join(f'"{word}"*' for word in _WORD.findall(fold(text)))


def search(db: Database, text: str, limit: int = 20) -> list[SearchHit]:
    """Records matching every word of ``text``, best first within each kind.

    People come first, then collectives, meetings and decisions; at most ``limit`` of each.
    """
    query = fts_query(text)
    if not query:
        return []
    hits: list[SearchHit] = []
    for kind, sql in _QUERIES.items():
        rows: list[Any] = db.execute(sql, {"query": query, "limit": limit}).fetchall()
        hits += [
            SearchHit(kind=kind, id=r[0], title=r[1], detail=r[2] or "")  # type: ignore[arg-type]
            for r in rows
        ]
    return hits
