"""Use case: add the recipients of an Excel/CSV list to a decision, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.domain.clean import clean
from desktop.exchange.recipients_import import (
    describe_mapping,
    guess_mapping,
    read_awards,
    read_list,
)
from desktop.services.decisions import with_suggested_salutation
from desktop.storage.database import require_sound
from desktop.storage.decisions import DecisionStore


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: to which decision, how many awards, how the columns were read."""

    decision_number: str
    added: int
    total: int
    columns: str
    skipped: list[str] = field(default_factory=list)
    """Rows and sheets passed over, one line each: hidden sheets and rows, total rows, the
    signature block ("Dòng 31: dòng tổng cộng “Tổng cộng: 30 cá nhân”")."""


def import_recipients(
    db: Database, path: str | Path, decision_key: str, *, replace: bool = False
) -> ImportResult:
    """Append (or with ``replace``, substitute) the list at ``path`` to a decision's awards.

    Raises:
        RecipientImportError: the file is unreadable or a row is wrong; nothing was changed.
        NotFoundError, AmbiguousError: ``decision_key`` names no single decision.
    """
    require_sound(db)
    store = DecisionStore(db)
    store.find(decision_key)  # a wrong key is told before the file is read
    listed = read_list(path)
    rows = listed.rows
    mapping = guess_mapping(rows)
    skipped = list(listed.skipped)
    awards = read_awards(path, mapping, rows, skipped)
    with db.atomic():  # read and write at one version: a window saving meanwhile waits
        decision = store.find(decision_key)
        awards = [with_suggested_salutation(clean(a), decision.issuer.style) for a in awards]
        decision.awards = awards if replace else [*decision.awards, *awards]
        store.save(decision)
    return ImportResult(
        decision_number=decision.number,
        added=len(awards),
        total=len(decision.awards),
        columns=describe_mapping(mapping, rows),
        skipped=skipped,
    )
