"""Store of organisations (cơ quan ban hành / tổ chức hội nghị)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from desktop.domain.records import Organisation, Signer, new_id
from desktop.domain.text import fold
from desktop.storage.errors import NotFoundError
from desktop.storage.rows import from_json, now, to_json
from desktop.storage.versions import next_version


class OrganisationStore:
    """Reads and writes organisations; an organisation is known by its name and parent."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.table = db.table("organisations")

    def get(self, organisation_id: str) -> Organisation:
        """The organisation with this id."""
        rows = list(self.table.rows_where("id = ?", [organisation_id]))
        if not rows:
            raise NotFoundError(f"Không có cơ quan mã {organisation_id}")
        return self.from_row(rows[0])

    def all(self) -> list[Organisation]:
        """Every organisation not in the recycle bin, by name."""
        return [
            self.from_row(r) for r in self.table.rows_where("deleted_at is null", order_by="name")
        ]

    def match(self, org: Organisation) -> str:
        """Id of the stored organisation with the same name and parent (folded), or ""."""
        key = (fold(org.name), fold(org.parent))
        for row in self.table.rows_where("deleted_at is null", select="id, name, parent"):
            if (fold(row["name"]), fold(row["parent"])) == key:
                return str(row["id"])
        return ""

    def match_or_add(self, org: Organisation) -> str:
        """Id of the matching organisation, adding ``org`` when there is none.

        A match keeps its stored values and only fills what it lacks (place, abbreviation,
        "Căn cứ" lines, default signer), so loading an older package never overwrites edits.
        """
        found = self.match(org)
        if not found:
            return self.add(org)
        stored = self.table.get(found)
        fill = {
            column: value
            for column, value in self.to_row(org).items()
            if column not in ("id", "name", "parent", "style")
            and value not in ("", "[]")
            and stored[column] in ("", "[]", None)
        }
        # The default signer is filled as one: a relation without its name would mislead.
        signer_columns = ("signer_relation", "signer_delegator_title")
        if "signer_name" in fill or "signer_title" in fill:
            fill.update({c: self.to_row(org)[c] for c in signer_columns})
        else:
            for column in signer_columns:
                fill.pop(column, None)
        if fill:
            self.table.update(found, {**fill, "updated_at": now()})
        return found

    def add(self, org: Organisation) -> str:
        """Store a new organisation and return its id."""
        row = self.to_row(org)
        row["id"] = org.id or new_id()
        row["created_at"] = row["updated_at"] = now()
        self.table.insert(row)
        return str(row["id"])

    def update(self, org: Organisation) -> None:
        """Save the edits of a stored organisation.

        Raises:
            StaleRecordError: ``org.version`` is older than the organisation on disk.
        """
        with self.db.atomic():
            version = next_version(
                self.db, "organisations", org.id, org.version, f"Cơ quan “{org.name}”"
            )
            self.table.update(org.id, {**self.to_row(org), "updated_at": now(), "version": version})

    @staticmethod
    def to_row(org: Organisation) -> dict[str, Any]:
        """The table row of ``org`` (without audit columns)."""
        return {
            "id": org.id,
            "name": org.name,
            "parent": org.parent,
            "full_name": org.full_name,
            "head_title": org.head_title,
            "collective_name": org.collective_name,
            "place": org.place,
            "style": org.style,
            "abbreviation": org.abbreviation,
            "signer_title": org.default_signer.title,
            "signer_name": org.default_signer.name,
            "signer_relation": org.default_signer.relation,
            "signer_delegator_title": org.default_signer.delegator_title,
            "legal_bases": to_json(list(org.legal_bases)),
        }

    @staticmethod
    def from_row(row: dict[str, Any]) -> Organisation:
        """The record of a table row."""
        return Organisation(
            id=row["id"],
            name=row["name"],
            parent=row["parent"] or "",
            full_name=row["full_name"] or "",
            head_title=row["head_title"] or "",
            collective_name=row["collective_name"] or "",
            place=row["place"] or "",
            style=row["style"],
            abbreviation=row["abbreviation"] or "",
            default_signer=Signer(
                name=row["signer_name"] or "",
                title=row["signer_title"] or "",
                relation=row["signer_relation"] or "",
                delegator_title=row["signer_delegator_title"] or "",
            ),
            legal_bases=from_json(row["legal_bases"], []),
            version=int(row.get("version") or 0),
        )
