"""Record versions: the check that makes a save refuse to overwrite a newer record unseen.

Every editable table has a ``version`` column (migration ``0004_record_versions``). A record
read from the database carries it; a save checks it, inside the write transaction (``BEGIN
IMMEDIATE``, so nobody writes between the check and the write), and stores the next one.
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop.storage.errors import NotFoundError, StaleRecordError


def stored_version(db: Database, table: str, record_id: str) -> int:
    """The version of the record on disk; 0 when there is no such record."""
    row = db.execute(f"select version from [{table}] where id = ?", [record_id]).fetchone()
    return int(row[0]) if row else 0


def next_version(db: Database, table: str, record_id: str, expected: int, label: str) -> int:
    """The version a save of ``record_id`` read at ``expected`` stores; call it in the write
    transaction. ``expected`` 0 means "not read from this database": no check.

    Raises:
        NotFoundError: the record is not stored.
        StaleRecordError: the record on disk is newer than ``expected``.
    """
    assert db.conn.in_transaction, "check the version inside the write transaction"
    stored = stored_version(db, table, record_id)
    if not stored:
        raise NotFoundError(f"{label} không còn trong cơ sở dữ liệu")
    if expected and expected != stored:
        raise StaleRecordError(label, expected, stored)
    return stored + 1
