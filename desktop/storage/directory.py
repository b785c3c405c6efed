"""The directory of recipients: people (cá nhân) and collectives (tập thể), with history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.domain.records import Collective, Person, new_id
from desktop.domain.text import collation_key, fold, name_key
from desktop.storage.errors import NotFoundError
from desktop.storage.rows import now
from desktop.storage.search import search_columns

QUERY_CHUNK = 500
"""Names looked up per query (SQLite allows 32,766 parameters; this keeps statements small)."""


@dataclass(frozen=True, slots=True)
class AwardHistoryEntry:
    """One award a recipient received: which decision, when, what form."""

    decision_id: str
    number: str
    date: str
    award_form: str
    title: str
    unit: str


class DirectoryStore:
    """Reads and writes people and collectives; matches incoming names to stored ones."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.people = db.table("people")
        self.collectives = db.table("collectives")

    # -- people -------------------------------------------------------------------------------

    def match_person(self, name: str, unit: str = "") -> str:
        """Id of the stored person with this name (folded) in this unit, or "".

        With no unit given, a name that only one stored person has is a match; two people of
        the same name in different units are different people.
        """
        rows = list(
            self.people.rows_where(
                "name_fold = ? and deleted_at is null", [fold(name)], select="id, unit"
            )
        )
        if unit:
            same_unit = [r for r in rows if fold(r["unit"]) == fold(unit)]
            return str(same_unit[0]["id"]) if same_unit else ""
        return str(rows[0]["id"]) if len(rows) == 1 else ""

    def match_or_add_person(self, person: Person) -> str:
        """Id of the matching person, adding ``person`` to the directory when there is none."""
        return self.match_or_add_people([person])[0]

    def match_or_add_people(self, people: Sequence[Person]) -> list[str]:
        """Ids of ``people`` in order: stored ones matched, the others added in one insert.

        Matching follows ``match_person``; a stored match without a title gets the incoming one.
        The same new person twice in ``people`` is added once. A list of thousands (an
        imported Excel sheet) costs a few queries, not a few per person.
        """
        stored: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows_by_fold(
            self.people, {fold(p.name) for p in people}, "id, name_fold, unit, title"
        ):
            stored[row["name_fold"]].append(row)
        ids: list[str] = []
        added: list[dict[str, Any]] = []
        titled: dict[str, str] = {}
        stamp = now()
        for person in people:
            candidates = stored[fold(person.name)]
            if person.unit:
                same = [r for r in candidates if fold(r["unit"]) == fold(person.unit)]
                found = same[0] if same else None
            else:
                found = candidates[0] if len(candidates) == 1 else None
            if found is None:
                found = {
                    "id": person.id or new_id(),
                    "name": person.name,
                    "title": person.title,
                    "unit": person.unit,
                    **self._person_keys(person),
                    "created_at": stamp,
                    "updated_at": stamp,
                }
                added.append(found)
                candidates.append(found)
            elif person.title and not found["title"]:
                found["title"] = titled[found["id"]] = person.title
            ids.append(str(found["id"]))
        self.people.insert_all(added)
        for person_id, title in titled.items():
            if not any(row["id"] == person_id for row in added):
                self.people.update(person_id, {"title": title, "updated_at": stamp})
        return ids

    def _rows_by_fold(self, table: Any, folds: set[str], select: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        wanted = sorted(folds)
        for start in range(0, len(wanted), QUERY_CHUNK):
            chunk = wanted[start : start + QUERY_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows += table.rows_where(
                f"name_fold in ({marks}) and deleted_at is null", chunk, select=select
            )
        return rows

    def add_person(self, person: Person) -> str:
        """Store a new person and return the id."""
        person_id = person.id or new_id()
        stamp = now()
        self.people.insert(
            {
                "id": person_id,
                "name": person.name,
                "title": person.title,
                "unit": person.unit,
                **self._person_keys(person),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        return person_id

    def update_person(self, person: Person) -> None:
        """Save edits to a stored person."""
        self.people.update(
            person.id,
            {
                "name": person.name,
                "title": person.title,
                "unit": person.unit,
                **self._person_keys(person),
                "updated_at": now(),
            },
        )

    def get_person(self, person_id: str) -> Person:
        """The person with this id."""
        row = self._row(self.people, person_id, "người")
        return Person(
            id=row["id"], name=row["name"], title=row["title"] or "", unit=row["unit"] or ""
        )

    @staticmethod
    def _person_keys(person: Person) -> dict[str, str]:
        return {
            "name_fold": fold(person.name),
            "name_key": name_key(person.name),
            **search_columns(person.name, person.title, person.unit),
        }

    # -- collectives --------------------------------------------------------------------------

    def match_collective(self, name: str) -> str:
        """Id of the stored collective with this name (folded), or ""."""
        rows = list(
            self.collectives.rows_where(
                "name_fold = ? and deleted_at is null", [fold(name)], select="id", limit=1
            )
        )
        return str(rows[0]["id"]) if rows else ""

    def match_or_add_collective(self, collective: Collective) -> str:
        """Id of the matching collective, adding ``collective`` when there is none."""
        return self.match_or_add_collectives([collective])[0]

    def match_or_add_collectives(self, collectives: Sequence[Collective]) -> list[str]:
        """Ids of ``collectives`` in order: stored ones matched by folded name, others added."""
        known: dict[str, str] = {}
        for row in self._rows_by_fold(
            self.collectives, {fold(c.name) for c in collectives}, "id, name_fold"
        ):
            known.setdefault(row["name_fold"], row["id"])
        added: list[dict[str, Any]] = []
        stamp = now()
        ids: list[str] = []
        for collective in collectives:
            folded = fold(collective.name)
            if folded not in known:
                known[folded] = collective.id or new_id()
                added.append(
                    {
                        "id": known[folded],
                        "name": collective.name,
                        **self._collective_keys(collective),
                        "created_at": stamp,
                        "updated_at": stamp,
                    }
                )
            ids.append(known[folded])
        self.collectives.insert_all(added)
        return ids

    def add_collective(self, collective: Collective) -> str:
        """Store a new collective and return the id."""
        collective_id = collective.id or new_id()
        stamp = now()
        self.collectives.insert(
            {
                "id": collective_id,
                "name": collective.name,
                **self._collective_keys(collective),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        return collective_id

    def get_collective(self, collective_id: str) -> Collective:
        """The collective with this id."""
        row = self._row(self.collectives, collective_id, "tập thể")
        return Collective(id=row["id"], name=row["name"])

    @staticmethod
    def _collective_keys(collective: Collective) -> dict[str, str]:
        return {
            "name_fold": fold(collective.name),
            "name_key": collation_key(collective.name),
            **search_columns(collective.name),
        }

    # -- history ------------------------------------------------------------------------------

    def award_history(self, recipient_id: str) -> list[AwardHistoryEntry]:
        """Every award of a person or collective, newest first."""
        sql = """
            select d.id, d.number, d.date, d.award_form, a.title, a.unit
            from awards a join decisions d on d.id = a.decision_id
            where (a.person_id = :id or a.collective_id = :id) and d.deleted_at is null
            order by d.date desc, d.number
        """
        return [AwardHistoryEntry(*row) for row in self.db.execute(sql, {"id": recipient_id})]

    @staticmethod
    def _row(table: Any, record_id: str, what: str) -> dict[str, Any]:
        rows = list(table.rows_where("id = ?", [record_id]))
        if not rows:
            raise NotFoundError(f"Không có {what} mã {record_id}")
        return dict(rows[0])

    # -- listing and recycle bin (Thùng rác) ----------------------------------------------------

    def all_people(self) -> list[Person]:
        """Every person not in the recycle bin, by given name (tên, đệm, họ)."""
        return [
            Person(id=r["id"], name=r["name"], title=r["title"] or "", unit=r["unit"] or "")
            for r in self.people.rows_where(
                "deleted_at is null", select="id, name, title, unit", order_by="name_key"
            )
        ]

    def all_collectives(self) -> list[Collective]:
        """Every collective not in the recycle bin, in Vietnamese order."""
        return [
            Collective(id=r["id"], name=r["name"])
            for r in self.collectives.rows_where(
                "deleted_at is null", select="id, name", order_by="name_key"
            )
        ]

    def award_counts(self) -> dict[str, int]:
        """How many awards (in decisions not deleted) each person or collective has received."""
        sql = """
            select coalesce(a.person_id, a.collective_id), count(*)
            from awards a join decisions d on d.id = a.decision_id
            where d.deleted_at is null
            group by coalesce(a.person_id, a.collective_id)
        """
        return {str(row[0]): int(row[1]) for row in self.db.execute(sql) if row[0]}

    def delete_person(self, person_id: str) -> None:
        """Move a person to the recycle bin."""
        stamp = now()
        self.people.update(person_id, {"deleted_at": stamp, "updated_at": stamp})

    def restore_person(self, person_id: str) -> None:
        """Take a person back out of the recycle bin."""
        self.people.update(person_id, {"deleted_at": None, "updated_at": now()})

    def delete_collective(self, collective_id: str) -> None:
        """Move a collective to the recycle bin."""
        stamp = now()
        self.collectives.update(collective_id, {"deleted_at": stamp, "updated_at": stamp})

    def restore_collective(self, collective_id: str) -> None:
        """Take a collective back out of the recycle bin."""
        self.collectives.update(collective_id, {"deleted_at": None, "updated_at": now()})

    def deleted_people(self) -> list[dict[str, Any]]:
        """Id, name and deletion time of every person in the recycle bin."""
        return list(
            self.people.rows_where(
                "deleted_at is not null", select="id, name, unit, deleted_at", order_by="name_key"
            )
        )

    def deleted_collectives(self) -> list[dict[str, Any]]:
        """Id, name and deletion time of every collective in the recycle bin."""
        return list(
            self.collectives.rows_where(
                "deleted_at is not null", select="id, name, deleted_at", order_by="name_key"
            )
        )
