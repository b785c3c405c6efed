"""The designer's Template menu: save as a new version, copy, rename, export, import, reset.

Each action is a public method a test calls with its file; without one it asks the user.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.services import template_design as designs
from desktop.ui.operations import show_error

if TYPE_CHECKING:
    from desktop.ui.pages.designer.window import DesignerWindow


class TemplateFiles(QObject):
    """Template file actions of one designer window."""

    def __init__(self, window: DesignerWindow, user_folder: Path | None) -> None:
        super().__init__(window)
        self._window = window
        self.user_folder = user_folder

    def save(self) -> bool:
        """Save as a user template, a new version."""
        window = self._window
        design = window.design
        scan = window.scan
        background = None
        if scan.changed:
            png = scan.png()
            background = ("nen.png", png) if png else None
        try:
            if scan.changed and background is None and "background" in design.data:
                design.background = None
            designs.save_design(design, background=background, user_folder=self.user_folder)
        except Exception as exc:
            show_error(window, exc)
            return False
        scan.changed = False
        window.saved.emit(design.template_id)
        window.rebuild()
        window.statusBar().showMessage(
            self.tr("Saved as version {0}.").format(design.version), 5000
        )
        return True

    def duplicate(self) -> None:
        window = self._window
        title, ok = QInputDialog.getText(
            window,
            self.tr("Save as a copy"),
            self.tr("Title of the copy"),
            text=window.design.title + self.tr(" (copy)"),
        )
        if not ok:
            return
        try:
            if window.design.modified and not self.save():
                return
            new_id = designs.duplicate_template(window.design.template_id, title, self.user_folder)
        except Exception as exc:
            show_error(window, exc)
            return
        window.saved.emit(new_id)
        window.reopen(new_id)

    def rename(self) -> None:
        window = self._window
        title, ok = QInputDialog.getText(
            window, self.tr("Rename"), self.tr("New title"), text=window.design.title
        )
        if not ok:
            return
        try:
            window.design.set_title(title)
            self.save()
        except Exception as exc:
            show_error(window, exc)

    def export(self, target: Path | None = None) -> None:
        window = self._window
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                window,
                self.tr("Export the template"),
                window.design.template_id + designs.EXPORT_SUFFIX,
                self.tr("Vinh Danh templates (*.vdmau)"),
            )
            if not name:
                return
            target = Path(name)
        if target.suffix.lower() != designs.EXPORT_SUFFIX:
            target = target.with_name(target.name + designs.EXPORT_SUFFIX)
        try:
            if window.design.modified and not self.save():
                return
            designs.export_template(window.design.template_id, target, self.user_folder)
        except Exception as exc:
            show_error(window, exc)
            return
        window.statusBar().showMessage(self.tr("Exported to {0}.").format(target), 5000)

    def import_file(self, source: Path | None = None) -> None:
        window = self._window
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                window, self.tr("Import a template"), "", self.tr("Vinh Danh templates (*.vdmau)")
            )
            if not name:
                return
            source = Path(name)
        try:
            new_id = designs.import_template(source, self.user_folder)
        except Exception as exc:
            show_error(window, exc)
            return
        window.saved.emit(new_id)
        window.reopen(new_id)

    def reset(self) -> None:
        window = self._window
        answer = QMessageBox.question(
            window,
            self.tr("Reset"),
            self.tr("Put back the built-in template and drop your changes to it?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            designs.reset_template(window.design.template_id, self.user_folder)
        except Exception as exc:
            show_error(window, exc)
            return
        window.saved.emit(window.design.template_id)
        window.reopen(window.design.template_id)
