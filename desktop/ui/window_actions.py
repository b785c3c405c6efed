"""The main window's menus, toolbar and the file dialogs its menu entries open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from desktop import __version__
from desktop.services.session import Library
from desktop.ui.operations import show_error

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def build(window: MainWindow) -> None:
    """Undo, the menu bar and the toolbar; sets the window's ``undo_group``, ``undo_action``,
    ``redo_action``, ``new_meeting_action``, ``new_decision_action``, ``page_actions`` and
    ``write_actions``."""
    window.undo_group = QUndoGroup(window)
    window.undo_group.addStack(window.meeting_editor.undo_stack)  # the decision editor's
    # joins when its page is built (window_pages.decisions_page)
    window.undo_action = window.undo_group.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "Undo")
    )
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = window.undo_group.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "Redo")
    )
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    menu = window.menuBar()
    file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.new_meeting_action = QAction(
        QCoreApplication.translate("MainWindow", "New meeting"), window
    )
    window.new_meeting_action.setShortcut(QKeySequence.StandardKey.New)
    window.new_meeting_action.triggered.connect(window.new_meeting)
    window.new_decision_action = QAction(
        QCoreApplication.translate("MainWindow", "New decision"), window
    )
    window.new_decision_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    window.new_decision_action.triggered.connect(window.new_decision)
    file_menu.addAction(window.new_meeting_action)
    file_menu.addAction(window.new_decision_action)
    save_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "Save"))
    save_action.setShortcut(QKeySequence.StandardKey.Save)  # Ctrl+S, on every page
    save_action.triggered.connect(lambda: save(window))
    file_menu.addSeparator()
    import_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "Import meeting package…")
    )
    import_action.triggered.connect(lambda: ask_import(window))
    file_menu.addAction(
        QCoreApplication.translate("MainWindow", "Export meeting package…")
    ).triggered.connect(lambda: ask_export_package(window))
    file_menu.addAction(
        QCoreApplication.translate("MainWindow", "Back up the data…")
    ).triggered.connect(lambda: ask_back_up(window))
    restore_action = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "Restore from a backup…")
    )
    restore_action.triggered.connect(lambda: _restore(window))
    file_menu.addSeparator()
    quit_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "Quit"))
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(window.close)

    edit_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    find_action = edit_menu.addAction(QCoreApplication.translate("MainWindow", "Find"))
    find_action.setShortcut(QKeySequence.StandardKey.Find)
    find_action.triggered.connect(lambda: _find(window))

    view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.page_actions = []
    for row in range(window.navigation.count()):
        action = view_menu.addAction(window.navigation.item(row).text().replace("&", "&&"))
        action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        action.triggered.connect(lambda _=False, r=row: window.show_page(r))
        window.page_actions.append(action)

    help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    guide_action = help_menu.addAction(QCoreApplication.translate("MainWindow", "User guide"))
    guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide_action.triggered.connect(lambda: _guide(window))
    sample_action = help_menu.addAction(
        QCoreApplication.translate("MainWindow", "Add the sample conference")
    )
    sample_action.triggered.connect(window.add_sample_conference)
    window.write_actions = [
        window.new_meeting_action,
        window.new_decision_action,
        import_action,
        restore_action,
        sample_action,
    ]
    help_menu.addAction(
        QCoreApplication.translate("MainWindow", "About Vinh Danh")
    ).triggered.connect(lambda: _about(window))

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.addAction(window.new_meeting_action)
    toolbar.addAction(window.new_decision_action)
    toolbar.addSeparator()
    # The toolbar says just "Hoàn tác" / "Làm lại", the step in the tooltip: the full text
    # ("Hoàn tác Nhập 14 người nhận từ Danh sách đề nghị … .xlsx") pushed the search box away.
    toolbar.addAction(_short_twin(window.undo_action, "Undo"))
    toolbar.addAction(_short_twin(window.redo_action, "Redo"))
    spacer = QWidget()
    spacer.setSizePolicy(
        spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
    )
    toolbar.addWidget(spacer)
    toolbar.addWidget(window.search_box)
    window.addToolBar(toolbar)


def ask_import(window: MainWindow) -> None:
    """Ask for a meeting package and add it (File › Import meeting package…)."""
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Import meeting package"),
        "",
        QCoreApplication.translate("MainWindow", "Meeting package (*.vinhdanh *.json)"),
    )
    if chosen:
        window.import_package(Path(chosen))


def ask_export_package(window: MainWindow) -> None:
    """Ask where to write the open meeting as a package (File › Export meeting package…)."""
    meeting = window.meeting_editor.record
    if meeting is None:
        window.show_status(QCoreApplication.translate("MainWindow", "Open a meeting first."))
        return
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Export meeting package"),
        f"{meeting.title}.vinhdanh",  # opened by a double-click where Vinh Danh is installed
        QCoreApplication.translate("MainWindow", "Meeting package (*.vinhdanh);;JSON (*.json)"),
    )
    if chosen:
        # The export refuses another extension (services.files.check_output): add it.
        window.export_package(meeting.id, with_suffix(Path(chosen), ".json"))


def ask_back_up(window: MainWindow) -> None:
    """Ask where to copy the database (File › Back up the data…)."""
    from desktop.services import backup

    chosen, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Back up the data"),
        str(backup.default_backup_path()),
        QCoreApplication.translate("MainWindow", "Vinh Danh data (*.db)"),
    )
    if chosen:
        window.back_up(with_suffix(Path(chosen), ".db", ".bak", ".sqlite", ".sqlite3"))


def save(window: MainWindow) -> bool:
    """Ctrl+S: what is being edited is saved now (it is saved by itself after each pause too);
    on the settings page, the issuing body's form. Says so in the status bar."""
    from desktop.ui.window_pages import PAGE_SETTINGS

    if window.read_only:
        return False
    try:
        window.save_editors()
        if window.pages.currentIndex() == PAGE_SETTINGS and not (
            window.settings_view.save_organisation()
        ):
            return False
    except Exception as exc:
        show_error(window, exc)
        return False
    window.show_status(QCoreApplication.translate("MainWindow", "Saved."))
    return True


def may_close(window: MainWindow) -> bool:
    """Save what is being edited before the window closes. When an edit could not be saved (a
    conflict left for later, a full disk), ask — without blocking — whether to close anyway and
    lose it; False keeps the window open meanwhile."""
    editors = window.editors()
    for editor in editors:
        try:
            editor.save_now()
        except Exception as exc:
            show_error(window, exc)
    if (
        window.read_only
        or window.property("discard")
        or not any(e.has_unsaved_edits for e in editors)
    ):
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Vinh Danh",
        QCoreApplication.translate(
            "MainWindow", "Some changes could not be saved. Close anyway and lose them?"
        ),
        parent=window,
    )
    close = box.addButton(
        QCoreApplication.translate("MainWindow", "Close without saving"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(
        box.addButton(
            QCoreApplication.translate("MainWindow", "Go back"), QMessageBox.ButtonRole.RejectRole
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: object) -> None:
        if button is close:
            window.setProperty("discard", True)
            window.close()

    box.buttonClicked.connect(answered)
    box.open()
    window.setProperty("closing_question", box)
    return False


def _restore(window: MainWindow) -> None:
    """Tệp → Khôi phục từ bản sao lưu…: the same Library reads the restored data after."""
    from desktop.ui.restore_dialog import restore_from_backup

    window.save_editors()
    restored = restore_from_backup(window, window.library, window.qsettings)
    if restored is not None:
        show_restored(window, restored)


def show_restored(window: MainWindow, backup: Path) -> None:
    """After a restore into the open window: the editors emptied, every page read again, the
    status bar naming the backup."""
    for editor in window.editors():
        editor.load(None)
    window.reload_all()
    window.show_status(
        QCoreApplication.translate("MainWindow", "Restored from {0}.").format(backup.name),
        long=True,
    )


def _guide(window: MainWindow) -> None:
    """Trợ giúp → Hướng dẫn sử dụng (F1): one guide window, brought to the front."""
    from desktop.ui.help import HelpWindow

    guide = window.findChild(HelpWindow)
    if guide is None:
        guide = HelpWindow(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()


def _find(window: MainWindow) -> None:
    window.search_box.setFocus()
    window.search_box.selectAll()


def _about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Vinh Danh"),
        QCoreApplication.translate(
            "MainWindow", "Vinh Danh {0}\nMeetings, minutes, decisions and certificates."
        ).format(__version__),
    )


def with_suffix(path: Path, suffix: str, *others: str) -> Path:
    """``path`` as typed in a save dialog, with ``suffix`` added unless the name already ends
    in it or one of ``others`` (Linux dialogs do not add it; Windows ones do)."""
    if path.suffix.lower() in (suffix, *others):
        return path
    return path.with_name(path.name + suffix)


def refuse_writes(window: MainWindow, library: Library) -> None:
    """Make the window read-only: the database refuses writes, whatever is clicked, and every
    control that writes is off."""
    library.refuse_writes()
    window.setWindowTitle(
        QCoreApplication.translate("MainWindow", "Vinh Danh — {0} (read-only)").format(
            library.path.name if library.path else ""
        )
    )
    for editor in window.editors():  # the decision page, built later, is built read-only
        editor.set_read_only(True)
    for page in window.record_pages():
        page.new_button.setEnabled(False)
        page.delete_button.setEnabled(False)
        page.read_only = True
    for action in window.write_actions:
        action.setEnabled(False)
    for lazy in (window.bin_page, window.directory_page):
        if lazy.built:  # else built disabled, like the settings page
            lazy.page().setEnabled(False)


class _ShortTwin(QAction):
    """A toolbar action that triggers ``action`` under a short label, enabled with it, its
    full text as the tooltip; a child of ``action``, so it goes with it."""

    def __init__(self, action: QAction, text: str) -> None:
        super().__init__(text, action)
        self._action = action
        self.triggered.connect(action.trigger)
        action.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        if not shiboken6.isValid(self._action):  # the action says "changed" as it goes
            return
        self.setEnabled(self._action.isEnabled())
        self.setToolTip(self._action.text())


def _short_twin(action: QAction, text: str) -> QAction:
    """``action`` on the toolbar under the short label ``text`` (translated)."""
    return _ShortTwin(action, QCoreApplication.translate("MainWindow", text))
