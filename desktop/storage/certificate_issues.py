"""Store of the issue log (sổ theo dõi cấp phát): every certificate written, as printed.

Each issue keeps the texts exactly as printed (the snapshot), the template and its version,
the printer and the offsets used, and — when a certificate is printed again after a
correction — the id of the issue it replaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.domain.records import CertificateIssue, new_id
from desktop.storage.rows import from_json, to_json


@dataclass(frozen=True, slots=True)
class IssueLine:
    """One line of ``vinhdanh issued``: the issue with the award it belongs to."""

    issue: CertificateIssue
    recipient: str
    position: int


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One line of the issue log screen (sổ cấp giấy khen): what was issued, to whom, under
    which decision."""

    issue_id: str
    issued_at: dt.datetime
    award_id: str
    recipient: str
    title: str
    unit: str
    decision_id: str
    decision_number: str
    decision_date: str
    award_form: str
    template: str
    printer: str
    reissue_of: str


class CertificateIssueStore:
    """Writes and reads the issue log; a batch is written in one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.table = db.table("certificate_issues")

    def add_all(self, issues: Iterable[CertificateIssue]) -> list[str]:
        """Store new issues (ids given to those without one); returns their ids in order."""
        rows = []
        ids = []
        for issue in issues:
            issue.id = issue.id or new_id()
            ids.append(issue.id)
            rows.append(self._row(issue))
        with self.db.atomic():
            self.table.insert_all(rows, batch_size=500)
        return ids

    def latest_for_awards(self, award_ids: Iterable[str]) -> dict[str, str]:
        """Award id → id of its most recent issue, for the awards that have one."""
        wanted = list(award_ids)
        latest: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            # SQLite returns the bare columns of the row that holds max(rowid): the last issue.
            sql = (
                "select award_id, id, max(rowid) from certificate_issues "
                f"where award_id in ({marks}) group by award_id"
            )
            for row in self.db.query(sql, chunk):
                latest[row["award_id"]] = row["id"]
        return latest

    def for_award(self, award_id: str) -> list[CertificateIssue]:
        """Every issue of one award, oldest first."""
        rows = self.table.rows_where("award_id = ?", [award_id], order_by="issued_at, rowid")
        return [self._issue(r) for r in rows]

    def for_decision(self, decision_id: str) -> list[IssueLine]:
        """Every issue of a decision's awards, in list order then time."""
        sql = (
            "select i.*, a.name as recipient, a.position as position "
            "from certificate_issues i join awards a on a.id = i.award_id "
            "where a.decision_id = ? order by a.position, i.issued_at, i.rowid"
        )
        return [
            IssueLine(self._issue(row), row["recipient"], row["position"])
            for row in self.db.query(sql, [decision_id])
        ]

    def log(self, limit: int) -> list[LogEntry]:
        """The ``limit`` newest issues of decisions not in the recycle bin: the newest batch
        first, each batch (one time) in the order it was printed, the decision's list order."""
        sql = (
            "select i.id, i.issued_at, i.award_id, i.template, i.printer, i.reissue_of, "
            "a.name, a.title, a.unit, d.id as decision_id, d.number, d.date, d.award_form "
            "from certificate_issues i join awards a on a.id = i.award_id "
            "join decisions d on d.id = a.decision_id where d.deleted_at is null "
            "order by i.issued_at desc, i.rowid limit ?"
        )
        return [
            LogEntry(
                issue_id=row["id"],
                issued_at=dt.datetime.fromisoformat(row["issued_at"]),
                award_id=row["award_id"],
                recipient=row["name"] or "",
                title=row["title"] or "",
                unit=row["unit"] or "",
                decision_id=row["decision_id"],
                decision_number=row["number"] or "",
                decision_date=row["date"] or "",
                award_form=row["award_form"] or "",
                template=row["template"] or "",
                printer=row["printer"] or "",
                reissue_of=row["reissue_of"] or "",
            )
            for row in self.db.query(sql, [limit])
        ]

    @staticmethod
    def _row(issue: CertificateIssue) -> dict[str, Any]:
        return {
            "id": issue.id,
            "award_id": issue.award_id,
            "template": issue.template,
            "template_version": issue.template_version,
            "snapshot": to_json(issue.snapshot),
            "issued_at": issue.issued_at.isoformat(timespec="seconds"),
            "printer": issue.printer,
            "offset_x_mm": issue.offset_x_mm,
            "offset_y_mm": issue.offset_y_mm,
            "reissue_of": issue.reissue_of or None,
        }

    @staticmethod
    def _issue(row: dict[str, Any]) -> CertificateIssue:
        return CertificateIssue(
            award_id=row["award_id"],
            template=row["template"],
            template_version=row["template_version"] or "",
            snapshot=from_json(row["snapshot"], {}),
            issued_at=dt.datetime.fromisoformat(row["issued_at"]),
            printer=row["printer"] or "",
            offset_x_mm=row["offset_x_mm"] or 0.0,
            offset_y_mm=row["offset_y_mm"] or 0.0,
            reissue_of=row["reissue_of"] or "",
            id=row["id"],
        )
