"""Qt's own strings (message box buttons, context menus, wizard buttons) are Vietnamese too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui import translations


@pytest.fixture
def in_vietnamese(qapp: QApplication) -> Iterator[list[QTranslator]]:
    locale = QLocale()
    installed = translations.install(qapp, "vi")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_message_box_buttons_say_it_in_vietnamese(
    qtbot: QtBot, in_vietnamese: list[QTranslator]
) -> None:
    assert len(in_vietnamese) == 2  # ours and Qt's own strings
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Vinh Danh",
        "Lưu thay đổi?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert sorted(texts) == sorted(["Có", "Không", "Hủy"])


def test_the_text_field_context_menu_is_vietnamese(
    qtbot: QtBot, in_vietnamese: list[QTranslator]
) -> None:
    edit = QLineEdit("Nguyễn Văn An")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    labels = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert {"Hoàn tác", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= set(labels)
    assert QCoreApplication.translate("QWizard", "&Finish").replace("&", "") == "Hoàn thành"
