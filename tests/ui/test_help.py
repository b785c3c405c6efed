"""Trợ giúp → Hướng dẫn sử dụng: the guide opens offline, with its pictures and its links."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.ui.help import HelpWindow


def test_the_guide_opens_with_its_headings_and_pictures(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    text = window.browser.toPlainText()
    assert text.startswith("Hướng dẫn sử dụng Vinh Danh")
    assert "Hội nghị và biên bản" in text
    html = window.browser.toHtml()
    assert "images/ui-meetings.png" in html
    picture = window.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("images/ui-meetings.png")
    )
    assert picture is not None and not picture.isNull()
    assert (paths.guide_dir() / "images" / "ui-meetings.png").is_file()


def test_a_link_to_the_install_page_opens_it_and_back_returns(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    window.browser.anchorClicked.emit(QUrl("cai-dat.md"))
    assert window.browser.toPlainText().startswith("Cài đặt Vinh Danh trên máy Windows")
    assert window.back_button.isEnabled()
    window.back_button.click()
    assert window.browser.toPlainText().startswith("Hướng dẫn sử dụng Vinh Danh")
