"""The shared document panel: previews made off the GUI thread, the newest request wins."""

from __future__ import annotations

import io
import threading
import time

from pytestqt.qtbot import QtBot

from desktop.ui.widgets.document_panel import Document, DocumentPanel
from desktop.ui.widgets.preview_pane import PdfJob


def _pdf(text: str) -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_the_preview_is_made_off_the_gui_thread_and_stale_results_are_dropped(
    qtbot: QtBot,
) -> None:
    made: list[tuple[str, int]] = []
    shown: list[int] = []
    version = {"n": 0}

    def preview() -> PdfJob | None:
        captured = version["n"]  # the snapshot, taken on the GUI thread

        def job() -> bytes:
            made.append((str(captured), threading.get_ident()))
            if captured == 1:
                time.sleep(0.3)  # slow: superseded while it runs
            return _pdf(f"version {captured}")

        return job

    panel = DocumentPanel([Document("only", "Only", preview)])
    qtbot.addWidget(panel)
    panel.show()
    panel.preview.refreshed.connect(shown.append)
    version["n"] = 1
    panel.refresh_now()
    qtbot.waitUntil(lambda: bool(made), timeout=3000)
    version["n"] = 2
    panel.refresh_now()  # while version 1 is still being drawn
    version["n"] = 3
    panel.refresh_now()  # replaces version 2, which never starts
    qtbot.waitUntil(lambda: not panel.preview.busy, timeout=5000)
    assert [v for v, _ in made] == ["1", "3"]
    assert all(thread != threading.get_ident() for _, thread in made)
    assert shown == [1]  # version 1's pages were dropped, not shown then replaced
    assert not panel.document_box.isVisible()  # one document: no chooser


def test_choosing_a_document_previews_it_and_buttons_call_back(qtbot: QtBot) -> None:
    calls: list[str] = []
    panel = DocumentPanel(
        [
            Document("a", "First", lambda: lambda: _pdf("a")),
            Document("b", "Second", lambda: None),
        ]
    )
    qtbot.addWidget(panel)
    panel.show()
    export = panel.add_action("Export…", lambda: calls.append("export"))
    panel.add_print_action(lambda: calls.append("print"))
    export.trigger()
    assert panel.print_action is not None
    panel.print_action.trigger()
    assert calls == ["export", "print"]
    with qtbot.waitSignal(panel.preview.refreshed, timeout=5000) as blocker:
        panel.set_current_document("b")
    assert blocker.args == [0] and panel.current_document() == "b"
    panel.set_notes(["⚠ Chưa chọn người ký"])
    assert panel.notes_label.isVisible() and "người ký" in panel.notes_label.text()
    panel.set_notes([])
    assert not panel.notes_label.isVisible()


def test_a_wide_button_never_runs_past_the_panels_edge(qtbot: QtBot) -> None:
    from desktop.ui.widgets.document_panel import BUTTONS_PER_ROW, Document, DocumentPanel

    panel = DocumentPanel([Document("minutes", "Biên bản", lambda: None)])
    qtbot.addWidget(panel)
    for text in ("Xuất biên bản (PDF)…", "Xuất biên bản (Word)…"):  # as the minutes have
        panel.add_action(text, lambda: None)
    panel.add_print_action(lambda: None)
    grid = panel._buttons
    for index in range(grid.count()):
        _row, column, _rows, span = grid.getItemPosition(index)
        assert column + span <= BUTTONS_PER_ROW


def test_a_staged_preview_shows_its_first_step_then_the_whole_and_never_a_stale_one(
    qtbot: QtBot,
) -> None:
    from desktop.services.previews import PagePreview
    from desktop.ui.widgets.document_panel import Staged

    version = {"n": 0}
    shown: list[str] = []

    def preview() -> Staged:
        captured = version["n"]

        def first(page: int) -> PagePreview:
            return PagePreview(_pdf(f"first {captured}"), 1, None, complete=False)

        def whole() -> bytes:
            if captured == 1:
                time.sleep(0.5)  # slow: a newer edit arrives while it is drawn
            return _pdf(f"whole {captured}")

        return Staged(first, whole)

    panel = DocumentPanel([Document("list", "List", preview)])
    qtbot.addWidget(panel)
    panel.show()

    def on_refreshed(_count: int) -> None:
        import pypdf

        assert panel.preview.pdf is not None
        reader = pypdf.PdfReader(io.BytesIO(panel.preview.pdf))
        shown.append(reader.pages[0].extract_text().strip())

    panel.preview.refreshed.connect(on_refreshed)
    version["n"] = 1
    panel.refresh_now()
    qtbot.waitUntil(lambda: shown == ["first 1"], timeout=5000)
    assert not panel.preview.complete
    version["n"] = 2
    panel.refresh_now()  # while version 1's whole list is being drawn
    qtbot.waitUntil(lambda: not panel.preview.busy, timeout=5000)
    assert shown == ["first 1", "first 2", "whole 2"]  # version 1's whole list: dropped
    assert panel.preview.complete
