"""Start-up on an office PC: a Vietnamese data folder, a network database, a double-clicked
package, and sharp previews at 125 % and 150 % screen scale."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.services import data_location, library
from desktop.services.session import Library
from desktop.storage.database import open_database
from desktop.ui import app, startup, translations
from desktop.ui import settings as app_settings


@pytest.fixture
def office_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Users" / "Nguyễn Văn An" / "AppData" / "Local" / "VinhDanh"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


class Dialogs(list[tuple[str, str, str]]):
    """Message boxes shown (kind, title, text); questions get ``answer``."""

    answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    shown = Dialogs()

    def warning(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(("warning", title, text))
        return QMessageBox.StandardButton.Ok

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(("question", title, text))
        return shown.answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


@pytest.fixture
def started(qtbot: QtBot, office_data: Path) -> Iterator[tuple[Any, Any, Any]]:
    locale = QLocale()
    result = app.start(None, remember=True)
    assert not isinstance(result, int)
    qapp, window, db = result
    qtbot.addWidget(window)
    yield qapp, window, db
    window.close()
    db.close()
    # app.start installed the Vietnamese translation: later tests expect the English source.
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_the_app_starts_in_a_vietnamese_user_folder(
    started: tuple[Any, Any, Any], office_data: Path
) -> None:
    _, window, _ = started
    assert (office_data / "vinhdanh.db").is_file()
    window.save_settings()
    assert not (office_data / "settings.ini").exists()  # settings move only in portable mode

    log_file = startup.log_to_file()
    try:
        assert log_file == office_data / "logs" / "vinhdanh.log"
        logging.getLogger("desktop.test").warning("Máy in “Canon tầng 2” không phản hồi")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "Canon tầng 2" in log_file.read_text(encoding="utf-8")
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_portable_start_writes_nothing_outside_the_stick(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "USB Phòng Hành chính" / "VinhDanh"
    stick.mkdir(parents=True)
    (stick / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stick / "Vinh Danh.exe"))
    locale = QLocale()
    result = app.start(None, remember=True)
    assert not isinstance(result, int)
    qapp, window, db = result
    qtbot.addWidget(window)
    try:
        assert (stick / "data" / "vinhdanh.db").is_file()
        settings = app_settings.open_settings()
        assert Path(settings.fileName()) == stick / "data" / "settings.ini"
        window.save_settings()
        settings.sync()
        assert "window" in (stick / "data" / "settings.ini").read_text(encoding="utf-8")
    finally:
        window.close()
        db.close()
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_translations_are_cached_in_the_data_folder_when_resources_are_read_only(
    office_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if translations._lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    monkeypatch.delenv(translations.QM_DIR_VARIABLE)  # as installed: no folder of the tests
    bundled = tmp_path / "Chương trình" / "translations"
    bundled.mkdir(parents=True)
    (bundled / "vinhdanh_vi.qm").mkdir()  # cannot be written there (as under Program Files)
    shutil.copy(translations.source_file("vi"), bundled / "vinhdanh_vi.ts")
    monkeypatch.setattr(
        translations, "source_file", lambda lang, domain="vinhdanh": bundled / f"{domain}_{lang}.ts"
    )
    qm = translations.compiled_file("vi")
    assert qm == office_data / "translations" / "vinhdanh_vi.qm"
    assert qm.stat().st_size > 1000


def test_a_network_database_is_warned_about_once_at_start(
    started: tuple[Any, Any, Any],
    office_data: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, window, _ = started
    app.after_start(window, None)
    assert dialogs == []  # a local folder: nothing to say

    share = office_data / "share"
    real = data_location.network_kind
    monkeypatch.setattr(
        data_location,
        "network_kind",
        lambda path, **kw: "ổ đĩa mạng Z:" if share in Path(path).parents else real(path),
    )
    app.after_start(window, share / "vinhdanh.db")
    [(kind, title, text)] = dialogs
    assert kind == "warning"
    assert title == "Cơ sở dữ liệu trên ổ mạng"  # app.start installs Vietnamese
    assert text.startswith(f"Cơ sở dữ liệu {share / 'vinhdanh.db'} nằm trên ổ đĩa mạng Z:")
    assert "gói hội nghị" in text


def test_a_double_clicked_package_is_added_after_a_yes(
    qtbot: QtBot,
    started: tuple[Any, Any, Any],
    office_data: Path,
    sample_path: Path,
    tmp_path: Path,
    dialogs: Dialogs,
) -> None:
    _, window, session = started
    db = session.db
    package = tmp_path / "Tài liệu" / "Hội nghị tổng kết 2023.vinhdanh"
    package.parent.mkdir()
    shutil.copy(sample_path, package)

    dialogs.answer = QMessageBox.StandardButton.No
    app.after_start(window, None, package)
    [(kind, title, text)] = dialogs
    assert (kind, title) == ("question", "Mở gói hội nghị")
    assert text.startswith("Thêm hội nghị “Hội nghị tổng kết")
    assert "(03/01/2024) vào cơ sở dữ liệu?" in text
    assert "2 quyết định, 35 người/tập thể được khen." in text
    assert str(package) in text
    assert db.table("meetings").count == 0  # "No" adds nothing

    dialogs.answer = QMessageBox.StandardButton.Yes
    assert startup.offer_package(window, package)
    qtbot.waitUntil(lambda: db.table("meetings").count == 1, timeout=10000)
    assert db.table("awards").count == 35
    qtbot.waitUntil(lambda: window.meetings_page.isVisible(), timeout=5000)


def test_a_bad_package_is_explained_and_nothing_is_added(
    started: tuple[Any, Any, Any], tmp_path: Path, dialogs: Dialogs
) -> None:
    _, window, session = started
    db = session.db
    bad = tmp_path / "hỏng.vinhdanh"
    bad.write_text('{"format": "vinhdanh.meeting", "version": 1, "meeting": {}}', "utf-8")
    assert not startup.offer_package(window, bad)
    [(kind, _, text)] = dialogs
    assert kind == "warning"
    assert "hỏng.vinhdanh" in text and "meeting" in text
    assert db.table("meetings").count == 0


DPI_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication
    from desktop.services import decisions, library
    from desktop.ui import app
    from desktop.ui.widgets.preview_pane import PreviewPane

    qapp, window, session = app.start(Path(sys.argv[1]), remember=False)
    db = session.db
    decision = decisions.get_decision(db, decisions.decisions(db)[1].id)
    pane = PreviewPane()
    pane.resize(700, 600)
    pane.show()
    pane.show_pdf(decisions.award_list_pdf(decision))
    pane.set_zoom(100)
    qapp.processEvents()
    pixmap = pane._image.pixmap()
    print(json.dumps({
        "policy": QGuiApplication.highDpiScaleFactorRoundingPolicy().name,
        "window_ratio": window.devicePixelRatioF(),
        "ratio": pixmap.devicePixelRatio(),
        "pixels": [pixmap.width(), pixmap.height()],
        "logical": [pixmap.deviceIndependentSize().width(),
                    pixmap.deviceIndependentSize().height()],
    }))
    """
)


def _preview_at(scale: str, db_path: Path, tmp_path: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": scale,
        paths.DATA_DIR_ENV: str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", DPI_SCRIPT, str(db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_previews_are_sharp_at_125_and_150_percent(tmp_path: Path) -> None:
    db_path = tmp_path / "demo.db"
    library.create_demo(db_path)[0].close()
    plain = _preview_at("1", db_path, tmp_path)
    assert plain["ratio"] == 1.0
    # A4 at 100 %: 210 mm at 96 dpi is 794 pixels.
    assert abs(plain["pixels"][0] - 794) <= 1
    for scale in (1.25, 1.5):
        seen = _preview_at(str(scale), db_path, tmp_path)
        assert seen["policy"] == "PassThrough"  # 125 % stays 1.25, not rounded to 1 or 2
        assert seen["window_ratio"] == scale
        assert seen["ratio"] == scale
        # Same size on screen, drawn with scale × as many pixels: sharp, not stretched.
        assert seen["logical"] == pytest.approx(plain["logical"], abs=1)
        assert seen["pixels"][0] == pytest.approx(plain["pixels"][0] * scale, abs=2)
        assert seen["pixels"][1] == pytest.approx(plain["pixels"][1] * scale, abs=2)
    assert open_database(db_path).table("meetings").count == 1


def test_a_printer_named_in_vietnamese_keeps_its_offsets_on_the_templates_page(
    qtbot: QtBot, demo_db: Any
) -> None:
    from desktop.ui.pages.templates import TemplatesView

    view = TemplatesView(Library(demo_db))
    qtbot.addWidget(view)
    name = "Máy in Phòng Tổ chức – Canon LBP 2900"
    view.save_offsets(name, 1.5, -2.0)
    view.printer_box.setCurrentText("Máy in khác")
    assert (view.offset_x.value(), view.offset_y.value()) == (0.0, 0.0)
    # Windows may spell the same printer decomposed (renamed with Unikey's "Unicode tổ hợp").
    view.printer_box.setCurrentText(unicodedata.normalize("NFD", name))
    assert (view.offset_x.value(), view.offset_y.value()) == (1.5, -2.0)
    view.reload()
    listed = [view.printer_box.itemText(i) for i in range(view.printer_box.count())]
    assert [unicodedata.normalize("NFC", n) for n in listed].count(name) == 1


def test_the_preview_is_redrawn_when_the_window_moves_to_a_screen_of_another_scale(
    qtbot: QtBot, demo_db: Any
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.services import decisions
    from desktop.ui.widgets.preview_pane import PreviewPane

    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    decision = decisions.get_decision(demo_db, decisions.decisions(demo_db)[1].id)
    pane.show_pdf(decisions.award_list_pdf(decision))
    before = pane._image.pixmap().cacheKey()
    QCoreApplication.sendEvent(pane, QEvent(QEvent.Type.DevicePixelRatioChange))
    after = pane._image.pixmap()
    assert after.cacheKey() != before  # drawn again, at the screen's ratio
    assert after.devicePixelRatio() == pane.devicePixelRatioF()


def test_a_frozen_build_copied_to_a_stick_uses_its_compiled_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv(translations.QM_DIR_VARIABLE)  # as installed: no folder of the tests
    folder = tmp_path / "USB" / "translations"
    folder.mkdir(parents=True)
    (folder / "vinhdanh_vi.qm").write_bytes(b"compiled")
    ts = folder / "vinhdanh_vi.ts"
    shutil.copy(translations.source_file("vi"), ts)
    os.utime(ts, (ts.stat().st_mtime + 60, ts.stat().st_mtime + 60))  # copied after the .qm
    monkeypatch.setattr(
        translations, "source_file", lambda lang, domain="vinhdanh": folder / f"{domain}_{lang}.ts"
    )
    monkeypatch.setattr(translations, "_lrelease", lambda: None)  # a frozen build has none
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with caplog.at_level(logging.WARNING):
        assert translations.compiled_file("vi") == folder / "vinhdanh_vi.qm"
    assert not caplog.records  # no "pyside6-lrelease not found" in the log at every start


def test_garbage_is_collected_again_once_the_window_is_shown(
    qtbot: QtBot, office_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up runs without cyclic collection; the window shown, collection is back (never
    left off for the session), and a start that fails turns it back on at once."""
    import gc

    locale = QLocale()
    assert gc.isenabled()
    result = app.start(None, remember=False)
    assert not isinstance(result, int)
    qapp, window, db = result
    qtbot.addWidget(window)
    try:
        assert not gc.isenabled()  # the first screen is built and painted first
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        window.close()
        db.close()
        monkeypatch.setattr(Library, "open", lambda *a, **k: (_ for _ in ()).throw(OSError("x")))
        monkeypatch.setattr(app, "_tell", lambda message: None)
        assert app.start(office_data / "other.db", remember=False) == app.EXIT_FAILED
        assert gc.isenabled()
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
