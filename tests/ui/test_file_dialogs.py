"""Save dialogs: file names in Vietnamese, opened where the user saved last time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.services import decisions
from desktop.services.session import Library
from desktop.ui import translations
from desktop.ui.editors.decision import DecisionEditor


@pytest.fixture
def in_vietnamese(qapp: QApplication) -> Iterator[list[QTranslator]]:
    locale = QLocale()
    installed = translations.install(qapp, "vi")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_export_names_are_vietnamese_and_the_folder_is_remembered(
    qtbot: QtBot,
    in_vietnamese: list[QTranslator],
    demo_db: Database,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = DecisionEditor(Library(demo_db, demo_path))
    qtbot.addWidget(editor)
    editor.load(next(d.id for d in decisions.decisions(demo_db) if d.number == "15-QĐ/BTGTU"))
    offered: list[str] = []
    usb = tmp_path / "USB" / "Khen thưởng 2024"
    usb.mkdir(parents=True)

    def dialog(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        offered.append(suggested)
        return (str(usb / Path(suggested).name), filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(editor.documents, "export_document", lambda what, path: None)
    editor.documents._on_export_list()
    editor.documents._on_export_list()
    first, second = (Path(p) for p in offered)
    assert first.name == "Danh sách 15-QĐ_BTGTU.xlsx"
    assert first.parent != usb and second.parent == usb  # opened where saved last time
