"""The "Automatic backups" group of the settings page: on/off, the folder, the last copy, now."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.ui.backup_schedule import BackupSchedule, backup_folder


class BackupBox(QGroupBox):
    """Settings of the automatic backups, and the time of the last one."""

    def __init__(
        self, schedule: BackupSchedule, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Automatic backups"))
        self._schedule = schedule
        self._settings = settings
        self.enabled_box = QCheckBox(
            self.tr("Back up when the program closes and once a day (7 daily, 4 weekly copies)")
        )
        self.enabled_box.setChecked(schedule.enabled)
        self.enabled_box.toggled.connect(self._on_enabled_toggled)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.setToolTip(self.tr("For example a folder on a USB drive"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.default_button = QPushButton(self.tr("Data folder"))
        self.default_button.clicked.connect(lambda: self.set_folder(None))
        self.last_label = QLabel()
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.clicked.connect(self.back_up_now)
        schedule.backed_up.connect(lambda _: self.show_state())
        schedule.failed.connect(self._on_failed)

        form = QFormLayout(self)
        form.addRow(self.enabled_box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        form.addRow(self.tr("Folder"), folder_row)
        last_row = QHBoxLayout()
        last_row.addWidget(self.last_label, 1)
        last_row.addWidget(self.now_button)
        form.addRow(self.tr("Last backup"), last_row)
        self.show_state()

    def show_state(self) -> None:
        """Show the folder and when the newest automatic copy there was made."""
        self.folder_label.setText(str(backup_folder(self._settings)))
        last = self._schedule.last_backup()
        self.last_label.setStyleSheet("")
        self.last_label.setText(
            _when(last) if last is not None else self.tr("No automatic backup yet")
        )

    def set_folder(self, folder: Path | None) -> None:
        """Back up into ``folder`` (None: the data folder's backups/)."""
        self._settings.setValue("backup/folder", str(folder) if folder is not None else "")
        self.show_state()

    def back_up_now(self) -> None:
        self.last_label.setText(self.tr("Backing up…"))
        self._schedule.back_up_if_due(force=True)

    def _on_enabled_toggled(self, checked: bool) -> None:
        self._settings.setValue("backup/automatic", checked)

    def _on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for automatic backups"), str(backup_folder(self._settings))
        )
        if chosen:
            self.set_folder(Path(chosen))

    def _on_failed(self, message: str) -> None:
        self.last_label.setText(message)
        self.last_label.setStyleSheet("color: #a00000;")


def _when(moment: dt.datetime) -> str:
    """ "02/12/2026 09:30" — dates as the office writes them."""
    return f"{moment:%d/%m/%Y %H:%M}"
