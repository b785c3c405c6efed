"""Tệp → Khôi phục từ bản sao lưu…: choose a backup (newest first, or any file) and restore it.

The current data is never lost: ``services.backup.restore_database`` keeps it beside the
database as ``<name>.before-restore-<time>.bak``, and the dialog says so before it starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.backup import BackupFile, backups_of
from desktop.services.session import Library
from desktop.ui.backup_schedule import backup_folder
from desktop.ui.operations import show_error

PathRole = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    """Lists the backups of the open database; the chosen one is in ``chosen``."""

    def __init__(
        self, library: Library, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(640)
        self._library = library
        self.chosen: Path | None = None
        database = library.path or Path()
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The data as it is now is kept beside the "
                "database ({0}), so this can be undone."
            ).format(f"{database.name}.before-restore-….bak")
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _: self._on_accepted())
        for found in backups_of(database, [backup_folder(settings)]):
            item = QListWidgetItem(self._label(found))
            item.setData(PathRole, str(found.path))
            item.setToolTip(str(found.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty_label = QLabel(self.tr("No backup of this database was found."))
        self.empty_label.setVisible(self.list.count() == 0)
        self.browse_button = QPushButton(self.tr("Another file…"))
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.browse_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.setEnabled(self.list.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)

    def _label(self, found: BackupFile) -> str:
        how = self.tr("automatic") if found.automatic else self.tr("by hand or before a change")
        return f"{found.made:%d/%m/%Y %H:%M} — {how} — {found.path.parent}"

    def _on_accepted(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(str(item.data(PathRole)))
            self.accept()

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup to restore"),
            str(self._library.path.parent if self._library.path else ""),
            self.tr("Vinh Danh data (*.db *.bak *.sqlite *.sqlite3)"),
        )
        if chosen:
            self.chosen = Path(chosen)
            self.accept()


def restore_from_backup(parent: QWidget, library: Library, settings: QSettings) -> Path | None:
    """Ask which backup, confirm, restore it into ``library``; the backup restored, or None.

    The caller reloads what it shows afterwards (the same Library now reads the restored data).
    """
    dialog = RestoreDialog(library, settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    chosen = dialog.chosen
    answer = QMessageBox.question(
        parent,
        dialog.tr("Restore from a backup"),
        dialog.tr(
            "Replace the data with the backup {0}?\nWhat is there now is kept beside the database."
        ).format(chosen.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        library.restore(chosen)
    except Exception as exc:
        show_error(parent, exc)
        return None
    return chosen
