"""Store of decisions (quyết định khen thưởng) and their ordered awards."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from desktop.domain.docnumbers import number_key, same_number
from desktop.domain.records import (
    Award,
    Collective,
    Decision,
    Person,
    Signer,
    new_id,
)
from desktop.domain.text import fold
from desktop.storage import directory_unused
from desktop.storage.directory import DirectoryStore
from desktop.storage.errors import AmbiguousError, DuplicateError, NotFoundError, StorageError
from desktop.storage.organisations import OrganisationStore
from desktop.storage.rows import from_json, now, reward_columns, reward_from, to_json
from desktop.storage.search import search_columns
from desktop.storage.versions import next_version


class DecisionStore:
    """Reads and writes whole decisions; every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.table = db.table("decisions")
        self.awards = db.table("awards")
        self.organisations = OrganisationStore(db)
        self.directory = DirectoryStore(db)

    def add(self, decision: Decision) -> str:
        """Store a new decision with its awards; recipients are matched in the directory.

        Raises:
            DuplicateError: the issuer already has a decision with this number and date.
        """
        with self.db.atomic():
            organisation_id = decision.issuer.id or self.organisations.match_or_add(decision.issuer)
            existing = self.existing(decision.number, decision.date, organisation_id)
            if existing:
                raise DuplicateError(
                    f"Quyết định {decision.number} ngày {decision.date:%d/%m/%Y} đã có trong "
                    "cơ sở dữ liệu"
                )
            decision_id = decision.id or new_id()
            stamp = now()
            self.table.insert(
                {
                    **self._row(decision, decision_id, organisation_id),
                    # A new row's columns default to "no reward": written only when there is
                    # one (a package loads into a database of any earlier migration).
                    **(reward_columns(decision.reward) if decision.reward else {}),
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            self._write_awards(decision_id, decision.awards)
        return decision_id

    def save(self, decision: Decision) -> None:
        """Save edits to a stored decision, its award list included, in one transaction.

        ``decision.version`` is the version it was read at (0: unchecked).

        Raises:
            StaleRecordError: the decision on disk is newer (saved elsewhere); nothing is saved.
            StorageError: the edit removes a recipient whose certificate is in the issue log
                (the log is kept); nothing is saved then.
        """
        with self.db.atomic():
            version = next_version(
                self.db, "decisions", decision.id, decision.version, f"Quyết định {decision.number}"
            )
            organisation_id = decision.issuer.id or self.organisations.match_or_add(decision.issuer)
            self.table.update(
                decision.id,
                {
                    **self._row(decision, decision.id, organisation_id),
                    **reward_columns(decision.reward),
                    "updated_at": now(),
                    "version": version,
                },
            )
            keep = {a.id for a in decision.awards if a.id}
            before = list(
                self.awards.rows_where(
                    "decision_id = ?",
                    [decision.id],
                    select="id, name, position, person_id, collective_id",
                )
            )
            gone = [row for row in before if row["id"] not in keep]
            self._refuse_removing_printed(decision, gone)
            for row in gone:
                self.awards.delete(row["id"])
            self._write_awards(decision.id, decision.awards)
            # A name typed and then changed (or a row removed) leaves its directory entry
            # unused: removed here, in the same transaction, unless something else uses it.
            for kind, column in (("person", "person_id"), ("collective", "collective_id")):
                directory_unused.remove_unused(self.db, kind, (row[column] for row in before))

    def _refuse_removing_printed(self, decision: Decision, gone: list[dict[str, Any]]) -> None:
        ids = [row["id"] for row in gone]
        printed: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            sql = f"select distinct award_id from certificate_issues where award_id in ({marks})"
            printed.update(row["award_id"] for row in self.db.query(sql, chunk))
        blocked = [row for row in sorted(gone, key=lambda r: r["position"]) if row["id"] in printed]
        if blocked:
            names = ", ".join(
                f"“{row['name']}” (số thứ tự {row['position']})" for row in blocked[:5]
            )
            more = f" và {len(blocked) - 5} người khác" if len(blocked) > 5 else ""
            raise StorageError(
                f"Không bỏ được {names}{more} khỏi quyết định {decision.number}: giấy khen đã in "
                "và sổ theo dõi cấp phát phải giữ lại; hãy sửa thông tin thay vì bỏ khỏi danh sách"
            )

    def existing(self, number: str, day: dt.date, organisation_id: str) -> str:
        """Id of the issuer's decision with this number and date, or "".

        The number as typed or as printed counts as the same: "15-qđ/btgtu", "Số 15-QĐ/BTGTU".
        """
        wanted = same_number(number)
        for row in self.table.rows_where(
            "date = ? and organisation_id = ? and deleted_at is null",
            [day.isoformat(), organisation_id],
            select="id, number",
        ):
            if same_number(row["number"]) == wanted:
                return str(row["id"])
        return ""

    def get(self, decision_id: str) -> Decision:
        """The whole decision with this id, awards in list order."""
        rows = list(self.table.rows_where("id = ?", [decision_id]))
        if not rows:
            raise NotFoundError(f"Không có quyết định mã {decision_id}")
        return self._decision(rows[0])

    def find(self, key: str) -> Decision:
        """The decision named by ``key``: its id or its number ("15-QĐ/BTGTU", any case).

        Raises:
            NotFoundError: nothing matches.
            AmbiguousError: several decisions have that number (e.g. in different years).
        """
        key = key.strip()
        rows = list(self.table.rows_where("id = ? and deleted_at is null", [key]))
        if not rows:
            wanted = fold(key).replace(" ", "")
            rows = [
                r
                for r in self.table.rows_where("deleted_at is null", order_by="date")
                if fold(r["number"]).replace(" ", "") == wanted
            ]
        if not rows and (wanted_number := number_key(key)) is not None:
            # As printed: "Số: 05/QĐ-SNV" for the stored "5/QĐ-SNV".
            rows = [
                r
                for r in self.table.rows_where("deleted_at is null", order_by="date")
                if number_key(r["number"]) == wanted_number
            ]
        if not rows:
            raise NotFoundError(f'Không tìm thấy quyết định "{key}" (nhập mã hoặc số quyết định)')
        if len(rows) > 1:
            listed = [f"{r['id']}  {r['date']}  {r['number']}" for r in rows]
            raise AmbiguousError(
                f'Có {len(rows)} quyết định số "{key}"; hãy dùng mã quyết định', listed
            )
        return self._decision(rows[0])

    def for_meeting(self, meeting_id: str) -> list[Decision]:
        """The decisions announced at a meeting, by date and number."""
        return [
            self._decision(r)
            for r in self.table.rows_where(
                "meeting_id = ? and deleted_at is null", [meeting_id], order_by="date, number"
            )
        ]

    def all(self) -> list[dict[str, Any]]:
        """Id, number, date, award form and issuer of every decision, newest first."""
        return self.page(0, None)

    LIST_ORDER = "date desc, number, id"
    """The decision list's order: newest first."""

    def page(self, offset: int, limit: int | None) -> list[dict[str, Any]]:
        """``limit`` rows of the decision list from ``offset`` (``all``'s columns and order):
        the list reads 10,000 decisions a page at a time, sorted by SQLite."""
        return list(
            self.table.rows_where(
                "deleted_at is null",
                select="id, number, date, award_form, organisation_id",
                order_by=self.LIST_ORDER,
                limit=limit,
                offset=offset if limit is not None else None,
            )
        )

    def numbers_in_year(self, organisation_id: str, year: int) -> list[tuple[str, str]]:
        """(id, number) of the body's decisions dated in ``year``, recycle bin left out."""
        return [
            (str(r["id"]), str(r["number"]))
            for r in self.table.rows_where(
                "organisation_id = ? and date >= ? and date < ? and deleted_at is null",
                [organisation_id, f"{year:04d}-01-01", f"{year + 1:04d}-01-01"],
                select="id, number",
            )
        ]

    def position(self, decision_id: str) -> int:
        """The row of ``decision_id`` in the decision list (``page``'s order); -1 when it is
        not listed (unknown, or in the recycle bin)."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM decisions o WHERE o.deleted_at IS NULL AND"
            " (o.date > d.date OR (o.date = d.date AND (o.number < d.number OR"
            " (o.number = d.number AND o.id < d.id))))) FROM decisions d"
            " WHERE d.id = ? AND d.deleted_at IS NULL",
            [decision_id],
        ).fetchone()
        return int(row[0]) if row is not None else -1

    # -- mapping ------------------------------------------------------------------------------

    @staticmethod
    def _row(decision: Decision, decision_id: str, organisation_id: str) -> dict[str, Any]:
        return {
            "id": decision_id,
            "number": decision.number,
            "date": decision.date.isoformat(),
            "organisation_id": organisation_id,
            "signer_title": decision.signer.title,
            "signer_name": decision.signer.name,
            "signer_relation": decision.signer.relation,
            "signer_delegator_title": decision.signer.delegator_title,
            "award_form": decision.award_form,
            "reason": decision.reason,
            "articles": to_json(list(decision.articles)),
            "distribution": to_json(list(decision.distribution)),
            "meeting_id": decision.meeting_id or None,
            **search_columns(f"{decision.number} {decision.award_form}", decision.reason),
        }

    def _write_awards(self, decision_id: str, awards: list[Award]) -> None:
        # Recipients not yet linked to the directory are matched (or added) all at once; so
        # is a link to a record removed meanwhile (an undo brings back a name whose unused
        # entry an earlier save removed): it is added again under its old id.
        stored = {
            kind: directory_unused.existing(
                self.db, kind, (a.recipient_id for a in awards if (a.kind == "person") == person)
            )
            for kind, person in (("person", True), ("collective", False))
        }

        def unlinked(award: Award) -> bool:
            kind = "person" if award.kind == "person" else "collective"
            return award.recipient_id not in stored[kind]

        unlinked_people = [a for a in awards if a.kind == "person" and unlinked(a)]
        unlinked_collectives = [a for a in awards if a.kind != "person" and unlinked(a)]
        linked = dict(
            zip(
                map(id, unlinked_people),
                self.directory.match_or_add_people(
                    [
                        Person(
                            id=a.recipient_id,
                            name=a.name,
                            title=a.title,
                            unit=a.unit,
                            birth_year=a.birth_year,
                        )
                        for a in unlinked_people
                    ]
                ),
                strict=True,
            )
        )
        linked.update(
            zip(
                map(id, unlinked_collectives),
                self.directory.match_or_add_collectives(
                    [Collective(id=a.recipient_id, name=a.name) for a in unlinked_collectives]
                ),
                strict=True,
            )
        )
        rows = []
        for position, award in enumerate(awards, start=1):
            recipient = linked.get(id(award)) or award.recipient_id
            person_id = recipient if award.kind == "person" else None
            collective_id = None if award.kind == "person" else recipient
            rows.append(
                {
                    "id": award.id or new_id(),
                    "decision_id": decision_id,
                    "position": position,
                    "kind": award.kind,
                    "person_id": person_id,
                    "collective_id": collective_id,
                    "name": award.name,
                    "title": award.title,
                    "unit": award.unit,
                    "reason": award.reason,
                    "register_number": award.register_number,
                    "salutation": None if award.kind != "person" else award.salutation,
                }
            )
        self.awards.upsert_all(rows, pk="id")

    def _decision(self, row: dict[str, Any]) -> Decision:
        awards = [
            Award(
                id=a["id"],
                kind=a["kind"],
                name=a["name"],
                title=a["title"] or "",
                unit=a["unit"] or "",
                reason=a["reason"] or "",
                register_number=a["register_number"] or "",
                salutation=a["salutation"] if a["kind"] == "person" else None,
                position=a["position"],
                recipient_id=a["person_id"] or a["collective_id"] or "",
            )
            for a in self.awards.rows_where("decision_id = ?", [row["id"]], order_by="position")
        ]
        return Decision(
            id=row["id"],
            number=row["number"],
            date=dt.date.fromisoformat(row["date"]),
            issuer=self.organisations.get(row["organisation_id"]),
            signer=Signer(
                name=row["signer_name"] or "",
                title=row["signer_title"] or "",
                relation=row["signer_relation"] or "",
                delegator_title=row["signer_delegator_title"] or "",
            ),
            award_form=row["award_form"],
            reason=row["reason"] or "",
            articles=from_json(row["articles"], []),
            distribution=from_json(row["distribution"], []),
            awards=awards,
            meeting_id=row["meeting_id"] or "",
            version=int(row.get("version") or 0),
            reward=reward_from(row),
        )

    # -- recycle bin (Thùng rác) ----------------------------------------------------------------

    def delete(self, decision_id: str) -> None:
        """Move a decision to the recycle bin (it stays stored until restored)."""
        stamp = now()
        self.table.update(decision_id, {"deleted_at": stamp, "updated_at": stamp})

    def restore(self, decision_id: str) -> None:
        """Take a decision back out of the recycle bin."""
        self.table.update(decision_id, {"deleted_at": None, "updated_at": now()})

    def deleted(self) -> list[dict[str, Any]]:
        """Id, number, date and deletion time of every decision in the recycle bin."""
        return list(
            self.table.rows_where(
                "deleted_at is not null",
                select="id, number, date, award_form, deleted_at",
                order_by="deleted_at desc",
            )
        )
