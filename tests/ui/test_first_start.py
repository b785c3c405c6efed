"""The first start: the office is asked for once, stored whole, skippable, asked again on demand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.services.session import Library
from desktop.ui.pages.first_start import SETUP_DONE, FirstStartDialog, needs_first_start
from desktop.ui.pages.settings import SettingsView


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    session = Library.open(tmp_path / "mới.db")
    yield session
    session.close()


def _type(edit: QLineEdit, text: str) -> None:
    """Type as the user does (QTest cannot send Vietnamese letters as key events)."""
    edit.setFocus()
    edit.insert(text)


def _fill(dialog: FirstStartDialog, qtbot: QtBot) -> None:
    _type(dialog.parent_edit, "Ủy ban nhân dân tỉnh Thái Nguyên")
    _type(dialog.name_edit, "Sở Nội vụ")
    _type(dialog.head_title_edit, "Giám đốc")
    _type(dialog.place_edit, "Thái Nguyên")
    _type(dialog.abbreviation_edit, "SNV")
    _type(dialog.signer_name_edit, "Trần Văn Bình")
    _type(dialog.signer_title_edit, "Phó Giám đốc")
    dialog.relation_box.set_relation("deputy")


def test_a_new_database_asks_for_the_office_and_stores_it_whole(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    assert needs_first_start(library, settings)
    dialog = FirstStartDialog(library, settings)
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot)
    assert dialog.preview_label.text() == (
        "Trao tặng: GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN · Ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
    )
    dialog.save_button.click()
    [org] = library.organisations.organisations()
    assert (org.parent, org.name, org.head_title, org.place, org.abbreviation) == (
        "Ủy ban nhân dân tỉnh Thái Nguyên",
        "Sở Nội vụ",
        "Giám đốc",
        "Thái Nguyên",
        "SNV",
    )
    assert org.default_signer.name == "Trần Văn Bình"
    assert org.default_signer.relation == "deputy"
    assert not needs_first_start(library, settings)
    # The next meeting is organised by it, not by a placeholder "Cơ quan".
    meeting = library.meetings.create_meeting("Hội nghị tổng kết năm 2026")
    assert meeting.organiser.name == "Sở Nội vụ"


def test_an_incomplete_form_says_what_is_missing_and_stores_nothing(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    dialog = FirstStartDialog(library, settings)
    qtbot.addWidget(dialog)
    _type(dialog.name_edit, "Sở Nội vụ")
    dialog.save_button.click()
    assert dialog.problem_label.text() == "Type the title of the head of the office, e.g. Giám đốc."
    assert library.organisations.organisations() == []
    assert needs_first_start(library, settings)


def test_later_is_not_asked_again_but_settings_asks_on_demand(
    qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    dialog = FirstStartDialog(library, settings)
    qtbot.addWidget(dialog)
    dialog.later_button.click()
    assert settings.value(SETUP_DONE) in (True, "true")
    assert not needs_first_start(library, settings)
    assert library.organisations.organisations() == []

    view = SettingsView(library, settings)
    qtbot.addWidget(view)
    saved: list[bool] = []
    view.organisation_saved.connect(lambda: saved.append(True))
    shown = view.first_start()  # Settings → First-start setup… (does not block)
    assert shown.isVisible()
    _fill(shown, qtbot)
    shown.save_button.click()
    assert saved == [True]
    assert view.organisation_box.currentText() == "Sở Nội vụ"
