"""Columns and tables added to the records: versions (0004), reward money (0005), directory
merges (0007)."""

from __future__ import annotations

from sqlite_utils import Database


def record_versions(db: Database) -> None:
    """A version on every editable record, raised by each write (docs/architecture.md).

    A save carries the version it read; a newer one on disk means someone else (a second
    window, the CLI) wrote in between. The triggers raise the version of any update that does
    not set it itself (recycle bin, directory fills), so no writer can change a record unseen.
    Self-contained: it depends on no other migration than ``0001_initial``.
    """
    for table in ("organisations", "meetings", "decisions"):
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
        db.execute(f"""
            CREATE TRIGGER [{table}_version] AFTER UPDATE ON [{table}]
            WHEN new.version = old.version
            BEGIN
                UPDATE [{table}] SET version = old.version + 1 WHERE rowid = new.rowid;
            END
        """)


def reward_money(db: Database) -> None:
    """The optional article on the reward money, stored with its decision: the amount per
    person and per collective (whole đồng, a Decimal as text; "" = none) and the fund.
    Self-contained: it depends on no other migration than ``0001_initial``.
    """
    for column in ("reward_person", "reward_collective", "reward_fund"):
        db.execute(f"ALTER TABLE decisions ADD COLUMN [{column}] TEXT NOT NULL DEFAULT ''")


def directory_merge(db: Database) -> None:
    """One person, one record (issue 13): birth years, merges and their undo.

    ``people.birth_year`` (when known) tells two namesakes apart; ``merged_into`` marks a person
    or collective merged into another (it sits in the recycle bin); ``directory_merges`` keeps
    which awards each merge moved, so restoring the merged record from the recycle bin moves
    exactly those back. Self-contained: it depends on no other migration than ``0001_initial``.
    """
    db.table("people").add_column("birth_year", int)
    for table in ("people", "collectives"):
        db.table(table).add_column("merged_into", str)
    db.table("directory_merges").create(
        {
            "id": str,
            "kind": str,  # person | collective
            "kept_id": str,
            "merged_id": str,
            "award_ids": str,  # JSON list of the awards moved from merged_id to kept_id
            "merged_at": str,
        },
        pk="id",
        not_null={"kind", "kept_id", "merged_id", "award_ids", "merged_at"},
    )
    db.table("directory_merges").create_index(["merged_id"])
