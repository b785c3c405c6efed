"""The paper's items: a field's box with its live sample text, and its resize handle.

The scene is in millimetres (one scene unit = 1 mm, y down from the paper's top-left corner,
as templates measure). A field item only shows what the design holds and reports where the user
left it (``FieldItem.commit``); the window turns that into one undo step.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.services import template_design as designs
from desktop.ui.compat import override

if TYPE_CHECKING:
    from desktop.ui.pages.designer.window import DesignerWindow

PT_TO_MM = 25.4 / 72
TEXT_SCALE = 100.0
"""Text is drawn at 100× in a painter scaled by 1/100: QFont pixel sizes are whole numbers."""

_families: dict[Path, str] = {}


def _family(path: Path) -> str:
    """The Qt family name of a font file, registered once (the same file the PDF embeds)."""
    if path not in _families:
        ident = QFontDatabase.addApplicationFont(str(path))
        names = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
        _families[path] = names[0] if names else "serif"
    return _families[path]


@functools.lru_cache(maxsize=64)
def _font(path: Path, size_pt: float) -> QFont:
    """The sample's font at ``size_pt``, scaled for drawing at TEXT_SCALE (cached: painting a
    field while it is dragged must not build fonts)."""
    font = QFont(_family(path))
    font.setPixelSize(max(1, round(size_pt * PT_TO_MM * TEXT_SCALE)))
    font.setKerning(False)
    return font


class ResizeHandle(QGraphicsRectItem):
    """The square at a field's bottom-right corner: drag it to resize the box."""

    SIZE_PX = 9

    def __init__(self, parent: FieldItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        half = self.SIZE_PX / 2
        self.setRect(-half, -half, self.SIZE_PX, self.SIZE_PX)
        self.setBrush(QBrush(QColor("#1565c0")))
        self.setPen(QPen(Qt.GlobalColor.white))
        self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        self._field = parent

    @override
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    @override
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        corner = self._field.mapFromScene(event.scenePos())
        self._field.resize_to(corner.x(), corner.y())

    @override
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._field.commit()


class FieldItem(QGraphicsRectItem):
    """One field's box (in mm) with its sample text; movable, resizable, selectable."""

    def __init__(self, designer: DesignerWindow, name: str) -> None:
        super().__init__()
        self.designer = designer
        self.name = name
        self.layout: designs.FieldLayout | None = None
        self.origin = (0.0, 0.0)
        """Where the box was when ``layout`` was made: its lines are drawn relative to it, so a
        box that only moved keeps its sample without laying the text out again."""
        self.stored = (0.0, 0.0)
        self.colour = QColor(Qt.GlobalColor.black)
        """The position the design holds (the sample's lines are placed from it)."""
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(
            flags.ItemIsMovable
            | flags.ItemIsSelectable
            | flags.ItemIsFocusable
            | flags.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.handle = ResizeHandle(self)
        self.sync()

    def set_layout(self, layout: designs.FieldLayout | None) -> None:
        """Show ``layout`` (made for the box where the design holds it now)."""
        self.layout = layout
        self.origin = self.stored
        self.update()

    def sync(self) -> None:
        """Take the box from the design."""
        field = self.designer.design.field(self.name)
        self.stored = (field["x_mm"], field["y_mm"])
        self.setPos(field["x_mm"], field["y_mm"])
        self.setRect(0, 0, field["width_mm"], field["height_mm"])
        self.handle.setPos(field["width_mm"], field["height_mm"])
        self.colour = QColor(field.get("colour", "#000000"))
        self.setToolTip(field.get("text", field.get("image", "")))
        self.pixmap = self.designer.image_pixmap(self.name)
        """The picture of an image field (None for a text field)."""

    def resize_to(self, width: float, height: float) -> None:
        snap = self.designer.snap_mm
        if snap:
            width, height = round(width / snap) * snap, round(height / snap) * snap
        self.prepareGeometryChange()
        self.setRect(0, 0, max(designs.MIN_BOX_MM, width), max(designs.MIN_BOX_MM, height))
        self.handle.setPos(self.rect().width(), self.rect().height())

    def commit(self) -> None:
        """Store the box as the user left it (one undo step)."""
        rect = self.rect()
        self.designer.set_box(self.name, self.x(), self.y(), rect.width(), rect.height())

    @override
    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            snap = self.designer.snap_mm
            point = QPointF(value)
            if snap:
                point = QPointF(round(point.x() / snap) * snap, round(point.y() / snap) * snap)
            return point
        if (
            change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged
            and value
            and not self.designer.closing
        ):
            self.designer.select_field(self.name)
        return super().itemChange(change, value)

    @override
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if (self.x(), self.y()) != self.stored:
            self.commit()

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.rect()
        layout = self.layout
        bad = layout is not None and not layout.fits
        colour = QColor("#d32f2f") if bad else QColor("#1565c0")
        if bad:
            painter.fillRect(rect, QColor(211, 47, 47, 40))
        pen = QPen(colour, 0)
        pen.setCosmetic(True)
        pen.setWidthF(2.0 if self.isSelected() else 1.0)
        if not self.isSelected():
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if self.pixmap is not None and not self.pixmap.isNull():
            # Kept in proportion and centred in its box, as the PDF draws it.
            size = self.pixmap.size().scaled(
                round(rect.width() * 100),
                round(rect.height() * 100),
                Qt.AspectRatioMode.KeepAspectRatio,
            )
            w, h = size.width() / 100, size.height() / 100
            target = QRectF(
                rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h
            )
            painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        painter.drawRect(rect)
        if layout is None or not layout.lines:
            return
        painter.save()
        painter.setClipRect(rect.adjusted(-2, -2, 2, 2))
        painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
        painter.setFont(_font(layout.font_file, layout.size))
        painter.setPen(self.colour)
        x0, y0 = self.origin
        for line, x, baseline in layout.lines:
            painter.drawText(QPointF((x - x0) * TEXT_SCALE, (baseline - y0) * TEXT_SCALE), line)
        painter.restore()
