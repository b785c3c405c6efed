"""The main window: navigation, the pages, one search box, status bar, shortcuts."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.domain.dates import short_date
from desktop.domain.records import SearchHit
from desktop.services import library
from desktop.services.session import Library
from desktop.ui import settings as app_settings
from desktop.ui import single_window
from desktop.ui.compat import override
from desktop.ui.editors.decision import DecisionEditor
from desktop.ui.editors.meeting import MeetingEditor
from desktop.ui.operations import DatabaseOp, Progress, show_error
from desktop.ui.pages.directory import DirectoryView
from desktop.ui.pages.record_list import RecordListPage
from desktop.ui.pages.recycle_bin import RecycleBinView
from desktop.ui.pages.settings import SettingsView
from desktop.ui.pages.statistics import StatisticsView
from desktop.ui.pages.templates import TemplatesView
from desktop.ui.widgets.search_box import SearchBox

log = logging.getLogger(__name__)

PAGE_MEETINGS, PAGE_DECISIONS, PAGE_DIRECTORY, PAGE_TEMPLATES, PAGE_SETTINGS, PAGE_BIN = range(6)
PAGE_STATISTICS = 6
STATUS_MS = 4000
WATCH_MS = 1000
"""How often the window looks for changes saved by the CLI or another window."""


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
        self._library = library
        self._db_path = db_path
        self._settings = settings
        self.setWindowTitle(self.tr("Vinh Danh — {0}").format(db_path.name))
        self.setMinimumSize(QSize(760, 520))

        # -- pages --
        self.meeting_editor = MeetingEditor(library)
        self.meetings_page = RecordListPage(
            self.tr("Meetings"),
            self.tr("New meeting"),
            self.meeting_editor,
            self._meeting_rows,
            self.tr("No meetings yet. Press “New meeting” to start one."),
        )
        self.decision_editor = DecisionEditor(library)
        self.decisions_page = RecordListPage(
            self.tr("Decisions"),
            self.tr("New decision"),
            self.decision_editor,
            self._decision_rows,
            self.tr("No decisions yet. Press “New decision” to start one."),
        )
        self.directory_view = DirectoryView(library)
        self.templates_view = TemplatesView(library)
        self.settings_view = SettingsView(library, settings)
        self.recycle_bin_view = RecycleBinView(library)
        self.statistics_view = StatisticsView(library)

        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(190)
        self.navigation.setMaximumWidth(260)
        self.navigation.setStyleSheet(
            "#navigation { font-size: 11pt; } #navigation::item { padding: 8px 6px; }"
        )
        for text, page in (
            (self.tr("Meetings"), self.meetings_page),
            (self.tr("Decisions && awards"), self.decisions_page),
            (self.tr("People && collectives"), self.directory_view),
            (self.tr("Certificate templates"), self.templates_view),
            (self.tr("Settings"), self.settings_view),
            (self.tr("Recycle bin"), self.recycle_bin_view),
            (self.tr("Statistics"), self.statistics_view),
        ):
            self.navigation.addItem(QListWidgetItem(text.replace("&&", "&")))
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 1200])
        splitter.setChildrenCollapsible(False)
        self.read_only_banner = QLabel(
            self.tr(
                "Read-only: this data file is open in another Vinh Danh window, where it can be "
                "changed. Here you can look, search, print and export (as drafts: certificates "
                "printed here are not recorded in the issue log); changes made there appear here."
            )
        )
        self.read_only_banner.setObjectName("read-only-banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "#read-only-banner { background: #fff3cd; color: #664d03; padding: 6px 10px;"
            " border-bottom: 1px solid #e0c36c; font-weight: bold; }"
        )
        self.read_only_banner.setVisible(read_only)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        # -- undo, search, actions --
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.meeting_editor.undo_stack)
        self.undo_group.addStack(self.decision_editor.undo_stack)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.search_box = SearchBox(library)
        self.search_box.hit_chosen.connect(self.open_hit)
        self._build_menus()

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_meeting_action)
        toolbar.addAction(self.new_decision_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

        self.database_label = QLabel(str(db_path))
        self.statusBar().addPermanentWidget(self.database_label)

        # -- wiring --
        self.meetings_page.current_changed.connect(self._on_meetings_page_current_changed)
        self.meetings_page.new_requested.connect(self.new_meeting)
        self.meetings_page.delete_requested.connect(self.delete_meeting)
        self.decisions_page.current_changed.connect(self._on_decisions_page_current_changed)
        self.decisions_page.new_requested.connect(self.new_decision)
        self.decisions_page.delete_requested.connect(self.delete_decision)
        for editor in (self.meeting_editor, self.decision_editor):
            editor.saved.connect(self._on_editor_saved)
            editor.save_failed.connect(self._on_editor_save_failed)
        self.meeting_editor.status_changed.connect(lambda _: self.meetings_page.reload())
        self.meeting_editor.exported.connect(self._on_file_written)
        self.decision_editor.exported.connect(self._on_file_written)
        self.statistics_view.file_written.connect(self._on_file_written)
        self.recycle_bin_view.restored.connect(self._on_recycle_bin_view_restored)
        self.directory_view.deleted.connect(self.recycle_bin_view.reload)
        self.settings_view.organisation_saved.connect(self._reload_all)

        self._reload_all()
        self._restore_geometry()

        # -- one writer; changes made elsewhere (the CLI, a second window) are shown --
        if read_only:
            self._refuse_writes()
        self._data_version = library.changed_elsewhere()
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self._on_watch_timer_timeout)
        single_window.take_raise_request(db_path)  # one left from an earlier start: old news
        self.watch_timer.start()
        for editor in (self.meeting_editor, self.decision_editor):
            editor.changed_elsewhere.connect(self._on_editor_changed_elsewhere)

    def _refuse_writes(self) -> None:
        self._library.refuse_writes()  # the database itself refuses, whatever is clicked
        self.setWindowTitle(self.tr("Vinh Danh — {0} (read-only)").format(self._db_path.name))
        for editor in (self.meeting_editor, self.decision_editor):
            editor.set_read_only(True)
        for page in (self.meetings_page, self.decisions_page):
            page.new_button.setEnabled(False)
            page.delete_button.setEnabled(False)
            page.read_only = True
        for action in self.write_actions:
            action.setEnabled(False)
        for view in (self.settings_view, self.recycle_bin_view, self.directory_view):
            view.setEnabled(False)

    def check_external_changes(self) -> bool:
        """Show what another window or the CLI saved since the last look; True if anything.

        Polled every ``WATCH_MS`` (``PRAGMA data_version``: no file is read when nothing
        changed). Unsaved edits in the open editor are merged, never dropped.
        """
        try:
            version = self._library.changed_elsewhere()
        except Exception:  # a busy or vanished file: look again at the next tick
            log.warning("cannot poll the database", exc_info=True)
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        self.meeting_editor.refresh_from_disk()
        self.decision_editor.refresh_from_disk()
        self.meetings_page.reload()
        self.decisions_page.reload()
        current = self.pages.currentWidget()
        if current is self.directory_view:
            self.directory_view.reload()
        elif current is self.recycle_bin_view:
            self.recycle_bin_view.reload()
        # Not the settings form: it holds typing until "Save", which then says if the body
        # was changed elsewhere meanwhile (StaleRecordError).
        return True

    def _on_watch_timer_timeout(self) -> None:
        request = None if self.read_only else single_window.take_request(self._db_path)
        if request is not None:
            self.bring_forward()
            if request.package is not None:
                # A package double-clicked while this window was open: offered here.
                from desktop.ui import startup

                startup.offer_package(self, request.package)
        self.check_external_changes()

    def bring_forward(self) -> None:
        """Come to the front (a second start on this database asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()  # Windows may only flash the taskbar button
        self.brought_forward.emit()

    def _on_editor_changed_elsewhere(self) -> None:
        self.statusBar().showMessage(
            self.tr("Updated with changes saved in another window or by a command."),
            STATUS_MS * 2,
        )

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_meeting_action = QAction(self.tr("New meeting"), self)
        self.new_meeting_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_meeting_action.triggered.connect(self.new_meeting)
        self.new_decision_action = QAction(self.tr("New decision"), self)
        self.new_decision_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_decision_action.triggered.connect(self.new_decision)
        file_menu.addAction(self.new_meeting_action)
        file_menu.addAction(self.new_decision_action)
        file_menu.addSeparator()
        import_action = file_menu.addAction(self.tr("Import meeting package…"))
        import_action.triggered.connect(self._on_import_triggered)
        file_menu.addAction(self.tr("Export meeting package…")).triggered.connect(
            self._on_export_package_triggered
        )
        file_menu.addAction(self.tr("Back up the data…")).triggered.connect(
            self._on_back_up_triggered
        )
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Quit"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        find_action = edit_menu.addAction(self.tr("Find"))
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._on_find_action_triggered)

        view_menu = menu.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for row in range(self.navigation.count()):
            action = view_menu.addAction(self.navigation.item(row).text().replace("&", "&&"))
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.show_page(r))
            self.page_actions.append(action)

        help_menu = menu.addMenu(self.tr("&Help"))
        sample_action = help_menu.addAction(self.tr("Add the sample conference"))
        sample_action.triggered.connect(self._on_add_sample_triggered)
        self.write_actions = [
            self.new_meeting_action,
            self.new_decision_action,
            import_action,
            sample_action,
        ]
        """Actions that change the database (off in a read-only window)."""
        about = help_menu.addAction(self.tr("About Vinh Danh"))
        about.triggered.connect(self._on_about_triggered)

    # -- pages ------------------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        """Switch to one of the pages (PAGE_MEETINGS …)."""
        self.navigation.setCurrentRow(page)

    def _meeting_rows(self) -> list[tuple[str, str, str]]:
        rows = []
        for m in self._library.meetings.meetings():
            when = short_date(m.starts_at.date()) if m.starts_at else ""
            mark = " 🔒" if m.status == "final" else ""
            rows.append((m.id, f"{m.title}{mark}\n{when}", m.kind))
        return rows

    def _decision_rows(self) -> list[tuple[str, str, str]]:
        return [
            (d.id, f"{d.number}\n{d.award_form} — {short_date(d.date)}", d.award_form)
            for d in self._library.decisions.decisions()
        ]

    def _reload_all(self) -> None:
        self.meetings_page.reload()
        self.decisions_page.reload()
        self.directory_view.reload()
        self.settings_view.reload()
        self.recycle_bin_view.reload()
        if self.pages.currentWidget() is self.statistics_view:
            self.statistics_view.refresh()
        if self.pages.currentWidget() is self.templates_view:
            self.templates_view.reload()  # else when shown: it loads the certificate renderer

    def _on_navigation_current_row_changed(self, row: int) -> None:
        self.meeting_editor.save_now()
        self.decision_editor.save_now()
        self.pages.setCurrentIndex(row)
        if row == PAGE_MEETINGS:
            self.undo_group.setActiveStack(self.meeting_editor.undo_stack)
        elif row == PAGE_DECISIONS:
            self.undo_group.setActiveStack(self.decision_editor.undo_stack)
            self.decision_editor.reload_directory()
        else:
            self.undo_group.setActiveStack(None)  # type: ignore[arg-type]
        if row == PAGE_DIRECTORY:
            self.directory_view.reload()
        elif row == PAGE_BIN:
            self.recycle_bin_view.reload()
        elif row == PAGE_TEMPLATES:
            self.templates_view.reload()
        elif row == PAGE_STATISTICS:
            self.statistics_view.reload()

    def _on_meetings_page_current_changed(self, meeting_id: str) -> None:
        if self.meeting_editor.record is None or self.meeting_editor.record.id != meeting_id:
            self.meeting_editor.load(meeting_id or None)

    def _on_decisions_page_current_changed(self, decision_id: str) -> None:
        if self.decision_editor.record is None or self.decision_editor.record.id != decision_id:
            self.decision_editor.load(decision_id or None)

    # -- actions ------------------------------------------------------------------------------

    def new_meeting(self) -> str:
        """Start a new meeting and open it."""
        if self.read_only:
            return ""
        meeting = self._library.meetings.create_meeting(self.tr("New meeting"))
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
        decision = self._library.decisions.create_decision(
            issuer=meeting.organiser if meeting is not None and meeting.organiser.id else None,
            meeting_id=meeting.id if meeting is not None else "",
        )
        self.show_page(PAGE_DECISIONS)
        self.decisions_page.reload(select=decision.id)
        return decision.id

    def delete_meeting(self, meeting_id: str) -> None:
        """Move a meeting to the recycle bin."""
        if self.read_only:
            return
        self.meeting_editor.save_now()
        self._library.meetings.delete_meeting(meeting_id)
        self.meeting_editor.show_record(None)
        self.meetings_page.reload()
        self.recycle_bin_view.reload()
        self.statusBar().showMessage(self.tr("Moved to the recycle bin."), STATUS_MS)

    def delete_decision(self, decision_id: str) -> None:
        """Move a decision to the recycle bin."""
        if self.read_only:
            return
        self.decision_editor.save_now()
        self._library.decisions.delete_decision(decision_id)
        self.decision_editor.show_record(None)
        self.decisions_page.reload()
        self.recycle_bin_view.reload()
        self.statusBar().showMessage(self.tr("Moved to the recycle bin."), STATUS_MS)

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

        def task(lib: Library, progress: Progress) -> library.LoadResult:
            progress.report(0, 1)
            return lib.packages.load_package(path)

        def loaded(result: library.LoadResult) -> None:
            self._reload_all()
            self.show_page(PAGE_MEETINGS)
            self.meetings_page.reload(select=result.meeting_id)
            self.statusBar().showMessage(
                self.tr("Added “{0}” with {1} decisions.").format(
                    result.title, len(result.decision_ids)
                ),
                STATUS_MS * 2,
            )

        return (
            DatabaseOp(self, self._library, task)
            .success(loaded)
            .with_progress(self.tr("Reading {0}…").format(path.name))
            .run_in_background()
        )

    def export_package(self, meeting_id: str, path: Path) -> DatabaseOp:
        """Write a meeting and its decisions as a package (.json), in the background."""
        self.meeting_editor.save_now()
        self.decision_editor.save_now()

        def task(lib: Library, progress: Progress) -> Path:
            progress.report(0, 1)
            return lib.packages.export_meeting(meeting_id, path)

        return (
            DatabaseOp(self, self._library, task)
            .success(self._on_file_written)
            .with_progress(self.tr("Writing {0}…").format(path.name))
            .run_in_background()
        )

    def back_up(self, path: Path) -> DatabaseOp:
        """Copy the whole database to ``path``, in the background, with progress."""
        from desktop.services import backup

        self.meeting_editor.save_now()
        self.decision_editor.save_now()
        source = self._db_path

        def task(lib: Library, progress: Progress) -> Path:
            return backup.backup_database(source, path, progress.report)

        return (
            DatabaseOp(self, self._library, task)
            .success(self._on_file_written)
            .with_progress(self.tr("Backing up the data…"))
            .run_in_background()
        )

    # -- slots ----------------------------------------------------------------------------------

    def add_sample_conference(self) -> DatabaseOp:
        """Add the sample conference to this database (Help menu), in the background."""
        return self.import_package(library.demo_package_path())

    def _on_add_sample_triggered(self) -> None:
        self.add_sample_conference()

    def _on_import_triggered(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import meeting package"),
            "",
            self.tr("Meeting package (*.vinhdanh *.json)"),
        )
        if chosen:
            self.import_package(Path(chosen))

    def _on_export_package_triggered(self) -> None:
        meeting = self.meeting_editor.record
        if meeting is None:
            self.statusBar().showMessage(self.tr("Open a meeting first."), STATUS_MS)
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export meeting package"),
            f"{meeting.title}.vinhdanh",  # opened by a double-click where Vinh Danh is installed
            self.tr("Meeting package (*.vinhdanh);;JSON (*.json)"),
        )
        if chosen:
            # The export refuses another extension (services.files.check_output): add it.
            self.export_package(meeting.id, _with_suffix(Path(chosen), ".json"))

    def _on_back_up_triggered(self) -> None:
        from desktop.services import backup

        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the data"),
            str(backup.default_backup_path()),
            self.tr("Vinh Danh data (*.db)"),
        )
        if chosen:
            self.back_up(_with_suffix(Path(chosen), ".db", ".bak", ".sqlite", ".sqlite3"))

    def _on_editor_saved(self) -> None:
        self.statusBar().showMessage(self.tr("Saved."), STATUS_MS)
        meeting = self.meeting_editor.record
        if meeting is not None and self.meetings_page.current_id() == meeting.id:
            when = short_date(meeting.starts_at.date()) if meeting.starts_at else ""
            mark = " 🔒" if meeting.status == "final" else ""
            self.meetings_page.rename_current(f"{meeting.title}{mark}\n{when}")
        decision = self.decision_editor.record
        if decision is not None and self.decisions_page.current_id() == decision.id:
            self.decisions_page.rename_current(
                f"{decision.number}\n{decision.award_form} — {short_date(decision.date)}"
            )

    def _on_editor_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Not saved: {0}").format(message))

    def _on_file_written(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Written {0}").format(path), STATUS_MS * 2)

    def _on_recycle_bin_view_restored(self, kind: str, record_id: str) -> None:
        if kind == "meeting":
            self.meetings_page.reload()
        elif kind == "decision":
            self.decisions_page.reload()
        else:
            self.directory_view.reload()
        self.statusBar().showMessage(self.tr("Restored."), STATUS_MS)

    def _on_find_action_triggered(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Vinh Danh"),
            self.tr("Vinh Danh {0}\nMeetings, minutes, decisions and certificates.").format(
                __version__
            ),
        )

    # -- geometry -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = app_settings.value(self._settings, "window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1366, 800)
        state = app_settings.value(self._settings, "window/state")
        if not state.isEmpty():
            self.restoreState(state)
        self.show_page(app_settings.value(self._settings, "window/page"))

    def save_settings(self) -> None:
        """Remember the window's size, position and page."""
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/page", self.navigation.currentRow())
        self._settings.sync()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.meeting_editor.save_now()
            self.decision_editor.save_now()
        except Exception as exc:
            show_error(self, exc)
        if self._remember:
            self.save_settings()
        super().closeEvent(event)


def _with_suffix(path: Path, suffix: str, *others: str) -> Path:
    """``path`` as typed in a save dialog, with ``suffix`` added unless the name already ends
    in it or one of ``others`` (Linux dialogs do not add it; Windows ones do)."""
    if path.suffix.lower() in (suffix, *others):
        return path
    return path.with_name(path.name + suffix)
