"""Sổ cấp giấy khen in the window: the log, a search without accents, open, print again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services.certificates import issue_certificates
from desktop.services.session import Library
from desktop.ui.pages.issue_log import COL_AGAIN, COL_NAME, IssueLogView

NUMBER = "15-QĐ/BTGTU"


def _view(qtbot: QtBot, db: Database, path: Path) -> IssueLogView:
    view = IssueLogView(Library(db, path))
    qtbot.addWidget(view)
    view.show()
    view.reload()
    return view


def test_the_log_shows_issued_certificates_and_searches_without_accents(
    qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    view = _view(qtbot, demo_db, demo_path)
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "No certificate has been issued yet."
    issue_certificates(demo_db, NUMBER, tmp_path / "all.pdf", now=dt.datetime(2024, 1, 3, 7))
    view.reload()
    total = view.model.rowCount()
    assert total == 26 and view.count_label.text() == "26 certificate(s)"
    names = [view.model.index(r, COL_NAME).data() for r in range(total)]
    nguyen = [n for n in names if n.startswith("Nguyễn")]
    view.search_edit.setText("nguyen")
    qtbot.waitUntil(lambda: view.model.rowCount() == len(nguyen), timeout=5000)
    assert sorted(view.model.index(r, COL_NAME).data() for r in range(len(nguyen))) == sorted(
        nguyen
    )
    with qtbot.waitSignal(view.open_decision) as opened:
        view.table.selectRow(0)
        view.open_button.click()
    assert opened.args[0] == view.model.record(0).decision_id


def test_print_again_writes_the_page_and_the_log_shows_the_reissue(
    qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    issue_certificates(demo_db, NUMBER, tmp_path / "all.pdf", now=dt.datetime(2024, 1, 3, 7))
    view = _view(qtbot, demo_db, demo_path)
    entry = view.model.record(4)
    out = tmp_path / "in lại.pdf"
    with qtbot.waitSignal(view.reprinted, timeout=30000):
        view.reprint([entry], out)
    page = pypdf.PdfReader(out).pages
    assert len(page) == 1 and entry.recipient.split()[-1] in page[0].extract_text()
    assert view.model.rowCount() == 27
    assert view.model.index(0, COL_NAME).data() == entry.recipient
    assert view.model.index(0, COL_AGAIN).data() == "yes"
