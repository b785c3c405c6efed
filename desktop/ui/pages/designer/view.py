"""The paper on screen: a zoomable view in millimetres with rulers along two edges."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from desktop.ui.compat import override

NUDGE_MM = 0.1
NUDGE_SHIFT_MM = 1.0
RULER_PX = 22
MIN_ZOOM, MAX_ZOOM = 0.5, 40.0


class Ruler(QWidget):
    """Millimetres along the top or the left of the view, following its zoom and scroll."""

    def __init__(self, view: DesignView, horizontal: bool) -> None:
        super().__init__(view)
        self.view = view
        self.horizontal = horizontal
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f3f3f3"))
        painter.setPen(QColor("#555555"))
        zoom = self.view.zoom
        step = 1 if zoom >= 4 else (5 if zoom >= 1 else 10)
        origin = self.view.mapFromScene(QPointF(0, 0))
        length = self.width() if self.horizontal else self.height()
        start = self.view.mapToScene(0, 0)
        first = math.floor((start.x() if self.horizontal else start.y()) / step) * step
        font = painter.font()
        font.setPixelSize(9)
        painter.setFont(font)
        mm = first
        while True:
            pos = (origin.x() if self.horizontal else origin.y()) + mm * zoom + RULER_PX
            if pos > length:
                break
            if pos >= RULER_PX:
                tick = 10 if mm % 10 == 0 else (6 if mm % 5 == 0 else 3)
                if self.horizontal:
                    painter.drawLine(int(pos), RULER_PX - tick, int(pos), RULER_PX)
                    if mm % 10 == 0:
                        painter.drawText(int(pos) + 2, 10, str(mm))
                else:
                    painter.drawLine(RULER_PX - tick, int(pos), RULER_PX, int(pos))
                    if mm % 10 == 0:
                        painter.drawText(1, int(pos) + 10, str(mm))
            mm += step
        painter.end()


class DesignView(QGraphicsView):
    """The paper: zoom with Ctrl + wheel, arrow keys nudge the selected field."""

    nudged = Signal(float, float)
    clicked = Signal(QPointF)
    """A click on the paper in scene mm (used while aligning the background)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.zoom = 1.0
        self.picking = False
        self.setViewportMargins(RULER_PX, RULER_PX, 0, 0)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.top_ruler = Ruler(self, horizontal=True)
        self.left_ruler = Ruler(self, horizontal=False)
        self.horizontalScrollBar().valueChanged.connect(self._rulers)
        self.verticalScrollBar().valueChanged.connect(self._rulers)

    def _rulers(self, *_args: object) -> None:
        self.top_ruler.update()
        self.left_ruler.update()

    def set_zoom(self, zoom: float) -> None:
        """Pixels per mm."""
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.setTransform(QTransform.fromScale(self.zoom, self.zoom))
        self._rulers()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.top_ruler.setGeometry(rect.x(), rect.y(), rect.width(), RULER_PX)
        self.left_ruler.setGeometry(rect.x(), rect.y(), RULER_PX, rect.height())

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = NUDGE_SHIFT_MM if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE_MM
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        key = Qt.Key(event.key())
        if key in moves and self.scene().selectedItems():
            self.nudged.emit(*moves[key])
            event.accept()
            return
        super().keyPressEvent(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.picking and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mousePressEvent(event)

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (1.15 if event.angleDelta().y() > 0 else 1 / 1.15))
            event.accept()
            return
        super().wheelEvent(event)

    @override
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._rulers()
