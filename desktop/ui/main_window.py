"""The main window: navigation, the pages, one search box, status bar, shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLockFile, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from desktop.domain.records import SearchHit
from desktop.services.session import Library
from desktop.ui import window_actions, window_pages, window_tasks
from desktop.ui.backup_schedule import BackupSchedule
from desktop.ui.compat import override
from desktop.ui.editors.meeting import MeetingEditor
from desktop.ui.operations import DatabaseOp
from desktop.ui.pages.record_list import RecordListPage
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.window_pages import PAGE_BIN as PAGE_BIN  # the page numbers, for callers
from desktop.ui.window_pages import (
    PAGE_DECISIONS,
    PAGE_DIRECTORY,
    PAGE_MEETINGS,
    LazyPage,
    central_widget,
    decision_text,
    decisions_page,
    directory_page,
    issue_log_page,
    meeting_rows,
    meeting_text,
    navigation_list,
    read_only_banner,
    recycle_bin_page,
    settings_page,
    statistics_page,
    templates_page,
)
from desktop.ui.window_pages import PAGE_ISSUES as PAGE_ISSUES
from desktop.ui.window_pages import PAGE_SETTINGS as PAGE_SETTINGS
from desktop.ui.window_pages import PAGE_STATISTICS as PAGE_STATISTICS
from desktop.ui.window_pages import PAGE_TEMPLATES as PAGE_TEMPLATES
from desktop.ui.window_watch import ChangeWatch

if TYPE_CHECKING:
    from desktop.ui.editors.decision import DecisionEditor
    from desktop.ui.pages.directory import DirectoryView
    from desktop.ui.pages.issue_log import IssueLogView
    from desktop.ui.pages.recycle_bin import RecycleBinView
    from desktop.ui.pages.settings import SettingsView
    from desktop.ui.pages.statistics import StatisticsView
    from desktop.ui.pages.templates import TemplatesView


STATUS_MS = 4000


class MainWindow(QMainWindow):
    """Everything the office does, one page per task."""

    brought_forward = Signal()
    """A second start on this database asked this window to come to the front."""

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        remember: bool = True,
        read_only: bool = False,
    ) -> None:
        """``remember=False`` leaves the stored window geometry alone (smoke test);
        ``read_only`` opens a second window on a database another window is changing."""
        super().__init__(parent)
        self._remember = remember
        self.read_only = read_only
        self.database_lock: QLockFile | None = None
        """The QLockFile held while this window may write (set by ``app.start``)."""
        if library.path is None:
            raise ValueError("the window needs a database file, not one in memory")
        db_path = library.path
        self.library = library
        """The open database, as the pages and the background operations reach it."""
        self._db_path = db_path
        self.qsettings = settings
        """Where the window's size, page and the user's choices are kept."""
        self.setWindowTitle(self.tr("Vinh Danh — {0}").format(db_path.name))
        self.setMinimumSize(QSize(760, 520))

        # -- pages --
        self.meeting_editor = MeetingEditor(library)
        self.meetings_page = RecordListPage(
            self.tr("Meetings"),
            self.tr("New meeting"),
            self.meeting_editor,
            meeting_rows(library),
            self.tr("No meetings yet. Press “New meeting” to start one."),
        )
        # Built when first shown (or asked for): the decision editor and its document panels.
        self._decisions: LazyPage[RecordListPage] = LazyPage(
            lambda: decisions_page(self), after=lambda page: page.reload()
        )
        # Built when first shown (they are read when shown): the directory and recycle bin.
        self.directory_page: LazyPage[DirectoryView] = LazyPage(lambda: directory_page(self))
        self.bin_page: LazyPage[RecycleBinView] = LazyPage(lambda: recycle_bin_page(self))
        # Built when first shown: they import the certificate, emblem and report writers.
        self._templates: LazyPage[TemplatesView] = LazyPage(lambda: templates_page(self))
        self.qsettings_page: LazyPage[SettingsView] = LazyPage(lambda: settings_page(self))
        self._statistics: LazyPage[StatisticsView] = LazyPage(lambda: statistics_page(self))
        self.issues_page: LazyPage[IssueLogView] = LazyPage(lambda: issue_log_page(self))
        self.backup_schedule = BackupSchedule(self, library, settings)  # app.after_start starts it
        self.pages = QStackedWidget()
        self.navigation = navigation_list(
            self.pages,
            [
                self.meetings_page,
                self._decisions,
                self.directory_page,
                self._templates,
                self.qsettings_page,
                self.bin_page,
                self._statistics,
                self.issues_page,
            ],
        )
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)

        self.read_only_banner = read_only_banner(read_only)
        self.setCentralWidget(central_widget(self.read_only_banner, self.navigation, self.pages))

        # -- undo, search, actions --
        self.search_box = SearchBox(library)
        self.search_box.hit_chosen.connect(self.open_hit)
        self.undo_group: QUndoGroup
        self.undo_action: QAction
        self.redo_action: QAction
        self.new_meeting_action: QAction
        self.new_decision_action: QAction
        self.page_actions: list[QAction]
        self.write_actions: list[QAction]
        """Actions that change the database (off in a read-only window)."""
        window_actions.build(self)

        self.database_label = QLabel(str(db_path))
        self.statusBar().addPermanentWidget(self.database_label)
        # -- wiring --
        self.meetings_page.current_changed.connect(self._on_meetings_page_current_changed)
        self.meetings_page.new_requested.connect(self.new_meeting)
        self.meetings_page.delete_requested.connect(self.delete_meeting)
        self.wire_editor(self.meeting_editor)
        self.meeting_editor.status_changed.connect(lambda _: self.meetings_page.reload())

        self.reload_all()
        window_pages.restore_geometry(self)

        # -- one writer; changes made elsewhere (the CLI, a second window) are shown --
        if read_only:
            window_actions.refuse_writes(self, self.library)
        self.change_watch = ChangeWatch(self, library)
        self.watch_timer = self.change_watch.timer

    def check_external_changes(self) -> bool:
        """Show what another window or the CLI saved since the last look; True if anything
        (polled every ``WATCH_MS``; ``window_watch``)."""
        return self.change_watch.check()

    def bring_forward(self) -> None:
        """Come to the front (a second start on this database asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()  # Windows may only flash the taskbar button
        self.brought_forward.emit()

    def wire_editor(self, editor: MeetingEditor | DecisionEditor) -> None:
        """Report the editor's saves, failures, outside changes and files in the status bar."""
        editor.saved.connect(self._on_editor_saved)
        editor.save_failed.connect(self._on_editor_save_failed)
        editor.changed_elsewhere.connect(self._on_editor_changed_elsewhere)
        editor.exported.connect(self.file_written)

    @property
    def decisions_page(self) -> RecordListPage:
        """The Decisions page (built the first time it is shown or asked for)."""
        return self._decisions.page()

    @property
    def decision_editor(self) -> DecisionEditor:
        """The decision editor (its page is built when this is first asked for)."""
        return cast("DecisionEditor", self.decisions_page.editor)

    def record_pages(self) -> list[RecordListPage]:
        """The meetings page, and the Decisions page once it is built."""
        built = [self.meetings_page]
        return [*built, self.decisions_page] if self._decisions.built else built

    def editors(self) -> list[MeetingEditor | DecisionEditor]:
        """The record editors built so far (the decision editor once its page is)."""
        return [cast("MeetingEditor | DecisionEditor", p.editor) for p in self.record_pages()]

    def save_editors(self) -> None:
        """Write the pending edits of every editor built now."""
        for editor in self.editors():
            editor.save_now()

    def _on_editor_changed_elsewhere(self) -> None:
        self.show_status(
            self.tr("Updated with changes saved in another window or by a command."), long=True
        )

    # -- pages ------------------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        """Switch to one of the pages (PAGE_MEETINGS …)."""
        self.navigation.setCurrentRow(page)

    @property
    def directory_view(self) -> DirectoryView:
        """The people and collectives page (built on first use)."""
        return self.directory_page.page()

    @property
    def recycle_bin_view(self) -> RecycleBinView:
        """The recycle bin page (built on first use)."""
        return self.bin_page.page()

    @property
    def statistics_view(self) -> StatisticsView:
        """The statistics page (built on first use)."""
        return self._statistics.page()

    @property
    def templates_view(self) -> TemplatesView:
        """The certificate templates page (built on first use)."""
        return self._templates.page()

    @property
    def settings_view(self) -> SettingsView:
        """The settings page (built on first use)."""
        return self.qsettings_page.page()

    def reload_all(self) -> None:
        """Read every page again (a package loaded, the organisation changed)."""
        self.meetings_page.reload()
        if self._decisions.built:
            self.decisions_page.reload()
        if self.qsettings_page.built:
            self.settings_view.reload()
        window_pages.reload_shown_lists(self)
        if self._statistics.shown_in(self.pages):
            self.statistics_view.refresh()
        if self._templates.shown_in(self.pages):
            self.templates_view.reload()  # else when shown: it loads the certificate renderer

    def _on_navigation_current_row_changed(self, row: int) -> None:
        window_pages.page_shown(self, row)

    def _on_meetings_page_current_changed(self, meeting_id: str) -> None:
        current = self.meeting_editor.current
        if current is None or current.id != meeting_id:
            self.meeting_editor.load(meeting_id or None)

    def decision_chosen(self, decision_id: str) -> None:
        """Open the decision chosen in the list (when its page shows)."""
        if self.pages.currentWidget() is not self.decisions_page:
            return  # loaded when the page is shown: start-up does not draw a hidden decision
        current = self.decision_editor.current
        if current is None or current.id != decision_id:
            self.decision_editor.load(decision_id or None)

    # -- actions ------------------------------------------------------------------------------

    def new_meeting(self) -> str:
        """Start a new meeting and open it."""
        if self.read_only:
            return ""
        meeting = self.library.meetings.create_meeting(self.tr("New meeting"))
        self.show_page(PAGE_MEETINGS)
        self.meetings_page.reload(select=meeting.id)
        self.meeting_editor.tabs.setCurrentIndex(0)
        self.meeting_editor.title_edit.setFocus()
        self.meeting_editor.title_edit.selectAll()
        return meeting.id

    def new_decision(self) -> str:
        """Start a new decision (announced at the open meeting, if any) and open it.

        The open meeting's organiser issues it (the editor does not change the issuer).
        """
        if self.read_only:
            return ""
        meeting = self.meeting_editor.record
        decision = self.library.decisions.create_decision(
            issuer=meeting.organiser if meeting is not None and meeting.organiser.id else None,
            meeting_id=meeting.id if meeting is not None else "",
        )
        self.show_page(PAGE_DECISIONS)
        self.decisions_page.reload(select=decision.id)
        return decision.id

    def delete_meeting(self, meeting_id: str) -> None:
        """Move a meeting to the recycle bin."""
        if not self.read_only:
            self.meeting_editor.save_now()
            self.library.meetings.delete_meeting(meeting_id)
            self.meeting_editor.show_record(None)
            self._deleted(self.meetings_page)

    def delete_decision(self, decision_id: str) -> None:
        """Move a decision to the recycle bin."""
        if not self.read_only:
            self.decision_editor.save_now()
            self.library.decisions.delete_decision(decision_id)
            self.decision_editor.show_record(None)
            self._deleted(self.decisions_page)

    def _deleted(self, page: RecordListPage) -> None:
        page.reload()
        window_pages.bin_changed(self)
        self.show_status(self.tr("Moved to the recycle bin."))

    def open_hit(self, hit: SearchHit) -> None:
        """Show the record a search found."""
        if hit.kind == "meeting":
            self.show_page(PAGE_MEETINGS)
            self.meetings_page.reload(select=hit.id)
        elif hit.kind == "decision":
            self.show_page(PAGE_DECISIONS)
            self.decisions_page.reload(select=hit.id)
        else:
            self.show_page(PAGE_DIRECTORY)
            self.directory_view.select(hit.id)

    def import_package(self, path: Path) -> DatabaseOp:
        """Add a meeting package (.json) to the database, in the background."""
        return window_tasks.import_package(self, self.library, path)

    def export_package(self, meeting_id: str, path: Path) -> DatabaseOp:
        """Write a meeting and its decisions as a package (.json), in the background."""
        self.save_editors()
        return window_tasks.export_package(self, self.library, meeting_id, path)

    def back_up(self, path: Path) -> DatabaseOp:
        """Copy the whole database to ``path``, in the background, with progress."""
        self.save_editors()
        return window_tasks.back_up(self, self.library, self._db_path, path)

    # -- slots ----------------------------------------------------------------------------------

    def add_sample_conference(self) -> DatabaseOp:
        """Add the sample conference to this database (Help menu), in the background."""
        from desktop.services import library

        return self.import_package(library.demo_package_path())

    def _on_editor_saved(self) -> None:
        self.show_status(self.tr("Saved."))
        meeting = self.meeting_editor.current
        if meeting is not None and self.meetings_page.current_id() == meeting.id:
            self.meetings_page.rename_current(meeting_text(meeting))
        decision = self.decision_editor.current if self._decisions.built else None
        if decision is not None and self.decisions_page.current_id() == decision.id:
            self.decisions_page.rename_current(decision_text(decision))

    def _on_editor_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Not saved: {0}").format(message))

    def file_written(self, path: Path) -> None:
        """Say in the status bar that ``path`` was written."""
        self.show_status(self.tr("Written {0}").format(path), long=True)

    def show_status(self, message: str, *, long: bool = False) -> None:
        """Show ``message`` in the status bar for a few seconds (``long``: twice as long)."""
        self.statusBar().showMessage(message, STATUS_MS * (2 if long else 1))

    # -- geometry -------------------------------------------------------------------------------

    def save_settings(self) -> None:
        """Remember the window's size, position and page."""
        window_pages.save_geometry(self)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not window_actions.may_close(self):
            event.ignore()  # an edit could not be saved: the user was asked (not blocking)
            return
        if self._remember:
            self.save_settings()
        self.backup_schedule.closing()
        super().closeEvent(event)
