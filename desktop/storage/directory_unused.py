"""People and collectives nothing uses any more: names typed in an editor and then changed.

A recipient's row is linked to the directory when it is saved; the autosave runs while the
clerk types, so "Nguyễn Văn" becomes a person a moment before "Nguyễn Văn An" does. Such a
record has no award, and nothing else points at it. It is removed in the save that unlinked it
(``DecisionStore.save``, same transaction), and the ones left by earlier versions are listed
(``unused``) and removed when the user asks (the directory page).

Never removed: a record with any award (of any decision, in the recycle bin or not), a record
in the recycle bin (deleted or merged: the user decides there), a record named in the merge
log (an undo of a merge needs it). Attendees of a meeting are not linked to the directory.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from sqlite_utils import Database

QUERY_CHUNK: Final = 500

_TABLES: Final = {"person": ("people", "person_id"), "collective": ("collectives", "collective_id")}

_UNUSED: Final = """
    {table}.deleted_at IS NULL AND {table}.merged_into IS NULL
    AND NOT EXISTS (SELECT 1 FROM awards WHERE awards.{column} = {table}.id)
    AND NOT EXISTS (
        SELECT 1 FROM directory_merges
        WHERE directory_merges.kept_id = {table}.id OR directory_merges.merged_id = {table}.id
    )
"""


def _condition(kind: str) -> str:
    table, column = _TABLES[kind]
    return _UNUSED.format(table=table, column=column)


def unused(db: Database, kind: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Id, name (and unit) of the ``kind`` ("person"/"collective") records nothing uses, by
    name (the first ``limit`` of them)."""
    table = _TABLES[kind][0]
    select = "id, name, unit" if kind == "person" else "id, name"
    rows = db.table(table).rows_where(
        _condition(kind), select=select, order_by="name_key", limit=limit
    )
    return [dict(row) for row in rows]


def count_unused(db: Database, kind: str) -> int:
    """How many ``kind`` records nothing uses."""
    table = _TABLES[kind][0]
    return int(db.execute(f"SELECT count(*) FROM {table} WHERE {_condition(kind)}").fetchone()[0])


def remove_unused(db: Database, kind: str, ids: Iterable[str] | None = None) -> int:
    """Delete the ``kind`` records among ``ids`` (None: all) that nothing uses; how many.

    A record that gained a use meanwhile (an award saved elsewhere) is kept: the condition is
    checked in the delete itself. Call inside the caller's transaction to make it one write.
    """
    table = _TABLES[kind][0]
    removed = 0
    with db.atomic():
        if ids is None:
            removed += db.execute(f"DELETE FROM {table} WHERE {_condition(kind)}").rowcount
        else:
            wanted = sorted({i for i in ids if i})
            for start in range(0, len(wanted), QUERY_CHUNK):
                chunk = wanted[start : start + QUERY_CHUNK]
                marks = ", ".join("?" for _ in chunk)
                sql = f"DELETE FROM {table} WHERE id IN ({marks}) AND {_condition(kind)}"
                removed += db.execute(sql, chunk).rowcount
    return removed


def existing(db: Database, kind: str, ids: Iterable[str]) -> set[str]:
    """The ids among ``ids`` that are stored (in the recycle bin or not)."""
    table = _TABLES[kind][0]
    wanted = sorted({i for i in ids if i})
    found: set[str] = set()
    for start in range(0, len(wanted), QUERY_CHUNK):
        chunk = wanted[start : start + QUERY_CHUNK]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            row[0] for row in db.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
        )
    return found
