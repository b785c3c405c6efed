"""The designer window: the paper with its fields, the side panel, the menus and their keys.

The edit state (``services.template_design.TemplateDesign``) keeps the undo history; the
window shows it after each change (``rebuild``) and turns every user action into one call on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsRectItem,
    QGraphicsScene,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from desktop.services import decisions
from desktop.services import template_design as designs
from desktop.services.session import Library
from desktop.ui.compat import override
from desktop.ui.operations import show_error
from desktop.ui.pages.designer.files import TemplateFiles
from desktop.ui.pages.designer.menus import DesignerMenus
from desktop.ui.pages.designer.panel import FieldPanel
from desktop.ui.pages.designer.scan import Scan
from desktop.ui.pages.designer.scene import FieldItem
from desktop.ui.pages.designer.view import DesignView

SNAP_MM = 0.5


class DesignerWindow(QMainWindow):
    """Edit one template on screen: fields over the scan, their properties, the live sample."""

    saved = Signal(str)
    """A template id written to the user's templates (the templates page reloads)."""

    def __init__(
        self,
        library: Library,
        template_id: str,
        *,
        user_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self.design = designs.open_design(template_id, user_folder)
        self.snap_mm = SNAP_MM
        self.items: dict[str, FieldItem] = {}
        self.current = ""
        self._decision: decisions.Decision | None = None
        self._award_index = 0
        self.sample_error = ""
        self.closing = False
        self._pixmaps: dict[tuple[Path, int], QPixmap] = {}

        self.scene = QGraphicsScene(self)
        self.view = DesignView(self.scene)
        self.view.nudged.connect(self.nudge)
        self.paper = QGraphicsRectItem()
        self.paper.setBrush(QBrush(Qt.GlobalColor.white))
        self.paper.setPen(QPen(QColor("#999999"), 0))
        self.paper.setZValue(-2)
        self.scene.addItem(self.paper)
        self.scan = Scan(self)
        self.scene.addItem(self.scan.item)
        self.files = TemplateFiles(self, user_folder)

        self.panel = FieldPanel()
        self.panel.decision_box.currentIndexChanged.connect(self._on_decision_box_changed)
        self.panel.recipient_box.currentIndexChanged.connect(self._on_recipient_box_changed)
        self.panel.mode_box.currentIndexChanged.connect(lambda _i: self.refresh_sample())
        self.panel.field_chosen.connect(self._on_panel_field_chosen)
        self.panel.property_edited.connect(self._set)
        self.panel.scan_printed_changed.connect(self._on_panel_scan_printed_changed)
        self.menus = DesignerMenus(self)
        self.undo_action = self.menus.undo_action
        self.redo_action = self.menus.redo_action
        self.snap_action = self.menus.snap_action
        self.add_menu = self.menus.add_menu
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 320])
        self.setCentralWidget(splitter)
        self.resize(1240, 780)
        self.statusBar()

        self._load_samples()
        self.rebuild()
        self.scan.show_saved()
        self.view.set_zoom(3.0)

    # --- the design on screen ---------------------------------------------------------------

    def rebuild(self, *, sample: bool = True) -> None:
        """Show the design as it is now (after opening, undo, add, remove).

        ``sample`` False keeps each field's laid-out sample: after a box only moved (its size,
        and so how its text fits, unchanged), laying out every field again would cost the
        frame that ends the drag tens of milliseconds."""
        width, height = self.design.paper_mm
        self.paper.setRect(0, 0, width, height)
        self.scene.setSceneRect(-10, -10, width + 20, height + 20)
        names = self.design.field_names() + self.design.image_names()
        for name in list(self.items):
            if name not in names:
                self.scene.removeItem(self.items.pop(name))
        tooltips = {}
        for name in names:
            if name not in self.items:
                item = FieldItem(self, name)
                self.items[name] = item
                self.scene.addItem(item)
            else:
                self.items[name].sync()
            tooltips[name] = self.items[name].toolTip()
        self.panel.show_fields(names, tooltips)
        self.setWindowTitle(
            self.tr("Template designer — {0} (version {1})").format(
                self.design.title, self.design.version
            )
            + (" *" if self.design.modified else "")
        )
        self.panel.show_scan_printed(self.design.background_printed, scan=not self.scan.empty)
        self.undo_action.setEnabled(self.design.can_undo)
        self.redo_action.setEnabled(self.design.can_redo)
        if sample:
            self.refresh_sample()
        self.select_field(self.current if self.current in self.items else "")

    def reopen(self, template_id: str) -> None:
        """Show another template (after a copy, an import or a reset)."""
        self.design = designs.open_design(template_id, self.files.user_folder)
        for item in self.items.values():
            self.scene.removeItem(item)
        self.items.clear()
        self.current = ""
        self.scan.show_saved()
        self.rebuild()

    # --- the live sample -------------------------------------------------------------------

    def _load_samples(self) -> None:
        box = self.panel.decision_box
        box.blockSignals(True)
        for summary in self._library.decisions.decisions():
            box.addItem(f"{summary.number} — {summary.award_form}", summary.id)
        box.blockSignals(False)
        if box.count():
            self._on_decision_box_changed(0)

    def _on_decision_box_changed(self, index: int) -> None:
        key = self.panel.decision_box.itemData(index)
        self._decision = self._library.decisions.get_decision(key) if key else None
        box = self.panel.recipient_box
        box.blockSignals(True)
        box.clear()
        longest = None
        if self._decision is not None:
            for award in self._decision.awards:
                box.addItem(award.name)
            longest = designs.longest_name_award(self._decision)
        if longest is not None and self._decision is not None:
            self._award_index = self._decision.awards.index(longest)
            box.setCurrentIndex(self._award_index)
        box.blockSignals(False)
        self.refresh_sample()

    def _on_recipient_box_changed(self, index: int) -> None:
        self._award_index = max(0, index)
        self.refresh_sample()

    def refresh_sample(self) -> None:
        """Lay out the chosen recipient's texts through the printing code; mark what fails."""
        layouts: dict[str, designs.FieldLayout] = {}
        error = ""
        notes: tuple[str, ...] = ()
        decision = self._decision
        try:
            template = self.design.validate()
            # What printing will say about the template (a font file this PC lacks, …).
            notes = template.warnings
            if decision is not None and decision.awards and self.items:
                award = decision.awards[min(self._award_index, len(decision.awards) - 1)]
                mode: Literal["full", "preprinted"] = (
                    "preprinted" if self.panel.mode_box.currentData() == "preprinted" else "full"
                )
                samples = self.design.sample(decision, award, mode, template=template)
                layouts = {f.name: f for f in samples}
        except Exception as exc:  # an invalid template or signer: said, not fatal
            error = str(exc)
        self.panel.show_notes(notes)
        images = self.design.image_names()
        for name, item in self.items.items():
            item.set_layout(layouts.get(name))
            # A field this recipient does not print (the other kind, the other mode) is shown
            # faint and lets clicks through to the field under it.
            active = name in layouts or not layouts or name in images
            item.setOpacity(1.0 if active else 0.35)
            item.setAcceptedMouseButtons(
                Qt.MouseButton.LeftButton if active else Qt.MouseButton.NoButton
            )
        self._stack()
        self.sample_error = error
        self._show_problem()

    def _show_problem(self) -> None:
        item = self.items.get(self.current)
        text = self.sample_error
        if item is not None and item.layout is not None and not item.layout.fits:
            text = self.tr("Does not fit: {0}").format(item.layout.problem)
        self.panel.show_problem(text)

    def _stack(self) -> None:
        """The chosen field on top (its resize handle stays reachable where a neighbour
        touches it), then the fields this recipient prints, then the faint ones."""
        for name, item in self.items.items():
            active = item.acceptedMouseButtons() != Qt.MouseButton.NoButton
            item.setZValue((2 if name == self.current else 0) + (1 if active else 0))

    # --- the chosen field -------------------------------------------------------------------

    def select_field(self, name: str) -> None:
        """Make ``name`` the field the panel edits (and the selected box)."""
        if self.panel.updating:
            return
        self.current = name
        self.panel.updating = True  # selecting the boxes below calls back here
        for other, item in self.items.items():
            item.setSelected(other == name)
        self.panel.updating = False
        self._stack()
        image = name in self.design.image_names()
        self.panel.show_field(name, self.design.field(name) if name else None, image=image)
        self._show_problem()

    def _on_panel_scan_printed_changed(self, printed: bool) -> None:
        self.design.set_background_printed(printed)
        self.rebuild()

    def _on_panel_field_chosen(self, name: str) -> None:
        self.select_field(name)
        self.items[name].ensureVisible()

    def step_field(self, step: int) -> None:
        names = self.design.field_names() + self.design.image_names()
        index = names.index(self.current) if self.current in names else -step
        self.select_field(names[(index + step) % len(names)])

    # --- edits (each one undo step, through the design) --------------------------------------

    def _edit(self, change: Any) -> None:
        try:
            change()
        except designs.DesignError as exc:
            show_error(self, exc)
        self.rebuild()

    def _size(self, name: str) -> tuple[float, float]:
        field = self.design.field(name)
        return field["width_mm"], field["height_mm"]

    def _edit_box(self, name: str, change: Any) -> None:
        """Change a box; lay the sample out again only when its size changed."""
        before = self._size(name)
        try:
            change()
        except designs.DesignError as exc:
            show_error(self, exc)
        self.rebuild(sample=self._size(name) != before)

    def set_box(self, name: str, x: float, y: float, width: float, height: float) -> None:
        self._edit_box(name, lambda: self.design.set_box(name, x, y, width, height))

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selected field by (dx, dy) mm."""
        if self.current:
            name = self.current
            self._edit_box(name, lambda: self.design.move(name, dx, dy))

    def grow(self, dw: float, dh: float) -> None:
        if self.current:
            f = self.design.field(self.current)
            self.set_box(
                self.current, f["x_mm"], f["y_mm"], f["width_mm"] + dw, f["height_mm"] + dh
            )

    def _set(self, key: str, value: Any) -> None:
        if self.current and not self.panel.updating:
            self._edit(lambda: self.design.set_property(self.current, key, value))

    def add_field(self, placeholder: str) -> None:
        def change() -> None:
            self.current = self.design.add_field(placeholder)

        self._edit(change)

    def add_image(self, path: Path | None = None) -> None:
        """Add an image field from a PNG or JPEG file (copied beside the template on saving)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Image for the certificate"),
                "",
                self.tr("Images (*.png *.jpg *.jpeg)"),
            )
            if not name:
                return
            path = Path(name)

        def change() -> None:
            assert path is not None
            self.current = self.design.add_image(path)

        self._edit(change)

    def image_pixmap(self, name: str) -> QPixmap | None:
        """The picture shown in image field ``name``'s box; None for a text field."""
        if name not in self.design.image_names():
            return None
        file = self.design.image_files.get(self.design.field(name)["image"])
        if file is None:
            return QPixmap()
        # Read once per file: every change rebuilds the items, and decoding is slow.
        try:
            key = (file, file.stat().st_mtime_ns)
        except OSError:
            return QPixmap()
        if key not in self._pixmaps:
            self._pixmaps[key] = QPixmap(str(file))
        return self._pixmaps[key]

    def popup_add_menu(self) -> None:
        self.add_menu.popup(self.view.mapToGlobal(self.view.rect().center()))

    def remove_field(self) -> None:
        if self.current:
            name = self.current
            self.current = ""
            self._edit(lambda: self.design.remove_field(name))

    def undo(self) -> None:
        self.design.undo()
        self.rebuild()

    def redo(self) -> None:
        self.design.redo()
        self.rebuild()

    def set_snap(self, on: bool) -> None:
        self.snap_mm = SNAP_MM if on else 0.0

    def fit(self) -> None:
        width, height = self.design.paper_mm
        viewport = self.view.viewport().size()
        self.view.set_zoom(min(viewport.width() / (width + 20), viewport.height() / (height + 20)))
        self.view.centerOn(width / 2, height / 2)

    @override
    def closeEvent(self, event: Any) -> None:
        if self.design.modified:
            answer = QMessageBox.question(
                self,
                self.tr("Template designer"),
                self.tr("Save the changes to this template?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.files.save()
            ):
                event.ignore()
                return
        # Python overrides of the items must not call back while Qt tears the scene down.
        self.closing = True
        event.accept()
