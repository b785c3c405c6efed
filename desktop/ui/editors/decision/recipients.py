"""The recipients panel: the table of the decision's list, its tool bar, and who they are.

The table shows ``AwardTableModel``, which adapts the edit state's list; the buttons call the
state's operations at the selected rows (add, paste, remove, move, sort). The name column
completes from the directory (``RecipientNameDelegate``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.awards import is_named, unnamed_rows
from desktop.domain.records import Award, RecipientKind
from desktop.services.editing.decision import DecisionEditState, DecisionObserver
from desktop.services.errors import InvalidInput
from desktop.services.recipients import ListPreview, preview_pasted
from desktop.ui.compat import override
from desktop.ui.models.awards import (
    COL_KIND,
    COL_NAME,
    COL_REASON,
    COL_SALUTATION,
    COL_TITLE,
    COL_UNIT,
    AwardTableModel,
    kind_label,
    salutation_choices,
)
from desktop.ui.operations import show_error
from desktop.ui.widgets.choice_delegate import ChoiceDelegate
from desktop.ui.widgets.fit_columns import ColumnFitter
from desktop.ui.widgets.import_preview import ImportPreviewDialog
from desktop.ui.widgets.paste_table import PasteTableView, setup_record_table
from desktop.ui.widgets.recipient_delegate import Finder, RecipientNameDelegate
from desktop.ui.widgets.row_menu import RowMenu


class RecipientsPanel(QWidget, DecisionObserver):
    """The list of recipients of one decision, edited through the state."""

    current_row_changed = Signal(int)
    """Another recipient is selected (-1: none)."""

    def __init__(
        self, state: DecisionEditState, find: Finder, parent: QWidget | None = None
    ) -> None:
        """``find(text)``: the directory's matches for a typed name (the completer asks it at
        every keystroke: a bounded FTS5 query, nothing read when the page opens)."""
        super().__init__(parent)
        self._state = state
        self.model = AwardTableModel(self, state)
        self.table = PasteTableView()
        self.table.setModel(self.model)
        setup_record_table(self.table)
        header = self.table.horizontalHeader()
        # Every column shows on a laptop screen: shares of the width, not fixed widths.
        self.columns = ColumnFitter(
            self.table,
            {COL_KIND: 0.7, COL_SALUTATION: 0.8, COL_NAME: 2.0, COL_TITLE: 1.3, COL_UNIT: 1.7,
             COL_REASON: 1.5},
            {COL_KIND: 64, COL_SALUTATION: 72, COL_NAME: 120, COL_TITLE: 60, COL_UNIT: 70,
             COL_REASON: 60},
        )  # fmt: skip
        # Shown next to the kind, where a clerk reads "Ông / Nguyễn Văn An" (model order kept).
        header.moveSection(header.visualIndex(COL_SALUTATION), 1)
        self.table.setItemDelegateForColumn(COL_NAME, RecipientNameDelegate(find, self.table))
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
        # The list comes in first (at 1366 px the last buttons fold into the » menu; Remove,
        # Up and Down are in the right-click menu too).
        self.import_action = tools.addAction(self.tr("Import from Excel…"))
        self.import_action.setToolTip(
            self.tr("Read a list file (.xlsx, .xls, .csv); or drop the file on the table")
        )
        self.paste_action = tools.addAction(self.tr("Paste from Excel"))
        self.paste_action.setToolTip(
            self.tr("Paste rows copied in Excel: name, title, unit, reason (Ctrl+V)")
        )
        self.remove_action = tools.addAction(self.tr("Remove"))
        self.up_action = tools.addAction(self.tr("Up"))
        self.down_action = tools.addAction(self.tr("Down"))
        self.sort_action = tools.addAction(self.tr("Sort by given name"))
        self.edit_actions = (
            self.add_person_action,
            self.add_collective_action,
            self.remove_action,
            self.up_action,
            self.down_action,
            self.sort_action,
            self.paste_action,
            self.import_action,
        )
        self.count_label = QLabel()
        self.earlier_label = QLabel()  # the selected recipient's earlier awards
        self.problem_label = QLabel()  # what is wrong with the selected row, at the table
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a00000;")
        self.problem_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("<b>" + self.tr("Recipients") + "</b>"))
        row.addWidget(self.count_label)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.earlier_label)

        self.model.edit_refused.connect(self._on_model_edit_refused)
        self.table.paste_requested.connect(self.paste_text)
        self.table.delete_requested.connect(self.remove_selected)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.add_person_action.triggered.connect(lambda: self.add_recipient("person"))
        self.add_collective_action.triggered.connect(lambda: self.add_recipient("collective"))
        self.remove_action.triggered.connect(self.remove_selected)
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        self.sort_action.triggered.connect(self.sort_by_name)
        self.paste_action.triggered.connect(self._on_paste_action_triggered)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.table.file_dropped.connect(self.import_file)
        self.table.move_requested.connect(self.move_selected)
        self.row_menu = RowMenu(
            self.table,
            editable=lambda: not state.read_only and state.record is not None,
            insert=lambda row: self.add_recipient("person", row),
            paste=True,
        )
        state.observe(self)

    def show_earlier_awards(self, earlier: dict[str, list[tuple[int, str]]]) -> None:
        """(year, form) of each directory recipient's other awards."""
        self.model.earlier = earlier
        self._show_earlier(self.current_row())

    # -- edits (public: what the buttons do, callable from tests) ----------------------------------

    def current_row(self) -> int:
        current = self.table.currentIndex()
        return current.row() if current.isValid() else -1

    def _insertion_row(self) -> int:
        row = self.current_row()
        return row + 1 if row >= 0 else self.model.rowCount()

    def add_recipient(self, kind: RecipientKind, row: int | None = None) -> None:
        """Add an empty row before ``row`` (default: after the current one) and start typing
        its name."""
        row = self._insertion_row() if row is None else row
        if self._state.add(row, kind):
            index = self.model.index(row, COL_NAME)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        self._state.remove(rows)

    def move_selected(self, delta: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        current = self.table.currentIndex()
        if current.isValid() and self._state.move_by(current.row(), delta):
            self.table.setCurrentIndex(self.model.index(current.row() + delta, current.column()))

    def sort_by_name(self) -> None:
        """Collectives first, then people by given name (tên), middle name, family name."""
        self._state.sort_by_name()

    def paste_text(self, text: str) -> int:
        """Add the rows of tab-separated text (copied in Excel) after the current row; how many
        were added at once.

        Rows with a header row naming the columns, or whose cells make the columns clear, go in
        at once (one undo step). Rows read by a guess, or with rows to pass over (a total, the
        signature block) or wrong rows, open the import preview instead (``paste_dialog``):
        nothing is added until the user confirms the columns.
        """
        if self._state.read_only or self._state.record is None:
            return 0
        row = self._insertion_row()
        try:
            preview, direct = preview_pasted(text)
        except ValueError as exc:
            show_error(self, exc)
            return 0
        if not preview.awards and not preview.problems:
            return 0
        if not direct:
            self._ask_about_paste(row, preview)
            return 0
        return self._insert_pasted(row, preview.awards)

    def _insert_pasted(self, row: int, awards: list[Award]) -> int:
        awards = [replace(a, id="") for a in awards]  # each gets its own id
        label = self.tr("Paste {0} recipient(s)").format(len(awards))
        if not self._state.insert(row, awards, label):
            return 0
        added = len(awards)
        top, bottom = self.model.index(row, 0), self.model.index(row + added - 1, 0)
        self.table.selectionModel().select(
            QItemSelection(top, bottom),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return added

    def _ask_about_paste(self, row: int, preview: ListPreview) -> None:
        dialog = ImportPreviewDialog(None, self.window(), preview=preview)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._insert_pasted(min(row, self._state.row_count()), dialog.preview.awards)
        )
        self.paste_dialog = dialog
        dialog.open()

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        for action in self.edit_actions:
            action.setEnabled(not read_only)
        self.row_menu.refresh()

    # -- what the state tells ---------------------------------------------------------------------

    @override
    def reset(self) -> None:
        self.update_count()

    @override
    def rows_inserted(self, first: int, count: int) -> None:
        self.update_count()

    @override
    def rows_removed(self, first: int, count: int) -> None:
        self.update_count()

    @override
    def rows_changed(self, first: int, last: int) -> None:
        if first <= self.current_row() <= last:
            self._show_earlier(self.current_row())
        self.update_count()

    def update_count(self) -> None:
        """Count the recipients as the documents do (named rows only); say what is left out."""
        awards = self._state.awards
        named = [a for a in awards if is_named(a)]
        collectives = sum(1 for a in named if a.kind == "collective")
        text = self.tr("{0} collectives, {1} people").format(collectives, len(named) - collectives)
        unnamed = len(unnamed_rows(awards))
        if unnamed:
            text += " · " + self.tr("{0} row(s) without a name, not printed").format(unnamed)
        self.count_label.setText(text)
        self._show_problem(self.current_row())

    def _show_problem(self, row: int) -> None:
        problem = self.model.problem(row) if row >= 0 else ""
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))

    # -- slots ------------------------------------------------------------------------------------

    def _on_model_edit_refused(self, message: str) -> None:
        show_error(self, InvalidInput(message))

    def _show_earlier(self, row: int) -> None:
        self.earlier_label.setText(self.model.earlier_text(row) if row >= 0 else "")

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self._show_earlier(row)
        self._show_problem(row)
        if row != (previous.row() if previous.isValid() else -1):
            self.current_row_changed.emit(row)

    def _on_paste_action_triggered(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def import_file(self, path: Path) -> ImportPreviewDialog | None:
        """Show the list at ``path`` as it will be imported (not blocking); on OK its recipients
        are added at the end as one step (Ctrl+Z takes them all out again)."""
        if self._state.read_only or self._state.record is None:
            return None
        try:
            dialog = ImportPreviewDialog(path, self.window())
        except Exception as exc:  # unreadable, damaged, too big: told, nothing changes
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            awards = [replace(a, id="") for a in dialog.preview.awards]
            label = self.tr("Import {0} recipient(s) from {1}").format(len(awards), path.name)
            self._state.insert(self._state.row_count(), awards, label)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _on_import_action_triggered(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a list from Excel"),
            "",
            self.tr("Lists (*.xlsx *.xls *.csv)"),
        )
        if chosen:
            self.import_file(Path(chosen))
