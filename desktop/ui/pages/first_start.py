"""The first start: who the office is, asked once, before anything is printed with "CƠ QUAN".

Shown when the database holds no issuing body and the user has not skipped it; reachable later
from Cài đặt ("First-start setup…"). What it asks is what every paper needs: the style (state or
Party), the two header lines, the head's title, the place for the date line, the abbreviation in
document numbers and the usual signer with how they sign. The line under the form shows how the
certificates will name the authority and sign, as the settings page does.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import DocumentStyle, Organisation, Signer
from desktop.services import decisions
from desktop.services.session import Library
from desktop.ui.operations import show_error
from desktop.ui.widgets.relation_box import RelationBox

SETUP_DONE = "setup/first_start_done"


def needs_first_start(library: Library, settings: QSettings) -> bool:
    """True on a database without any issuing body, unless the user already skipped the setup."""
    if settings.value(SETUP_DONE, False) in (True, "true", "1", 1):
        return False
    return not library.organisations.organisations()


class FirstStartDialog(QDialog):
    """Asks for the agency once; "Later" leaves everything as it is."""

    def __init__(
        self, library: Library, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self.saved: Organisation | None = None
        self.setWindowTitle(self.tr("Welcome to Vinh Danh"))
        self.setMinimumWidth(620)
        intro = QLabel(
            self.tr(
                "Tell Vinh Danh which office it works for. These names print in the header of "
                "every minutes, decision and certificate. You can change them later in Settings."
            )
        )
        intro.setWordWrap(True)
        self.style_box = QComboBox()
        self.style_box.addItem(self.tr("State (Decree 30/2020)"), "state")
        self.style_box.addItem(self.tr("Party"), "party")
        self.parent_edit = QLineEdit()
        self.parent_edit.setPlaceholderText(self.tr("e.g. Ủy ban nhân dân tỉnh Thái Nguyên"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Sở Nội vụ"))
        self.head_title_edit = QLineEdit()
        self.head_title_edit.setPlaceholderText(self.tr("e.g. Giám đốc, Chủ tịch, Trưởng Ban"))
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. Thái Nguyên"))
        self.abbreviation_edit = QLineEdit()
        self.abbreviation_edit.setPlaceholderText(self.tr("e.g. SNV"))
        self.signer_name_edit = QLineEdit()
        self.signer_title_edit = QLineEdit()
        self.signer_title_edit.setPlaceholderText(self.tr("Empty: the head's title"))
        self.relation_box = RelationBox()
        self.relation_box.set_relation("head")
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a00000;")

        form = QFormLayout()
        form.addRow(self.tr("Document style"), self.style_box)
        form.addRow(self.tr("Parent body (header line 1)"), self.parent_edit)
        form.addRow(self.tr("Name (header line 2)"), self.name_edit)
        form.addRow(self.tr("Title of the head"), self.head_title_edit)
        form.addRow(self.tr("Place (for the date line)"), self.place_edit)
        form.addRow(self.tr("Abbreviation (in numbers)"), self.abbreviation_edit)
        form.addRow(self.tr("Usual signer: name"), self.signer_name_edit)
        form.addRow(self.tr("Usual signer: title"), self.signer_title_edit)
        form.addRow(self.tr("Signer signs as"), self.relation_box)
        form.addRow(self.tr("Printed as"), self.preview_label)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.later)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        for edit in (
            self.parent_edit,
            self.name_edit,
            self.head_title_edit,
            self.signer_title_edit,
        ):
            edit.textChanged.connect(self._update_preview)
        self.signer_name_edit.textChanged.connect(self._update_preview)
        self.relation_box.currentIndexChanged.connect(self._update_preview)
        self.style_box.currentIndexChanged.connect(self._update_preview)
        self._update_preview()

    def organisation(self) -> Organisation:
        """The body as the form shows it now (not stored)."""
        style: DocumentStyle = "party" if self.style_box.currentData() == "party" else "state"
        return Organisation(
            name=self.name_edit.text(),
            parent=self.parent_edit.text(),
            head_title=self.head_title_edit.text(),
            place=self.place_edit.text(),
            style=style,
            abbreviation=self.abbreviation_edit.text(),
            default_signer=Signer(
                name=self.signer_name_edit.text(),
                title=self.signer_title_edit.text(),
                relation=self.relation_box.relation() or "head",
            ),
        )

    def problem(self) -> str:
        """Why the form cannot be saved yet ("" when it can)."""
        if not self.name_edit.text().strip():
            return self.tr("Type the name of the office (header line 2).")
        if not self.head_title_edit.text().strip():
            return self.tr("Type the title of the head of the office, e.g. Giám đốc.")
        return decisions.authority_preview(self.organisation()).problem

    def save(self) -> None:
        """Store the body (it becomes the default for new meetings and decisions) and close."""
        problem = self.problem()
        if problem:
            self.problem_label.setText(problem)
            return
        try:
            self.saved = self._library.organisations.create_organisation(self.organisation())
        except Exception as exc:
            show_error(self, exc)
            return
        self._settings.setValue(SETUP_DONE, True)
        self.accept()

    def later(self) -> None:
        """Skip: not asked again at start (Settings → First-start setup… asks again)."""
        self._settings.setValue(SETUP_DONE, True)
        self.reject()

    def _update_preview(self) -> None:
        self.problem_label.setText("")
        if not self.name_edit.text().strip() or not self.head_title_edit.text().strip():
            self.preview_label.setText(
                self.tr("Type the name and the head's title to see how papers will be signed.")
            )
            self.preview_label.setStyleSheet("color: palette(placeholder-text);")
            return
        self.preview_label.setStyleSheet("")
        self.preview_label.setText(decisions.authority_preview(self.organisation()).text)
