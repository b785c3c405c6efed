"""Merging two directory records into one (one person, one record) and undoing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlite_utils import Database

from desktop.domain.errors import InvalidInput
from desktop.domain.records import RecipientKind, new_id
from desktop.storage.errors import NotFoundError
from desktop.storage.rows import from_json, now, to_json

if TYPE_CHECKING:
    from desktop.storage.directory import DirectoryStore

QUERY_CHUNK = 500
"""Award ids updated per statement."""


def merge(store: DirectoryStore, kind: RecipientKind, kept_id: str, merged_id: str) -> list[str]:
    """Move every award of ``merged_id`` to ``kept_id`` and put ``merged_id`` in the
    recycle bin, marked as merged; one transaction. Returns the ids of the awards moved.

    The kept person gets the merged one's title, unit and birth year where it has none.
    The decisions whose awards moved get a new version (an editor holding the old list
    merges, it never writes the old recipient back).
    """
    table = store.people if kind == "person" else store.collectives
    column = "person_id" if kind == "person" else "collective_id"
    what = "người" if kind == "person" else "tập thể"
    with store.db.atomic():
        kept = store.stored_row(table, kept_id, what)
        merged = store.stored_row(table, merged_id, what)
        for row, record_id in ((kept, kept_id), (merged, merged_id)):
            if row["deleted_at"] is not None:
                raise NotFoundError(f"{row['name']} (mã {record_id}) đang ở thùng rác")
        if kept_id == merged_id:
            raise InvalidInput(f"Không thể gộp {kept['name']} với chính nó")
        awards = [
            (str(r[0]), str(r[1]))
            for r in store.db.execute(
                f"select id, decision_id from awards where {column} = ?", [merged_id]
            )
        ]
        award_ids = [a for a, _ in awards]
        store.db.execute(f"update awards set {column} = ? where {column} = ?", [kept_id, merged_id])
        stamp = now()
        _touch_decisions(store.db, {d for _, d in awards}, stamp)
        if kind == "person":
            fill = {
                key: merged[key]
                for key in ("title", "unit", "birth_year")
                if not kept[key] and merged[key]
            }
            if fill:
                person = store.get_person(kept_id)
                for key, value in fill.items():
                    setattr(person, key, value)
                store.update_person(person)
        table.update(merged_id, {"deleted_at": stamp, "updated_at": stamp, "merged_into": kept_id})
        store.db.table("directory_merges").insert(
            {
                "id": new_id(),
                "kind": kind,
                "kept_id": kept_id,
                "merged_id": merged_id,
                "award_ids": to_json(award_ids),
                "merged_at": stamp,
            }
        )
    return award_ids


def unmerge(db: Database, kind: RecipientKind, merged_id: str) -> None:
    """Move the awards a merge took from ``merged_id`` back to it (inside a transaction)."""
    column = "person_id" if kind == "person" else "collective_id"
    log = list(
        db.table("directory_merges").rows_where(
            "merged_id = ?", [merged_id], order_by="merged_at desc"
        )
    )
    if not log:
        return
    entry = log[0]
    award_ids = [str(a) for a in from_json(entry["award_ids"], [])]
    # The kept record may have been merged on in turn: its awards are where it went.
    holders = [entry["kept_id"]]
    table = "people" if kind == "person" else "collectives"
    while len(holders) <= 100:
        row = db.execute(
            f"select merged_into from [{table}] where id = ?", [holders[-1]]
        ).fetchone()
        if not row or not row[0] or row[0] in holders:
            break
        holders.append(str(row[0]))
    holder_marks = ", ".join("?" for _ in holders)
    decisions: set[str] = set()
    for start in range(0, len(award_ids), QUERY_CHUNK):
        chunk = award_ids[start : start + QUERY_CHUNK]
        marks = ", ".join("?" for _ in chunk)
        decisions |= {
            str(r[0])
            for r in db.execute(f"select decision_id from awards where id in ({marks})", chunk)
        }
        db.execute(
            f"update awards set {column} = ? "
            f"where id in ({marks}) and {column} in ({holder_marks})",
            [merged_id, *chunk, *holders],
        )
    _touch_decisions(db, decisions, now())
    db.table("directory_merges").delete(entry["id"])


def _touch_decisions(db: Database, decision_ids: set[str], stamp: str) -> None:
    # The version trigger of 0004_record_versions raises each decision's version.
    for decision_id in sorted(decision_ids):
        db.table("decisions").update(decision_id, {"updated_at": stamp})


def merged_into(db: Database, kind: RecipientKind, record_id: str) -> str:
    """Name of the record ``record_id`` was merged into, or "" when it was not merged."""
    table = "people" if kind == "person" else "collectives"
    row = db.execute(
        f"select k.name from [{table}] m join [{table}] k on k.id = m.merged_into where m.id = ?",
        [record_id],
    ).fetchone()
    return str(row[0]) if row else ""
