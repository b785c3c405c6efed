"""Benchmark: the template designer's open time and the GUI-thread work per drag step.

Both are measured against a bare QGraphicsView in the same run: a scene with the same paper
and as many plain movable rectangles as the template has fields, shown and dragged the same
way. Goals: open ≤ 300 ms; each drag step (mouse move handled + the view repainted) ≤ 16 ms,
and the drop (release: one undo step stored, the window updated, repainted) too.

Two earlier ways are measured in the same run for comparison: painting every field at every
step (no item cache, as before 2026-12-02) and laying every field's sample out again on a drop
that only moved a box.

    python bench/designer.py [--repeat 7] [--steps 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--steps", type=int, default=60)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent, QTransform
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsItem,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsView,
        QWidget,
    )

    from desktop.services import library
    from desktop.services.session import Library
    from desktop.ui.pages.designer import DesignerWindow

    app = QApplication([])

    def mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, held: bool) -> None:
        button = (
            Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        )
        buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
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

    def drag_steps(
        view: QGraphicsView, start: QPoint, after_drop: Callable[[], None] | None = None
    ) -> tuple[list[float], float]:
        """Times of each drag step, and of the drop."""
        viewport = view.viewport()
        mouse(viewport, QEvent.Type.MouseButtonPress, start, True)
        times = []
        for step in range(1, args.steps + 1):
            began = time.perf_counter()
            mouse(viewport, QEvent.Type.MouseMove, start + QPoint(step, step // 2), True)
            viewport.repaint()
            times.append(time.perf_counter() - began)
        began = time.perf_counter()
        end = start + QPoint(args.steps, args.steps // 2)
        mouse(viewport, QEvent.Type.MouseButtonRelease, end, False)
        if after_drop is not None:
            after_drop()
        viewport.repaint()
        return times, time.perf_counter() - began

    with tempfile.TemporaryDirectory() as folder:
        db, _ = library.create_demo(Path(folder) / "demo.db")
        user = Path(folder) / "templates"
        opens, bare_opens, steps, bare_steps, old_steps = [], [], [], [], []
        drops, old_drops, bare_drops = [], [], []
        for _ in range(args.repeat):
            began = time.perf_counter()
            window = DesignerWindow(Library(db), "giay-khen-dang", user_folder=user)
            window.resize(1200, 800)
            window.show()
            app.processEvents()
            opens.append(time.perf_counter() - began)
            count = len(window.items)
            window.snap_action.setChecked(False)
            window.view.set_zoom(3.0)
            item = window.items["co_quan"]
            window.view.centerOn(item)
            app.processEvents()
            start = window.view.mapFromScene(item.mapToScene(item.rect().center()))
            times, drop = drag_steps(window.view, start)
            steps.extend(times)
            drops.append(drop)
            # The same drag painted the earlier way: no item cache, every sample laid out again.
            for field in window.items.values():
                field.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            start = window.view.mapFromScene(item.mapToScene(item.rect().center()))
            times, drop = drag_steps(window.view, start, window.refresh_sample)
            old_steps.extend(times)
            old_drops.append(drop)
            window.design.modified = False
            window.close()
            window.deleteLater()
            app.processEvents()

            began = time.perf_counter()
            scene = QGraphicsScene()
            scene.addRect(0, 0, 297, 210)
            rects = []
            for index in range(count):
                rect = QGraphicsRectItem(0, 0, 230, 9)
                rect.setPos(33, 10 + index * 10)
                rect.setFlags(
                    QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                    | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                )
                scene.addItem(rect)
                rects.append(rect)
            view = QGraphicsView(scene)
            view.setTransform(QTransform.fromScale(3.0, 3.0))
            view.resize(900, 800)
            view.show()
            app.processEvents()
            bare_opens.append(time.perf_counter() - began)
            view.centerOn(rects[3])
            app.processEvents()
            start = view.mapFromScene(rects[3].mapToScene(rects[3].rect().center()))
            times, drop = drag_steps(view, start)
            bare_steps.extend(times)
            bare_drops.append(drop)
            view.close()
            view.deleteLater()
            app.processEvents()
        db.close()

    def ms(values: list[float]) -> str:
        ordered = sorted(values)
        p95 = ordered[int(len(ordered) * 0.95) - 1]
        median = statistics.median(values) * 1000
        return (
            f"median {median:6.1f} ms, p95 {p95 * 1000:6.1f} ms, max {max(values) * 1000:6.1f} ms"
        )

    print(f"open designer       {ms(opens)}  (goal ≤ 300 ms)")
    print(f"open bare view      {ms(bare_opens)}")
    print(f"  ratio (median)    {statistics.median(opens) / statistics.median(bare_opens):.1f} ×")

    def ratio(values: list[float], base: list[float]) -> str:
        return (
            f"median {statistics.median(values) / statistics.median(base):4.1f} ×, "
            f"max {max(values) / max(base):4.1f} ×"
        )

    print(f"drag step designer  {ms(steps)}  (goal ≤ 16 ms)")
    print(f"drag step uncached  {ms(old_steps)}  (before)")
    print(f"drag step bare view {ms(bare_steps)}")
    print(f"  designer / bare   {ratio(steps, bare_steps)}")
    print(f"  uncached / bare   {ratio(old_steps, bare_steps)}")
    print(f"  designer / uncached {ratio(steps, old_steps)}")
    print(f"drop designer       {ms(drops)}  (goal ≤ 16 ms)")
    print(f"drop re-laid-out    {ms(old_drops)}  (before)")
    print(f"drop bare view      {ms(bare_drops)}")
    print(f"  designer / bare   {ratio(drops, bare_drops)}")
    print(f"  re-laid-out / bare {ratio(old_drops, bare_drops)}")


if __name__ == "__main__":
    main()
