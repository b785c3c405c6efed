"""The settings page: the organisation's defaults (names, place, signer), fonts and language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.domain.records import Organisation, Signer
from desktop.services import decisions
from desktop.services.session import Library
from desktop.ui import settings as app_settings
from desktop.ui.backup_schedule import BackupSchedule
from desktop.ui.operations import show_error
from desktop.ui.pages.backup_box import BackupBox
from desktop.ui.pages.first_start import FirstStartDialog, needs_first_start, open_first_start
from desktop.ui.translations import LANGUAGES
from desktop.ui.widgets.relation_box import RelationBox


class SettingsView(QWidget):
    """The organisation's defaults (name, place, signer) and the interface language."""

    organisation_saved = Signal()

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        schedule: BackupSchedule | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self._organisation: Organisation | None = None
        self.organisation_box = QComboBox()
        self.organisation_box.currentIndexChanged.connect(self._on_organisation_box_changed)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Header line of the body, e.g. Sở Nội vụ"))
        self.parent_edit = QLineEdit()
        self.parent_edit.setPlaceholderText(
            self.tr("Header line above it, e.g. Ủy ban nhân dân tỉnh Thái Nguyên")
        )
        self.full_name_edit = QLineEdit()
        self.head_title_edit = QLineEdit()
        self.head_title_edit.setPlaceholderText(self.tr("e.g. Giám đốc, Chủ tịch, Trưởng Ban"))
        self.collective_edit = QLineEdit()
        self.collective_edit.setPlaceholderText(
            self.tr("Only if it signs TM., e.g. Ủy ban nhân dân, Ban Thường vụ")
        )
        self.place_edit = QLineEdit()
        self.abbreviation_edit = QLineEdit()
        self.style_box = QComboBox()
        self.style_box.addItem(self.tr("State (Decree 30/2020)"), "state")
        self.style_box.addItem(self.tr("Party"), "party")
        self.signer_relation_box = RelationBox()
        self.signer_delegator_edit = QLineEdit()
        self.signer_delegator_edit.setPlaceholderText(self.tr("Title of who delegates (TL./TUQ.)"))
        self.signer_title_edit = QLineEdit()
        self.signer_name_edit = QLineEdit()
        self.legal_bases_edit = QPlainTextEdit()
        self.legal_bases_edit.setPlaceholderText(
            self.tr("One per line, e.g. Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
        )
        self.legal_bases_edit.setTabChangesFocus(True)
        self.add_button = QPushButton(self.tr("Add a body…"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.first_start_button = QPushButton(self.tr("First-start setup…"))
        self.first_start_button.clicked.connect(self.first_start)
        self.emblem_label = QLabel()
        self.emblem_label.setWordWrap(True)
        self.emblem_button = QPushButton(self.tr("Choose image…"))
        self.emblem_button.setToolTip(
            self.tr(
                "The national emblem as the office has it: PNG or JPG of at least 436 × 436 "
                "pixels (300 dpi), or PDF. State certificates print it; none is drawn otherwise."
            )
        )
        self.emblem_button.clicked.connect(self._on_emblem_button_clicked)
        self.emblem_clear_button = QPushButton(self.tr("Remove"))
        self.emblem_clear_button.clicked.connect(self.clear_emblem)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_organisation)
        self.language_box = QComboBox()
        for code, label in LANGUAGES.items():
            self.language_box.addItem(label, code)
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(app_settings.value(settings, "language")))
        )
        self.language_box.currentIndexChanged.connect(self._on_language_box_changed)
        self.times_box = QCheckBox(self.tr("Print in the Times New Roman installed on Windows"))
        self.times_box.setToolTip(
            self.tr("Otherwise Tinos, bundled, with the same letter widths, is used.")
        )
        self.times_box.setChecked(app_settings.value(settings, "fonts/windows_times"))
        self.times_box.toggled.connect(self._on_times_box_toggled)
        self.font_label = QLabel()
        self.font_label.setWordWrap(True)
        self.show_font_in_use()
        self.data_folder_label = QLabel(str(paths.user_data_dir()))
        self.data_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder_label.setWordWrap(True)

        organisation = QGroupBox(self.tr("Issuing body"))
        form = QFormLayout(organisation)
        chooser = QHBoxLayout()
        chooser.addWidget(self.organisation_box, 1)
        chooser.addWidget(self.add_button)
        chooser.addWidget(self.first_start_button)
        form.addRow(self.tr("Body"), chooser)
        form.addRow(self.tr("Parent body (header line 1)"), self.parent_edit)
        form.addRow(self.tr("Name (header line 2)"), self.name_edit)
        form.addRow(self.tr("Proper full name"), self.full_name_edit)
        form.addRow(self.tr("Title of the head"), self.head_title_edit)
        form.addRow(self.tr("Collective leadership"), self.collective_edit)
        form.addRow(self.tr("Place (for the date line)"), self.place_edit)
        form.addRow(self.tr("Abbreviation (in numbers)"), self.abbreviation_edit)
        form.addRow(self.tr("Document style"), self.style_box)
        form.addRow(self.tr("Signer: title"), self.signer_title_edit)
        form.addRow(self.tr("Signer: name"), self.signer_name_edit)
        signs_as = QHBoxLayout()
        signs_as.addWidget(self.signer_relation_box, 3)
        signs_as.addWidget(self.signer_delegator_edit, 2)
        form.addRow(self.tr("Signer signs as"), signs_as)
        self.authority_label = QLabel()
        self.authority_label.setWordWrap(True)
        form.addRow(self.tr("Printed as"), self.authority_label)
        for edit in (
            self.name_edit,
            self.parent_edit,
            self.full_name_edit,
            self.head_title_edit,
            self.collective_edit,
            self.signer_title_edit,
            self.signer_delegator_edit,
        ):
            edit.textEdited.connect(self._update_authority)
        self.signer_relation_box.currentIndexChanged.connect(self._update_authority)
        self.style_box.currentIndexChanged.connect(self._update_authority)
        form.addRow(self.tr("Legal bases of decisions"), self.legal_bases_edit)
        emblem_row = QHBoxLayout()
        emblem_row.addWidget(self.emblem_label, 1)
        emblem_row.addWidget(self.emblem_button)
        emblem_row.addWidget(self.emblem_clear_button)
        form.addRow(self.tr("Emblem on certificates"), emblem_row)
        form.addRow(self.save_button)
        interface = QGroupBox(self.tr("Interface"))
        other = QFormLayout(interface)
        other.addRow(self.tr("Language (after restart)"), self.language_box)
        other.addRow(self.tr("Font"), self.times_box)
        other.addRow(self.tr("Font in use"), self.font_label)
        other.addRow(self.tr("Data folder"), self.data_folder_label)
        self.backup_schedule = schedule or BackupSchedule(self, library, settings)
        """The automatic backups of this window's database (the main window's, started by it)."""
        self.backup_box = BackupBox(self.backup_schedule, settings)
        layout = QVBoxLayout(self)
        layout.addWidget(organisation)
        layout.addWidget(interface)
        layout.addWidget(self.backup_box)
        layout.addStretch(1)

    def needs_first_start(self) -> bool:
        """True on a database without any issuing body, unless the setup was skipped."""
        return needs_first_start(self._library, self._settings)

    def first_start(self) -> FirstStartDialog:
        """Settings → First-start setup… (window-modal, not blocking)."""
        return open_first_start(self.window(), self._library, self._settings, self._first_saved)

    def _first_saved(self, organisation: Organisation) -> None:
        self._organisation = organisation
        self.reload()
        self.organisation_saved.emit()

    def reload(self) -> None:
        """Read the organisations again."""
        chosen = self._organisation.id if self._organisation else ""
        self.organisation_box.blockSignals(True)
        self.organisation_box.clear()
        for org in self._library.organisations.organisations():
            self.organisation_box.addItem(org.name, org)
        index = max(
            0,
            next(
                (
                    i
                    for i in range(self.organisation_box.count())
                    if self.organisation_box.itemData(i).id == chosen
                ),
                0,
            ),
        )
        self.organisation_box.setCurrentIndex(index)
        self.organisation_box.blockSignals(False)
        self._on_organisation_box_changed(index)

    def _on_organisation_box_changed(self, index: int) -> None:
        org = self.organisation_box.itemData(index)
        self._organisation = org if isinstance(org, Organisation) else None
        org = self._organisation or Organisation(name="")
        self.name_edit.setText(org.name)
        self.parent_edit.setText(org.parent)
        self.full_name_edit.setText(org.full_name)
        self.head_title_edit.setText(org.head_title)
        self.collective_edit.setText(org.collective_name)
        self.place_edit.setText(org.place)
        self.abbreviation_edit.setText(org.abbreviation)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(org.style)))
        self.signer_relation_box.set_relation(org.default_signer.relation)
        self.signer_delegator_edit.setText(org.default_signer.delegator_title)
        self.signer_title_edit.setText(org.default_signer.title)
        self.signer_name_edit.setText(org.default_signer.name)
        self.legal_bases_edit.setPlainText("\n".join(org.legal_bases))
        self.save_button.setEnabled(self._organisation is not None)
        self._update_authority()
        self._show_emblem()

    def edited_organisation(self) -> Organisation | None:
        """The organisation as the form shows it now (not saved)."""
        if self._organisation is None:
            return None
        return replace(
            self._organisation,
            name=self.name_edit.text(),
            parent=self.parent_edit.text(),
            full_name=self.full_name_edit.text(),
            head_title=self.head_title_edit.text(),
            collective_name=self.collective_edit.text(),
            place=self.place_edit.text(),
            abbreviation=self.abbreviation_edit.text(),
            style=self.style_box.currentData(),
            default_signer=Signer(
                name=self.signer_name_edit.text(),
                title=self.signer_title_edit.text(),
                relation=self.signer_relation_box.relation(),
                delegator_title=self.signer_delegator_edit.text(),
            ),
            legal_bases=self.legal_bases_edit.toPlainText().splitlines(),
        )

    def _update_authority(self, *_args: object) -> None:
        """Show the derived proper name, and the authority and signature lines as printed."""
        org = self.edited_organisation()
        self.signer_delegator_edit.setEnabled(
            RelationBox.needs_delegator(self.signer_relation_box.relation())
        )
        if org is None:
            self.authority_label.clear()
            return
        preview = decisions.authority_preview(org)
        self.full_name_edit.setPlaceholderText(preview.derived_name)
        self.authority_label.setText(preview.text)

    def _show_emblem(self) -> None:
        from desktop.services import emblems

        org_id = self._organisation.id if self._organisation else ""
        has = emblems.emblem_file(org_id) is not None
        self.emblem_label.setText(
            self.tr("Supplied image (printed on state certificates)")
            if has
            else self.tr("None: state certificates print no emblem")
        )
        self.emblem_button.setEnabled(bool(org_id))
        self.emblem_clear_button.setEnabled(has)

    def set_emblem(self, path: Path) -> bool:
        """Keep the image at ``path`` as the body's emblem; False (and a message) if refused."""
        from desktop.services import emblems

        if self._organisation is None:
            return False
        try:
            emblems.set_emblem(self._organisation.id, path)
        except Exception as exc:
            show_error(self, exc)
            return False
        finally:
            self._show_emblem()
        return True

    def clear_emblem(self) -> None:
        """Forget the body's emblem (state certificates then print none)."""
        from desktop.services import emblems

        if self._organisation is not None:
            emblems.clear_emblem(self._organisation.id)
        self._show_emblem()

    def _on_emblem_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Emblem image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.pdf *.svg)"),
        )
        if path:
            self.set_emblem(Path(path))

    def add_organisation(self, name: str) -> Organisation | None:
        """Store a new issuing body named ``name`` and open it here for its details."""
        if not name.strip():
            return None
        try:
            organisation = self._library.organisations.add_organisation(name)
        except ValueError as exc:  # only invisible characters: nothing to call it by
            show_error(self, exc)
            return None
        self._organisation = organisation
        self.reload()
        self.organisation_saved.emit()
        return organisation

    def _on_add_button_clicked(self) -> None:
        name, accepted = QInputDialog.getText(
            self, self.tr("Add a body"), self.tr("Name of the issuing body (e.g. Sở Nội vụ):")
        )
        if accepted:
            self.add_organisation(name)

    def save_organisation(self) -> bool:
        """Store the edited organisation; False when it was not (the user was told why)."""
        if self._organisation is None:
            return False
        edited = self.edited_organisation()
        assert edited is not None
        if edited.default_signer.name or edited.default_signer.title:
            problem = decisions.authority_preview(edited).problem
            if problem:
                # A deputy as the head, a relation not chosen: ask instead of saving it.
                QMessageBox.warning(self, "Vinh Danh", problem)
                return False
        try:
            self._library.organisations.save_organisation(edited)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._organisation = edited
        self.reload()
        self.organisation_saved.emit()
        return True

    def set_windows_times(self, prefer: bool) -> bool:
        """Use (or stop using) Windows' Times New Roman; False when it is not installed."""
        self._settings.setValue("fonts/windows_times", prefer)
        return self._library.set_windows_serif(prefer)

    def show_font_in_use(self) -> str:
        """Tell the user which body font the documents are drawn in; the text shown."""
        if self._library.windows_serif_in_use():
            text = self.tr("Times New Roman installed on Windows")
        elif self.times_box.isChecked():
            text = self.tr(
                "Tinos, bundled: Times New Roman is not installed on this computer "
                "(Tinos has the same letter widths)"
            )
        else:
            text = self.tr("Tinos, bundled (same letter widths as Times New Roman)")
        self.font_label.setText(text)
        return text

    def _on_times_box_toggled(self, checked: bool) -> None:
        found = self.set_windows_times(checked)
        self.show_font_in_use()
        if not found:
            QMessageBox.information(
                self,
                "Vinh Danh",
                self.tr(
                    "Times New Roman is not installed on this computer; "
                    "Tinos (same letter widths) is used."
                ),
            )

    def _on_language_box_changed(self, index: int) -> None:
        self._settings.setValue("language", self.language_box.itemData(index))
        QMessageBox.information(
            self, "Vinh Danh", self.tr("The new language is used from the next start.")
        )
