"""Previews off the window's process and off its GIL: the list of a 2,000-recipient decision
is shown first at the page of the row being edited, then whole; the preview process draws what
a thread draws, and a process that cannot start leaves previews on a thread."""

from __future__ import annotations

import concurrent.futures
import dataclasses
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.domain.records import Decision, new_id
from desktop.services import decisions, previews
from desktop.services.session import Library
from desktop.ui.editors.decision import DOCUMENT_LIST, DecisionEditor
from desktop.ui.models.awards import COL_NAME

ROWS = 2000
EDITED_ROW = 1499
"""Row 1,500 of the table (from 0)."""


def _page_text(data: bytes, index: int) -> str:
    return pypdf.PdfReader(io.BytesIO(data)).pages[index].extract_text()


@pytest.fixture
def long_editor(qtbot: QtBot, demo_db: Database, demo_path: Path) -> Iterator[DecisionEditor]:
    library = Library(demo_db, demo_path)
    summary = next(d for d in library.decisions.decisions() if d.number == "15-QĐ/BTGTU")
    decision = library.decisions.get_decision(summary.id)
    base = decision.awards
    decision.awards = [
        dataclasses.replace(
            base[i % len(base)], id=new_id(), name=f"{base[i % len(base)].name} {i}"
        )
        for i in range(ROWS)
    ]
    library.decisions.save_decision(decision, library.decisions.get_decision(summary.id))
    editor = DecisionEditor(library)
    qtbot.addWidget(editor)
    editor.resize(1300, 800)
    editor.show()
    editor.load(summary.id)
    editor.document_box.setCurrentIndex(editor.document_box.findData(DOCUMENT_LIST))
    qtbot.waitUntil(lambda: not editor.preview.busy and editor.preview.complete, timeout=60_000)
    yield editor
    editor.save_now()
    editor.close()


def test_an_edit_of_row_1500_is_shown_on_its_page_first_then_in_the_whole_list(
    qtbot: QtBot, long_editor: DecisionEditor
) -> None:
    preview = long_editor.preview
    pages = preview.page_count
    assert pages > 100 and preview.current_page == 0
    long_editor.table.setCurrentIndex(long_editor.model.index(EDITED_ROW, COL_NAME))
    with qtbot.waitSignal(preview.refreshed, timeout=60_000):
        long_editor.model.setData(
            long_editor.model.index(EDITED_ROW, COL_NAME), "Hoàng Thị Thu Hường"
        )
    # First step: the list laid out whole, the edited row's page drawn and shown.
    assert not preview.complete
    assert preview.page_count == pages
    first = preview.pdf
    assert first is not None
    shown = preview.current_page
    assert shown > 0
    assert "Hoàng Thị Thu Hường" in _page_text(first, shown)
    counting = preview._page_label.text()  # "Page 113 of 143 (drawing the other pages…)"
    # Then the whole list replaces it, on the same page.
    qtbot.waitUntil(lambda: preview.complete and not preview.busy, timeout=60_000)
    whole = preview.pdf
    assert whole is not None and whole != first
    assert preview.current_page == shown
    assert preview._page_label.text() != counting  # no longer says it is still drawing
    assert f"{shown + 1}" in preview._page_label.text() and f"{pages}" in counting
    assert "Hoàng Thị Thu Hường" in _page_text(whole, shown)
    assert _page_text(whole, shown) == _page_text(first, shown)
    assert "Ban Tuyên giáo" in _page_text(whole, 1)  # a page the first step left undrawn
    assert "Ban Tuyên giáo" not in _page_text(first, 1)


@pytest.fixture
def worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(previews.OFF_VARIABLE, raising=False)
    previews.shutdown()
    yield
    previews.shutdown()


def test_the_preview_process_draws_what_a_thread_draws(
    worker: None, sample_decision: Decision
) -> None:
    previews.warm()
    assert previews.wait_ready(120)
    assert previews.run(os.getpid) != os.getpid()  # drawn in another process
    whole = decisions.award_list_pdf(sample_decision)
    assert previews.run(decisions.award_list_pdf, sample_decision) == whole
    first = previews.run(previews.award_list_first, sample_decision, 0, 20)
    assert first.page_count == len(pypdf.PdfReader(io.BytesIO(whole)).pages) == 3
    assert first.page == 1  # row 21 is on page 2
    assert _page_text(first.data, 1) == _page_text(whole, 1)
    # A closure cannot travel to the process: it is drawn on the calling thread.
    assert previews.run(lambda: os.getpid()) == os.getpid()


def test_a_preview_process_that_cannot_start_leaves_previews_on_a_thread(
    worker: None, monkeypatch: pytest.MonkeyPatch, sample_decision: Decision
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("CreateProcess: access denied")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    previews.warm()
    assert not previews.wait_ready(1)
    assert not previews.in_process()
    assert previews.run(os.getpid) == os.getpid()
    assert previews.run(decisions.award_list_pdf, sample_decision).startswith(b"%PDF")


def test_a_header_edit_keeps_the_page_in_view_and_draws_it_first(
    qtbot: QtBot, long_editor: DecisionEditor
) -> None:
    preview = long_editor.preview
    long_editor.table.setCurrentIndex(long_editor.model.index(EDITED_ROW, COL_NAME))
    preview.go_to_page(40)
    with qtbot.waitSignal(preview.refreshed, timeout=60_000):
        long_editor.set_field("number", "16-QĐ/BTGTU")  # not a recipient: no page to follow
    first = preview.pdf
    assert first is not None and not preview.complete
    assert preview.current_page == 40  # where the user is reading, drawn
    assert "Ban Tuyên giáo" in _page_text(first, 40)
    qtbot.waitUntil(lambda: preview.complete and not preview.busy, timeout=60_000)
    assert preview.current_page == 40
