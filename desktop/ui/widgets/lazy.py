"""A tab whose page is built the first time it is shown or asked for.

The meeting editor's tabs other than the first (attendees, agenda, action items) are such
tabs: the window opens without building their tables (or importing their models and
delegates). Once built, the page takes the placeholder's place in the tab widget, so the tab
is the page itself for whoever reaches it (``tabs.setCurrentWidget(page)``, the tests).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QTabWidget, QWidget

W = TypeVar("W", bound=QWidget)


class LazyTab(QWidget, Generic[W]):
    """A tab of ``tabs`` titled ``title`` whose page ``build()`` makes, when the tab is first
    shown or ``page()`` is first called."""

    def __init__(
        self,
        tabs: QTabWidget,
        title: str,
        build: Callable[[], W],
        *,
        after: Callable[[W], object] | None = None,
    ) -> None:
        """``after(page)`` runs once the page is built and in its tab."""
        super().__init__()
        self._tabs = tabs
        self._build = build
        self._after = after
        self._page: W | None = None
        tabs.addTab(self, title)
        tabs.currentChanged.connect(self._on_tabs_current_changed)

    @property
    def built(self) -> bool:
        """True once the page exists."""
        return self._page is not None

    def page(self) -> W:
        """The page, built (and put in the placeholder's tab) now if it was not yet."""
        if self._page is None:
            page = self._page = self._build()
            tabs = self._tabs
            index = tabs.indexOf(self)
            current = tabs.currentIndex() == index
            blocked = tabs.blockSignals(True)  # one tab changes its page, not the current tab
            try:
                tabs.insertTab(index, page, tabs.tabText(index))
                tabs.removeTab(index + 1)
                if current:
                    tabs.setCurrentIndex(index)
            finally:
                tabs.blockSignals(blocked)
            if self._after is not None:
                self._after(page)
        return self._page

    def _on_tabs_current_changed(self, index: int) -> None:
        if self._page is None and index == self._tabs.indexOf(self):
            self.page()
