"""The scan of the blank under the fields: loading it, aligning it by two marks, saving it.

A photo of a blank is rarely to scale: the user clicks two marks on it and types where each is
on the paper (mm from the left and top edges); ``background_transform`` turns the two pairs into
a scale and a shift per axis. Saving cuts the scan to the paper at BACKGROUND_DPI.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsPixmapItem,
    QLabel,
    QWidget,
)

from desktop.services import template_design as designs
from desktop.ui.operations import show_error

if TYPE_CHECKING:
    from desktop.ui.pages.designer.window import DesignerWindow

BACKGROUND_DPI = 200
"""Resolution of the scan saved with a template (scaled and aligned to the paper)."""


class MarkDialog(QDialog):
    """“This mark is at X mm, Y mm” (one of the two points that align a scan)."""

    def __init__(self, parent: QWidget, number: int, limits: tuple[float, float]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Align the scan"))
        self.x_spin = QDoubleSpinBox()
        self.y_spin = QDoubleSpinBox()
        for spin, limit in ((self.x_spin, limits[0]), (self.y_spin, limits[1])):
            spin.setRange(0, limit)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Mark {0} is, on the paper, at:").format(number)))
        form.addRow(self.tr("From the left edge"), self.x_spin)
        form.addRow(self.tr("From the top edge"), self.y_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def background_transform(marks: list[tuple[QPointF, QPointF]], fallback: QTransform) -> QTransform:
    """Image pixels → paper mm from two (pixel, mm) pairs: a scale and a shift per axis.

    An axis on which the two marks coincide keeps the other axis's scale.
    """
    (p1, t1), (p2, t2) = marks
    dx, dy = p2.x() - p1.x(), p2.y() - p1.y()
    sx = (t2.x() - t1.x()) / dx if abs(dx) > 1e-6 else None
    sy = (t2.y() - t1.y()) / dy if abs(dy) > 1e-6 else None
    sx = sx if sx is not None else (sy if sy is not None else fallback.m11())
    sy = sy if sy is not None else sx
    return QTransform(sx, 0, 0, sy, t1.x() - sx * p1.x(), t1.y() - sy * p1.y())


class Scan(QObject):
    """The designer's scan of the blank: the picture under the fields and how it is placed."""

    def __init__(self, window: DesignerWindow) -> None:
        super().__init__(window)
        self._window = window
        self.item = QGraphicsPixmapItem()
        self.item.setZValue(-1)
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.changed = False
        """True when the scan was loaded, moved or removed since the template was saved."""
        self._marks: list[tuple[QPointF, QPointF]] = []
        window.view.clicked.connect(self._on_view_clicked)

    @property
    def empty(self) -> bool:
        return self.item.pixmap().isNull()

    def set_image(self, image: QImage, *, changed: bool = True) -> None:
        """Show ``image`` under the fields, stretched to the paper (align it next)."""
        if image.isNull():
            raise designs.DesignError(self.tr("The image could not be read."))
        width, height = self._window.design.paper_mm
        self.item.setPixmap(QPixmap.fromImage(image))
        self.item.setTransform(QTransform.fromScale(width / image.width(), height / image.height()))
        self.changed = changed
        self._show_printed()

    def _show_printed(self) -> None:
        window = self._window
        window.panel.show_scan_printed(window.design.background_printed, scan=not self.empty)

    def show_saved(self) -> None:
        """Show the scan the design was saved with (or none)."""
        self.clear()
        path = self._window.design.background
        if path is not None and path.is_file():
            self.set_image(QImage(str(path)), changed=False)
        self.changed = False

    def load(self, path: Path | None = None) -> None:
        """Load a PNG, JPEG or PDF (its first page) as the scan; asks for the file without one."""
        window = self._window
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                window,
                self.tr("Scan of the blank"),
                "",
                self.tr("Images and PDF (*.png *.jpg *.jpeg *.pdf)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            if path.suffix.lower() == ".pdf":
                from desktop.ui.widgets.pdf_pages import PdfPages

                image = PdfPages(path.read_bytes()).image(0, BACKGROUND_DPI)
            else:
                image = QImage(str(path))
            self.set_image(image)
        except Exception as exc:
            show_error(window, exc)
            return
        window.statusBar().showMessage(
            self.tr("Scan loaded, stretched to the paper. Align it by two marks: Ctrl+L."), 8000
        )

    def clear(self) -> None:
        self.item.setPixmap(QPixmap())
        self.changed = True
        self._show_printed()

    def start_alignment(self) -> None:
        window = self._window
        if self.empty:
            window.statusBar().showMessage(self.tr("Load a scan of the blank first."), 5000)
            return
        self._marks = []
        window.view.picking = True
        window.view.setCursor(Qt.CursorShape.CrossCursor)
        window.statusBar().showMessage(self.tr("Click the first mark on the scan."))

    def _on_view_clicked(self, point: QPointF) -> None:
        window = self._window
        pixel = self.item.mapFromScene(point)
        dialog = MarkDialog(window, len(self._marks) + 1, window.design.paper_mm)
        dialog.x_spin.setValue(point.x())
        dialog.y_spin.setValue(point.y())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._end_alignment()
            return
        self._marks.append((pixel, QPointF(dialog.x_spin.value(), dialog.y_spin.value())))
        if len(self._marks) == 1:
            window.statusBar().showMessage(self.tr("Click the second mark, far from the first."))
            return
        self.align(self._marks)
        self._end_alignment()

    def _end_alignment(self) -> None:
        self._window.view.picking = False
        self._window.view.unsetCursor()
        self._window.statusBar().clearMessage()

    def align(self, marks: list[tuple[QPointF, QPointF]]) -> None:
        """Place the scan so each (pixel of the image, mm on the paper) pair coincides."""
        self.item.setTransform(background_transform(marks, self.item.transform()))
        self.changed = True

    def png(self) -> bytes | None:
        """The scan as placed, cut and scaled to the paper at BACKGROUND_DPI (None: no scan)."""
        if self.empty:
            return None
        width, height = self._window.design.paper_mm
        scale = BACKGROUND_DPI / 25.4
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        painter.setTransform(self.item.transform(), combine=True)
        painter.drawPixmap(0, 0, self.item.pixmap())
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(data.data())
