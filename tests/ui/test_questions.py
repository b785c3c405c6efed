"""The shared question box: the key of the button the user presses, Esc gives ``escape``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.questions import ask

CHOICES = [
    ("mine", "Giữ bản của tôi", QMessageBox.ButtonRole.AcceptRole),
    ("theirs", "Lấy bản kia", QMessageBox.ButtonRole.DestructiveRole),
    ("", "Để sau", QMessageBox.ButtonRole.RejectRole),
]


def _answer(qtbot: QtBot, label: str | None) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if label is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        [button] = [b for b in box.buttons() if b.text() == label]
        button.click()

    QTimer.singleShot(0, press)


@pytest.mark.parametrize(
    ("label", "key"), [("Giữ bản của tôi", "mine"), ("Lấy bản kia", "theirs"), (None, "")]
)
def test_the_pressed_button_gives_its_key(qtbot: QtBot, label: str | None, key: str) -> None:
    _answer(qtbot, label)
    chosen = ask(
        QMessageBox.Icon.Warning, "Vinh Danh", "Sửa ở nơi khác", CHOICES, default="mine", escape=""
    )
    assert chosen == key
