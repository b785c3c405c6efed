"""The decision's header form: number, date, issuer, signer, award form, reason, reward money.

Bound declaratively: ``HeaderForm._bindings`` is a table of (state field, widget, how to show a
value, how to read the widget, the widget's "the user changed me" signal). One handler sends any
of them to ``DecisionEditState.set_field``; the state's ``header_changed`` (an edit, an undo, a
redo) shows the new value in the one widget bound to that field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.numbers import format_number
from desktop.domain.records import Decision, Organisation, RewardMoney
from desktop.services import decisions
from desktop.services.editing.decision import DecisionEditState, DecisionObserver
from desktop.ui.compat import override
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.organisation_box import OrganisationBox
from desktop.ui.widgets.relation_box import RelationBox


@dataclass(frozen=True, slots=True)
class Binding:
    """One header field and the widget that edits it."""

    field: str
    """The state's name for it (``services.editing.decision.HEADER_FIELDS``)."""
    show: Callable[[Any], None]
    """Put a value in the widget (no edit follows)."""
    read: Callable[[], Any]
    """The widget's value as the state stores it (may raise ValueError: not stored)."""
    signal: SignalInstance
    """Emitted when the user changes the widget."""
    label: str = ""


def _amount_text(amount: Decimal | None) -> str:
    """300000 → "300.000" (as the decision prints it); None → ""."""
    return "" if amount is None else format_number(amount)


class HeaderForm(QWidget, DecisionObserver):
    """The header of the decision, every field bound to the edit state."""

    problem_changed = Signal(str)
    """What was typed cannot be stored (an amount that is not a number), or "" again."""
    issuer_chosen = Signal(Organisation)

    def __init__(self, state: DecisionEditState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._showing = False
        self.problem = ""
        self._organisation_list: list[Organisation] = []

        self.number_edit = QLineEdit()
        self.date_edit = DateField()
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
        self.signer_name_edit.setPlaceholderText(self.tr("Signer's name"))
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
        self.text_edits = (
            self.number_edit,
            self.signer_delegator_edit,
            self.signer_title_edit,
            self.signer_name_edit,
            self.reason_edit,
            *self.reward_edits,
        )

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("Number"), _row((self.number_edit, 2), self.tr("Date"), (self.date_edit, 1))
        )
        self.number_problem_label = QLabel()  # shown at the field, before anything is printed
        self.number_problem_label.setWordWrap(True)
        self.number_problem_label.setStyleSheet("color: #a00000;")
        self.number_problem_label.setVisible(False)
        problems = QVBoxLayout()  # under the number and the date (hidden: no space)
        problems.addWidget(self.number_problem_label)
        problems.addWidget(self.date_edit.message_label)
        form.addRow("", problems)
        form.addRow(self.tr("Issued by"), self.issuer_box)
        form.addRow(
            self.tr("Signed by"), _row((self.signer_title_edit, 3), (self.signer_name_edit, 3))
        )
        form.addRow(
            self.tr("Signs as"),
            _row((self.signer_relation_box, 3), (self.signer_delegator_edit, 2)),
        )
        form.addRow(self.tr("Award form"), self.form_box)
        form.addRow(self.tr("Default reason"), self.reason_edit)
        form.addRow(
            self.tr("Reward money"),
            _row(
                (self.reward_person_edit, 2),
                (self.reward_collective_edit, 2),
                (self.reward_fund_edit, 4),
            ),
        )

        self._bindings = (
            _text("number", self.number_edit),
            _text("reason", self.reason_edit),
            _text("signer_title", self.signer_title_edit),
            _text("signer_name", self.signer_name_edit),
            _text("signer_delegator_title", self.signer_delegator_edit),
            Binding("date", self.date_edit.show_value, self._read_date, self.date_edit.textEdited),
            Binding(
                "award_form",
                self.form_box.setCurrentText,
                self.form_box.currentText,
                self.form_box.currentTextChanged,
            ),
            Binding(
                "signer_relation",
                self._show_relation,
                self.signer_relation_box.relation,
                self.signer_relation_box.activated,
            ),
            *(
                Binding("reward", self._show_reward, self._read_reward, edit.textEdited)
                for edit in self.reward_edits
            ),
        )
        for binding in self._bindings:
            binding.signal.connect(lambda *_args, b=binding: self._commit(b))
        self.issuer_box.activated.connect(self._on_issuer_box_activated)
        state.observe(self)

    # -- the bindings ---------------------------------------------------------------------------

    def _commit(self, binding: Binding) -> None:
        """The user changed the widget of ``binding``: store its value (or say why not)."""
        if self._showing or self._state.record is None:
            return
        try:
            value = binding.read()
        except ValueError as exc:  # shown beside the form; nothing is stored
            self._set_problem(str(exc))
            return
        if binding.field in ("reward", "date"):
            self._set_problem("")
        if not self._state.set_field(binding.field, value) and self._state.record is not None:
            # Refused (a read-only window): the widget shows what is stored again.
            self._show(self._state.record, {binding.field})

    def set_field(self, name: str, value: Any) -> None:
        """Set one field as if typed (``number``, ``reason``, ``award_form``, ``date``,
        ``signer_*``, ``reward_person``/``reward_collective``/``reward_fund`` as text)."""
        if name.startswith("reward_"):
            edit: QLineEdit = getattr(self, f"{name}_edit")
            edit.setText(value)
            self._commit(self._binding("reward"))
            return
        binding = self._binding(name)
        self._showing = True
        try:
            binding.show(value)
        finally:
            self._showing = False
        self._commit(binding)

    def _binding(self, name: str) -> Binding:
        return next(b for b in self._bindings if b.field == name)

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)

    def _show_relation(self, relation: str) -> None:
        self.signer_relation_box.set_relation(relation)
        self.signer_delegator_edit.setEnabled(RelationBox.needs_delegator(relation))

    def _read_date(self) -> dt.date:
        """The date typed; an empty or impossible one is said at the field and not stored."""
        if not self.date_edit.check():
            raise ValueError(self.date_edit.problem())
        day = self.date_edit.value()
        if not isinstance(day, dt.date):
            message = self.tr("The decision needs a date (dd/mm/yyyy).")
            self.date_edit.set_problem(message)
            raise ValueError(message)
        return day

    def _read_reward(self) -> RewardMoney | None:
        from desktop.services import documents  # the document writers: not at start-up

        return documents.reward_money(
            self.reward_person_edit.text(),
            self.reward_collective_edit.text(),
            self.reward_fund_edit.text(),
        )

    def _show_reward(self, reward: RewardMoney | None) -> None:
        self.reward_person_edit.setText(_amount_text(reward.person if reward else None))
        self.reward_collective_edit.setText(_amount_text(reward.collective if reward else None))
        self.reward_fund_edit.setText(reward.fund if reward else "")

    def _on_issuer_box_activated(self, _index: int) -> None:
        organisation = self.issuer_box.organisation()
        if organisation is not None and not self._showing:
            self.issuer_chosen.emit(organisation)

    # -- what the state tells -------------------------------------------------------------------

    def show_organisations(self, organisations: list[Organisation]) -> None:
        """The bodies that may issue the decision (the record's own is added if missing)."""
        record = self._state.record
        self._organisation_list = list(organisations)
        self.issuer_box.show_organisations(
            organisations, record.issuer if record else Organisation(name="")
        )

    @override
    def reset(self) -> None:
        record = self._state.record or Decision(  # an empty form
            number="", date=dt.date.today(), issuer=Organisation(name="")
        )
        self._set_problem("")
        self._show(record, {b.field for b in self._bindings})
        for edit in (self.reason_edit, self.signer_title_edit, self.signer_name_edit):
            edit.setCursorPosition(0)

    @override
    def header_changed(self, names: frozenset[str]) -> None:
        record = self._state.record
        if record is None:
            return
        if "issuer" in names:
            self.issuer_box.show_organisations(self._organisation_list, record.issuer)
        self._show(record, names)

    def _show(self, record: Decision, names: set[str] | frozenset[str]) -> None:
        """Show the stored value of each field in ``names`` whose widget shows another."""
        self._showing = True
        try:
            for binding in self._bindings:
                if binding.field not in names:
                    continue
                value = _value(record, binding.field)
                try:
                    shown = binding.read()
                except ValueError:
                    shown = object()  # what is typed is not a value: show the stored one
                if shown != value:
                    binding.show(value)
            if "signer_relation" in names:
                self._show_relation(record.signer.relation)
        finally:
            self._showing = False

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.text_edits:
            edit.setReadOnly(read_only)
        self.date_edit.setReadOnly(read_only)
        for box in (self.form_box, self.issuer_box, self.signer_relation_box):
            box.setEnabled(not read_only)


def _value(record: Decision, name: str) -> Any:
    if name.startswith("signer_"):
        return getattr(record.signer, name.removeprefix("signer_"))
    return getattr(record, name)


def _text(name: str, edit: QLineEdit) -> Binding:
    return Binding(name, edit.setText, edit.text, edit.textEdited)


def show_number_problem(header: HeaderForm, problem: str) -> None:
    """The number's problem under the field (a number used twice, the other style's way)."""
    header.number_problem_label.setText(problem)
    header.number_problem_label.setVisible(bool(problem))
    header.number_edit.setStyleSheet("background: #fde8e8;" if problem else "")


def _row(*parts: tuple[QWidget, int] | str) -> QHBoxLayout:
    """Widgets side by side with their stretch; a text is a label between them."""
    row = QHBoxLayout()
    for part in parts:
        if isinstance(part, str):
            row.addWidget(QLabel(part))
        else:
            row.addWidget(*part)
    return row
