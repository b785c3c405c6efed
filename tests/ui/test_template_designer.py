"""The template designer on real widgets: drag, resize, nudge, undo, live sample, files."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.documents.certificates.template import builtin_templates_dir
from desktop.services import certificates, decisions, library
from desktop.services import template_design as designs
from desktop.services.session import Library
from desktop.ui.pages.designer import DesignerWindow

FIELD = "co_quan"
"""A field every recipient prints in both modes (the awarding authority)."""


@pytest.fixture(autouse=True)
def _no_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window with unsaved changes asks; a test answers Discard."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )


@pytest.fixture
def user(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    return folder


def _designer(
    qtbot: QtBot, db: Database, user: Path, template: str = "giay-khen-dang"
) -> DesignerWindow:
    window = DesignerWindow(Library(db), template, user_folder=user)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    # The scene finds the item under the mouse from the global position: give the real one.
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def drag(window: DesignerWindow, start: QPoint, dx: int, dy: int, steps: int = 4) -> None:
    """Press at ``start`` (viewport pixels), move by (dx, dy) in steps, release."""
    viewport = window.view.viewport()
    left = Qt.MouseButton.LeftButton
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, left)
    for step in range(1, steps + 1):
        point = start + QPoint(dx * step // steps, dy * step // steps)
        _mouse(viewport, QEvent.Type.MouseMove, point, left)
    _mouse(
        viewport, QEvent.Type.MouseButtonRelease, start + QPoint(dx, dy), Qt.MouseButton.NoButton
    )


def _centre(window: DesignerWindow, name: str) -> QPoint:
    item = window.items[name]
    return window.view.mapFromScene(item.mapToScene(item.rect().center()))


def test_reachable_from_the_templates_page(qtbot: QtBot, demo_db: Database) -> None:
    from desktop.ui.pages.templates import TemplatesView

    view = TemplatesView(Library(demo_db))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    with qtbot.waitSignal(view.preview.refreshed, timeout=10000):
        view.reload()
    window = view.open_designer()
    assert isinstance(window, DesignerWindow)
    assert window.isVisible() and window.design.template_id == view.list.currentItem().data(
        Qt.ItemDataRole.UserRole + 1
    )
    window.design.modified = False
    window.close()


@pytest.mark.parametrize("zoom", [2.0, 4.0])
def test_dragging_moves_the_field_by_pixels_over_zoom(
    qtbot: QtBot, demo_db: Database, user: Path, zoom: float
) -> None:
    window = _designer(qtbot, demo_db, user)
    window.snap_action.setChecked(False)
    window.view.set_zoom(zoom)
    window.view.centerOn(window.items[FIELD])
    before = window.design.field(FIELD)
    drag(window, _centre(window, FIELD), 40, -24)
    after = window.design.field(FIELD)
    assert after["x_mm"] == pytest.approx(before["x_mm"] + 40 / zoom, abs=0.051)
    assert after["y_mm"] == pytest.approx(before["y_mm"] - 24 / zoom, abs=0.051)
    assert (after["width_mm"], after["height_mm"]) == (before["width_mm"], before["height_mm"])
    # Undo (Ctrl+Z) puts the box back where it was, on screen too.
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.undo_action.trigger()
    assert window.design.field(FIELD) == before
    assert (window.items[FIELD].x(), window.items[FIELD].y()) == (before["x_mm"], before["y_mm"])
    window.redo_action.trigger()
    assert window.design.field(FIELD) == after
    window.design.modified = False


def test_resize_handle_and_keyboard_nudge(qtbot: QtBot, demo_db: Database, user: Path) -> None:
    window = _designer(qtbot, demo_db, user)
    window.view.set_zoom(3.0)
    window.select_field(FIELD)
    window.view.centerOn(window.items[FIELD])
    before = window.design.field(FIELD)
    handle = window.items[FIELD].handle
    corner = window.view.mapFromScene(handle.scenePos())
    drag(window, corner, -30, 15)  # snapping to 0.5 mm is on
    resized = window.design.field(FIELD)
    assert resized["width_mm"] == pytest.approx(before["width_mm"] - 10, abs=0.5)
    assert resized["height_mm"] == pytest.approx(before["height_mm"] + 5, abs=0.5)
    assert (resized["x_mm"], resized["y_mm"]) == (before["x_mm"], before["y_mm"])
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Down)
    moved = window.design.field(FIELD)
    assert moved["x_mm"] == pytest.approx(resized["x_mm"] + 1)
    assert moved["y_mm"] == pytest.approx(resized["y_mm"] + 0.1)
    window.design.modified = False


def test_live_sample_turns_a_field_red_with_the_reason(
    qtbot: QtBot, demo_db: Database, user: Path
) -> None:
    window = _designer(qtbot, demo_db, user)
    decision = window._decision
    assert decision is not None
    longest = max(decision.awards, key=lambda a: len(a.name))
    assert window.panel.recipient_box.currentText() == longest.name
    name = "ten_tap_the" if longest.is_collective else "ten"
    layout = window.items[name].layout
    assert layout is not None and layout.fits
    assert " ".join(line for line, _x, _y in layout.lines) == longest.name
    window.select_field(name)
    window.panel.lines_spin.setValue(1)
    window._set("max_lines", 1)
    window.grow(-window.design.field(name)["width_mm"] + 15, 0)
    layout = window.items[name].layout
    assert layout is not None and not layout.fits
    assert "không vừa khung" in window.panel.problem_label.text()
    assert not window.panel.problem_label.isHidden()
    window.design.modified = False


def test_panel_sets_properties_and_fields_are_added_and_removed(
    qtbot: QtBot, demo_db: Database, user: Path
) -> None:
    window = _designer(qtbot, demo_db, user)
    window.select_field("ten")
    window.panel.size_spin.setValue(40)
    window.panel.size_spin.editingFinished.emit()
    window.panel.align_box.setCurrentIndex(window.panel.align_box.findData("left"))
    window.panel.align_box.activated.emit(window.panel.align_box.currentIndex())
    window.panel.upper_box.click()
    field = window.design.field("ten")
    assert (field["size"], field["align"], field["upper"]) == (40, "left", True)
    window.add_field("so_vao_so")
    assert window.current == "so_vao_so_2" and "so_vao_so_2" in window.items
    window.remove_field()
    assert "so_vao_so_2" not in window.items and "so_vao_so_2" not in window.design.field_names()
    window.design.modified = False


def test_scan_is_aligned_by_two_marks(
    qtbot: QtBot, demo_db: Database, user: Path, tmp_path: Path
) -> None:
    window = _designer(qtbot, demo_db, user)
    image = QImage(1000, 700, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0e6c8"))
    path = tmp_path / "phoi.png"
    image.save(str(path))
    window.scan.load(path)
    # The photo shows the paper's 20 mm mark at pixel (100, 80) and its 270 mm, 190 mm mark at
    # (900, 640): 3.2 px per mm across, 560 px for 170 mm down.
    window.scan.align([(QPointF(100, 80), QPointF(20, 20)), (QPointF(900, 640), QPointF(270, 190))])
    mapped = window.scan.item.mapToScene(QPointF(500, 360))
    assert (mapped.x(), mapped.y()) == pytest.approx((20 + 400 / 3.2, 20 + 280 * 170 / 560))
    assert window.files.save()
    saved = designs.open_design("giay-khen-dang", user)
    assert saved.background is not None and saved.background.is_file()
    scan = QImage(str(saved.background))
    assert scan.width() == round(297 * 200 / 25.4)


def test_saved_template_reloads_identically_and_imports_on_a_fresh_database(
    qtbot: QtBot, demo_db: Database, user: Path, tmp_path: Path
) -> None:
    window = _designer(qtbot, demo_db, user)
    window.snap_action.setChecked(False)
    window.view.centerOn(window.items[FIELD])
    drag(window, _centre(window, FIELD), 30, 9)
    window.select_field(FIELD)
    window._set("colour", "#204080")
    assert window.files.save()
    reopened = _designer(qtbot, demo_db, user)
    assert reopened.design.data == window.design.data
    assert reopened.design.version != designs.open_design("giay-khen-dang", tmp_path / "x").version
    exported = tmp_path / "gui.vdmau"
    window.files.export(exported)
    fresh_path = tmp_path / "fresh.db"
    fresh = library.open_library(fresh_path)
    other = tmp_path / "other-office"
    office = _designer(qtbot, fresh, other, "giay-khen-nha-nuoc")
    office.files.import_file(exported)
    # The other office has its own built-in giay-khen-dang: the import is added beside it.
    assert office.design.template_id == "giay-khen-dang-2"
    assert office.design.data == {**window.design.data, "id": "giay-khen-dang-2"}
    fresh.close()


def test_an_image_field_is_placed_and_resized_then_saved(
    qtbot: QtBot, demo_db: Database, user: Path, tmp_path: Path
) -> None:
    picture = QImage(200, 100, QImage.Format.Format_RGB32)
    picture.fill(QColor("#b0001e"))
    logo = tmp_path / "logo.png"
    assert picture.save(str(logo))
    window = _designer(qtbot, demo_db, user)
    window.snap_action.setChecked(False)
    window.add_image(logo)
    name = window.current
    assert name in window.design.image_names() and name in window.items
    assert window.items[name].pixmap is not None and not window.items[name].pixmap.isNull()
    assert not window.panel.properties.isEnabled()  # an image has no text properties
    window.select_field(name)
    window.view.set_zoom(3.0)
    window.view.centerOn(window.items[name])
    before = window.design.field(name)
    drag(window, _centre(window, name), 30, 15)
    moved = window.design.field(name)
    assert moved["x_mm"] == pytest.approx(before["x_mm"] + 10, abs=0.051)
    assert moved["y_mm"] == pytest.approx(before["y_mm"] + 5, abs=0.051)
    corner = window.view.mapFromScene(window.items[name].handle.scenePos())
    drag(window, corner, 30, 15)
    resized = window.design.field(name)
    assert resized["width_mm"] == pytest.approx(before["width_mm"] + 10, abs=0.051)
    window.files.save()
    saved = designs.open_design(window.design.template_id, user)
    stored = saved.field(name)
    assert stored.pop("image") == f"{saved.template_id}-{name}.png"  # beside the template
    assert stored == {k: v for k, v in resized.items() if k != "image"}
    assert (user / f"{saved.template_id}-{name}.png").read_bytes() == logo.read_bytes()


def _image_count(pdf: Path) -> int:
    """Pictures drawn on the first page (those inside its Form XObjects too)."""
    return len(pypdf.PdfReader(pdf).pages[0].images)


def _issue(db: Database, user: Path, out: Path, template: str, *, preprinted: bool) -> Path:
    decision = decisions.decisions(db)[0].id
    certificates.issue_certificates(
        db,
        decision,
        out,
        template=template,
        preprinted=preprinted,
        user_templates=user,
        awards=None,
        draft=True,
        force=True,
        allow_mismatch=True,
    )
    return out


def test_an_image_field_is_set_to_print_on_a_blank_too(
    qtbot: QtBot, demo_db: Database, user: Path, tmp_path: Path
) -> None:
    picture = QImage(400, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("#b0001e"))
    logo = tmp_path / "logo.png"
    assert picture.save(str(logo))
    window = _designer(qtbot, demo_db, user)
    window.add_image(logo)
    name = window.current
    assert window.panel.modes_row.isEnabled() and not window.panel.properties.isEnabled()
    assert window.panel.full_box.isChecked() and not window.panel.preprinted_box.isChecked()
    assert window.files.save()
    template = window.design.template_id
    blank = _issue(demo_db, user, tmp_path / "before.pdf", template, preprinted=True)
    assert _image_count(blank) == 0  # an image prints on plain paper only, by default
    window.panel.preprinted_box.click()
    assert window.design.field(name)["modes"] == ["full", "preprinted"]
    window.panel.full_box.click()
    window.panel.preprinted_box.click()  # printed nowhere: refused, the boxes stay as they were
    assert window.design.field(name)["modes"] == ["preprinted"]
    assert window.panel.preprinted_box.isChecked()
    assert window.files.save()
    blank = _issue(demo_db, user, tmp_path / "after.pdf", template, preprinted=True)
    assert _image_count(blank) == 1


def test_the_scan_of_the_blank_prints_on_plain_paper_only_when_ticked(
    qtbot: QtBot, demo_db: Database, user: Path, tmp_path: Path
) -> None:
    window = _designer(qtbot, demo_db, user)
    assert not window.panel.scan_printed_box.isEnabled()  # no scan yet
    image = QImage(594, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0e6c8"))
    path = tmp_path / "phoi.png"
    image.save(str(path))
    window.scan.load(path)
    assert window.panel.scan_printed_box.isEnabled() and window.panel.scan_printed_box.isChecked()
    assert window.files.save()
    printed = _image_count(
        _issue(demo_db, user, tmp_path / "a.pdf", "giay-khen-dang", preprinted=False)
    )
    window.panel.scan_printed_box.click()
    assert window.design.modified and "*" in window.windowTitle()
    assert window.files.save()
    reopened = _designer(qtbot, demo_db, user)
    assert not reopened.panel.scan_printed_box.isChecked()
    plain = _image_count(
        _issue(demo_db, user, tmp_path / "b.pdf", "giay-khen-dang", preprinted=False)
    )
    assert plain == printed - 1


def test_opening_a_template_whose_font_this_pc_lacks_says_so(
    qtbot: QtBot, demo_db: Database, user: Path
) -> None:
    data = json.loads((builtin_templates_dir() / "giay-khen-dang.json").read_text("utf-8"))
    name = next(f for f in data["fields"] if f["name"] == "ten")
    name["font_file"] = r"C:\Windows\Fonts\UTM-Avo-Khong-Co.ttf"
    (user / "giay-khen-dang.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    window = _designer(qtbot, demo_db, user)
    note = window.panel.notes_label.text()
    assert not window.panel.notes_label.isHidden()
    assert "UTM-Avo-Khong-Co.ttf" in note and "Tinos" in note
