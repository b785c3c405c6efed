"""Store of decisions (quyết định khen thưởng) and their ordered awards."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from desktop.domain.records import Award, Collective, Decision, Person, Signer, new_id
from desktop.domain.text import fold
from desktop.storage.directory import DirectoryStore
from desktop.storage.errors import AmbiguousError, DuplicateError, NotFoundError
from desktop.storage.organisations import OrganisationStore
from desktop.storage.rows import from_json, now, to_json
from desktop.storage.search import search_columns


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
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            self._write_awards(decision_id, decision.awards)
        return decision_id

    def save(self, decision: Decision) -> None:
        """Save edits to a stored decision, its award list included, in one transaction."""
        with self.db.atomic():
            organisation_id = decision.issuer.id or self.organisations.match_or_add(decision.issuer)
            self.table.update(
                decision.id,
                {**self._row(decision, decision.id, organisation_id), "updated_at": now()},
            )
            keep = {a.id for a in decision.awards if a.id}
            for row in self.awards.rows_where("decision_id = ?", [decision.id], select="id"):
                if row["id"] not in keep:
                    self.awards.delete(row["id"])
            self._write_awards(decision.id, decision.awards)

    def existing(self, number: str, day: dt.date, organisation_id: str) -> str:
        """Id of the issuer's decision with this number and date, or ""."""
        rows = list(
            self.table.rows_where(
                "number = ? and date = ? and organisation_id = ? and deleted_at is null",
                [number, day.isoformat(), organisation_id],
                select="id",
            )
        )
        return str(rows[0]["id"]) if rows else ""

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
        """Id, number, date and award form of every decision, newest first."""
        return list(
            self.table.rows_where(
                "deleted_at is null",
                select="id, number, date, award_form",
                order_by="date desc, number",
            )
        )

    # -- mapping ------------------------------------------------------------------------------

    @staticmethod
    def _row(decision: Decision, decision_id: str, organisation_id: str) -> dict[str, Any]:
        return {
            "id": decision_id,
            "number": decision.number,
            "date": decision.date.isoformat(),
            "organisation_id": organisation_id,
            "signer_prefix": decision.signer.prefix,
            "signer_title": decision.signer.title,
            "signer_name": decision.signer.name,
            "award_form": decision.award_form,
            "reason": decision.reason,
            "articles": to_json(list(decision.articles)),
            "distribution": to_json(list(decision.distribution)),
            "meeting_id": decision.meeting_id or None,
            **search_columns(f"{decision.number} {decision.award_form}", decision.reason),
        }

    def _write_awards(self, decision_id: str, awards: list[Award]) -> None:
        rows = []
        for position, award in enumerate(awards, start=1):
            if award.kind == "person":
                person_id = award.recipient_id or self.directory.match_or_add_person(
                    Person(name=award.name, title=award.title, unit=award.unit)
                )
                collective_id = None
            else:
                collective_id = award.recipient_id or self.directory.match_or_add_collective(
                    Collective(name=award.name)
                )
                person_id = None
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
                prefix=row["signer_prefix"] or "",
                title=row["signer_title"] or "",
                name=row["signer_name"] or "",
            ),
            award_form=row["award_form"],
            reason=row["reason"] or "",
            articles=from_json(row["articles"], []),
            distribution=from_json(row["distribution"], []),
            awards=awards,
            meeting_id=row["meeting_id"] or "",
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
