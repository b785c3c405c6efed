"""The decision's documents: the certificates, the list and the decision, previewed, checked,
exported and printed.

Everything slow happens off the GUI thread: the preview through the document panel, the
checks of every recipient's certificate (text that does not fit, a missing glyph) through a
``LatestOnly`` of their own, exports and certificate printing through ``DatabaseOp``. What is
checked at once is what costs nothing: the signer, a reward amount that is not a number.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QFileDialog

from desktop.domain.authority import signer_problem
from desktop.domain.awards import is_named, unnamed_warning
from desktop.services import certificates, decisions, previews
from desktop.services.editing.decision import DecisionEditState
from desktop.services.session import Library
from desktop.ui.editors.decision.printing import (
    DOCUMENT_CERTIFICATE,
    DOCUMENT_DECISION,
    DOCUMENT_LIST,
    PrintingMixin,
)
from desktop.ui.file_dialogs import save_path
from desktop.ui.operations import DatabaseOp, LatestOnly, Progress
from desktop.ui.questions import tell
from desktop.ui.widgets.document_panel import Document, DocumentPanel, PdfJob, Staged

if TYPE_CHECKING:
    from desktop.ui.editors.decision.editor import DecisionEditor

CHECK_DELAY_MS = 100
"""The certificates are checked this long after the preview is shown (typing checks once)."""


class DecisionDocuments(QObject, PrintingMixin):
    """The document panel of the decision editor and what its buttons do."""

    def __init__(self, editor: DecisionEditor, library: Library, state: DecisionEditState) -> None:
        super().__init__(editor)
        self._editor = editor
        self._library = library
        self._state = state
        self.problem = ""
        """A header value that cannot be stored (shown first among the warnings)."""
        self._checked: list[str] = []
        self.preprinted_box = QCheckBox(self.tr("Pre-printed blanks"))
        self.panel = DocumentPanel(
            [
                Document(DOCUMENT_CERTIFICATE, "", self._certificate_preview),
                Document(
                    DOCUMENT_LIST, self.tr("List attached to the decision"), self._list_preview
                ),
                Document(DOCUMENT_DECISION, self.tr("Decision"), self._decision_preview),
            ],
            options=[self.preprinted_box],
        )
        self.export_certificates_action = self.panel.add_action("", self._on_export_certificates)
        self.export_split_action = self.panel.add_action(
            self.tr("One file per recipient…"), self._on_export_split
        )
        self.export_list_action = self.panel.add_action(
            self.tr("Export list…"), self._on_export_list
        )
        self.export_decision_action = self.panel.add_action(
            self.tr("Export decision…"), self._on_export_decision
        )
        self.print_action = self.panel.add_print_action(self._on_print)
        self._checks = LatestOnly(self)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check_in_background)
        self.preprinted_box.toggled.connect(self.panel.refresh)
        # The checks follow the preview (both read every recipient: one after the other).
        self.panel.preview.refreshed.connect(self._check_timer.start)
        self.panel.document_changed.connect(self._on_document_changed)
        self._edited_row: int | None = None
        """The recipient row edited last, until a preview of the list shows its page."""
        model = editor.recipients.model
        model.dataChanged.connect(self._on_model_data_changed)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        self.update_form_labels()

    # -- previews (GUI thread: a snapshot; the job runs on a pool thread) -------------------------

    def current_document(self) -> str:
        """ "certificate", "list" or "decision"."""
        return self.panel.current_document()

    def _certificate_preview(self) -> PdfJob | None:
        record = self._state.snapshot()
        if record is None:
            return None
        row = self._editor.recipients.current_row()
        # Only a named row has a certificate: the selected row's, else the first one's.
        named = [i for i, a in enumerate(record.awards) if is_named(a)]
        if not named:
            return None
        row = row if row in named else named[0]
        preprinted = self.preprinted_box.isChecked()
        # Module-level functions with the record: drawn in the preview process (the one
        # recipient travels, not the 2,000).
        record.awards = [record.awards[row]]
        return partial(decisions.certificate_pdf, record, 0, preprinted=preprinted)

    def _list_preview(self) -> PdfJob | None:
        record = self._state.snapshot()
        if record is None:
            return None
        # The page in view (or the page of the row just edited) first, the whole list next.
        row, self._edited_row = self._edited_row, None
        return Staged(
            partial(previews.award_list_first, record, row=row),
            partial(decisions.award_list_pdf, record),
        )

    def _decision_preview(self) -> PdfJob | None:
        record = self._state.snapshot()
        return partial(decisions.decision_pdf, record) if record is not None else None

    def _on_model_data_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex) -> None:
        self._edited_row = top_left.row()

    def _on_model_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._edited_row = first

    def refresh(self) -> None:
        """The record changed: preview it and check it again (soon, in the background)."""
        self.panel.refresh()
        self.update_warnings()
        self._check_timer.stop()  # started again when the preview is shown

    # -- warnings -------------------------------------------------------------------------------

    def update_warnings(self) -> None:
        """Show what is known now: the quick checks at once, the last background check."""
        record = self._state.record
        lines = [f"⚠ {self.problem}"] if self.problem else []
        if record is not None:
            problem = signer_problem(record.issuer, record.effective_signer())
            if problem:
                lines.append(f"⚠ {problem}")
            unnamed = unnamed_warning(record.awards)
            if unnamed:  # at once: the count under the table says it too
                lines.append(f"⚠ {unnamed}")
        self.panel.set_notes(lines + self._checked)

    def _check_in_background(self) -> None:
        record = self._state.snapshot()
        if record is None:
            self._checked = []
            self.update_warnings()
            return
        certificate = self.current_document() == DOCUMENT_CERTIFICATE
        # In a worker process of their own (2,000 certificates: seconds of Python that would
        # hold this process's GIL while the user types).
        self._checks.submit(
            lambda: previews.run(previews.decision_checks, record, certificate, lane="checks"),
            self._on_checked,
            self._on_check_failed,
        )

    def _on_checked(self, result: tuple[list[str], str, list[str]]) -> None:
        notes, mismatch, problems = result
        lines = [f"⚠ {note}" for note in notes]
        if mismatch:
            lines.append("⚠ " + mismatch)  # not blocking: the user may print anyway
        if problems:
            lines.append(
                self.tr("⚠ {0} texts do not fit or cannot be printed:").format(len(problems))
            )
            lines.extend(problems[:5])
        self._checked = lines
        self.panel.notes_label.setToolTip("")
        self.update_warnings()

    def _on_check_failed(self, error: Exception) -> None:
        # A broken template shows in the preview itself.
        self._checked = []
        self.panel.notes_label.setToolTip(str(error))
        self.update_warnings()

    def problems_before_printing(self) -> list[str]:
        """What will not print as it should (text too long, a missing glyph), one line each."""
        record = self._state.record
        if record is None or self.current_document() != DOCUMENT_CERTIFICATE:
            return []
        return [str(p) for p in decisions.certificate_problems(record)]

    # -- labels ---------------------------------------------------------------------------------

    def form_word(self) -> str:
        """The open decision's award form as a sentence names it ("giấy chứng nhận"); a
        neutral word while no decision is open."""
        record = self._state.record
        form = " ".join(record.award_form.split()) if record else ""
        return form.lower() if form else self.tr("certificates")

    def update_form_labels(self) -> None:
        """Name the decision's form on what prints it ("Xuất giấy chứng nhận…")."""
        word = self.form_word()
        self.panel.set_label(
            DOCUMENT_CERTIFICATE,
            self.tr("{0} of the selected recipient").format(_capitalised(word)),
        )
        self.preprinted_box.setToolTip(
            self.tr("Print only the variable text, on pre-printed blanks (phôi) of the {0}").format(
                word
            )
        )
        self.export_certificates_action.setText(self.tr("Export {0}…").format(word))

    # -- exports --------------------------------------------------------------------------------

    def _decision_id(self) -> str:
        self._editor.save_now()
        record = self._state.record
        assert record is not None
        return record.id

    def _background(self, task: Callable[[Library, Progress], object], label: str) -> DatabaseOp:
        return (
            DatabaseOp(self._editor, self._library, task)
            .success(self._written)
            .with_progress(label)
            .run_in_background()
        )

    def _written(self, result: Path | tuple[Path, list[str]]) -> None:
        path, notes = result if isinstance(result, tuple) else (result, [])
        self._editor.exported.emit(path)
        if notes:  # e.g. a font of the template missing on this PC, replaced by Tinos
            tell(self._editor, self.tr("{0} written. Please note:").format(path.name), notes)

    def export_certificates(
        self, path: Path | None = None, folder: Path | None = None
    ) -> DatabaseOp:
        """Write every certificate to one PDF at ``path``, or one PDF per recipient into
        ``folder`` (background; logged unless the window is read-only: then drafts)."""
        decision_id = self._decision_id()
        preprinted = self.preprinted_box.isChecked()
        draft = self._editor.read_only  # drafts: the window that may write keeps the log

        def task(lib: Library, progress: Progress) -> tuple[Path, list[str]]:
            progress.report(0, 1)
            result = lib.certificates.issue_certificates(
                decision_id,
                path,
                split_dir=folder,
                preprinted=preprinted,
                force=True,
                allow_mismatch=True,  # warned in the editor before printing
                progress=progress.report,
                draft=draft,
            )
            return (folder if folder is not None else result.files[0]), result.notes

        return self._background(task, self.tr("Writing {0}…").format(self.form_word()))

    def export_document(self, what: str, path: Path) -> DatabaseOp:
        """Write the list ("list") or the decision ("decision") to ``path`` (.pdf/.docx/.xlsx)."""
        decision_id = self._decision_id()

        def task(lib: Library, progress: Progress) -> Path:
            progress.report(0, 1)
            return lib.decisions.write_document(decision_id, what, path)

        return self._background(task, self.tr("Writing {0}…").format(path.name))

    def _file_stem(self) -> str:
        record = self._state.record
        number = record.number if record else "quyet-dinh"

        return certificates.safe_file_name(number)[: -len(".pdf")]

    def _ask_path(self, title: str, name: str, filters: str) -> Path | None:
        return save_path(self._editor, title, name, filters)  # opens where saved last time

    def _on_export_certificates(self) -> None:
        word = self.form_word()
        path = self._ask_path(
            self.tr("Export {0}").format(word),
            f"{_capitalised(word)} {self._file_stem()}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.export_certificates(path)

    def _on_export_split(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self._editor, self.tr("Folder for the {0}").format(self.form_word())
        )
        if chosen:
            self.export_certificates(folder=Path(chosen))

    def _on_export_list(self) -> None:
        word = self.tr("List")  # file names in Vietnamese: "Danh sách 15-QĐ-BTGTU.xlsx"
        path = self._ask_path(
            self.tr("Export list"),
            f"{word} {self._file_stem()}.xlsx",
            self.tr("Excel (*.xlsx);;PDF (*.pdf);;Word (*.docx)"),
        )
        if path:
            self.export_document(DOCUMENT_LIST, path)

    def _on_export_decision(self) -> None:
        word = self.tr("Decision")
        path = self._ask_path(
            self.tr("Export decision"),
            f"{word} {self._file_stem()}.docx",
            self.tr("Word (*.docx);;PDF (*.pdf)"),
        )
        if path:
            self.export_document(DOCUMENT_DECISION, path)

    # -- printing -------------------------------------------------------------------------------

    def _on_document_changed(self, _key: str) -> None:
        self._check_timer.start()


def _capitalised(text: str) -> str:
    """``text`` with its first letter in upper case ("Giấy chứng nhận")."""
    return text[:1].upper() + text[1:]
