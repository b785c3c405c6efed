"""Trợ giúp → Hướng dẫn sử dụng: the user guide, shipped with the program, read offline.

The guide is Markdown (docs/user-guide.md and docs/cai-dat.md with their pictures; shipped as
``paths.guide_dir()``); Qt's text browser shows it with its headings, lists, pictures and the
links between the two pages. Links to the web open in the user's browser.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import paths

GUIDE = "user-guide.md"
PICTURE_WIDTH = 760
"""Widest a picture is shown (screenshots are larger): no sideways scrolling in the guide."""


class GuideBrowser(QTextBrowser):
    """A text browser that shows the guide's pictures no wider than the page."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        data = super().loadResource(kind, name)
        if kind == QTextDocument.ResourceType.ImageResource.value and data is not None:
            image = data if isinstance(data, QImage) else QImage.fromData(data)
            if not image.isNull() and image.width() > PICTURE_WIDTH:
                return image.scaledToWidth(
                    PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            return image
        return data


class HelpWindow(QDialog):
    """The user guide in a window of its own (not modal: the user reads and works)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide — Vinh Danh"))
        self.resize(900, 680)
        self.browser = GuideBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.home_button = QPushButton(self.tr("Contents"))
        self.home_button.clicked.connect(self.show_home)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.back_button.setEnabled(False)
        self.show_home()

    def show_home(self) -> None:
        """The first page of the guide."""
        self.show_page(GUIDE)

    def show_page(self, name: str) -> None:
        """A page of the guide by its file name ("cai-dat.md"), with an optional #anchor."""
        page, _, anchor = name.partition("#")
        url = QUrl.fromLocalFile(str(paths.guide_dir() / page))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = url.path().rsplit("/", 1)[-1] if url.isLocalFile() or not url.scheme() else ""
        if target.endswith(".md"):
            self.show_page(target + (f"#{url.fragment()}" if url.fragment() else ""))
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
