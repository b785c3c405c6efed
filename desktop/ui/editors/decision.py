"""The decision editor: number, date, signer, award form, reason, and the recipients table.

Every edit is an undo step and is saved a moment later; the preview beside the table shows the
certificate of the selected recipient, the list or the decision, refreshed after each edit.
"""

from __future__ import annotations

import copy
import datetime as dt
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.numbers import format_number
from desktop.domain.records import (
    Award,
    Decision,
    Organisation,
    RecipientKind,
    Signer,
    SignerRelation,
    new_id,
)
from desktop.services import decisions, directory
from desktop.services.concurrency import Prefer
from desktop.services.session import Library
from desktop.ui.compat import override
from desktop.ui.editors.record import RecordEditor
from desktop.ui.models.awards import (
    COL_KIND,
    COL_NAME,
    COL_SALUTATION,
    COL_TITLE,
    COL_UNIT,
    AwardTableModel,
    kind_label,
    salutation_choices,
)
from desktop.ui.operations import DatabaseOp, Progress, show_error
from desktop.ui.printing import print_pdf
from desktop.ui.widgets.choice_delegate import ChoiceDelegate
from desktop.ui.widgets.organisation_box import OrganisationBox
from desktop.ui.widgets.preview_pane import PreviewPane
from desktop.ui.widgets.recipient_delegate import RecipientNameDelegate, completion_model
from desktop.ui.widgets.relation_box import RelationBox

DOCUMENT_CERTIFICATE, DOCUMENT_LIST, DOCUMENT_DECISION = "certificate", "list", "decision"


class PasteTableView(QTableView):
    """A table view that hands Ctrl+V (text from Excel or Word) to its owner."""

    paste_requested = Signal(str)
    delete_requested = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(QGuiApplication.clipboard().text())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def setup_record_table(view: QTableView) -> None:
    """Row selection, drag to reorder, stretch the last column, edit on typing."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDropIndicatorShown(True)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


class DecisionEditor(RecordEditor[Decision]):
    """Edits one decision; export and print its documents."""

    exported = Signal(Path)
    """A file was written (certificates, list or decision)."""
    printed = Signal(int)
    """Pages were sent to the printer."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._db = library.db  # being moved to the session's facades (issue 12)
        self._db_path = library.path
        self._loading = False

        # -- header fields --
        self.number_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.form_box = QComboBox()
        self.form_box.setEditable(True)
        self.form_box.addItems(list(decisions.AWARD_FORMS))
        self.issuer_box = OrganisationBox()
        self.signer_relation_box = RelationBox()
        self.signer_delegator_edit = QLineEdit()
        self.signer_delegator_edit.setPlaceholderText(self.tr("Title of who delegates"))
        self.signer_title_edit = QLineEdit()
        self.signer_title_edit.setPlaceholderText(self.tr("Signer's title"))
        self.signer_name_edit = QLineEdit()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Đã có thành tích …"))
        # The optional article on the reward money (after Điều 1 of the decision).
        self.reward_person_edit = QLineEdit()
        self.reward_person_edit.setPlaceholderText(self.tr("Per person, đồng"))
        self.reward_collective_edit = QLineEdit()
        self.reward_collective_edit.setPlaceholderText(self.tr("Per collective, đồng"))
        self.reward_fund_edit = QLineEdit()
        self.reward_fund_edit.setPlaceholderText(self.tr("Taken from (the fund)"))
        self.reward_edits = (
            self.reward_person_edit,
            self.reward_collective_edit,
            self.reward_fund_edit,
        )
        for edit in self.reward_edits:
            edit.setToolTip(
                self.tr(
                    "Optional: the money that goes with the award, printed as an article of "
                    "the decision after Điều 1 (e.g. 300.000). Leave the amounts empty for none."
                )
            )
        self._reward_problem = ""

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        top = QHBoxLayout()
        top.addWidget(self.number_edit, 2)
        top.addWidget(QLabel(self.tr("Date")))
        top.addWidget(self.date_edit, 1)
        form.addRow(self.tr("Number"), top)
        form.addRow(self.tr("Issued by"), self.issuer_box)
        self.signer_name_edit.setPlaceholderText(self.tr("Signer's name"))
        signer = QHBoxLayout()
        signer.addWidget(self.signer_title_edit, 3)
        signer.addWidget(self.signer_name_edit, 3)
        form.addRow(self.tr("Signed by"), signer)
        relation = QHBoxLayout()
        relation.addWidget(self.signer_relation_box, 3)
        relation.addWidget(self.signer_delegator_edit, 2)
        form.addRow(self.tr("Signs as"), relation)
        form.addRow(self.tr("Award form"), self.form_box)
        form.addRow(self.tr("Default reason"), self.reason_edit)
        reward = QHBoxLayout()
        reward.addWidget(self.reward_person_edit, 2)
        reward.addWidget(self.reward_collective_edit, 2)
        reward.addWidget(self.reward_fund_edit, 4)
        form.addRow(self.tr("Reward money"), reward)

        # -- recipients --
        self.model = AwardTableModel(self)
        self.table = PasteTableView()
        self.table.setModel(self.model)
        setup_record_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 72)
        self.table.setColumnWidth(COL_NAME, 190)
        self.table.setColumnWidth(COL_TITLE, 150)
        self.table.setColumnWidth(COL_UNIT, 190)
        self.table.setColumnWidth(COL_SALUTATION, 80)
        # Shown next to the kind, where a clerk reads "Ông / Nguyễn Văn An" (model order kept).
        header.moveSection(header.visualIndex(COL_SALUTATION), 1)
        self._completions = completion_model([], self)
        self.table.setItemDelegateForColumn(
            COL_NAME, RecipientNameDelegate(self._completions, self.table)
        )
        self.table.setItemDelegateForColumn(
            COL_SALUTATION, ChoiceDelegate(salutation_choices(), self.table)
        )
        self.table.setItemDelegateForColumn(
            COL_KIND,
            ChoiceDelegate(
                {"person": kind_label("person"), "collective": kind_label("collective")},
                self.table,
            ),
        )

        tools = QToolBar()
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_person_action = tools.addAction(self.tr("+ Person"))
        self.add_collective_action = tools.addAction(self.tr("+ Collective"))
        self.remove_action = tools.addAction(self.tr("Remove"))
        self.up_action = tools.addAction(self.tr("Up"))
        self.down_action = tools.addAction(self.tr("Down"))
        self.sort_action = tools.addAction(self.tr("Sort by given name"))
        self.paste_action = tools.addAction(self.tr("Paste from Excel"))
        self.paste_action.setToolTip(
            self.tr("Paste rows copied in Excel: name, title, unit, reason (Ctrl+V)")
        )
        self.count_label = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(QLabel("<b>" + self.tr("Recipients") + "</b>"))
        row.addWidget(self.count_label)
        row.addStretch(1)
        left_layout.addLayout(row)
        left_layout.addWidget(tools)
        left_layout.addWidget(self.table, 1)
        self.earlier_label = QLabel()  # the selected recipient's earlier awards
        left_layout.addWidget(self.earlier_label)

        # -- documents --
        self.document_box = QComboBox()
        self.document_box.addItem("", DOCUMENT_CERTIFICATE)  # named in _update_form_labels
        self.document_box.addItem(self.tr("List attached to the decision"), DOCUMENT_LIST)
        self.document_box.addItem(self.tr("Decision"), DOCUMENT_DECISION)
        self.preprinted_box = QCheckBox(self.tr("Pre-printed blanks"))
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #a15c00;")
        self.preview = PreviewPane()
        self.export_certificates_action = QAction(self)
        self._update_form_labels()
        self.export_list_action = QAction(self.tr("Export list…"), self)
        self.export_decision_action = QAction(self.tr("Export decision…"), self)
        self.export_split_action = QAction(self.tr("One file per recipient…"), self)
        self.print_action = QAction(self.tr("Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.print_action)
        docs = QGridLayout()
        for position, action in enumerate(
            (
                self.export_certificates_action,
                self.export_split_action,
                self.export_list_action,
                self.export_decision_action,
                self.print_action,
            )
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            span = 2 if action is self.print_action else 1
            docs.addWidget(button, position // 3, position % 3, 1, span)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        choose = QHBoxLayout()
        choose.addWidget(self.document_box, 1)
        choose.addWidget(self.preprinted_box)
        right_layout.addLayout(choose)
        right_layout.addLayout(docs)
        right_layout.addWidget(self.warning_label)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # -- wiring --
        for edit in (
            self.number_edit,
            self.signer_delegator_edit,
            self.signer_title_edit,
            self.signer_name_edit,
            self.reason_edit,
        ):
            edit.textEdited.connect(self._on_field_text_edited)
        for edit in self.reward_edits:
            edit.textEdited.connect(self._on_reward_text_edited)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.form_box.currentTextChanged.connect(self._on_form_box_current_text_changed)
        self.issuer_box.activated.connect(self._on_issuer_box_activated)
        self.signer_relation_box.activated.connect(self._on_signer_relation_box_activated)
        self.model.records_edited.connect(self._on_model_records_edited)
        self.model.edit_refused.connect(self._on_model_edit_refused)
        self.table.paste_requested.connect(self.paste_text)
        self.table.delete_requested.connect(self.remove_selected)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.add_person_action.triggered.connect(lambda: self.add_recipient("person"))
        self.add_collective_action.triggered.connect(lambda: self.add_recipient("collective"))
        self.remove_action.triggered.connect(self.remove_selected)
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        self.sort_action.triggered.connect(self.sort_by_name)
        self.paste_action.triggered.connect(self._on_paste_action_triggered)
        self.document_box.currentIndexChanged.connect(self.refresh_preview)
        self.preprinted_box.toggled.connect(self.refresh_preview)
        self.export_certificates_action.triggered.connect(self._on_export_certificates_triggered)
        self.export_list_action.triggered.connect(self._on_export_list_triggered)
        self.export_split_action.triggered.connect(self._on_export_split_triggered)
        self.export_decision_action.triggered.connect(self._on_export_decision_triggered)
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.edited.connect(self.refresh_preview)
        # After the preview, not before: the warnings check every recipient, the preview one.
        self.preview.refreshed.connect(self._update_warnings)
        self.setEnabled(False)

    # -- loading ----------------------------------------------------------------------------------

    def load(self, decision_id: str | None) -> None:
        """Edit the stored decision with this id (None: nothing)."""
        self.reload_directory()
        self.show_record(decisions.get_decision(self._db, decision_id) if decision_id else None)

    def reload_directory(self) -> None:
        """Refresh the name completions from the directory."""
        fresh = completion_model(directory.entries(self._db))
        self._completions.clear()
        for row in range(fresh.rowCount()):
            self._completions.appendRow(fresh.item(row).clone())

    @override
    def _show(self, record: Decision | None) -> None:
        self._loading = True
        try:
            self.setEnabled(record is not None)
            record = record or decisions.Decision(  # an empty form
                number="", date=dt.date.today(), issuer=decisions.Organisation(name="")
            )
            self.number_edit.setText(record.number)
            self.date_edit.setDate(QDate(record.date.year, record.date.month, record.date.day))
            self.form_box.setCurrentText(record.award_form)
            self._update_form_labels()
            self.issuer_box.show_organisations(decisions.organisations(self._db), record.issuer)
            self.signer_relation_box.set_relation(record.signer.relation)
            self.signer_delegator_edit.setText(record.signer.delegator_title)
            self.signer_delegator_edit.setEnabled(
                RelationBox.needs_delegator(record.signer.relation)
            )
            self.signer_title_edit.setText(record.signer.title)
            self.signer_name_edit.setText(record.signer.name)
            self.reason_edit.setText(record.reason)
            reward = record.reward
            self.reward_person_edit.setText(_amount_text(reward.person if reward else None))
            self.reward_collective_edit.setText(_amount_text(reward.collective if reward else None))
            self.reward_fund_edit.setText(reward.fund if reward else "")
            self._reward_problem = ""
            current = self.table.currentIndex()
            self._load_earlier_awards(record)
            self.model.set_records(record.awards)
            if current.isValid() and current.row() < self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
            self._update_count()
            self._update_warnings()
            for edit in (self.reason_edit, self.signer_title_edit, self.signer_name_edit):
                edit.setCursorPosition(0)
        finally:
            self._loading = False

    def _load_earlier_awards(self, record: Decision) -> None:
        # One indexed query per list, and only when the list's recipients changed (a save
        # that links new names), never per keystroke.
        wanted = (record.id, frozenset(a.recipient_id for a in record.awards))
        if wanted != getattr(self, "_earlier_for", None):
            self._earlier_for = wanted
            self.model.earlier = directory.earlier_awards(
                self._db, [a.recipient_id for a in record.awards], record.id
            )

    @override
    def _save(self, record: Decision, base: Decision | None, prefer: Prefer) -> Decision:
        return decisions.save_decision(self._db, record, base, prefer)

    @override
    def _fetch(self, record_id: str) -> Decision:
        return decisions.get_decision(self._db, record_id)

    @override
    def _apply_read_only(self, read_only: bool) -> None:
        for edit in (
            self.number_edit,
            self.signer_delegator_edit,
            self.signer_title_edit,
            self.signer_name_edit,
            self.reason_edit,
            *self.reward_edits,
        ):
            edit.setReadOnly(read_only)
        self.date_edit.setReadOnly(read_only)
        self.form_box.setEnabled(not read_only)
        self.issuer_box.setEnabled(not read_only)
        self.signer_relation_box.setEnabled(not read_only)
        self.model.set_read_only(read_only)
        for action in (
            self.add_person_action,
            self.add_collective_action,
            self.remove_action,
            self.up_action,
            self.down_action,
            self.sort_action,
            self.paste_action,
        ):
            action.setEnabled(not read_only)

    # -- edits (public: what the buttons do, callable from tests) ----------------------------------

    def _edited(self, **changes: Any) -> Decision | None:
        if self._record is None:
            return None
        return replace(copy.deepcopy(self._record), **changes)

    def add_recipient(self, kind: RecipientKind) -> None:
        """Add an empty row after the current one and start typing its name."""
        if self.read_only:
            return
        row = self.table.currentIndex().row() + 1 if self.table.currentIndex().isValid() else None
        row = self.model.rowCount() if row is None else row
        description = self.tr("Add collective") if kind == "collective" else self.tr("Add person")
        self.model.insert_records(row, [Award(kind=kind, name="", id=new_id())], description)
        index = self.model.index(row, COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        if rows:
            self.model.remove_rows(rows, self.tr("Remove {0} recipients").format(len(rows)))

    def move_selected(self, delta: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        current = self.table.currentIndex()
        if not current.isValid():
            return
        row = current.row()
        target = row + delta
        if not 0 <= target < self.model.rowCount():
            return
        self.model.move_row(row, target if delta < 0 else target + 1, self.tr("Move recipient"))
        self.table.setCurrentIndex(self.model.index(target, current.column()))

    def sort_by_name(self) -> None:
        """Collectives first, then people by given name (tên), middle name, family name."""
        self.model.reorder(
            decisions.sorted_by_name([self.model.record(r) for r in range(self.model.rowCount())]),
            self.tr("Sort by given name"),
        )

    def paste_text(self, text: str) -> int:
        """Add the rows of tab-separated text (copied in Excel) after the current row.

        A row that cannot be read (a title without a name, an unknown kind) adds nothing and
        is named in a message ("Dòng 3: thiếu tên người nhận").
        """
        try:
            awards = decisions.awards_from_table_text(text)
        except ValueError as exc:
            show_error(self, exc)
            return 0
        for award in awards:
            award.id = new_id()
        if not awards:
            return 0
        current = self.table.currentIndex()
        row = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.insert_records(row, awards, self.tr("Paste {0} recipients").format(len(awards)))
        selection = self.table.selectionModel()
        selection.clearSelection()
        for offset in range(len(awards)):
            selection.select(
                self.model.index(row + offset, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        return len(awards)

    def set_field(self, name: str, value: Any) -> None:
        """Set one header field as if typed (``number``, ``reason``, ``award_form`` …)."""
        edits = {
            "number": self.number_edit,
            "reason": self.reason_edit,
            "signer_delegator_title": self.signer_delegator_edit,
            "signer_title": self.signer_title_edit,
            "signer_name": self.signer_name_edit,
        }
        if name in edits:
            edits[name].setText(value)
            self._on_field_text_edited_from(edits[name])
        elif name in ("reward_person", "reward_collective", "reward_fund"):
            edit = getattr(self, f"{name}_edit")
            edit.setText(value)
            self._on_reward_text_edited(value)
        elif name == "signer_relation":
            self.set_signer_relation(value)
        elif name == "award_form":
            self.form_box.setCurrentText(value)
        elif name == "date":
            self.date_edit.setDate(QDate(value.year, value.month, value.day))

    # -- documents --------------------------------------------------------------------------

    def current_document(self) -> str:
        """ "certificate", "list" or "decision"."""
        return str(self.document_box.currentData())

    def preview_source(self) -> Any:
        """A function giving the PDF bytes of the document chosen for preview (None: nothing)."""
        record = self._record
        if record is None:
            return None
        record = copy.deepcopy(record)
        what = self.current_document()
        if what == DOCUMENT_LIST:
            return lambda: decisions.award_list_pdf(record)
        if what == DOCUMENT_DECISION:
            return lambda: decisions.decision_pdf(record)
        named = [i for i, a in enumerate(record.awards) if a.name.strip()]
        if not named:
            return None
        row = self.table.currentIndex().row()
        index = row if row in named else named[0]
        preprinted = self.preprinted_box.isChecked()
        return lambda: decisions.certificate_pdf(record, index, preprinted=preprinted)

    def refresh_preview(self) -> None:
        """Show the chosen document as it is now (after a short delay)."""
        self.preview.request(self.preview_source())

    def _update_warnings(self, _pages: int = 0) -> None:
        record = self._record
        # Settled before printing: who signs, and how each person is addressed.
        notes = decisions.decision_warnings(record) if record is not None else []
        problems = []
        mismatch = ""
        if record is not None and self.current_document() == DOCUMENT_CERTIFICATE:
            try:
                problems = decisions.certificate_problems(record)
                mismatch = decisions.certificate_template_mismatch(record)
            except Exception as exc:  # a broken template shows in the preview itself
                problems = []
                self.warning_label.setToolTip(str(exc))
        self.warning_label.setVisible(bool(problems or mismatch or notes or self._reward_problem))
        lines = [f"⚠ {note}" for note in notes]
        if self._reward_problem:
            lines.insert(0, f"⚠ {self._reward_problem}")
        if mismatch:
            # Not blocking: the user may print anyway, having been told.
            lines.append("⚠ " + mismatch)
        if problems:
            lines.append(
                self.tr("⚠ {0} texts do not fit or cannot be printed:").format(len(problems))
            )
            lines.extend(str(p) for p in problems[:5])
        self.warning_label.setText("\n".join(lines))

    def _decision_id(self) -> str:
        self.save_now()
        assert self._record is not None
        return self._record.id

    def export_certificates(self, path: Path) -> DatabaseOp:
        """Write every certificate of the decision to one PDF (background; logged unless the
        window is read-only: then a draft)."""

        decision_id = self._decision_id()
        preprinted = self.preprinted_box.isChecked()
        # A read-only window (another window may write) prints drafts: the issue log is kept
        # by the window that may write, so nothing is logged from here.
        draft = self.read_only

        def task(lib: Library, progress: Progress) -> Path:
            progress.report(0, 1)
            result = lib.certificates.issue_certificates(
                decision_id,
                path,
                preprinted=preprinted,
                force=True,
                allow_mismatch=True,  # warned in the editor before printing
                progress=progress.report,
                draft=draft,
            )
            return result.files[0]

        return (
            DatabaseOp(self, self._library, task)
            .success(self.exported.emit)
            .with_progress(self.tr("Writing {0}…").format(self._form_word()))
            .run_in_background()
        )

    def export_certificates_split(self, folder: Path) -> DatabaseOp:
        """Write one PDF per recipient, named after them, into ``folder`` (background)."""

        decision_id = self._decision_id()
        preprinted = self.preprinted_box.isChecked()
        # A read-only window (another window may write) prints drafts: the issue log is kept
        # by the window that may write, so nothing is logged from here.
        draft = self.read_only

        def task(lib: Library, progress: Progress) -> Path:
            progress.report(0, 1)
            lib.certificates.issue_certificates(
                decision_id,
                split_dir=folder,
                preprinted=preprinted,
                force=True,
                allow_mismatch=True,  # warned in the editor before printing
                progress=progress.report,
                draft=draft,
            )
            return folder

        return (
            DatabaseOp(self, self._library, task)
            .success(self.exported.emit)
            .with_progress(self.tr("Writing {0}…").format(self._form_word()))
            .run_in_background()
        )

    def export_document(self, what: str, path: Path) -> DatabaseOp:
        """Write the list ("list") or the decision ("decision") to ``path`` (.pdf/.docx/.xlsx)."""
        decision_id = self._decision_id()

        def task(lib: Library, progress: Progress) -> Path:
            progress.report(0, 1)
            return lib.decisions.write_document(decision_id, what, path)

        return (
            DatabaseOp(self, self._library, task)
            .success(self.exported.emit)
            .with_progress(self.tr("Writing {0}…").format(path.name))
            .run_in_background()
        )

    def print_document(self, printer: QPrinter) -> DatabaseOp | int:
        """Print the chosen document at 100 % (certificates: every recipient, logged)."""
        from desktop.services import certificates

        record = self._record
        if record is None:
            return 0
        what = self.current_document()
        if what != DOCUMENT_CERTIFICATE:
            source = self.preview_source()
            pages = print_pdf(source(), printer) if source else 0
            self.printed.emit(pages)
            return pages
        decision_id = self._decision_id()
        preprinted = self.preprinted_box.isChecked()
        # A read-only window (another window may write) prints drafts: the issue log is kept
        # by the window that may write, so nothing is logged from here.
        draft = self.read_only
        known = certificates.calibrated_printer(self._db, printer.printerName())

        def task(lib: Library, progress: Progress) -> bytes:
            progress.report(0, 1)
            with tempfile.TemporaryDirectory() as folder:
                out = Path(folder) / "print.pdf"
                lib.certificates.issue_certificates(
                    decision_id,
                    out,
                    preprinted=preprinted,
                    printer=known,  # its offsets for the template's paper size
                    force=True,
                    allow_mismatch=True,  # warned in the editor before printing
                    progress=progress.report,
                    draft=draft,
                )
                return out.read_bytes()

        def send(data: bytes) -> None:
            dialog = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, 0, self)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(500)

            def progress(done: int, total: int) -> bool:
                # Pages are drawn on the GUI thread (QPainter on the printer): keep the
                # window alive between pages and let Cancel stop after the current one.
                dialog.setMaximum(total)
                dialog.setValue(done)
                QApplication.processEvents()
                return not dialog.wasCanceled()

            try:
                pages = print_pdf(data, printer, progress=progress)
            except Exception as exc:
                show_error(self, exc)
                return
            finally:
                dialog.close()
                dialog.deleteLater()
            self.printed.emit(pages)

        return (
            DatabaseOp(self, self._library, task)
            .success(send)
            .with_progress(self.tr("Preparing {0} for the printer…").format(self._form_word()))
            .run_in_background()
        )

    # -- slots ------------------------------------------------------------------------------------

    def _on_field_text_edited(self, _text: str) -> None:
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            self._on_field_text_edited_from(sender)

    def _on_field_text_edited_from(self, edit: QLineEdit) -> None:
        if self._loading or self._record is None:
            return
        text = edit.text()
        signer = self._record.signer
        if edit is self.number_edit:
            new, label, key = self._edited(number=text), self.tr("Number"), "number"
        elif edit is self.reason_edit:
            new, label, key = self._edited(reason=text), self.tr("Default reason"), "reason"
        elif edit is self.signer_delegator_edit:
            new = self._edited(signer=replace(signer, delegator_title=text))
            label, key = self.tr("Signer"), "signer_delegator_title"
        elif edit is self.signer_title_edit:
            new = self._edited(signer=replace(signer, title=text))
            label, key = self.tr("Signer"), "signer_title"
        else:
            new = self._edited(signer=replace(signer, name=text))
            label, key = self.tr("Signer"), "signer_name"
        if new is not None:
            self.commit(new, self.tr("Edit {0}").format(label), key)
            if key.startswith("signer"):
                self._update_warnings()

    def _on_reward_text_edited(self, _text: str) -> None:
        """The three reward fields make one article: stored when the amounts are numbers,
        otherwise the warning line says which is wrong and nothing is stored."""
        if self._loading or self._record is None:
            return
        from desktop.services import documents

        try:
            reward = documents.reward_money(
                self.reward_person_edit.text(),
                self.reward_collective_edit.text(),
                self.reward_fund_edit.text(),
            )
        except ValueError as exc:
            self._reward_problem = str(exc)
            self._update_warnings()
            return
        self._reward_problem = ""
        new = self._edited(reward=reward)
        if new is not None:
            self.commit(new, self.tr("Edit {0}").format(self.tr("Reward money")), "reward")
        self._update_warnings()
        if self.current_document() == DOCUMENT_DECISION:
            self.refresh_preview()

    def set_signer_relation(self, relation: SignerRelation) -> None:
        """Sign as ``relation`` (head, deputy, collective, …); the prefix line follows."""
        record = self._record
        if record is None or self._loading or relation == record.signer.relation:
            return
        new = self._edited(signer=replace(record.signer, relation=relation))
        if new is not None:
            self.commit(new, self.tr("Edit {0}").format(self.tr("Signer")), "signer_relation")
            self._show(new)

    def _on_signer_relation_box_activated(self, _index: int) -> None:
        self.set_signer_relation(self.signer_relation_box.relation())

    def _on_date_edit_date_changed(self, date: QDate) -> None:
        if self._loading:
            return
        new = self._edited(date=dt.date(date.year(), date.month(), date.day()))
        if new is not None:
            self.commit(new, self.tr("Edit date"), "date")

    def set_issuer(self, organisation: Organisation) -> None:
        """Issue the decision in the name of ``organisation``.

        A signer left as the previous body's default follows the new body's default signer.
        """
        record = self._record
        if record is None or organisation.id == record.issuer.id:
            return
        signer = record.signer
        if signer in (record.issuer.default_signer, Signer()):
            signer = organisation.default_signer
        new = self._edited(issuer=organisation, signer=signer)
        if new is not None:
            self.commit(new, self.tr("Change issuing body"), "issuer")
            self._show(new)

    def _on_issuer_box_activated(self, _index: int) -> None:
        organisation = self.issuer_box.organisation()
        if organisation is not None and not self._loading:
            self.set_issuer(organisation)

    def _on_form_box_current_text_changed(self, text: str) -> None:
        if self._loading:
            return
        new = self._edited(award_form=text)
        if new is not None:
            self.commit(new, self.tr("Edit award form"), "award_form")
        self._update_form_labels()

    def _form_word(self) -> str:
        """The open decision's award form as a sentence names it ("giấy chứng nhận"); a
        neutral word while no decision is open."""
        form = " ".join(self.form_box.currentText().split()) if self._record else ""
        return form.lower() if form else self.tr("certificates")

    def _update_form_labels(self) -> None:
        """Name the decision's form on what prints it ("Xuất giấy chứng nhận…")."""
        word = self._form_word()
        index = self.document_box.findData(DOCUMENT_CERTIFICATE)
        self.document_box.setItemText(
            index, self.tr("{0} of the selected recipient").format(_capitalised(word))
        )
        self.preprinted_box.setToolTip(
            self.tr("Print only the variable text, on pre-printed blanks (phôi) of the {0}").format(
                word
            )
        )
        self.export_certificates_action.setText(self.tr("Export {0}…").format(word))

    def _on_model_records_edited(self, description: str) -> None:
        self._update_count()
        if self._loading:
            return
        if self._record is not None:
            style = self._record.issuer.style
            self.model.suggest_salutations(
                lambda award: decisions.with_suggested_salutation(award, style).salutation
            )
        new = self._edited(awards=self.model.records())
        if new is not None:
            self.commit(new, description)

    def _on_model_edit_refused(self, message: str) -> None:
        show_error(self, ValueError(message))

    def _on_table_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.earlier_label.setText(
            self.model.earlier_text(current.row()) if current.isValid() else ""
        )
        if self.current_document() == DOCUMENT_CERTIFICATE and current.row() != previous.row():
            self.preview.request(self.preview_source())

    def _on_paste_action_triggered(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def _ask_path(self, title: str, name: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, name, filters)
        return Path(chosen) if chosen else None

    def _file_stem(self) -> str:
        from desktop.services import certificates

        number = self._record.number if self._record else "quyet-dinh"
        return certificates.safe_file_name(number)[: -len(".pdf")]

    def _on_export_certificates_triggered(self) -> None:
        word = self._form_word()
        path = self._ask_path(
            self.tr("Export {0}").format(word),
            f"{_capitalised(word)} {self._file_stem()}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.export_certificates(path)

    def _on_export_split_triggered(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the {0}").format(self._form_word())
        )
        if chosen:
            self.export_certificates_split(Path(chosen))

    def _on_export_list_triggered(self) -> None:
        path = self._ask_path(
            self.tr("Export list"),
            f"{self.tr('List')} {self._file_stem()}.xlsx",
            self.tr("Excel (*.xlsx);;PDF (*.pdf);;Word (*.docx)"),
        )
        if path:
            self.export_document(DOCUMENT_LIST, path)

    def _on_export_decision_triggered(self) -> None:
        path = self._ask_path(
            self.tr("Export decision"),
            f"{self.tr('Decision')} {self._file_stem()}.docx",
            self.tr("Word (*.docx);;PDF (*.pdf)"),
        )
        if path:
            self.export_document(DOCUMENT_DECISION, path)

    def problems_before_printing(self) -> list[str]:
        """What will not print as it should (text too long, a missing glyph), one line each."""
        if self._record is None or self.current_document() != DOCUMENT_CERTIFICATE:
            return []
        return [str(p) for p in decisions.certificate_problems(self._record)]

    def _on_print_action_triggered(self) -> None:
        problems = self.problems_before_printing()
        if problems:
            answer = QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr("These {0} will not print as they should:").format(self._form_word())
                + "\n\n"
                + "\n".join(problems[:12])
                + "\n\n"
                + self.tr("Print anyway? (Texts that do not fit are cut at their box.)"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_document(printer)

    def _update_count(self) -> None:
        awards = [self.model.record(r) for r in range(self.model.rowCount())]
        collectives = sum(1 for a in awards if a.is_collective)
        self.count_label.setText(
            self.tr("{0} collectives, {1} people").format(collectives, len(awards) - collectives)
        )


def _capitalised(text: str) -> str:
    """``text`` with its first letter in upper case ("Giấy chứng nhận")."""
    return text[:1].upper() + text[1:]


def _amount_text(amount: Decimal | None) -> str:
    """300000 → "300.000" (as the decision prints it); None → ""."""
    return "" if amount is None else format_number(amount)
