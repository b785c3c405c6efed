"""The directory of recipients: people (cá nhân) and collectives (tập thể), with history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.domain.collation import collation_key, name_key
from desktop.domain.matching import PersonFacts, match_key, pick_person
from desktop.domain.records import Collective, Person, RecipientKind, new_id
from desktop.domain.text import fold
from desktop.storage import directory_merge
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
    reason: str = ""
    """The award's own reason, else the decision's."""

    @property
    def year(self) -> int:
        """The year of the decision."""
        return int(self.date[:4])


class DirectoryStore:
    """Reads and writes people and collectives; matches incoming names to stored ones."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.people = db.table("people")
        self.collectives = db.table("collectives")

    # -- people -------------------------------------------------------------------------------

    def match_person(self, name: str, unit: str = "", birth_year: int | None = None) -> str:
        """Id of the stored person this is (``domain.matching.pick_person``), or ""."""
        rows = self.people.rows_where(
            "name_fold = ? and deleted_at is null",
            [match_key(name)],
            select="*",
        )
        found = pick_person([_facts(r) for r in rows], PersonFacts.of("", name, unit, birth_year))
        return found.id if found else ""

    def match_or_add_person(self, person: Person) -> str:
        """Id of the matching person, adding ``person`` to the directory when there is none."""
        return self.match_or_add_people([person])[0]

    def match_or_add_people(self, people: Sequence[Person]) -> list[str]:
        """Ids of ``people`` in order: stored ones matched, the others added in one insert.

        Matching follows ``match_person``; a stored match without a title (a birth year) gets
        the incoming one.
        The same new person twice in ``people`` is added once. A list of thousands (an
        imported Excel sheet) costs a few queries, not a few per person.
        """
        stored: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows_by_fold(self.people, {match_key(p.name) for p in people}, "*"):
            stored[row["name_fold"]].append(row)
        ids: list[str] = []
        added: list[dict[str, Any]] = []
        titled: dict[str, str] = {}
        born: dict[str, int] = {}
        stamp = now()
        for person in people:
            candidates = stored[match_key(person.name)]
            facts = {r["id"]: _facts(r) for r in candidates}
            match = pick_person(
                list(facts.values()),
                PersonFacts.of("", person.name, person.unit, person.birth_year),
            )
            found = next((r for r in candidates if match and r["id"] == match.id), None)
            if found is None:
                found = {
                    "id": person.id or new_id(),
                    "name": person.name,
                    "title": person.title,
                    "unit": person.unit,
                    **_birth_year(person),
                    **self._person_keys(person),
                    "created_at": stamp,
                    "updated_at": stamp,
                }
                added.append(found)
                candidates.append(found)
            else:
                if person.title and not found["title"]:
                    found["title"] = titled[found["id"]] = person.title
                if person.birth_year is not None and found.get("birth_year") is None:
                    found["birth_year"] = born[found["id"]] = person.birth_year
            ids.append(str(found["id"]))
        self.people.insert_all(added)
        added_ids = {row["id"] for row in added}
        for person_id in (titled.keys() | born.keys()) - added_ids:
            changes: dict[str, Any] = {"updated_at": stamp}
            if person_id in titled:
                changes["title"] = titled[person_id]
            if person_id in born:
                changes["birth_year"] = born[person_id]
            self.people.update(person_id, changes)
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
                **_birth_year(person),
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
                "birth_year": person.birth_year,
                **self._person_keys(person),
                "updated_at": now(),
            },
        )

    def get_person(self, person_id: str) -> Person:
        """The person with this id."""
        row = self.stored_row(self.people, person_id, "người")
        return Person(
            id=row["id"],
            name=row["name"],
            title=row["title"] or "",
            unit=row["unit"] or "",
            birth_year=row["birth_year"],
        )

    @staticmethod
    def _person_keys(person: Person) -> dict[str, str]:
        return {
            "name_fold": match_key(person.name),
            "name_key": name_key(person.name),
            **search_columns(person.name, person.title, person.unit),
        }

    # -- collectives --------------------------------------------------------------------------

    def match_collective(self, name: str) -> str:
        """Id of the stored collective with this name (folded), or ""."""
        rows = list(
            self.collectives.rows_where(
                "name_fold = ? and deleted_at is null", [match_key(name)], select="id", limit=1
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
            self.collectives, {match_key(c.name) for c in collectives}, "id, name_fold"
        ):
            known.setdefault(row["name_fold"], row["id"])
        added: list[dict[str, Any]] = []
        stamp = now()
        ids: list[str] = []
        for collective in collectives:
            folded = match_key(collective.name)
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
        row = self.stored_row(self.collectives, collective_id, "tập thể")
        return Collective(id=row["id"], name=row["name"])

    @staticmethod
    def _collective_keys(collective: Collective) -> dict[str, str]:
        return {
            "name_fold": match_key(collective.name),
            "name_key": collation_key(collective.name),
            **search_columns(collective.name),
        }

    # -- history ------------------------------------------------------------------------------

    def award_history(self, recipient_id: str) -> list[AwardHistoryEntry]:
        """Every award of a person or collective, newest first."""
        sql = """
            select d.id, d.number, d.date, d.award_form, a.title, a.unit,
                   case when a.reason != '' then a.reason else d.reason end
            from awards a join decisions d on d.id = a.decision_id
            where (a.person_id = :id or a.collective_id = :id) and d.deleted_at is null
            order by d.date desc, d.number
        """
        return [AwardHistoryEntry(*row) for row in self.db.execute(sql, {"id": recipient_id})]

    def award_years(
        self, recipient_ids: Sequence[str], except_decision: str = ""
    ) -> dict[str, list[tuple[int, str]]]:
        """(year, award form) of every award of each recipient, oldest first, in one query per
        ``QUERY_CHUNK`` recipients (the person and collective indexes), leaving out the awards
        of ``except_decision`` (the decision being edited)."""
        found: dict[str, list[tuple[int, str]]] = defaultdict(list)
        wanted = sorted(set(filter(None, recipient_ids)))
        for start in range(0, len(wanted), QUERY_CHUNK):
            chunk = wanted[start : start + QUERY_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            sql = f"""
                select coalesce(a.person_id, a.collective_id), substr(d.date, 1, 4), d.award_form
                from awards a join decisions d on d.id = a.decision_id
                where (a.person_id in ({marks}) or a.collective_id in ({marks}))
                  and d.deleted_at is null and d.id != ?
                order by d.date, d.number
            """
            for recipient, year, form in self.db.execute(sql, [*chunk, *chunk, except_decision]):
                found[str(recipient)].append((int(year), str(form)))
        return dict(found)

    def find_recipients(self, key: str) -> list[tuple[RecipientKind, str]]:
        """(kind, id) of the people and collectives (not deleted) with this id or folded name."""
        found: list[tuple[RecipientKind, str]] = []
        for kind, table in (("person", self.people), ("collective", self.collectives)):
            rows = table.rows_where(
                "(id = ? or name_fold = ?) and deleted_at is null",
                [key.strip(), match_key(key)],
                select="id",
                order_by="name_key",
            )
            found += [(kind, str(r["id"])) for r in rows]  # type: ignore[misc]
        return found

    # -- merging (storage.directory_merge) ---------------------------------------------------

    def merge(self, kind: RecipientKind, kept_id: str, merged_id: str) -> list[str]:
        """Move every award of ``merged_id`` to ``kept_id`` and put ``merged_id`` in the
        recycle bin, marked as merged (``storage.directory_merge.merge``)."""
        return directory_merge.merge(self, kind, kept_id, merged_id)

    def merged_into(self, kind: RecipientKind, record_id: str) -> str:
        """Name of the record ``record_id`` was merged into, or "" when it was not merged."""
        return directory_merge.merged_into(self.db, kind, record_id)

    @staticmethod
    def stored_row(table: Any, record_id: str, what: str) -> dict[str, Any]:
        """The row of ``record_id`` in ``table`` (in the recycle bin or not).

        Raises:
            NotFoundError: no such row; the message names ``what`` it is and the id.
        """
        rows = list(table.rows_where("id = ?", [record_id]))
        if not rows:
            raise NotFoundError(f"Không có {what} mã {record_id}")
        return dict(rows[0])

    # -- listing and recycle bin (Thùng rác) ----------------------------------------------------

    def delete_person(self, person_id: str) -> None:
        """Move a person to the recycle bin."""
        stamp = now()
        self.people.update(person_id, {"deleted_at": stamp, "updated_at": stamp})

    def restore_person(self, person_id: str) -> None:
        """Take a person back out of the recycle bin; a merged one takes its awards back."""
        with self.db.atomic():
            directory_merge.unmerge(self.db, "person", person_id)
            self.people.update(
                person_id, {"deleted_at": None, "merged_into": None, "updated_at": now()}
            )

    def delete_collective(self, collective_id: str) -> None:
        """Move a collective to the recycle bin."""
        stamp = now()
        self.collectives.update(collective_id, {"deleted_at": stamp, "updated_at": stamp})

    def restore_collective(self, collective_id: str) -> None:
        """Take a collective back out of the recycle bin; a merged one takes its awards back."""
        with self.db.atomic():
            directory_merge.unmerge(self.db, "collective", collective_id)
            self.collectives.update(
                collective_id, {"deleted_at": None, "merged_into": None, "updated_at": now()}
            )

    def deleted_people(self) -> list[dict[str, Any]]:
        """Id, name and deletion time of every person in the recycle bin."""
        return list(
            self.people.rows_where(
                "deleted_at is not null",
                select="id, name, unit, deleted_at, merged_into",
                order_by="name_key",
            )
        )

    def deleted_collectives(self) -> list[dict[str, Any]]:
        """Id, name and deletion time of every collective in the recycle bin."""
        return list(
            self.collectives.rows_where(
                "deleted_at is not null",
                select="id, name, deleted_at, merged_into",
                order_by="name_key",
            )
        )


def _facts(row: dict[str, Any]) -> PersonFacts:
    return PersonFacts(str(row["id"]), row["name_fold"], fold(row["unit"]), row.get("birth_year"))


def _birth_year(person: Person) -> dict[str, int]:
    # Only a known year is written: loads into a database of an older schema (and its tests)
    # keep working, and an unknown year is the column's default anyway.
    return {} if person.birth_year is None else {"birth_year": person.birth_year}
