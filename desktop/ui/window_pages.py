"""The main window's pages: the navigation list beside the page stack, pages built the first
time they are shown, and the rows of the meeting and decision lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import short_date
from desktop.domain.records import Decision, Meeting
from desktop.services.session import Library
from desktop.ui import settings as app_settings
from desktop.ui.pages.record_list import Pager, RecordListPage

if TYPE_CHECKING:
    from desktop.services.decisions import DecisionSummary
    from desktop.services.meetings import MeetingSummary
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages.directory import DirectoryView
    from desktop.ui.pages.issue_log import IssueLogView
    from desktop.ui.pages.recycle_bin import RecycleBinView
    from desktop.ui.pages.settings import SettingsView
    from desktop.ui.pages.statistics import StatisticsView
    from desktop.ui.pages.templates import TemplatesView

PAGE_MEETINGS, PAGE_DECISIONS, PAGE_DIRECTORY, PAGE_TEMPLATES, PAGE_SETTINGS, PAGE_BIN = range(6)
PAGE_STATISTICS = 6
PAGE_ISSUES = 7

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget, Generic[W]):
    """A place in the page stack whose page is built when first needed (shown, or asked for
    by ``page()``): the window opens without importing what only that page uses (the
    statistics page's spreadsheet and report writers, the certificate templates). Once
    built, the page takes the placeholder's place in the stack."""

    def __init__(
        self,
        build: Callable[[], W],
        parent: QWidget | None = None,
        *,
        after: Callable[[W], object] | None = None,
    ) -> None:
        """``after(page)`` runs once the page is built and in the stack."""
        super().__init__(parent)
        self._build = build
        self._after = after
        self._page: W | None = None

    @property
    def built(self) -> bool:
        """True once the page exists."""
        return self._page is not None

    def page(self) -> W:
        """The page, built now if it was not yet."""
        if self._page is None:
            self._page = self._build()
            stack = self.parentWidget()
            if isinstance(stack, QStackedWidget) and (index := stack.indexOf(self)) >= 0:
                current = stack.currentWidget() is self
                stack.insertWidget(index, self._page)
                if current:
                    stack.setCurrentIndex(index)
                stack.removeWidget(self)
            if self._after is not None:
                self._after(self._page)
        return self._page

    def shown_in(self, stack: QStackedWidget) -> bool:
        """True when this page (or its placeholder) is the one ``stack`` shows."""
        current = stack.currentWidget()
        return current is self or (self._page is not None and current is self._page)


def page_shown(window: MainWindow, row: int) -> None:
    """The navigation moved to page ``row``: edits are saved, the page is built (the first
    time) and read, and its editor's undo history becomes the Edit menu's."""
    window.save_editors()
    window.pages.setCurrentIndex(row)
    if row == PAGE_MEETINGS:
        window.undo_group.setActiveStack(window.meeting_editor.undo_stack)
    elif row == PAGE_DECISIONS:
        window.undo_group.setActiveStack(window.decision_editor.undo_stack)
        window.decision_chosen(window.decisions_page.current_id())
    else:
        window.undo_group.setActiveStack(None)  # type: ignore[arg-type]
    if row == PAGE_DIRECTORY:
        window.directory_view.reload()
    elif row == PAGE_BIN:
        window.recycle_bin_view.reload()
    elif row == PAGE_TEMPLATES:
        window.templates_view.reload()
    elif row == PAGE_SETTINGS:
        window.settings_view.reload()
    elif row == PAGE_STATISTICS:
        window.statistics_view.reload()
    elif row == PAGE_ISSUES:
        window.issues_page.page().reload()


def decisions_page(window: MainWindow) -> RecordListPage:
    """The Decisions page and its editor, wired to the window (built on first use)."""
    from desktop.ui.editors.decision import DecisionEditor

    editor = DecisionEditor(window.library)
    page = RecordListPage(
        QCoreApplication.translate("MainWindow", "Decisions"),
        QCoreApplication.translate("MainWindow", "New decision"),
        editor,
        decision_rows(window.library),
        QCoreApplication.translate(
            "MainWindow", "No decisions yet. Press “New decision” to start one."
        ),
    )
    page.current_changed.connect(window.decision_chosen)
    page.new_requested.connect(window.new_decision)
    page.delete_requested.connect(window.delete_decision)
    window.wire_editor(editor)
    window.change_watch.alert.watch(editor)
    window.undo_group.addStack(editor.undo_stack)
    if window.read_only:
        editor.set_read_only(True)
        page.new_button.setEnabled(False)
        page.read_only = True
    return page  # read once in the stack (LazyPage's ``after``): showing it opens a decision


def directory_page(window: MainWindow) -> DirectoryView:
    """The people and collectives page (off in a read-only window); read when shown."""
    from desktop.ui.pages.directory import DirectoryView

    view = DirectoryView(window.library)
    view.deleted.connect(lambda: bin_changed(window))
    view.setEnabled(not window.read_only)
    return view


def recycle_bin_page(window: MainWindow) -> RecycleBinView:
    """The recycle bin (off in a read-only window); read when shown."""
    from desktop.ui.pages.recycle_bin import RecycleBinView

    view = RecycleBinView(window.library)
    view.restored.connect(lambda kind, _id: restored(window, kind))
    view.setEnabled(not window.read_only)
    return view


def restored(window: MainWindow, kind: str) -> None:
    """A record came back from the recycle bin: its list shows it again."""
    if kind in ("meeting", "decision"):
        for page in window.record_pages():  # the Decisions page once built
            page.reload()
    elif window.directory_page.built:
        window.directory_view.reload()
    window.show_status(QCoreApplication.translate("MainWindow", "Restored."))


def bin_changed(window: MainWindow) -> None:
    """Something moved to the recycle bin: it shows it (once built; else read when shown)."""
    if window.bin_page.built:
        window.recycle_bin_view.reload()


def reload_shown_lists(window: MainWindow) -> None:
    """Read the directory or the recycle bin again when it is the page shown (else they are
    read when shown: a page of 400,000 people's directory is cheap, the bin's scan is not)."""
    if window.directory_page.built and window.directory_page.shown_in(window.pages):
        window.directory_view.reload()
    elif window.bin_page.built and window.bin_page.shown_in(window.pages):
        window.recycle_bin_view.reload()


def settings_page(window: MainWindow) -> SettingsView:
    """The settings page, wired to the window (disabled in a read-only window)."""
    from desktop.ui.pages.settings import SettingsView

    view = SettingsView(window.library, window.qsettings, schedule=window.backup_schedule)
    view.organisation_saved.connect(window.reload_all)
    view.setEnabled(not window.read_only)
    view.reload()
    return view


def statistics_page(window: MainWindow) -> StatisticsView:
    """The statistics page, wired to the window's status bar."""
    from desktop.ui.pages.statistics import StatisticsView

    view = StatisticsView(window.library)
    view.file_written.connect(window.file_written)
    return view


def issue_log_page(window: MainWindow) -> IssueLogView:
    """Sổ cấp giấy khen: opening an entry shows its decision."""
    from desktop.domain.records import SearchHit
    from desktop.ui.pages.issue_log import IssueLogView

    view = IssueLogView(window.library)
    view.open_decision.connect(lambda d: window.open_hit(SearchHit("decision", d, "")))
    view.reprinted.connect(window.file_written)
    return view


def templates_page(window: MainWindow) -> TemplatesView:
    """The certificate templates page."""
    from desktop.ui.pages.templates import TemplatesView

    return TemplatesView(window.library)


def navigation_list(pages: QStackedWidget, widgets: list[QWidget]) -> QListWidget:
    """The list of pages on the left; ``widgets`` (in PAGE_MEETINGS … order) are added to
    ``pages``."""
    navigation = QListWidget()
    navigation.setObjectName("navigation")
    navigation.setMinimumWidth(190)
    navigation.setMaximumWidth(260)
    navigation.setStyleSheet(
        "#navigation { font-size: 11pt; } #navigation::item { padding: 8px 6px; }"
    )
    for text, page in zip(page_titles(), widgets, strict=True):
        navigation.addItem(QListWidgetItem(text.replace("&&", "&")))
        pages.addWidget(page)
    return navigation


def read_only_banner(visible: bool) -> QLabel:
    """The yellow line saying this window only looks (another window may write)."""
    banner = QLabel(
        QCoreApplication.translate(
            "MainWindow",
            "Read-only: this data file is open in another Vinh Danh window, where it can be "
            "changed. Here you can look, search, print and export (as drafts: certificates "
            "printed here are not recorded in the issue log); changes made there appear here.",
        )
    )
    banner.setObjectName("read-only-banner")
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "#read-only-banner { background: #fff3cd; color: #664d03; padding: 6px 10px;"
        " border-bottom: 1px solid #e0c36c; font-weight: bold; }"
    )
    banner.setVisible(visible)
    return banner


def central_widget(banner: QLabel, navigation: QListWidget, pages: QStackedWidget) -> QWidget:
    """The banner above the navigation list beside the pages."""
    splitter = QSplitter()
    splitter.addWidget(navigation)
    splitter.addWidget(pages)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([210, 1200])
    splitter.setChildrenCollapsible(False)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(splitter, 1)
    return central


def meeting_text(meeting: Meeting | MeetingSummary) -> str:
    """A meeting as the list shows it: title (🔒 when final), then its date."""
    when = short_date(meeting.starts_at.date()) if meeting.starts_at else ""
    mark = " 🔒" if meeting.status == "final" else ""
    return f"{meeting.title}{mark}\n{when}"


def decision_text(decision: Decision | DecisionSummary) -> str:
    """A decision as the list shows it: number, then award form and date."""
    return f"{decision.number}\n{decision.award_form} — {short_date(decision.date)}"


def meeting_rows(library: Library) -> Callable[[], list[tuple[str, str, str]]]:
    """The rows of the meeting list: (id, text, tooltip)."""
    return lambda: [(m.id, meeting_text(m), m.kind) for m in library.meetings.meetings()]


def decision_rows(library: Library) -> Pager:
    """The rows of the decision list, (id, text, tooltip), read a page at a time (an office
    keeps 10,000 decisions; SQLite sorts them)."""
    return Pager(
        lambda offset, limit: [
            (d.id, decision_text(d), d.award_form)
            for d in library.decisions.decisions_page(offset, limit)
        ],
        library.decisions.decision_position,
    )


def page_titles() -> list[str]:
    """The navigation's entries, in page order (PAGE_MEETINGS …)."""
    return [
        QCoreApplication.translate("MainWindow", "Meetings"),
        QCoreApplication.translate("MainWindow", "Decisions && awards"),
        QCoreApplication.translate("MainWindow", "People && collectives"),
        QCoreApplication.translate("MainWindow", "Certificate templates"),
        QCoreApplication.translate("MainWindow", "Settings"),
        QCoreApplication.translate("MainWindow", "Recycle bin"),
        QCoreApplication.translate("MainWindow", "Statistics"),
        QCoreApplication.translate("MainWindow", "Certificate register"),
    ]


def first_size(available: QSize) -> QSize:
    """The window's size the first time: 1366 × 800 at most, never larger than the screen's
    free area (a 1366 × 768 laptop has about 1366 × 728 once the taskbar is counted)."""
    return QSize(min(1366, available.width()), min(800, available.height()))


def restore_geometry(window: MainWindow) -> None:
    """The window's size, position and page as they were left (the first time: as large as
    1366 × 800 where the screen has room for it, maximised on a small screen)."""
    settings = window.qsettings
    geometry = app_settings.value(settings, "window/geometry")
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        screen = window.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 800)
        size = first_size(available.size())
        window.resize(size)
        window.move(available.topLeft())
        # The size is the inside of the window: once shown, the title bar and borders are known
        # and the whole frame is brought inside the screen (the status bar stays visible).
        for delay in (0, 500):
            QTimer.singleShot(delay, window, lambda: fit_frame(window, available, size))
    state = app_settings.value(settings, "window/state")
    if not state.isEmpty():
        window.restoreState(state)
    window.show_page(app_settings.value(settings, "window/page"))


def fit_frame(window: QWidget, available: QRect, size: QSize | None = None) -> None:
    """Shrink and move ``window`` so that its frame (title bar and borders included) lies
    within ``available``, the screen less its taskbar; nothing when ``size`` is given and the
    window is no longer that size (the user, or a test, has sized it since)."""
    if size is not None and window.size() != size:
        return
    frame = window.frameGeometry()
    extra_width, extra_height = frame.width() - window.width(), frame.height() - window.height()
    if frame.width() <= available.width() and frame.height() <= available.height():
        if available.contains(frame):
            return
    else:
        window.resize(
            min(window.width(), available.width() - extra_width),
            min(window.height(), available.height() - extra_height),
        )
    window.move(available.topLeft())


def save_geometry(window: MainWindow) -> None:
    """Remember the window's size, position and page."""
    settings = window.qsettings
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/page", window.navigation.currentRow())
    settings.sync()
