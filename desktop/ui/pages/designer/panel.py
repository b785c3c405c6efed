"""The designer's side panel: the sample recipient, the list of fields and the chosen field's
properties. It shows what the window gives it and reports each edit as a (key, value) pair."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import template_design as designs


class FieldPanel(QWidget):
    """Sample chooser, field list and property form beside the paper."""

    property_edited = Signal(str, object)
    """A property of the chosen field set by the user: (key, value)."""
    field_chosen = Signal(str)
    """A field picked in the list."""
    scan_printed_changed = Signal(bool)
    """The user chose whether the scan of the blank prints on plain paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.updating = False
        """True while the panel shows a field (its widgets' signals are not edits)."""
        self._field: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        sample = QFormLayout()
        self.decision_box = QComboBox()
        self.recipient_box = QComboBox()
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Full render (plain paper)"), "full")
        self.mode_box.addItem(self.tr("Pre-printed blank"), "preprinted")
        sample.addRow(self.tr("&Decision"), self.decision_box)
        sample.addRow(self.tr("&Recipient"), self.recipient_box)
        sample.addRow(self.tr("&Mode"), self.mode_box)
        layout.addLayout(sample)
        layout.addWidget(QLabel("<b>" + self.tr("Fields") + "</b>"))
        self.field_list = QListWidget()
        self.field_list.currentItemChanged.connect(self._on_field_list_current_item_changed)
        layout.addWidget(self.field_list, 1)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #8a5a00")
        self.notes_label.hide()
        layout.addWidget(self.notes_label)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828")
        layout.addWidget(self.problem_label)
        self.properties = self._build_properties()
        layout.addWidget(self.properties)
        layout.addWidget(self._build_printing())

    def _build_properties(self) -> QWidget:
        form = QFormLayout()
        self.text_edit = QLineEdit()
        self.text_edit.editingFinished.connect(lambda: self._edit("text", self.text_edit.text()))
        self.font_box = QComboBox()
        for face in designs.FACES:
            self.font_box.addItem(designs.FACE_LABELS[face], face)
        # Installed fonts with every Vietnamese letter (scanned once, then read from a cache).
        for label, path in designs.installed_fonts():
            self.font_box.addItem(self.tr("%1 (installed)").replace("%1", label), str(path))
        self.font_box.activated.connect(lambda _i: self._on_font_chosen())
        self.size_spin = QDoubleSpinBox()
        self.min_size_spin = QDoubleSpinBox()
        for spin in (self.size_spin, self.min_size_spin):
            spin.setRange(4, 200)
            spin.setDecimals(1)
            spin.setSuffix(" pt")
        self.size_spin.editingFinished.connect(lambda: self._edit("size", self.size_spin.value()))
        self.min_size_spin.editingFinished.connect(
            lambda: self._edit("min_size", self.min_size_spin.value())
        )
        self.lines_spin = QSpinBox()
        self.lines_spin.setRange(1, 20)
        self.lines_spin.editingFinished.connect(
            lambda: self._edit("max_lines", self.lines_spin.value())
        )
        self.align_box = QComboBox()
        for label, value in (
            (self.tr("Left"), "left"),
            (self.tr("Centre"), "center"),
            (self.tr("Right"), "right"),
        ):
            self.align_box.addItem(label, value)
        self.align_box.activated.connect(
            lambda _i: self._edit("align", self.align_box.currentData())
        )
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._on_colour_button_clicked)
        self.upper_box = QCheckBox(self.tr("UPPER CASE"))
        self.bold_box = QCheckBox(self.tr("Bold"))
        self.italic_box = QCheckBox(self.tr("Italic"))
        self.upper_box.clicked.connect(lambda on: self._edit("upper", bool(on)))
        self.bold_box.clicked.connect(lambda on: self._edit("bold", bool(on)))
        self.italic_box.clicked.connect(lambda on: self._edit("italic", bool(on)))
        self.full_box = QCheckBox(self.tr("plain paper"))
        self.preprinted_box = QCheckBox(self.tr("pre-printed blank"))
        self.person_box = QCheckBox(self.tr("person"))
        self.collective_box = QCheckBox(self.tr("collective"))
        for box in (self.full_box, self.preprinted_box):
            box.clicked.connect(lambda _on: self._on_choices_clicked("modes"))
        for box in (self.person_box, self.collective_box):
            box.clicked.connect(lambda _on: self._on_choices_clicked("kinds"))
        styles = QHBoxLayout()
        for box in (self.upper_box, self.bold_box, self.italic_box):
            styles.addWidget(box)
        kinds = QHBoxLayout()
        kinds.addWidget(self.person_box)
        kinds.addWidget(self.collective_box)
        form.addRow(self.tr("&Text"), self.text_edit)
        form.addRow(self.tr("F&ont"), self.font_box)
        form.addRow(self.tr("&Size"), self.size_spin)
        form.addRow(self.tr("Mi&nimum size"), self.min_size_spin)
        form.addRow(self.tr("Ma&x lines"), self.lines_spin)
        form.addRow(self.tr("&Alignment"), self.align_box)
        form.addRow(self.tr("&Colour"), self.colour_button)
        form.addRow(styles)
        form.addRow(self.tr("Printed for"), kinds)
        properties = QWidget()
        properties.setLayout(form)
        return properties

    def _build_printing(self) -> QWidget:
        """Where the chosen field prints (also for an image field), and whether the scan of the
        blank prints on plain paper."""
        form = QFormLayout()
        modes = QHBoxLayout()
        modes.addWidget(self.full_box)
        modes.addWidget(self.preprinted_box)
        self.modes_row = QWidget()
        self.modes_row.setLayout(modes)
        form.addRow(self.tr("Printed on"), self.modes_row)
        self.scan_printed_box = QCheckBox(self.tr("Print the scan of the blank on plain paper"))
        self.scan_printed_box.setToolTip(
            self.tr(
                "Off: the scan only helps place the fields on screen; on plain paper the "
                "template's own art is printed without it."
            )
        )
        self.scan_printed_box.clicked.connect(lambda on: self.scan_printed_changed.emit(bool(on)))
        form.addRow(self.scan_printed_box)
        printing = QWidget()
        printing.setLayout(form)
        return printing

    # --- showing -------------------------------------------------------------------------------

    def show_fields(self, names: list[str], tooltips: dict[str, str]) -> None:
        """List the template's fields (text fields first, then images)."""
        self.updating = True
        self.field_list.clear()
        for name in names:
            entry = QListWidgetItem(name)
            entry.setToolTip(tooltips.get(name, ""))
            self.field_list.addItem(entry)
        self.updating = False

    def show_field(self, name: str, field: dict[str, Any] | None, *, image: bool = False) -> None:
        """Show field ``name``'s properties (``field`` None: no field chosen). An image field
        has its box, moved and resized on the paper, and where it prints: no text properties."""
        self.updating = True
        self._field = dict(field or {})
        for row in range(self.field_list.count()):
            if self.field_list.item(row).text() == name:
                self.field_list.setCurrentRow(row)
        self.properties.setEnabled(field is not None and not image)
        self.modes_row.setEnabled(field is not None)
        if field is not None:
            modes = field.get("modes", ["full"] if image else ["full", "preprinted"])
            self.full_box.setChecked("full" in modes)
            self.preprinted_box.setChecked("preprinted" in modes)
        if field is not None and not image:
            self.text_edit.setText(field["text"])
            font = field.get("font_file") or field.get("font", "serif")
            if self.font_box.findData(font) < 0 and field.get("font_file"):
                # A file not in the list (another PC's font, or installed after the scan).
                self.font_box.addItem(Path(font).stem, font)
            self.font_box.setCurrentIndex(max(0, self.font_box.findData(font)))
            size = float(field.get("size", 14))
            self.size_spin.setValue(size)
            self.min_size_spin.setValue(float(field.get("min_size", size)))
            self.lines_spin.setValue(int(field.get("max_lines", 1)))
            self.align_box.setCurrentIndex(
                max(0, self.align_box.findData(field.get("align", "center")))
            )
            colour = field.get("colour", "#000000")
            self.colour_button.setText(colour)
            self.colour_button.setStyleSheet(f"color: {colour}")
            self.upper_box.setChecked(bool(field.get("upper")))
            self.bold_box.setChecked(bool(field.get("bold")))
            self.italic_box.setChecked(bool(field.get("italic")))
            kinds = field.get("kinds", ["person", "collective"])
            self.person_box.setChecked("person" in kinds)
            self.collective_box.setChecked("collective" in kinds)
        self.updating = False

    def show_scan_printed(self, printed: bool, *, scan: bool) -> None:
        """Whether the scan prints on plain paper (the box is off without a scan)."""
        self.scan_printed_box.setChecked(printed)
        self.scan_printed_box.setEnabled(scan)

    def show_notes(self, notes: tuple[str, ...]) -> None:
        """What printing with this template will say (e.g. a font replaced by Tinos)."""
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    # --- edits -------------------------------------------------------------------------------

    def _edit(self, key: str, value: Any) -> None:
        if self._field and not self.updating:
            self.property_edited.emit(key, value)

    def _on_field_list_current_item_changed(self, item: QListWidgetItem | None, _: object) -> None:
        if item is not None and not self.updating:
            self.field_chosen.emit(item.text())

    def _on_font_chosen(self) -> None:
        """A bundled face by its key, or an installed font by its file."""
        value = self.font_box.currentData()
        self._edit("font" if value in designs.FACES else "font_file", value)

    def _on_choices_clicked(self, key: str) -> None:
        if key == "modes":
            pairs = ((self.full_box, "full"), (self.preprinted_box, "preprinted"))
        else:
            pairs = ((self.person_box, "person"), (self.collective_box, "collective"))
        chosen = [value for box, value in pairs if box.isChecked()]
        if not chosen:  # a field printed nowhere: refuse, show the boxes as they were
            name = self._field.get("name", "")
            self.show_field(name, self._field, image="image" in self._field)
            return
        self._edit(key, chosen)

    def _on_colour_button_clicked(self) -> None:
        if not self._field:
            return
        colour = QColorDialog.getColor(QColor(self._field.get("colour", "#000000")), self)
        if colour.isValid():
            self._edit("colour", colour.name().upper())
