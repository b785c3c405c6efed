"""The template designer: place a template's fields on a scan of the blank by dragging.

The scene is in millimetres (one scene unit = 1 mm, y down from the paper's top-left corner,
as templates measure); the view's scale is the zoom in pixels per mm, so a drag of N pixels
moves a field by N / zoom mm. Each field is a box drawn with its live sample text — the chosen
recipient's, laid out by the printing code — and turns red with the reason when the text does
not fit. The edit state (``services.template_design.TemplateDesign``) keeps the undo history;
the widgets only show it.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from desktop.services import decisions
from desktop.services import template_design as designs
from desktop.ui.compat import override
from desktop.ui.operations import show_error

PT_TO_MM = 25.4 / 72
TEXT_SCALE = 100.0
"""Text is drawn at 100× in a painter scaled by 1/100: QFont pixel sizes are whole numbers."""
SNAP_MM = 0.5
NUDGE_MM = 0.1
NUDGE_SHIFT_MM = 1.0
RULER_PX = 22
MIN_ZOOM, MAX_ZOOM = 0.5, 40.0
BACKGROUND_DPI = 200
"""Resolution of the scan saved with a template (scaled and aligned to the paper)."""

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
        self.handle = ResizeHandle(self)
        self.sync()

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
        x0, y0 = self.stored
        for line, x, baseline in layout.lines:
            painter.drawText(QPointF((x - x0) * TEXT_SCALE, (baseline - y0) * TEXT_SCALE), line)
        painter.restore()


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


class DesignerWindow(QMainWindow):
    """Edit one template on screen: fields over the scan, their properties, the live sample."""

    saved = Signal(str)
    """A template id written to the user's templates (the templates page reloads)."""

    def __init__(
        self,
        db: Database,
        template_id: str,
        *,
        user_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._user_folder = user_folder
        self.design = designs.open_design(template_id, user_folder)
        self.snap_mm = SNAP_MM
        self.items: dict[str, FieldItem] = {}
        self.current = ""
        self._decision: decisions.Decision | None = None
        self._award_index = 0
        self._marks: list[tuple[QPointF, QPointF]] = []
        self._background_changed = False
        self._updating = False
        self.sample_error = ""
        self.closing = False

        self.scene = QGraphicsScene(self)
        self.view = DesignView(self.scene)
        self.view.nudged.connect(self.nudge)
        self.view.clicked.connect(self._on_view_clicked)
        self.paper = QGraphicsRectItem()
        self.paper.setBrush(QBrush(Qt.GlobalColor.white))
        self.paper.setPen(QPen(QColor("#999999"), 0))
        self.paper.setZValue(-2)
        self.scene.addItem(self.paper)
        self.background = QGraphicsPixmapItem()
        self.background.setZValue(-1)
        self.background.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.background)

        self._build_panel()
        self._build_actions()
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
        if self.design.background is not None and self.design.background.is_file():
            self.set_background_image(QImage(str(self.design.background)), changed=False)
        self.view.set_zoom(3.0)

    # --- building -----------------------------------------------------------------------------

    def _build_panel(self) -> None:
        self.panel = QWidget()
        layout = QVBoxLayout(self.panel)
        sample = QFormLayout()
        self.decision_box = QComboBox()
        self.decision_box.currentIndexChanged.connect(self._on_decision_box_changed)
        self.recipient_box = QComboBox()
        self.recipient_box.currentIndexChanged.connect(self._on_recipient_box_changed)
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Full render (plain paper)"), "full")
        self.mode_box.addItem(self.tr("Pre-printed blank"), "preprinted")
        self.mode_box.currentIndexChanged.connect(lambda _i: self.refresh_sample())
        sample.addRow(self.tr("&Decision"), self.decision_box)
        sample.addRow(self.tr("&Recipient"), self.recipient_box)
        sample.addRow(self.tr("&Mode"), self.mode_box)
        layout.addLayout(sample)
        layout.addWidget(QLabel("<b>" + self.tr("Fields") + "</b>"))
        self.field_list = QListWidget()
        self.field_list.currentItemChanged.connect(self._on_field_list_current_item_changed)
        layout.addWidget(self.field_list, 1)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828")
        layout.addWidget(self.problem_label)

        form = QFormLayout()
        self.text_edit = QLineEdit()
        self.text_edit.editingFinished.connect(lambda: self._set("text", self.text_edit.text()))
        self.font_box = QComboBox()
        for face in designs.FACES:
            self.font_box.addItem(designs.FACE_LABELS[face], face)
        # Installed fonts with every Vietnamese letter (scanned once, then read from a cache).
        for label, path in designs.installed_fonts():
            self.font_box.addItem(self.tr("%1 (installed)").replace("%1", label), str(path))
        self.font_box.activated.connect(lambda _i: self._set_font(self.font_box.currentData()))
        self.size_spin = QDoubleSpinBox()
        self.min_size_spin = QDoubleSpinBox()
        for spin in (self.size_spin, self.min_size_spin):
            spin.setRange(4, 200)
            spin.setDecimals(1)
            spin.setSuffix(" pt")
        self.size_spin.editingFinished.connect(lambda: self._set("size", self.size_spin.value()))
        self.min_size_spin.editingFinished.connect(
            lambda: self._set("min_size", self.min_size_spin.value())
        )
        self.lines_spin = QSpinBox()
        self.lines_spin.setRange(1, 20)
        self.lines_spin.editingFinished.connect(
            lambda: self._set("max_lines", self.lines_spin.value())
        )
        self.align_box = QComboBox()
        for label, value in (
            (self.tr("Left"), "left"),
            (self.tr("Centre"), "center"),
            (self.tr("Right"), "right"),
        ):
            self.align_box.addItem(label, value)
        self.align_box.activated.connect(
            lambda _i: self._set("align", self.align_box.currentData())
        )
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._on_colour_button_clicked)
        self.upper_box = QCheckBox(self.tr("UPPER CASE"))
        self.bold_box = QCheckBox(self.tr("Bold"))
        self.italic_box = QCheckBox(self.tr("Italic"))
        self.upper_box.clicked.connect(lambda on: self._set("upper", bool(on)))
        self.bold_box.clicked.connect(lambda on: self._set("bold", bool(on)))
        self.italic_box.clicked.connect(lambda on: self._set("italic", bool(on)))
        self.full_box = QCheckBox(self.tr("plain paper"))
        self.preprinted_box = QCheckBox(self.tr("pre-printed blank"))
        self.person_box = QCheckBox(self.tr("person"))
        self.collective_box = QCheckBox(self.tr("collective"))
        for box in (self.full_box, self.preprinted_box):
            box.clicked.connect(lambda _on: self._set_choices("modes"))
        for box in (self.person_box, self.collective_box):
            box.clicked.connect(lambda _on: self._set_choices("kinds"))
        styles = QHBoxLayout()
        for box in (self.upper_box, self.bold_box, self.italic_box):
            styles.addWidget(box)
        modes = QHBoxLayout()
        modes.addWidget(self.full_box)
        modes.addWidget(self.preprinted_box)
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
        form.addRow(self.tr("Printed on"), modes)
        form.addRow(self.tr("Printed for"), kinds)
        self.properties = QWidget()
        self.properties.setLayout(form)
        layout.addWidget(self.properties)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Template"))
        self._action(file_menu, self.tr("&Save"), self.save, keys.Save)
        self._action(file_menu, self.tr("Save as a &copy…"), self.duplicate, "Ctrl+Shift+S")
        self._action(file_menu, self.tr("Re&name…"), self.rename, "F2")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Export to a file…"), self.export, "Ctrl+E")
        self._action(file_menu, self.tr("&Import from a file…"), self.import_file, "Ctrl+I")
        self._action(file_menu, self.tr("&Reset to the built-in template"), self.reset)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Close"), self.close, keys.Close)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, self.tr("&Undo"), self.undo, keys.Undo)
        self.redo_action = self._action(edit, self.tr("&Redo"), self.redo, keys.Redo)
        edit.addSeparator()
        self.add_menu = edit.addMenu(self.tr("&Add a field"))
        for name, label in designs.PLACEHOLDERS.items():
            action = QAction(f"{{{name}}} — {label}", self)
            action.triggered.connect(lambda _c=False, n=name: self.add_field(n))
            self.add_menu.addAction(action)
        add = QAction(self.tr("Add a field…"), self)
        add.setShortcut(QKeySequence("Insert"))
        add.triggered.connect(self._on_add_shortcut)
        self.addAction(add)
        self._action(edit, self.tr("Add an &image (emblem, logo, signature)…"), self.add_image)
        self._action(edit, self.tr("Re&move the field"), self.remove_field, keys.Delete)
        self._action(edit, self.tr("Next field"), lambda: self._step_field(1), "F6")
        self._action(edit, self.tr("Previous field"), lambda: self._step_field(-1), "Shift+F6")
        for label, dx, dy, key in (
            (self.tr("Move left by 1 mm"), -1.0, 0.0, "Alt+Left"),
            (self.tr("Move right by 1 mm"), 1.0, 0.0, "Alt+Right"),
            (self.tr("Move up by 1 mm"), 0.0, -1.0, "Alt+Up"),
            (self.tr("Move down by 1 mm"), 0.0, 1.0, "Alt+Down"),
        ):
            self._action(edit, label, lambda x=dx, y=dy: self.nudge(x, y), key)
        self._action(edit, self.tr("Wider by 1 mm"), lambda: self.grow(1, 0), "Alt+Shift+Right")
        self._action(edit, self.tr("Narrower by 1 mm"), lambda: self.grow(-1, 0), "Alt+Shift+Left")
        self._action(edit, self.tr("Taller by 1 mm"), lambda: self.grow(0, 1), "Alt+Shift+Down")
        self._action(edit, self.tr("Shorter by 1 mm"), lambda: self.grow(0, -1), "Alt+Shift+Up")
        view = bar.addMenu(self.tr("&View"))
        self._action(
            view,
            self.tr("Zoom &in"),
            lambda: self.view.set_zoom(self.view.zoom * 1.25),
            keys.ZoomIn,
        )
        self._action(
            view,
            self.tr("Zoom &out"),
            lambda: self.view.set_zoom(self.view.zoom / 1.25),
            keys.ZoomOut,
        )
        self._action(view, self.tr("&Fit the page"), self.fit, "Ctrl+0")
        self.snap_action = QAction(self.tr("&Snap to 0.5 mm"), self)
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(True)
        self.snap_action.setShortcut(QKeySequence("Ctrl+G"))
        self.snap_action.toggled.connect(self._on_snap_toggled)
        view.addAction(self.snap_action)
        self.addAction(self.snap_action)
        scan = bar.addMenu(self.tr("&Scan"))
        self._action(scan, self.tr("&Load a scan of the blank…"), self.load_background, "Ctrl+B")
        self._action(scan, self.tr("&Align the scan by two marks…"), self.start_alignment, "Ctrl+L")
        self._action(scan, self.tr("&Remove the scan"), self.clear_background)

    # --- the design on screen ---------------------------------------------------------------

    def rebuild(self) -> None:
        """Show the design as it is now (after opening, undo, add, remove)."""
        width, height = self.design.paper_mm
        self.paper.setRect(0, 0, width, height)
        self.scene.setSceneRect(-10, -10, width + 20, height + 20)
        names = self.design.field_names() + self.design.image_names()
        for name in list(self.items):
            if name not in names:
                self.scene.removeItem(self.items.pop(name))
        for name in names:
            if name not in self.items:
                item = FieldItem(self, name)
                self.items[name] = item
                self.scene.addItem(item)
            else:
                self.items[name].sync()
        self._updating = True
        self.field_list.clear()
        for name in names:
            entry = QListWidgetItem(name)
            field = self.design.field(name)
            entry.setToolTip(field.get("text", field.get("image", "")))
            self.field_list.addItem(entry)
        self._updating = False
        self.setWindowTitle(
            self.tr("Template designer — {0} (version {1})").format(
                self.design.title, self.design.version
            )
            + (" *" if self.design.modified else "")
        )
        self.undo_action.setEnabled(self.design.can_undo)
        self.redo_action.setEnabled(self.design.can_redo)
        self.refresh_sample()
        self.select_field(self.current if self.current in self.items else "")

    def _load_samples(self) -> None:
        self.decision_box.blockSignals(True)
        for summary in decisions.decisions(self._db):
            self.decision_box.addItem(f"{summary.number} — {summary.award_form}", summary.id)
        self.decision_box.blockSignals(False)
        if self.decision_box.count():
            self._on_decision_box_changed(0)

    def _on_decision_box_changed(self, index: int) -> None:
        key = self.decision_box.itemData(index)
        self._decision = decisions.get_decision(self._db, key) if key else None
        self.recipient_box.blockSignals(True)
        self.recipient_box.clear()
        longest = None
        if self._decision is not None:
            for award in self._decision.awards:
                self.recipient_box.addItem(award.name)
            longest = designs.longest_name_award(self._decision)
        if longest is not None and self._decision is not None:
            self._award_index = self._decision.awards.index(longest)
            self.recipient_box.setCurrentIndex(self._award_index)
        self.recipient_box.blockSignals(False)
        self.refresh_sample()

    def _on_recipient_box_changed(self, index: int) -> None:
        self._award_index = max(0, index)
        self.refresh_sample()

    def refresh_sample(self) -> None:
        """Lay out the chosen recipient's texts through the printing code; mark what fails."""
        layouts: dict[str, designs.FieldLayout] = {}
        error = ""
        decision = self._decision
        if decision is not None and decision.awards and self.items:
            award = decision.awards[min(self._award_index, len(decision.awards) - 1)]
            try:
                mode: Literal["full", "preprinted"] = (
                    "preprinted" if self.mode_box.currentData() == "preprinted" else "full"
                )
                layouts = {f.name: f for f in self.design.sample(decision, award, mode)}
            except Exception as exc:  # an invalid template or signer: said, not fatal
                error = str(exc)
        for name, item in self.items.items():
            item.layout = layouts.get(name)
            # A field this recipient does not print (the other kind, the other mode) is shown
            # faint and lets clicks through to the field under it.
            active = name in layouts or not layouts or name in self.design.image_names()
            item.setOpacity(1.0 if active else 0.35)
            item.setAcceptedMouseButtons(
                Qt.MouseButton.LeftButton if active else Qt.MouseButton.NoButton
            )
            item.update()
        self._stack()
        self.sample_error = error
        self._show_problem()

    def _show_problem(self) -> None:
        item = self.items.get(self.current)
        text = self.sample_error
        if item is not None and item.layout is not None and not item.layout.fits:
            text = self.tr("Does not fit: {0}").format(item.layout.problem)
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def _stack(self) -> None:
        """The chosen field on top (its resize handle stays reachable where a neighbour
        touches it), then the fields this recipient prints, then the faint ones."""
        for name, item in self.items.items():
            active = item.acceptedMouseButtons() != Qt.MouseButton.NoButton
            item.setZValue((2 if name == self.current else 0) + (1 if active else 0))

    def select_field(self, name: str) -> None:
        """Make ``name`` the field the panel edits (and the selected box)."""
        if self._updating:
            return
        self._updating = True
        self.current = name
        for other, item in self.items.items():
            item.setSelected(other == name)
        self._stack()
        for row in range(self.field_list.count()):
            if self.field_list.item(row).text() == name:
                self.field_list.setCurrentRow(row)
        # An image field has only its box (moved and resized on the paper): no text properties.
        image = name in self.design.image_names()
        self.properties.setEnabled(bool(name) and not image)
        if name and not image:
            field = self.design.field(name)
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
            modes = field.get("modes", ["full", "preprinted"])
            kinds = field.get("kinds", ["person", "collective"])
            self.full_box.setChecked("full" in modes)
            self.preprinted_box.setChecked("preprinted" in modes)
            self.person_box.setChecked("person" in kinds)
            self.collective_box.setChecked("collective" in kinds)
        self._updating = False
        self._show_problem()

    def _on_field_list_current_item_changed(self, item: QListWidgetItem | None, _: object) -> None:
        if item is not None and not self._updating:
            self.select_field(item.text())
            self.items[item.text()].ensureVisible()

    def _step_field(self, step: int) -> None:
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

    def set_box(self, name: str, x: float, y: float, width: float, height: float) -> None:
        self._edit(lambda: self.design.set_box(name, x, y, width, height))

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selected field by (dx, dy) mm."""
        if self.current:
            self._edit(lambda: self.design.move(self.current, dx, dy))

    def grow(self, dw: float, dh: float) -> None:
        if self.current:
            f = self.design.field(self.current)
            self.set_box(
                self.current, f["x_mm"], f["y_mm"], f["width_mm"] + dw, f["height_mm"] + dh
            )

    def _set(self, key: str, value: Any) -> None:
        if self.current and not self._updating:
            self._edit(lambda: self.design.set_property(self.current, key, value))

    def _set_font(self, value: str) -> None:
        """A bundled face by its key, or an installed font by its file."""
        self._set("font" if value in designs.FACES else "font_file", value)

    def _set_choices(self, key: str) -> None:
        if key == "modes":
            pairs = ((self.full_box, "full"), (self.preprinted_box, "preprinted"))
        else:
            pairs = ((self.person_box, "person"), (self.collective_box, "collective"))
        chosen = [value for box, value in pairs if box.isChecked()]
        if not chosen:  # a field printed nowhere: refuse, show the boxes as they were
            self.select_field(self.current)
            return
        self._set(key, chosen)

    def _on_colour_button_clicked(self) -> None:
        if not self.current:
            return
        colour = QColorDialog.getColor(
            QColor(self.design.field(self.current).get("colour", "#000000")), self
        )
        if colour.isValid():
            self._set("colour", colour.name().upper())

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
        return QPixmap(str(file)) if file is not None else QPixmap()

    def _on_add_shortcut(self) -> None:
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

    def _on_snap_toggled(self, on: bool) -> None:
        self.snap_mm = SNAP_MM if on else 0.0

    def fit(self) -> None:
        width, height = self.design.paper_mm
        viewport = self.view.viewport().size()
        self.view.set_zoom(min(viewport.width() / (width + 20), viewport.height() / (height + 20)))
        self.view.centerOn(width / 2, height / 2)

    # --- the scan of the blank ------------------------------------------------------------------

    def set_background_image(self, image: QImage, *, changed: bool = True) -> None:
        """Show ``image`` under the fields, stretched to the paper (align it next)."""
        if image.isNull():
            raise designs.DesignError(self.tr("The image could not be read."))
        width, height = self.design.paper_mm
        self.background.setPixmap(QPixmap.fromImage(image))
        self.background.setTransform(
            QTransform.fromScale(width / image.width(), height / image.height())
        )
        self._background_changed = changed

    def load_background(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
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
            self.set_background_image(image)
        except Exception as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("Scan loaded, stretched to the paper. Align it by two marks: Ctrl+L."), 8000
        )

    def clear_background(self) -> None:
        self.background.setPixmap(QPixmap())
        self._background_changed = True

    def start_alignment(self) -> None:
        if self.background.pixmap().isNull():
            self.statusBar().showMessage(self.tr("Load a scan of the blank first."), 5000)
            return
        self._marks = []
        self.view.picking = True
        self.view.setCursor(Qt.CursorShape.CrossCursor)
        self.statusBar().showMessage(self.tr("Click the first mark on the scan."))

    def _on_view_clicked(self, point: QPointF) -> None:
        pixel = self.background.mapFromScene(point)
        dialog = MarkDialog(self, len(self._marks) + 1, self.design.paper_mm)
        dialog.x_spin.setValue(point.x())
        dialog.y_spin.setValue(point.y())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._end_alignment()
            return
        self._marks.append((pixel, QPointF(dialog.x_spin.value(), dialog.y_spin.value())))
        if len(self._marks) == 1:
            self.statusBar().showMessage(self.tr("Click the second mark, far from the first."))
            return
        self.align_background(self._marks)
        self._end_alignment()

    def _end_alignment(self) -> None:
        self.view.picking = False
        self.view.unsetCursor()
        self.statusBar().clearMessage()

    def align_background(self, marks: list[tuple[QPointF, QPointF]]) -> None:
        """Place the scan so each (pixel of the image, mm on the paper) pair coincides."""
        self.background.setTransform(background_transform(marks, self.background.transform()))
        self._background_changed = True

    def background_png(self) -> bytes | None:
        """The scan as placed, cut and scaled to the paper at BACKGROUND_DPI (None: no scan)."""
        if self.background.pixmap().isNull():
            return None
        width, height = self.design.paper_mm
        scale = BACKGROUND_DPI / 25.4
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        painter.setTransform(self.background.transform(), combine=True)
        painter.drawPixmap(0, 0, self.background.pixmap())
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(data.data())

    # --- files ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save as a user template, a new version."""
        background = None
        if self._background_changed:
            png = self.background_png()
            background = ("nen.png", png) if png else None
        try:
            data = self.design.data
            if self._background_changed and background is None and "background" in data:
                self.design.background = None
            designs.save_design(self.design, background=background, user_folder=self._user_folder)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._background_changed = False
        self.saved.emit(self.design.template_id)
        self.rebuild()
        self.statusBar().showMessage(
            self.tr("Saved as version {0}.").format(self.design.version), 5000
        )
        return True

    def _reopen(self, template_id: str) -> None:
        self.design = designs.open_design(template_id, self._user_folder)
        for item in self.items.values():
            self.scene.removeItem(item)
        self.items.clear()
        self.current = ""
        self.clear_background()
        if self.design.background is not None and self.design.background.is_file():
            self.set_background_image(QImage(str(self.design.background)), changed=False)
        self._background_changed = False
        self.rebuild()

    def duplicate(self) -> None:
        title, ok = QInputDialog.getText(
            self,
            self.tr("Save as a copy"),
            self.tr("Title of the copy"),
            text=self.design.title + self.tr(" (copy)"),
        )
        if not ok:
            return
        try:
            if self.design.modified and not self.save():
                return
            new_id = designs.duplicate_template(self.design.template_id, title, self._user_folder)
        except Exception as exc:
            show_error(self, exc)
            return
        self.saved.emit(new_id)
        self._reopen(new_id)

    def rename(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New title"), text=self.design.title
        )
        if not ok:
            return
        try:
            self.design.set_title(title)
            self.save()
        except Exception as exc:
            show_error(self, exc)

    def export(self, target: Path | None = None) -> None:
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the template"),
                self.design.template_id + designs.EXPORT_SUFFIX,
                self.tr("Vinh Danh templates (*.vdmau)"),
            )
            if not name:
                return
            target = Path(name)
        if target.suffix.lower() != designs.EXPORT_SUFFIX:
            target = target.with_name(target.name + designs.EXPORT_SUFFIX)
        try:
            if self.design.modified and not self.save():
                return
            designs.export_template(self.design.template_id, target, self._user_folder)
        except Exception as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("Exported to {0}.").format(target), 5000)

    def import_file(self, source: Path | None = None) -> None:
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a template"), "", self.tr("Vinh Danh templates (*.vdmau)")
            )
            if not name:
                return
            source = Path(name)
        try:
            new_id = designs.import_template(source, self._user_folder)
        except Exception as exc:
            show_error(self, exc)
            return
        self.saved.emit(new_id)
        self._reopen(new_id)

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset"),
            self.tr("Put back the built-in template and drop your changes to it?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            designs.reset_template(self.design.template_id, self._user_folder)
        except Exception as exc:
            show_error(self, exc)
            return
        self.saved.emit(self.design.template_id)
        self._reopen(self.design.template_id)

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
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        # Python overrides of the items must not call back while Qt tears the scene down.
        self.closing = True
        event.accept()
