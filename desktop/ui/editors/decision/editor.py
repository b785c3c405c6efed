"""The decision editor: the header form and the recipients on the left, the documents on the
right, all around one ``DecisionEditState``.

The state owns the decision and every edit; the panels show it and call its operations; the
editor composes them, mirrors the state's undo steps into its ``QUndoStack`` (Ctrl+Z, the Edit
menu and the window's undo group), saves a moment after each edit (``RecordEditor``: merged
with changes saved elsewhere) and keeps the preview following.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.domain.records import Decision, Organisation, RecipientKind, SignerRelation
from desktop.services.concurrency import ConflictError, Prefer
from desktop.services.editing.decision import DecisionEditState, DecisionObserver
from desktop.services.editing.history import UNDO_LIMIT
from desktop.services.session import Library, Preferences
from desktop.ui.compat import override
from desktop.ui.editors.decision.documents import DecisionDocuments
from desktop.ui.editors.decision.header import HeaderForm, show_number_problem
from desktop.ui.editors.decision.recipients import RecipientsPanel
from desktop.ui.editors.record import RecordEditor
from desktop.ui.operations import DatabaseOp
from desktop.ui.undo import StepCommand

log = logging.getLogger(__name__)

_SAVER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
"""Autosaves, one at a time, each on a connection of its own."""


def _save_in_background(
    path: Path, preferences: Preferences, record: Decision, base: Decision | None
) -> Decision:
    library = Library.open(path, preferences)
    try:
        return library.decisions.save_decision(record, base, "")
    finally:
        library.close()


class DecisionEditor(RecordEditor[Decision], DecisionObserver):
    """Edits one decision; export and print its documents."""

    exported = Signal(Path)
    """A file was written (certificates, list or decision)."""
    printed = Signal(int)
    """Pages were sent to the printer."""
    _background_saved = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.state: DecisionEditState = DecisionEditState()
        self._edits = 0
        """Edits, undos and redos so far (an autosave knows whether more came meanwhile)."""
        self._saving: tuple[Future[Decision], int, int] | None = None
        """The autosave in flight: its result, the edit count and the version it saved."""
        self.state.on_step = self._on_state_step
        self.header = HeaderForm(self.state)
        self._number_timer = QTimer(self, singleShot=True, interval=400)
        self._number_timer.timeout.connect(self.check_number)
        self.recipients = RecipientsPanel(self.state, library.directory.complete)
        self.documents = DecisionDocuments(self, library, self.state)
        # The widgets as they were named before the split (tests, the main window).
        header, recipients, documents = self.header, self.recipients, self.documents
        self.number_edit, self.date_edit = header.number_edit, header.date_edit
        self.form_box, self.issuer_box = header.form_box, header.issuer_box
        self.signer_relation_box = header.signer_relation_box
        self.signer_delegator_edit = header.signer_delegator_edit
        self.signer_title_edit = header.signer_title_edit
        self.signer_name_edit = header.signer_name_edit
        self.reason_edit = header.reason_edit
        self.reward_person_edit = header.reward_person_edit
        self.reward_collective_edit = header.reward_collective_edit
        self.reward_fund_edit = header.reward_fund_edit
        self.reward_edits = header.reward_edits
        self.model, self.table = recipients.model, recipients.table
        self.count_label, self.earlier_label = recipients.count_label, recipients.earlier_label
        self.add_person_action = recipients.add_person_action
        self.add_collective_action = recipients.add_collective_action
        self.remove_action, self.sort_action = recipients.remove_action, recipients.sort_action
        self.up_action, self.down_action = recipients.up_action, recipients.down_action
        self.paste_action = recipients.paste_action
        self.preprinted_box = documents.preprinted_box
        self.export_certificates_action = documents.export_certificates_action
        self.export_split_action = documents.export_split_action
        self.export_list_action = documents.export_list_action
        self.export_decision_action = documents.export_decision_action
        self.print_action = documents.print_action
        panel = self.documents.panel
        self.document_box = panel.document_box
        self.warning_label = panel.notes_label
        self.preview = panel.preview
        self.addAction(self.documents.print_action)  # Ctrl+P anywhere in the editor

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.recipients, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.header.issuer_chosen.connect(self.set_issuer)
        self.header.problem_changed.connect(self._on_header_problem_changed)
        self.recipients.current_row_changed.connect(self._on_current_row_changed)
        self.saved.connect(self.state.mark_saved)
        self._background_saved.connect(self._on_background_saved)
        self.edited.connect(self.documents.refresh)
        self.state.observe(self)
        self.setEnabled(False)

    # -- loading ----------------------------------------------------------------------------------

    def load(self, decision_id: str | None) -> None:
        """Edit the stored decision with this id (None: nothing)."""
        self.show_record(self._library.decisions.get_decision(decision_id) if decision_id else None)

    @override
    def _show(self, record: Decision | None) -> None:
        self.setEnabled(record is not None)
        current = self.table.currentIndex()
        self.state.load(record)  # the same object as self._record: the state edits it
        self.header.show_organisations(self._library.organisations.organisations())
        if record is not None:
            self._load_earlier_awards(record)
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.documents.update_form_labels()
        self.documents.update_warnings()
        self.check_number()

    def _load_earlier_awards(self, record: Decision) -> None:
        # One indexed query per list, and only when the list's recipients changed (a save
        # that links new names), never per keystroke.
        wanted = (record.id, frozenset(a.recipient_id for a in record.awards))
        if wanted != getattr(self, "_earlier_for", None):
            self._earlier_for = wanted
            self.recipients.show_earlier_awards(
                self._library.directory.earlier_awards(
                    [a.recipient_id for a in record.awards], record.id
                )
            )

    @override
    def _save(self, record: Decision, base: Decision | None, prefer: Prefer) -> Decision:
        return self._library.decisions.save_decision(record, base, prefer)

    # -- autosave off the GUI thread -----------------------------------------------------------

    @override
    def _on_save_timer_timeout(self) -> None:
        """Save in the background (2,000 recipients take a second to write); a conflict is
        then settled on the GUI thread as before."""
        record, path = self.state.snapshot(), self._library.path
        if self._saving is not None or not self._dirty or record is None or self.read_only:
            return  # an autosave in flight saves the rest when it is done
        if path is None:  # a database in memory: one connection, this thread
            super()._on_save_timer_timeout()
            return
        base = self._base
        version = base.version if base is not None else 0
        if base is not None:
            record.version = version
        future = _SAVER.submit(_save_in_background, path, self._library.preferences, record, base)
        self._saving = (future, self._edits, version)
        future.add_done_callback(lambda _f: self._tell_saved())

    def _tell_saved(self) -> None:  # on the saving thread
        with contextlib.suppress(RuntimeError):  # the editor is gone (window closed)
            self._background_saved.emit()

    def _on_background_saved(self) -> None:
        saving, self._saving = self._saving, None
        if saving is not None:
            self._finish_background_save(*saving)

    def _finish_background_save(self, future: Future[Decision], edits: int, version: int) -> None:
        try:
            stored = future.result()
        except ConflictError:  # asked on the GUI thread, as every conflict is
            super()._save_pending(can_wait=True)
            return
        except Exception as exc:  # the message names what went wrong; the edit stays
            self._tell_save_failed(exc)
            return
        merged = stored.version != version + 1  # someone else saved between
        if self._record is None:
            return
        if edits != self._edits:
            # Typed on meanwhile: saved at the next autosave. After a merge the base stays
            # the one read before, so that the next save merges the other side in again.
            if not merged:
                self._base = stored
                self._record.version = stored.version
            self._schedule_save()
            return
        self._dirty = self._held = False
        self._base = stored
        if merged:
            self._adopt(stored)
        else:
            self._record.version = stored.version
        self.saved.emit()
        if merged:
            self.changed_elsewhere.emit()

    @override
    def _save_pending(self, *, can_wait: bool) -> None:
        saving, self._saving = self._saving, None
        if saving is not None:  # wait for the autosave in flight, then save what is left
            saving[0].exception()
            self._finish_background_save(*saving)
        super()._save_pending(can_wait=can_wait)

    @override
    def _fetch(self, record_id: str) -> Decision:
        return self._library.decisions.get_decision(record_id)

    @override
    def _apply_read_only(self, read_only: bool) -> None:
        self.state.read_only = read_only
        self.header.set_read_only(read_only)
        self.recipients.set_read_only(read_only)

    # -- the state's steps and changes ------------------------------------------------------------

    def _on_state_step(self, new_step: bool) -> None:
        if new_step:  # merged typing stays one step, as in the state's history
            self.undo_stack.push(StepCommand(self.state, self.state.history.undo_label))

    @override
    def changed(self) -> None:
        """An edit, an undo or a redo: save soon, preview again."""
        self._edits += 1
        self._schedule_save()
        self.edited.emit()

    @override
    def header_changed(self, names: frozenset[str]) -> None:
        if "award_form" in names:
            self.documents.update_form_labels()
        if names & {"issuer", "signer_name", "signer_title", "signer_relation"}:
            self.documents.update_warnings()
        if names & {"number", "issuer", "date"}:
            self._number_timer.start()  # a pause in typing, then one look at the other numbers

    def check_number(self) -> str:
        """Show under the number field what is wrong with it ("" when nothing)."""
        record = self.state.snapshot()
        try:
            problem = self._library.decisions.number_problem(record) if record else ""
        except Exception:  # advisory: a database closed meanwhile never breaks the editor
            log.debug("number check skipped", exc_info=True)
            problem = ""
        show_number_problem(self.header, problem)
        return problem

    def _on_header_problem_changed(self, problem: str) -> None:
        self.documents.problem = problem
        self.documents.update_warnings()

    def _on_current_row_changed(self, _row: int) -> None:
        if self.documents.current_document() == "certificate":
            self.documents.panel.refresh()

    # -- edits (public: what the buttons do, callable from tests) ----------------------------------

    def add_recipient(self, kind: RecipientKind) -> None:
        """Add an empty row after the current one and start typing its name."""
        self.recipients.add_recipient(kind)

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        self.recipients.remove_selected()

    def move_selected(self, delta: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        self.recipients.move_selected(delta)

    def sort_by_name(self) -> None:
        """Collectives first, then people by given name (tên), middle name, family name."""
        self.recipients.sort_by_name()

    def paste_text(self, text: str) -> int:
        """Add the rows of tab-separated text (copied in Excel) after the current row."""
        return self.recipients.paste_text(text)

    def set_field(self, name: str, value: Any) -> None:
        """Set one header field as if typed (``number``, ``reason``, ``award_form`` …)."""
        self.header.set_field(name, value)

    def set_signer_relation(self, relation: SignerRelation) -> None:
        """Sign as ``relation`` (head, deputy, collective, …); the prefix line follows."""
        self.header.set_field("signer_relation", relation)

    def set_issuer(self, organisation: Organisation) -> None:
        """Issue the decision in the name of ``organisation`` (a signer left as the previous
        body's default follows the new body's default signer)."""
        self.state.set_issuer(organisation)

    # -- documents (the document panel's controller) ----------------------------------------------

    def current_document(self) -> str:
        """ "certificate", "list" or "decision"."""
        return self.documents.current_document()

    def refresh_preview(self) -> None:
        """Show the chosen document as it is now (soon, drawn in the background)."""
        self.documents.refresh()

    def problems_before_printing(self) -> list[str]:
        """What will not print as it should (text too long, a missing glyph), one line each."""
        return self.documents.problems_before_printing()

    def export_certificates(self, path: Path) -> DatabaseOp:
        """Write every certificate of the decision to one PDF (background)."""
        return self.documents.export_certificates(path)

    def export_certificates_split(self, folder: Path) -> DatabaseOp:
        """Write one PDF per recipient, named after them, into ``folder`` (background)."""
        return self.documents.export_certificates(folder=folder)

    def export_document(self, what: str, path: Path) -> DatabaseOp:
        """Write the list ("list") or the decision ("decision") to ``path`` (.pdf/.docx/.xlsx)."""
        return self.documents.export_document(what, path)

    def print_document(self, printer: QPrinter) -> DatabaseOp | None:
        """Print the chosen document at 100 % (certificates: every recipient, logged)."""
        return self.documents.print_document(printer)
