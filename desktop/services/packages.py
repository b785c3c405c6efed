"""Use cases for meeting packages: load one into the database, dump a meeting as one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.domain.awards import fit_to_kind
from desktop.domain.clean import clean
from desktop.exchange.meeting_package import MeetingPackage, PackageError, read_package
from desktop.exchange.package_writer import dump_package
from desktop.services.files import write_atomically
from desktop.storage import directory_lists
from desktop.storage.database import require_sound
from desktop.storage.decisions import DecisionStore
from desktop.storage.errors import DuplicateError
from desktop.storage.meetings import MeetingStore


@dataclass(slots=True)
class LoadResult:
    """What a package added: the meeting, its decisions, and how many awards."""

    meeting_id: str
    title: str
    decision_ids: list[str] = field(default_factory=list)
    awards: int = 0
    warnings: list[str] = field(default_factory=list)
    """What reading the package had to guess (a version 1 signer), each naming its place."""


def load_package(db: Database, path: str | Path) -> LoadResult:
    """Add the package at ``path`` to the database, all or nothing.

    Raises:
        PackageError: the file is unreadable or invalid, or its meeting or a decision is
            already stored; nothing was written.
    """
    return store_package(db, read_package(path), source=str(path))


def store_package(db: Database, package: MeetingPackage, source: str = "") -> LoadResult:
    """Store a package read elsewhere (one transaction; see ``load_package``).

    Raises:
        DamagedDatabaseError: the database fails its quick check; nothing is written.
    """
    require_sound(db)
    meetings = MeetingStore(db)
    decisions = DecisionStore(db)
    m = clean(package.meeting)  # the reader normalises too; the rule is the domain's
    try:
        with db.atomic():
            for existing in meetings.all():
                if existing["title"] == m.title and existing["starts_at"] == (
                    m.starts_at.isoformat() if m.starts_at else None
                ):
                    raise DuplicateError(f'meeting: hội nghị "{m.title}" đã có trong cơ sở dữ liệu')
            result = LoadResult(
                meeting_id=meetings.add(m), title=m.title, warnings=list(package.warnings)
            )
            for index, read in enumerate(package.decisions):
                decision = clean(read)
                decision.awards = [fit_to_kind(a) for a in decision.awards]
                decision.meeting_id = result.meeting_id
                # The body's default signer is whoever signed its decisions, until the user
                # sets one: the organisation store fills only what is still empty.
                if not decision.issuer.default_signer.name:
                    decision.issuer.default_signer = decision.signer
                try:
                    result.decision_ids.append(decisions.add(decision))
                except DuplicateError as exc:
                    raise DuplicateError(f"decisions[{index}].number: {exc}") from None
                result.awards += len(decision.awards)
    except DuplicateError as exc:
        raise PackageError([str(exc)], source) from None
    return result


def dump_meeting(db: Database, meeting_id: str) -> MeetingPackage:
    """The stored meeting with the decisions announced at it, as a package; a person's
    birth year, when the directory knows it, goes with each of their awards."""
    decisions = DecisionStore(db).for_meeting(meeting_id)
    people = [a for d in decisions for a in d.awards if a.kind == "person" and a.recipient_id]
    born = directory_lists.birth_years(db, sorted({a.recipient_id for a in people}))
    for award in people:
        award.birth_year = born.get(award.recipient_id)
    return MeetingPackage(meeting=MeetingStore(db).get(meeting_id), decisions=decisions)


def export_meeting(db: Database, key: str, path: str | Path) -> Path:
    """Write the meeting named by ``key`` (id, title or date) as a package file."""
    meeting = MeetingStore(db).find(key)
    return write_atomically(
        path, dump_package(dump_meeting(db, meeting.id)), (".vinhdanh", ".json")
    )


@dataclass(frozen=True, slots=True)
class PackageSummary:
    """What a package would add, for the question asked before loading it."""

    title: str
    starts_at: str
    decisions: int
    awards: int


def describe_package(path: str | Path) -> PackageSummary:
    """Read and validate the package at ``path`` without storing anything.

    Raises:
        PackageError: the file is unreadable or invalid (the message names the place).
    """
    package = read_package(path)
    meeting = package.meeting
    return PackageSummary(
        title=meeting.title,
        starts_at=meeting.starts_at.strftime("%d/%m/%Y") if meeting.starts_at else "",
        decisions=len(package.decisions),
        awards=sum(len(d.awards) for d in package.decisions),
    )
