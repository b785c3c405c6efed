"""The designer's menus, each action with its key (every action is reachable by keyboard)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.services import template_design as designs

if TYPE_CHECKING:
    from desktop.ui.pages.designer.window import DesignerWindow


class DesignerMenus(QObject):
    """Template, Edit, View and Scan menus of a designer window."""

    def __init__(self, window: DesignerWindow) -> None:
        super().__init__(window)
        self._window = window
        self._build()

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self._window.addAction(action)
        return action

    def _build(self) -> None:
        window = self._window
        keys = QKeySequence.StandardKey
        bar = window.menuBar()
        files = window.files
        file_menu = bar.addMenu(self.tr("&Template"))
        self._add(file_menu, self.tr("&Save"), files.save, keys.Save)
        self._add(file_menu, self.tr("Save as a &copy…"), files.duplicate, "Ctrl+Shift+S")
        self._add(file_menu, self.tr("Re&name…"), files.rename, "F2")
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Export to a file…"), files.export, "Ctrl+E")
        self._add(file_menu, self.tr("&Import from a file…"), files.import_file, "Ctrl+I")
        self._add(file_menu, self.tr("&Reset to the built-in template"), files.reset)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Close"), window.close, keys.Close)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._add(edit, self.tr("&Undo"), window.undo, keys.Undo)
        self.redo_action = self._add(edit, self.tr("&Redo"), window.redo, keys.Redo)
        edit.addSeparator()
        self.add_menu = edit.addMenu(self.tr("&Add a field"))
        for name, label in designs.PLACEHOLDERS.items():
            action = QAction(f"{{{name}}} — {label}", window)
            action.triggered.connect(lambda _c=False, n=name: window.add_field(n))
            self.add_menu.addAction(action)
        add = QAction(self.tr("Add a field…"), window)
        add.setShortcut(QKeySequence("Insert"))
        add.triggered.connect(window.popup_add_menu)
        window.addAction(add)
        self._add(edit, self.tr("Add an &image (emblem, logo, signature)…"), window.add_image)
        self._add(edit, self.tr("Re&move the field"), window.remove_field, keys.Delete)
        self._add(edit, self.tr("Next field"), lambda: window.step_field(1), "F6")
        self._add(edit, self.tr("Previous field"), lambda: window.step_field(-1), "Shift+F6")
        for label, dx, dy, key in (
            (self.tr("Move left by 1 mm"), -1.0, 0.0, "Alt+Left"),
            (self.tr("Move right by 1 mm"), 1.0, 0.0, "Alt+Right"),
            (self.tr("Move up by 1 mm"), 0.0, -1.0, "Alt+Up"),
            (self.tr("Move down by 1 mm"), 0.0, 1.0, "Alt+Down"),
        ):
            self._add(edit, label, lambda x=dx, y=dy: window.nudge(x, y), key)
        self._add(edit, self.tr("Wider by 1 mm"), lambda: window.grow(1, 0), "Alt+Shift+Right")
        self._add(edit, self.tr("Narrower by 1 mm"), lambda: window.grow(-1, 0), "Alt+Shift+Left")
        self._add(edit, self.tr("Taller by 1 mm"), lambda: window.grow(0, 1), "Alt+Shift+Down")
        self._add(edit, self.tr("Shorter by 1 mm"), lambda: window.grow(0, -1), "Alt+Shift+Up")
        view = bar.addMenu(self.tr("&View"))
        self._add(
            view,
            self.tr("Zoom &in"),
            lambda: window.view.set_zoom(window.view.zoom * 1.25),
            keys.ZoomIn,
        )
        self._add(
            view,
            self.tr("Zoom &out"),
            lambda: window.view.set_zoom(window.view.zoom / 1.25),
            keys.ZoomOut,
        )
        self._add(view, self.tr("&Fit the page"), window.fit, "Ctrl+0")
        self.snap_action = QAction(self.tr("&Snap to 0.5 mm"), window)
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(True)
        self.snap_action.setShortcut(QKeySequence("Ctrl+G"))
        self.snap_action.toggled.connect(window.set_snap)
        view.addAction(self.snap_action)
        window.addAction(self.snap_action)
        scan = bar.addMenu(self.tr("&Scan"))
        self._add(scan, self.tr("&Load a scan of the blank…"), window.scan.load, "Ctrl+B")
        self._add(
            scan, self.tr("&Align the scan by two marks…"), window.scan.start_alignment, "Ctrl+L"
        )
        self._add(scan, self.tr("&Remove the scan"), window.scan.clear)
