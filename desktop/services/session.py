"""The session: one open database, its path and the user's preferences, as the window and the
command line hold it.

``Library`` is the only object the ui and cli layers keep; neither imports ``sqlite_utils``
(an import-linter contract says so). It exposes the services grouped by what they are about —
``library.decisions``, ``.organisations``, ``.meetings``, ``.certificates``, ``.documents``,
``.directory``, ``.statistics``, ``.recycle_bin``, ``.issue_log``, ``.packages`` — each a small
facade whose methods are the service functions with the connection already bound::

    library = Library.open(path)
    decision = library.decisions.get_decision(decision_id)
    library.decisions.save_decision(decision)

The service modules keep taking a ``Database`` first (the tests and the background operations
call them that way); a facade method is that function with its first argument bound, typed
through ``ParamSpec`` so mypy checks every call made through the session.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

from sqlite_utils import Database

from desktop.domain.records import SearchHit
from desktop.services import concurrency as _concurrency
from desktop.services import library as _library
from desktop.services.later import Later as _Later
from desktop.services.preferences import Preferences
from desktop.storage.database import database_file, is_open, open_database
from desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from desktop.services import backup as _backup
    from desktop.services import certificates as _certificates
    from desktop.services import decisions as _decisions
    from desktop.services import directory as _directory
    from desktop.services import documents as _documents
    from desktop.services import issue_log as _issue_log
    from desktop.services import meetings as _meetings
    from desktop.services import organisations as _organisations
    from desktop.services import packages as _packages
    from desktop.services import recipients as _recipients
    from desktop.services import recycle_bin as _recycle_bin
    from desktop.services import statistics as _statistics
    from desktop.services import year_report as _year_report
else:
    # A service module is imported when one of its functions is first called, not when the
    # window opens: drawing documents needs reportlab, python-docx and openpyxl (most of a
    # second), and the first screen (the meetings) needs none of the decision, directory,
    # package, backup or recycle-bin services (tests/ui/test_import_budget.py).
    _backup = _Later("desktop.services.backup")
    _certificates = _Later("desktop.services.certificates")
    _decisions = _Later("desktop.services.decisions")
    _directory = _Later("desktop.services.directory")
    _documents = _Later("desktop.services.documents")
    _issue_log = _Later("desktop.services.issue_log")
    _meetings = _Later("desktop.services.meetings")
    _organisations = _Later("desktop.services.organisations")
    _packages = _Later("desktop.services.packages")
    _recipients = _Later("desktop.services.recipients")
    _recycle_bin = _Later("desktop.services.recycle_bin")
    _statistics = _Later("desktop.services.statistics")
    _year_report = _Later("desktop.services.year_report")

__all__ = ["Library", "Preferences"]

P = ParamSpec("P")
R = TypeVar("R")


class _Bound(Generic[P, R]):
    """A service function ``f(db, ...)`` seen from a facade as ``facade.f(...)``."""

    def __init__(self, function: Callable[Concatenate[Database, P], R]) -> None:
        self._function = function
        functools.update_wrapper(cast(Callable[..., Any], self), function)

    @overload
    def __get__(self, facade: None, owner: type) -> _Bound[P, R]: ...
    @overload
    def __get__(self, facade: _Facade, owner: type) -> Callable[P, R]: ...
    def __get__(self, facade: _Facade | None, owner: type) -> _Bound[P, R] | Callable[P, R]:
        if facade is None:
            return self
        return cast(Callable[P, R], functools.partial(self._function, facade.db))


class _Facade:
    """A group of service functions bound to one connection."""

    __slots__ = ("db",)

    def __init__(self, db: Database) -> None:
        self.db = db


class Decisions(_Facade):
    __slots__ = ()
    decisions = _Bound(_decisions.decisions)
    decisions_page = _Bound(_decisions.decisions_page)
    decision_position = _Bound(_decisions.decision_position)
    get_decision = _Bound(_decisions.get_decision)
    create_decision = _Bound(_decisions.create_decision)
    save_decision = _Bound(_decisions.save_decision)
    delete_decision = _Bound(_decisions.delete_decision)
    write_document = _Bound(_decisions.write_document)
    number_problem = _Bound(_decisions.number_problem)


class Organisations(_Facade):
    __slots__ = ()
    organisations = _Bound(_organisations.organisations)
    add_organisation = _Bound(_organisations.add_organisation)
    save_organisation = _Bound(_organisations.save_organisation)
    create_organisation = _Bound(_organisations.create_organisation)
    default_organisation = _Bound(_meetings.default_organisation)


class Meetings(_Facade):
    __slots__ = ()
    meetings = _Bound(_meetings.meetings)
    get_meeting = _Bound(_meetings.get_meeting)
    create_meeting = _Bound(_meetings.create_meeting)
    save_meeting = _Bound(_meetings.save_meeting)
    set_final = _Bound(_meetings.set_final)
    delete_meeting = _Bound(_meetings.delete_meeting)
    write_minutes = _Bound(_meetings.write_minutes)
    package_text = _Bound(_library.meeting_package_text)


class Certificates(_Facade):
    __slots__ = ()
    template_mismatch = _Bound(_certificates.template_mismatch)
    preview_pdf = _Bound(_certificates.preview_pdf)
    issue_certificates = _Bound(_certificates.issue_certificates)
    print_job = _Bound(_certificates.print_job)
    log_issues = _Bound(_certificates.log_issues)
    issued = _Bound(_certificates.issued)
    set_printer_offsets = _Bound(_certificates.set_printer_offsets)
    printer_offsets = _Bound(_certificates.printer_offsets)
    calibrated_printer = _Bound(_certificates.calibrated_printer)
    printers = _Bound(_certificates.printers)
    calibration_test_pdf = _Bound(_certificates.calibration_test_pdf)

    def write_calibration_sheet(
        self, path: str | Path, paper: str = "A4", printer: str = ""
    ) -> Path:
        """The calibration sheet written to ``path``, with ``printer``'s stored offsets."""
        return _certificates.write_calibration_sheet(path, paper=paper, db=self.db, printer=printer)


class Documents(_Facade):
    __slots__ = ()
    stored_reward = _Bound(_documents.stored_reward)
    write_minutes = _Bound(_documents.write_minutes)
    write_decision = _Bound(_documents.write_decision)
    write_award_list = _Bound(_documents.write_award_list)


class Directory(_Facade):
    __slots__ = ()
    entries = _Bound(_directory.entries)
    page = _Bound(_directory.page)
    complete = _Bound(_directory.complete)
    find_entry = _Bound(_directory.find_entry)
    history = _Bound(_directory.history)
    earlier_awards = _Bound(_directory.earlier_awards)
    duplicates = _Bound(_directory.duplicates)
    collective_duplicates = _Bound(_directory.collective_duplicates)
    merge = _Bound(_directory.merge)
    delete_entry = _Bound(_directory.delete_entry)
    unused_entries = _Bound(_directory.unused_entries)
    unused_count = _Bound(_directory.unused_count)
    remove_unused_entries = _Bound(_directory.remove_unused_entries)


class Statistics(_Facade):
    __slots__ = ()
    year_span = _Bound(_statistics.year_span)
    statistics = _Bound(_statistics.statistics)
    issuing_bodies = _Bound(_year_report.issuing_bodies)
    find_body = _Bound(_year_report.find_body)
    year_table = _Bound(_year_report.year_table)
    write_year_report = _Bound(_year_report.write_year_report)


class IssueLog(_Facade):
    __slots__ = ()
    entries = _Bound(_issue_log.entries)
    reprint = _Bound(_issue_log.reprint)


class RecycleBin(_Facade):
    __slots__ = ()
    items = _Bound(_recycle_bin.items)
    restore = _Bound(_recycle_bin.restore)


class Packages(_Facade):
    __slots__ = ()
    load_package = _Bound(_packages.load_package)
    store_package = _Bound(_packages.store_package)
    dump_meeting = _Bound(_packages.dump_meeting)
    export_meeting = _Bound(_packages.export_meeting)
    import_recipients = _Bound(_recipients.import_recipients)


@dataclass(eq=False)
class Library:
    """One open database, where it lives, and the preferences documents are drawn with."""

    db: Database
    path: Path | None = None
    preferences: Preferences = field(default_factory=Preferences)

    def __post_init__(self) -> None:
        self.decisions = Decisions(self.db)
        self.organisations = Organisations(self.db)
        self.meetings = Meetings(self.db)
        self.certificates = Certificates(self.db)
        self.documents = Documents(self.db)
        self.directory = Directory(self.db)
        self.statistics = Statistics(self.db)
        self.recycle_bin = RecycleBin(self.db)
        self.issue_log = IssueLog(self.db)
        self.packages = Packages(self.db)

    @classmethod
    def open(cls, path: str | Path | None, preferences: Preferences | None = None) -> Library:
        """Open (creating and upgrading when needed) the database at ``path``, or the user's
        default database when ``None`` (``services.library.open_library``)."""
        db = _library.open_library(path)
        return cls(db, database_file(db), preferences or Preferences())

    @classmethod
    def in_memory(cls) -> Library:
        """A throw-away library (tests, previews of a package before it is loaded)."""
        return cls(open_database(None))

    @classmethod
    def demo(cls, path: Path) -> tuple[Library, _packages.LoadResult]:
        """A fresh database at ``path`` holding the demo meeting (any old one is replaced)."""
        db, result = _library.create_demo(path)
        return cls(db, Path(path)), result

    # -- the database as a whole -----------------------------------------------------------------

    def is_open(self) -> bool:
        """False once the connection was closed (work that outlived its window finds nothing)."""
        return is_open(self.db)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        return _library.search(self.db, text, limit)

    def check(self) -> _library.CheckReport:
        return _library.check(self.db)

    def damage(self) -> list[str]:
        return _library.damage(self.db)

    @property
    def read_only(self) -> bool:
        return _concurrency.is_read_only(self.db)

    def refuse_writes(self) -> None:
        _concurrency.refuse_writes(self.db)

    def changed_elsewhere(self) -> int:
        """A number that changes whenever another connection commits (SQLite's data_version)."""
        return _concurrency.changed_elsewhere(self.db)

    # -- preferences -------------------------------------------------------------------------------

    def apply_preferences(self, fonts_dir: Path | None = None) -> bool:
        """Draw documents as the preferences say; False when Times New Roman was asked for and
        is not installed (Tinos is used then)."""
        return _library.prefer_windows_times_new_roman(self.preferences.windows_serif, fonts_dir)

    def set_windows_serif(self, prefer: bool, fonts_dir: Path | None = None) -> bool:
        self.preferences.windows_serif = prefer
        return self.apply_preferences(fonts_dir)

    def windows_serif_in_use(self) -> bool:
        """True when documents are drawn in Windows' Times New Roman (not the bundled Tinos)."""
        return _library.serif_in_use() == _library.SERIF_WINDOWS

    def restore(self, backup: Path) -> Path | None:
        """Replace the database with ``backup`` and go on with it; the safety copy of what was
        replaced (None when there was nothing).

        The connection is closed for the restore (``backup.restore_database`` checks the backup
        and keeps the current file beside it) and opened again, whatever happens: every holder
        of this Library (the window's pages, its facades) then reads the restored data.

        Raises:
            StorageError, OutputError: the backup is not sound, or could not be put in place;
                the database is as it was.
        """
        if self.path is None:
            raise ValueError("an in-memory database has no file to restore into")
        if self.read_only:
            raise StorageError(
                "Cửa sổ này chỉ được đọc (cơ sở dữ liệu đang mở ở cửa sổ khác); hãy khôi phục "
                "từ cửa sổ đang ghi, hoặc đóng cửa sổ kia rồi mở lại"
            )
        self.db.close()
        try:
            return _backup.restore_database(Path(backup), self.path)
        finally:
            self._reopen()

    def _reopen(self) -> None:
        assert self.path is not None
        self.db = _library.open_library(self.path)
        for facade in vars(self).values():
            if isinstance(facade, _Facade):
                facade.db = self.db

    def close(self) -> None:
        self.db.close()
