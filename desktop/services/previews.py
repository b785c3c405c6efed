"""Previews drawn in a process of their own, so that the window's thread never waits for them.

reportlab is pure Python: a preview drawn on a thread of the window's process holds the GIL in
slices, and every keystroke waits for one (20–70 ms with a long list). :func:`run` hands the
drawing to a worker process instead (``ProcessPoolExecutor``, spawn: the same on Windows and
Linux, and in the frozen program, whose entry point calls ``multiprocessing.freeze_support``).
What goes there is a module-level function and records (picklable); PDF bytes come back. The
worker is started by :func:`warm` (the first preview pane does it on a thread) and keeps its
state between previews: fonts registered, a long list's cells wrapped
(``documents.official.table_cells``). Until it is up, or when it cannot start (a locked-down
PC), or for a job that cannot be pickled, the job runs on the calling thread as before.

    previews.run(decisions.award_list_pdf, record)  # a pool thread waits, the GIL is free
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.domain.records import Decision

if TYPE_CHECKING:  # multiprocessing is loaded with the first preview, not with the window
    from concurrent.futures import ProcessPoolExecutor

    from desktop.documents.fonts import FontFamily

log = logging.getLogger(__name__)

T = TypeVar("T")

OFF_VARIABLE = "VINHDANH_PREVIEW_THREAD"
"""Set to 1: previews are drawn on a thread of the window's process (no worker process)."""

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_ready: Future[None] | None = None
_broken = False


def _start_worker() -> None:
    """In the worker, once: load the renderers before the first preview asks."""
    import desktop.services.documents  # noqa: F401  (reportlab, the official documents)
    from desktop.documents import fonts

    fonts.register_serif()


def _ping() -> None:
    """Nothing: the worker answering means it is up."""


def warm() -> None:
    """Start the worker process now (it takes a second or two); later calls do nothing."""
    global _pool, _ready, _broken
    with _lock:
        if _pool is not None or _broken:
            return
        if os.environ.get(OFF_VARIABLE) == "1":
            _broken = True
            return
        try:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            _pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
            )
            _ready = _pool.submit(_ping)
        except Exception:  # no process for us (policy, resources): threads then
            log.warning("the preview process did not start; previews use a thread", exc_info=True)
            _broken = True


def in_process() -> bool:
    """True when the worker process is up and takes the previews."""
    return not _broken and _ready is not None and _ready.done() and _ready.exception() is None


def wait_ready(timeout: float) -> bool:
    """Wait up to ``timeout`` seconds for the worker process; True when it is up (tests, bench)."""
    ready = _ready
    if ready is None:
        return False
    try:
        ready.result(timeout=timeout)
    except Exception:
        return False
    return in_process()


def _with_fonts(serif: FontFamily, job: Callable[..., T], args: tuple[Any, ...]) -> T:
    from desktop.documents import fonts

    fonts.use_serif(serif)  # the user's choice, as in the window's process
    return job(*args)


def run(job: Callable[..., T], *args: Any) -> T:
    """``job(*args)`` in the worker process when it is up, else on this thread. Call it from
    a thread that may wait (never the GUI thread); ``job`` must be a module-level function."""
    global _broken
    if not in_process():
        return job(*args)
    try:
        payload = pickle.dumps((job, args))
    except Exception:  # a closure, a record that cannot travel: drawn here
        return job(*args)
    del payload
    assert _pool is not None
    from concurrent.futures.process import BrokenProcessPool

    from desktop.documents import fonts

    try:
        future = _pool.submit(_with_fonts, fonts.serif_in_use(), job, args)
        return future.result()
    except (BrokenProcessPool, OSError, RuntimeError) as exc:
        if not isinstance(exc, BrokenProcessPool) and not _pool_broken():
            raise  # the job's own error
        log.warning("the preview process stopped; previews use a thread", exc_info=True)
        _broken = True
        return job(*args)


def _pool_broken() -> bool:
    return _pool is None or bool(getattr(_pool, "_broken", False))


def shutdown() -> None:
    """Stop the worker (tests; the program's exit does it by itself)."""
    global _pool, _ready, _broken
    with _lock:
        pool, _pool, _ready, _broken = _pool, None, None, False
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True, slots=True)
class PagePreview:
    """A long document's preview with some pages drawn (see ``award_list_first``)."""

    data: bytes
    page_count: int
    page: int | None
    """The page (from 0) to show: the one holding the row asked for; None: keep the one shown."""
    complete: bool
    """Every page is drawn (the document is short enough): no second step needed."""


def award_list_first(decision: Decision, page: int, row: int | None) -> PagePreview:
    """The commendation list laid out whole, drawn on ``page`` (from 0, the page in view) and on
    the page of the award at ``row`` (from 0, the row being edited) — the first step of its
    preview; the whole list (``decisions.award_list_pdf``) follows."""
    from desktop.documents.official.award_list import award_list_pages
    from desktop.services import documents
    from desktop.services.decisions import prepared_for_documents

    style = documents.resolve_style(decision.issuer.style)
    positions = () if row is None else (row + 1,)  # Award.position counts from 1
    partial = award_list_pages(
        prepared_for_documents(decision), (page + 1,), positions, style=style
    )
    found = partial.row_pages.get(row + 1) if row is not None else None
    return PagePreview(
        partial.data,
        partial.page_count,
        None if found is None else found - 1,
        partial.complete,
    )
