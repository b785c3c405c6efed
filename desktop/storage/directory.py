"""The directory of recipients: people (cá nhân) and collectives (tập thể), with history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.domain.collation import collation_key, name_key
from desktop.domain.errors import InvalidInput
from desktop.domain.matching import PersonFacts, match_key, pick_person
from desktop.domain.records import Collective, Person, RecipientKind, new_id
from desktop.domain.text import fold
from desktop.storage.errors import NotFoundError
from desktop.storage.rows import from_json, now, to_json
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
        row = self._row(self.people, person_id, "người")
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
        row = self._row(self.collectives, collective_id, "tập thể")
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

    # -- duplicates and merging ---------------------------------------------------------------

    def count_people(self) -> int:
        """How many people are in the directory (not deleted)."""
        return int(
            self.db.execute("select count(*) from people where deleted_at is null").fetchone()[0]
        )

    def person_facts(self) -> list[PersonFacts]:
        """What the duplicate rule needs of every person not deleted, in the order they were
        added (each distinct unit folded once)."""
        units: dict[str, str] = {}
        facts: list[PersonFacts] = []
        sql = (
            "select id, name_fold, unit, birth_year from people "
            "where deleted_at is null order by rowid"
        )
        for person_id, name_fold, unit, year in self.db.execute(sql):
            unit_fold = units.get(unit)
            if unit_fold is None:
                unit_fold = units[unit] = fold(unit)
            facts.append(PersonFacts(person_id, name_fold, unit_fold, year))
        return facts

    def collective_facts(self) -> list[tuple[str, str]]:
        """(id, folded name) of every collective not deleted, in the order they were added."""
        sql = "select id, name_fold from collectives where deleted_at is null order by rowid"
        return [(str(row[0]), str(row[1] or "")) for row in self.db.execute(sql)]

    def collectives_with_award_counts(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Id, name and number of awards of these collectives (any order)."""
        found: list[dict[str, Any]] = []
        for start in range(0, len(ids), QUERY_CHUNK):
            chunk = list(ids[start : start + QUERY_CHUNK])
            marks = ", ".join("?" for _ in chunk)
            sql = f"""
                select c.id, c.name,
                       (select count(*) from awards a join decisions d on d.id = a.decision_id
                        where a.collective_id = c.id and d.deleted_at is null) as awards
                from collectives c where c.id in ({marks})
            """
            found += [
                {"id": row[0], "name": row[1], "awards": row[2]}
                for row in self.db.execute(sql, chunk)
            ]
        return found

    def birth_years(self, ids: Sequence[str]) -> dict[str, int]:
        """The known birth years of these people, by id (a package carries them)."""
        found: dict[str, int] = {}
        for start in range(0, len(ids), QUERY_CHUNK):
            chunk = list(ids[start : start + QUERY_CHUNK])
            marks = ", ".join("?" for _ in chunk)
            sql = f"select id, birth_year from people where id in ({marks})"
            found.update({r[0]: r[1] for r in self.db.execute(sql, chunk) if r[1] is not None})
        return found

    def people_with_award_counts(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Id, name, title, unit and number of awards of these people (any order)."""
        found: list[dict[str, Any]] = []
        for start in range(0, len(ids), QUERY_CHUNK):
            chunk = list(ids[start : start + QUERY_CHUNK])
            marks = ", ".join("?" for _ in chunk)
            sql = f"""
                select p.id, p.name, p.title, p.unit,
                       (select count(*) from awards a join decisions d on d.id = a.decision_id
                        where a.person_id = p.id and d.deleted_at is null) as awards
                from people p where p.id in ({marks})
            """
            cursor = self.db.execute(sql, chunk)
            columns = [c[0] for c in cursor.description]
            found += [dict(zip(columns, row, strict=True)) for row in cursor]
        return found

    def merge(self, kind: RecipientKind, kept_id: str, merged_id: str) -> list[str]:
        """Move every award of ``merged_id`` to ``kept_id`` and put ``merged_id`` in the
        recycle bin, marked as merged; one transaction. Returns the ids of the awards moved.

        The kept person gets the merged one's title, unit and birth year where it has none.
        The decisions whose awards moved get a new version (an editor holding the old list
        merges, it never writes the old recipient back).
        """
        table = self.people if kind == "person" else self.collectives
        column = "person_id" if kind == "person" else "collective_id"
        what = "người" if kind == "person" else "tập thể"
        with self.db.atomic():
            kept = self._row(table, kept_id, what)
            merged = self._row(table, merged_id, what)
            for row, record_id in ((kept, kept_id), (merged, merged_id)):
                if row["deleted_at"] is not None:
                    raise NotFoundError(f"{row['name']} (mã {record_id}) đang ở thùng rác")
            if kept_id == merged_id:
                raise InvalidInput(f"Không thể gộp {kept['name']} với chính nó")
            awards = [
                (str(r[0]), str(r[1]))
                for r in self.db.execute(
                    f"select id, decision_id from awards where {column} = ?", [merged_id]
                )
            ]
            award_ids = [a for a, _ in awards]
            self.db.execute(
                f"update awards set {column} = ? where {column} = ?", [kept_id, merged_id]
            )
            stamp = now()
            self._touch_decisions({d for _, d in awards}, stamp)
            if kind == "person":
                fill = {
                    key: merged[key]
                    for key in ("title", "unit", "birth_year")
                    if not kept[key] and merged[key]
                }
                if fill:
                    person = self.get_person(kept_id)
                    for key, value in fill.items():
                        setattr(person, key, value)
                    self.update_person(person)
            table.update(
                merged_id, {"deleted_at": stamp, "updated_at": stamp, "merged_into": kept_id}
            )
            self.db.table("directory_merges").insert(
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

    def _unmerge(self, kind: RecipientKind, merged_id: str) -> None:
        """Move the awards a merge took from ``merged_id`` back to it (inside a transaction)."""
        column = "person_id" if kind == "person" else "collective_id"
        log = list(
            self.db.table("directory_merges").rows_where(
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
            row = self.db.execute(
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
                for r in self.db.execute(
                    f"select decision_id from awards where id in ({marks})", chunk
                )
            }
            self.db.execute(
                f"update awards set {column} = ? "
                f"where id in ({marks}) and {column} in ({holder_marks})",
                [merged_id, *chunk, *holders],
            )
        self._touch_decisions(decisions, now())
        self.db.table("directory_merges").delete(entry["id"])

    def _touch_decisions(self, decision_ids: set[str], stamp: str) -> None:
        # The version trigger of 0004_record_versions raises each decision's version.
        for decision_id in sorted(decision_ids):
            self.db.table("decisions").update(decision_id, {"updated_at": stamp})

    def merged_into(self, kind: RecipientKind, record_id: str) -> str:
        """Name of the record ``record_id`` was merged into, or "" when it was not merged."""
        table = "people" if kind == "person" else "collectives"
        row = self.db.execute(
            f"select k.name from [{table}] m join [{table}] k on k.id = m.merged_into "
            "where m.id = ?",
            [record_id],
        ).fetchone()
        return str(row[0]) if row else ""

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
            Person(
                id=r["id"],
                name=r["name"],
                title=r["title"] or "",
                unit=r["unit"] or "",
                birth_year=r["birth_year"],
            )
            for r in self.people.rows_where(
                "deleted_at is null",
                select="id, name, title, unit, birth_year",
                order_by="name_key",
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
        """Take a person back out of the recycle bin; a merged one takes its awards back."""
        with self.db.atomic():
            self._unmerge("person", person_id)
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
            self._unmerge("collective", collective_id)
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
