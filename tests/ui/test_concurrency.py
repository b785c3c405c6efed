"""The window and the CLI (or a second window) on one database: nothing typed or added is lost.

The CLI is a second connection to the same file, as the `vinhdanh` process would open it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QLockFile, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.domain.records import Award
from desktop.services import decisions, library
from desktop.services.recipients import import_recipients
from desktop.services.session import Library
from desktop.ui import app, single_window, translations
from desktop.ui.editors.decision import DecisionEditor
from desktop.ui.main_window import PAGE_DECISIONS, MainWindow
from desktop.ui.settings import open_settings

NUMBER = "15-QĐ/BTGTU"
CRASHING_WINDOW = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
os._exit(3)  # no unlock: the lock file stays behind
"""


@pytest.fixture
def vietnamese(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``app.start`` installs the Vietnamese translation; taken out again afterwards."""
    installed: list[QTranslator] = []
    real = translations.install

    def install(app: QCoreApplication, language: str) -> list[QTranslator]:
        installed.extend(real(app, language))
        return installed

    locale = QLocale()
    monkeypatch.setattr(translations, "install", install)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def cli(demo_path: Path) -> Iterator[Database]:
    db = library.open_library(demo_path)
    yield db
    db.close()


@pytest.fixture
def listing(tmp_path: Path) -> Path:
    path = tmp_path / "bo-sung.csv"
    path.write_text(
        "Họ và tên,Chức vụ,Đơn vị\n"
        "Lê Văn Cường,Chuyên viên,Phòng Tổng hợp\n"
        "Hoàng Thị Dung,Phó Trưởng phòng,Văn phòng\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def editor(qtbot: QtBot, demo_db: Database, demo_path: Path) -> Iterator[DecisionEditor]:
    widget = DecisionEditor(Library(demo_db, demo_path))
    qtbot.addWidget(widget)
    widget.show()
    widget.load(next(d.id for d in decisions.decisions(demo_db) if d.number == NUMBER))
    yield widget
    widget.save_now()
    widget.close()


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, demo_path: Path) -> Iterator[MainWindow]:
    widget = MainWindow(Library(demo_db, demo_path), open_settings(), remember=False)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_page(PAGE_DECISIONS)
    decision_id = next(d.id for d in decisions.decisions(demo_db) if d.number == NUMBER)
    widget.decisions_page.reload(select=decision_id)
    yield widget
    widget.watch_timer.stop()


def _names(db: Database) -> list[str]:
    decision = next(d for d in decisions.decisions(db) if d.number == NUMBER)
    return [a.name for a in decisions.get_decision(db, decision.id).awards]


def test_the_reproduction_autosave_after_the_cli_added_recipients(
    qtbot: QtBot, editor: DecisionEditor, cli: Database, demo_db: Database, listing: Path
) -> None:
    import_recipients(cli, listing, NUMBER)  # `vinhdanh import-recipients` while it is open

    # QTest types ASCII only; an edit, autosaved 250 ms later.
    editor.reason_edit.end(False)
    qtbot.keyClicks(editor.reason_edit, " nam 2024")
    qtbot.waitUntil(lambda: not editor.has_unsaved_edits)

    stored = _names(demo_db)
    assert stored[-2:] == ["Lê Văn Cường", "Hoàng Thị Dung"]
    assert len(stored) == 28
    decision = next(d for d in decisions.decisions(cli) if d.number == NUMBER)
    assert decisions.get_decision(cli, decision.id).reason.endswith(" nam 2024")
    # The editor now shows them too (it merged them in), and the next save keeps them.
    assert editor.model.rowCount() == 28
    assert editor.model.record(27).name == "Hoàng Thị Dung"
    qtbot.keyClicks(editor.signer_name_edit, "x")
    editor.save_now()
    assert len(_names(cli)) == 28


def test_a_conflict_asks_and_keeps_what_the_user_chooses(
    qtbot: QtBot,
    editor: DecisionEditor,
    cli: Database,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert editor.record is not None
    theirs = decisions.get_decision(cli, editor.record.id)
    theirs.reason = "Lý do sửa bằng lệnh"
    theirs.awards.append(Award(kind="person", name="Lê Văn Cường"))
    decisions.save_decision(cli, theirs, decisions.get_decision(cli, editor.record.id))
    asked: list[str] = []

    def ask(message: str, *, can_wait: bool) -> str:
        asked.append(message)
        assert not can_wait  # save_now: leaving the record, no "decide later"
        return "mine"

    monkeypatch.setattr(editor, "ask_conflict", ask)
    editor.reason_edit.selectAll()
    qtbot.keyClicks(editor.reason_edit, "Ly do sua trong cua so")
    editor.save_now()

    assert len(asked) == 1 and NUMBER in asked[0] and "lý do khen thưởng" in asked[0]
    stored = decisions.get_decision(demo_db, editor.record.id)
    assert stored.reason == "Ly do sua trong cua so"
    assert stored.awards[-1].name == "Lê Văn Cường"
    assert editor.reason_edit.text() == "Ly do sua trong cua so"


def test_the_window_shows_what_the_cli_wrote_and_keeps_unsaved_typing(
    qtbot: QtBot, window: MainWindow, cli: Database, demo_db: Database, listing: Path
) -> None:
    editor = window.decision_editor
    assert editor.model.rowCount() == 26
    window.decision_editor._save_timer.stop()
    editor.reason_edit.setFocus()
    editor.reason_edit.end(False)
    qtbot.keyClicks(editor.reason_edit, " (dang go)")
    editor._save_timer.stop()  # the user is still typing: not saved yet
    assert editor.has_unsaved_edits

    import_recipients(cli, listing, NUMBER)
    cli_decision = decisions.create_decision(cli, reason="Quyết định do lệnh tạo")

    # The poll notices within a second.
    qtbot.waitUntil(lambda: editor.model.rowCount() == 28, timeout=3000)
    assert editor.reason_edit.text().endswith(" (dang go)")
    assert editor.model.record(26).name == "Lê Văn Cường"
    listed = [
        window.decisions_page.list.item(r).text() for r in range(window.decisions_page.list.count())
    ]
    assert any(text.startswith(cli_decision.number + "\n") for text in listed)
    assert len(_names(demo_db)) == 28
    stored = decisions.get_decision(demo_db, editor.record.id)  # type: ignore[union-attr]
    assert stored.reason.endswith(" (dang go)")
    assert "another window" in window.statusBar().currentMessage()


def test_nothing_changed_elsewhere_leaves_the_editor_alone(
    window: MainWindow, demo_db: Database
) -> None:
    editor = window.decision_editor
    editor.set_field("reason", "Sửa trong cửa sổ")
    editor.save_now()  # the window's own write
    assert not window.check_external_changes()
    assert editor.undo_stack.count() == 1  # history kept


def test_a_second_window_is_told_and_opens_read_only(
    qtbot: QtBot,
    demo_path: Path,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    vietnamese: None,
) -> None:
    first = QLockFile(str(single_window.lock_path(demo_path)))  # the first window's lock
    assert first.tryLock(0)
    asked: list[Path] = []
    monkeypatch.setattr(
        single_window,
        "ask_second_window",
        lambda p: asked.append(p) or single_window.OPEN_READ_ONLY,
    )

    started = app.start(demo_path, remember=False)
    assert not isinstance(started, int)
    _, second, session = started
    db = session.db
    qtbot.addWidget(second)
    try:
        assert asked == [demo_path]
        assert second.read_only and second.database_lock is None
        assert second.read_only_banner.isVisible()
        assert "đang mở ở một cửa sổ Vinh Danh khác" in second.read_only_banner.text()
        assert second.windowTitle() == "Vinh Danh — demo.db (chỉ xem)"
        assert not second.new_decision_action.isEnabled()
        assert not second.decisions_page.new_button.isEnabled()
        assert not second.decisions_page.delete_button.isEnabled()
        assert second.meeting_editor.title_edit.isReadOnly()
        assert not second.meeting_editor.final_button.isEnabled()

        second.show_page(PAGE_DECISIONS)
        decision_id = next(d.id for d in decisions.decisions(db) if d.number == NUMBER)
        second.decisions_page.reload(select=decision_id)
        editor = second.decision_editor
        before = decisions.get_decision(demo_db, decision_id)
        assert editor.model.rowCount() == 26  # shown, searchable, printable
        assert editor.reason_edit.isReadOnly() and not editor.add_person_action.isEnabled()
        qtbot.keyClicks(editor.reason_edit, "khong duoc ghi")
        editor.add_recipient("person")
        editor.set_field("reason", "khong duoc ghi")
        assert not editor.has_unsaved_edits
        editor.save_now()
        qtbot.wait(400)  # past the autosave delay
        assert decisions.get_decision(demo_db, decision_id) == before
        assert editor.reason_edit.text() == before.reason

        # The first window (here: the CLI) saves: the read-only window shows it.
        fresh = decisions.get_decision(demo_db, decision_id)
        fresh.reason = "Đã sửa ở cửa sổ thứ nhất"
        decisions.save_decision(demo_db, fresh, decisions.get_decision(demo_db, decision_id))
        assert second.check_external_changes()
        assert editor.reason_edit.text() == "Đã sửa ở cửa sổ thứ nhất"
    finally:
        second.watch_timer.stop()
        second.close()
        db.close()
        first.unlock()


def test_a_read_only_window_prints_and_exports_drafts_that_are_not_logged(
    qtbot: QtBot,
    demo_path: Path,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    vietnamese: None,
) -> None:
    """The issue log is kept by the window that may write. Certificates exported or printed
    in the read-only second window are drafts: the files are there, nothing is logged."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from desktop.services import certificates

    first = QLockFile(str(single_window.lock_path(demo_path)))
    assert first.tryLock(0)
    monkeypatch.setattr(single_window, "ask_second_window", lambda p: single_window.OPEN_READ_ONLY)
    started = app.start(demo_path, remember=False)
    assert not isinstance(started, int)
    _, second, session = started
    db = session.db
    qtbot.addWidget(second)
    try:
        assert second.read_only
        second.show_page(PAGE_DECISIONS)
        decision_id = next(d.id for d in decisions.decisions(db) if d.number == NUMBER)
        second.decisions_page.reload(select=decision_id)
        editor = second.decision_editor
        pdf = tmp_path / "giấy khen.pdf"
        with qtbot.waitSignal(editor.exported, timeout=30000):
            editor.export_certificates(pdf)
        assert len(PdfReader(pdf).pages) == 26
        with qtbot.waitSignal(editor.exported, timeout=30000):
            editor.export_certificates_split(tmp_path / "từng người")
        assert len(list((tmp_path / "từng người").glob("*.pdf"))) == 26
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "in.pdf"))
        printer.setResolution(100)
        with qtbot.waitSignal(editor.printed, timeout=60000) as printed:
            editor.print_document(printer)
        assert printed.args == [26]
        assert certificates.issued(demo_db, NUMBER)[1] == []  # drafts: nothing logged
    finally:
        second.watch_timer.stop()
        second.close()
        db.close()
        first.unlock()
    # The window that may write logs what it exports (the same call, not a draft).
    writer = DecisionEditor(Library(demo_db, demo_path))
    qtbot.addWidget(writer)
    writer.load(decision_id)
    with qtbot.waitSignal(writer.exported, timeout=30000):
        writer.export_certificates(tmp_path / "bản chính.pdf")
    assert len(certificates.issued(demo_db, NUMBER)[1]) == 26
    writer.close()


def test_the_first_window_holds_the_lock_and_a_crashed_ones_lock_is_taken(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch, vietnamese: None
) -> None:
    lock_file = single_window.lock_path(demo_path)
    # A lock left by a window that crashed: its process no longer exists.
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_WINDOW, str(lock_file)], check=False, timeout=60
    )
    assert crashed.returncode == 3 and lock_file.exists()
    monkeypatch.setattr(single_window, "ask_second_window", lambda p: pytest.fail("asked"))

    started = app.start(demo_path, remember=False)
    assert not isinstance(started, int)
    _, first, session = started
    db = session.db
    qtbot.addWidget(first)
    try:
        assert not first.read_only and not first.read_only_banner.isVisible()
        assert first.database_lock is not None and first.database_lock.isLocked()
        assert single_window.lock_database(demo_path) is None  # a second one would be refused
    finally:
        first.watch_timer.stop()
        first.close()
        db.close()
        first.database_lock.unlock()
    assert not lock_file.exists()


def test_the_user_may_decline_the_read_only_window(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, vietnamese: None
) -> None:
    first = single_window.lock_database(demo_path)
    assert first is not None
    monkeypatch.setattr(single_window, "ask_second_window", lambda p: single_window.DO_NOT_OPEN)
    try:
        assert app.start(demo_path, remember=False) == app.EXIT_OK
        assert not single_window.raise_request_path(demo_path).exists()
    finally:
        first.unlock()


def test_a_second_start_can_bring_the_open_window_forward(
    qtbot: QtBot,
    window: MainWindow,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    vietnamese: None,
) -> None:
    monkeypatch.setattr(
        single_window, "ask_second_window", lambda p: single_window.SHOW_OPEN_WINDOW
    )
    window.database_lock = single_window.lock_database(demo_path)
    assert window.database_lock is not None
    window.showMinimized()
    try:
        with qtbot.waitSignal(window.brought_forward, timeout=3000):
            assert app.start(demo_path, remember=False) == app.EXIT_OK  # no second window
        assert not window.isMinimized()
        assert not single_window.raise_request_path(demo_path).exists()
    finally:
        window.database_lock.unlock()


def test_a_package_double_clicked_while_the_window_is_open_goes_to_that_window(
    qtbot: QtBot,
    tmp_path: Path,
    sample_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    vietnamese: None,
) -> None:
    """Vinh Danh is open; the clerk double-clicks a .vinhdanh file in Explorer. The second
    start sees the lock, hands the file to the open window and ends (no read-only window, no
    question about one); the open window comes forward and asks before adding the meeting."""
    import shutil

    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "Dữ liệu" / "vinhdanh.db"
    package = tmp_path / "Tài liệu" / "Hội nghị tổng kết 2023.vinhdanh"
    package.parent.mkdir()
    shutil.copy(sample_path, package)
    started = app.start(path, remember=False)
    assert not isinstance(started, int)
    _, window, session = started
    db = session.db
    qtbot.addWidget(window)
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(single_window, "ask_second_window", lambda p: pytest.fail("asked"))
    try:
        assert window.database_lock is not None and not window.read_only
        window.showMinimized()
        with qtbot.waitSignal(window.brought_forward, timeout=5000):
            assert app.start(path, remember=False, open_package=package) == app.EXIT_OK
        qtbot.waitUntil(lambda: db.table("meetings").count == 1, timeout=15000)
        [text] = asked
        assert text.startswith("Thêm hội nghị “Hội nghị tổng kết")
        assert "vào cơ sở dữ liệu?" in text and str(package) in text
        assert db.table("awards").count == 35
        assert not single_window.raise_request_path(path).exists()  # taken once
    finally:
        window.watch_timer.stop()
        window.close()
        db.close()
        window.database_lock.unlock()


def test_the_package_request_is_written_whole_and_taken_once(tmp_path: Path) -> None:
    path = tmp_path / "dữ liệu" / "vinhdanh.db"
    path.parent.mkdir()
    assert single_window.take_request(path) is None
    package = tmp_path / "Gói hội nghị.vinhdanh"
    assert single_window.request_raise(path, package)
    assert list(path.parent.iterdir()) == [single_window.raise_request_path(path)]  # no temp
    assert single_window.take_request(path) == single_window.RaiseRequest(package)
    assert single_window.take_request(path) is None
    assert single_window.request_raise(path)
    assert single_window.take_request(path) == single_window.RaiseRequest(None)


def test_a_read_only_table_takes_no_typing(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    editor = window.decision_editor
    editor.set_read_only(True)
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(0, 2))
    before = editor.model.record(0).name
    qtbot.keyClicks(editor.table, "Z")
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    assert editor.model.record(0).name == before


def test_a_conflict_left_for_later_keeps_the_typing_until_it_is_settled(
    qtbot: QtBot,
    editor: DecisionEditor,
    cli: Database,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert editor.record is not None
    decision_id = editor.record.id
    theirs = decisions.get_decision(cli, decision_id)
    theirs.reason = "Lý do sửa bằng lệnh"
    decisions.save_decision(cli, theirs, decisions.get_decision(cli, decision_id))
    answers = ["", "theirs"]
    asked: list[bool] = []

    def ask(message: str, *, can_wait: bool) -> str:
        asked.append(can_wait)
        return answers.pop(0)

    monkeypatch.setattr(editor, "ask_conflict", ask)
    editor.set_field("reason", "Lý do của cửa sổ")
    editor.set_field("award_form", "Giấy chứng nhận")
    qtbot.waitUntil(lambda: asked == [True])  # the autosave asked; "decide later"
    assert editor.has_unsaved_edits and editor.reason_edit.text() == "Lý do của cửa sổ"
    assert decisions.get_decision(demo_db, decision_id).reason == "Lý do sửa bằng lệnh"

    editor.save_now()  # leaving the record: settled now ("take the other version")
    assert asked == [True, False] and not editor.has_unsaved_edits
    stored = decisions.get_decision(demo_db, decision_id)
    assert (stored.reason, stored.award_form) == ("Lý do sửa bằng lệnh", "Giấy chứng nhận")
    assert editor.reason_edit.text() == "Lý do sửa bằng lệnh"
