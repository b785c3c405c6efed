"""What the preview pane runs off the GUI thread: the PDF made, the page shown rasterised.

A job is either a function returning PDF bytes or a :class:`Staged` pair for a long document
(the page in view first, the whole next). A job that is a module-level function with its
records (``functools.partial(decisions.award_list_pdf, record)``) is made in the preview
process (``services.previews.run``), so reportlab never holds this process's GIL while the
user types; a closure is made on the pool thread itself. The page shown is rasterised on the
pool thread (PDFium releases the GIL while it draws).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage

from desktop.ui.widgets.pdf_pages import POINTS_PER_INCH, PdfPages

if TYPE_CHECKING:
    from desktop.services.previews import PagePreview


@dataclass(frozen=True, slots=True)
class Staged:
    """A long document previewed in two steps: ``first(page)`` (the page shown, from 0) gives a
    ``services.previews.PagePreview`` with that page (and the edited row's) drawn, then
    ``whole()`` the whole PDF, which replaces it."""

    first: Callable[[int], PagePreview]
    whole: Callable[[], bytes]


PdfJob = Callable[[], bytes] | Staged
"""Makes the PDF on a pool thread: reads only what it captured."""


@dataclass(frozen=True, slots=True)
class Drawn:
    """A preview made on a pool thread: the document, the page shown, drawn."""

    pages: PdfPages
    index: int
    image: QImage
    ratio: float
    asked: int
    """The page that was shown when the preview was asked for."""
    focus: int | None = None
    """The page holding the row being edited, when the job found it (shown instead)."""
    complete: bool = True
    """False: only the pages in view are drawn yet (the first step of a ``Staged`` job)."""


def close_drawn(drawn: Drawn) -> None:
    """Free a preview superseded before it was shown."""
    drawn.pages.close()


def run_job(job: Callable[..., Any], *args: Any) -> Any:
    """``job(*args)`` in the preview process when it can go there (call on a pool thread)."""
    from desktop.services import previews

    return previews.run(job, *args)


@dataclass(frozen=True, slots=True)
class Drawing:
    """The pool thread's work for one preview: ``Drawing(...)()`` → :class:`Drawn`."""

    job: PdfJob
    page: int
    """The page shown (from 0)."""
    dpi: float
    """0: fit the page into ``available`` pixels."""
    available: int
    ratio: float

    def __call__(self) -> Drawn:
        focus: int | None = None
        complete = True
        if isinstance(self.job, Staged):
            preview: PagePreview = run_job(self.job.first, self.page)
            data, focus, complete = preview.data, preview.page, preview.complete
        else:
            data = run_job(self.job)
        pages = PdfPages(data)
        index = max(0, min(self.page if focus is None else focus, len(pages) - 1))
        dpi = self.dpi or self.available / (pages.size_points(index)[0] / POINTS_PER_INCH)
        image = pages.image(index, dpi * self.ratio)
        return Drawn(pages, index, image, self.ratio, self.page, focus, complete)
