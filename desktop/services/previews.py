"""Previews drawn in a process of their own, so that the window's thread never waits for them.

reportlab is pure Python: a preview drawn on a thread of the window's process holds the GIL in
slices, and every keystroke waits for one (20–70 ms with a long list). :func:`run` hands the
drawing to a worker process instead (``ProcessPoolExecutor``, spawn: the same on Windows and
Linux, and in the frozen program, whose entry point calls ``multiprocessing.freeze_support``).
What goes there is a module-level function and records (picklable); PDF bytes come back. The
worker is started by the first job (or :func:`warm`) and keeps its state between previews:
fonts registered, a long list's cells wrapped (``documents.official.table_cells``). Until it
is up, or when it cannot start (a locked-down PC), or for a job that cannot be pickled, the
job runs on the calling thread as before. The editor's checks of every certificate run in a
second worker (``lane="checks"``), so that they never delay the next preview.

    previews.run(decisions.award_list_pdf, record)  # a pool thread waits, the GIL is free
"""

from __future__ import annotations

import atexit
import copy
import logging
import os
import pickle
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from desktop.domain.records import Decision

if TYPE_CHECKING:  # multiprocessing is loaded with the first preview, not with the window
    from concurrent.futures import ProcessPoolExecutor

    from desktop.documents.fonts import FontFamily

log = logging.getLogger(__name__)

T = TypeVar("T")

OFF_VARIABLE = "VINHDANH_PREVIEW_THREAD"
"""Set to 1: previews are drawn on a thread of the window's process (no worker process)."""

Lane = Literal["previews", "checks"]
"""A worker process each: the checks of 2,000 certificates never delay the next preview."""


def _start_worker() -> None:
    """In a worker, once: go when the window's process goes, then load the renderers before
    the first job asks."""
    _leave_with_parent()
    import desktop.services.documents  # noqa: F401  (reportlab, the official documents)
    from desktop.documents import fonts

    fonts.register_serif()


def _leave_with_parent() -> None:
    """End this worker as soon as the process that started it ends, however it ended.

    A window closed normally shuts its workers down (``atexit``); one that crashed, was ended
    from the Task Manager or killed would otherwise leave them running, orphaned, holding the
    program's files (an update could not replace them).
    """
    import multiprocessing
    import os
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)  # no clean-up to wait for: the worker holds nothing of its own

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _ping() -> None:
    """Nothing: the worker answering means it is up."""


@dataclass(frozen=True, slots=True)
class _PackedDecision:
    """A decision pickled award by award. One ``pickle.dumps`` of 2,000 awards is 15–30 ms of
    C code holding the GIL (the window's keystrokes wait); a loop of small ones lets the GUI
    thread in between (``sys.setswitchinterval``), and the big pickle is then of bytes."""

    head: bytes
    awards: list[bytes]

    @classmethod
    def of(cls, decision: Decision) -> _PackedDecision:
        head = copy.copy(decision)
        head.awards = []
        return cls(pickle.dumps(head, 5), [pickle.dumps(a, 5) for a in decision.awards])

    def unpacked(self) -> Decision:
        decision: Decision = pickle.loads(self.head)
        decision.awards = [pickle.loads(a) for a in self.awards]
        return decision


def _pack(value: Any) -> Any:
    return _PackedDecision.of(value) if isinstance(value, Decision) else value


def _unpack(value: Any) -> Any:
    return value.unpacked() if isinstance(value, _PackedDecision) else value


def _with_fonts(
    serif: FontFamily, job: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> T:
    from desktop.documents import fonts

    fonts.use_serif(serif)  # the user's choice, as in the window's process
    return job(*(_unpack(a) for a in args), **{k: _unpack(v) for k, v in kwargs.items()})


def _travels(job: Callable[..., Any]) -> bool:
    """Whether ``job`` can be sent to a worker: a module-level function, or a ``partial`` of
    one (its arguments are records: they pickle). Checked by name, not by pickling the
    records twice (a 2,000-recipient decision takes 15–30 ms to pickle, holding the GIL)."""
    function = job.func if isinstance(job, partial) else job
    name = getattr(function, "__qualname__", "")
    if not name or "<" in name or "." in name:  # "<lambda>", "f.<locals>.g", a method
        return callable(function) and _pickles(function)
    return True


def _pickles(function: Callable[..., Any]) -> bool:
    try:
        pickle.dumps(function)
    except Exception:
        return False
    return True


class _Worker:
    """One worker process, started on demand; after a failure its jobs run on threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pool: ProcessPoolExecutor | None = None
        self.ready: Future[None] | None = None
        self.broken = False

    def warm(self) -> None:
        with self.lock:
            if self.pool is not None or self.broken:
                return
            if os.environ.get(OFF_VARIABLE) == "1":
                self.broken = True
                return
            try:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                self.pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                )
                self.ready = self.pool.submit(_ping)
                atexit.register(self.shutdown)  # stopped before the interpreter tears down
            except Exception:  # no process for us (policy, resources): threads then
                log.warning("the preview process did not start; using a thread", exc_info=True)
                self.broken = True

    def up(self) -> bool:
        ready = self.ready
        return not self.broken and ready is not None and ready.done() and not ready.exception()

    def run(self, job: Callable[..., T], args: tuple[Any, ...]) -> T:
        self.warm()  # the first job starts the process and is done here meanwhile
        pool = self.pool
        if not self.up() or pool is None:
            return job(*args)
        if not _travels(job):  # a closure: drawn here
            return job(*args)
        from concurrent.futures.process import BrokenProcessPool

        from desktop.documents import fonts

        try:
            function, every, named = job, args, {}
            if isinstance(job, partial):
                function, every, named = job.func, job.args + args, dict(job.keywords)
            every = tuple(_pack(a) for a in every)
            named = {k: _pack(v) for k, v in named.items()}
            serif = fonts.serif_in_use()
            return pool.submit(_with_fonts, serif, function, every, named).result()
        except (BrokenProcessPool, OSError, RuntimeError) as exc:
            if not isinstance(exc, BrokenProcessPool) and not getattr(pool, "_broken", False):
                raise  # the job's own error
            log.warning("the preview process stopped; using a thread", exc_info=True)
            self.broken = True
            return job(*args)

    def shutdown(self) -> None:
        with self.lock:
            pool, self.pool, self.ready, self.broken = self.pool, None, None, False
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


_workers: dict[Lane, _Worker] = {"previews": _Worker(), "checks": _Worker()}


def warm(lane: Lane = "previews") -> None:
    """Start the worker process now (it takes a second or two); later calls do nothing."""
    _workers[lane].warm()


def in_process(lane: Lane = "previews") -> bool:
    """True when the worker process is up and takes the jobs."""
    return _workers[lane].up()


def wait_ready(timeout: float, lane: Lane = "previews") -> bool:
    """Wait up to ``timeout`` seconds for the worker process; True when it is up (tests, bench)."""
    ready = _workers[lane].ready
    if ready is None:
        return False
    try:
        ready.result(timeout=timeout)
    except Exception:
        return False
    return in_process(lane)


def run(job: Callable[..., T], *args: Any, lane: Lane = "previews") -> T:
    """``job(*args)`` in the worker process when it is up, else on this thread (the first
    call starts the worker). Call it from a thread that may wait (never the GUI thread);
    ``job`` must be a module-level function and its arguments picklable records."""
    return _workers[lane].run(job, args)


def shutdown() -> None:
    """Stop the workers (tests; the program's exit does it by itself)."""
    for worker in _workers.values():
        worker.shutdown()


def decision_checks(record: Decision, certificate: bool) -> tuple[list[str], str, list[str]]:
    """The checks over every recipient, for the editor's warnings: the decision's notes (the
    signer's problem and the unnamed rows left out: the editor says them at once), and with
    ``certificate`` the template that does not match and every certificate text that does not
    fit."""
    from desktop.domain.authority import signer_problem
    from desktop.domain.awards import unnamed_warning
    from desktop.services import decisions

    notes = list(decisions.decision_warnings(record))
    quick = {
        signer_problem(record.issuer, record.effective_signer()),
        unnamed_warning(record.awards),
    }
    notes = [n for n in notes if n not in quick]
    if not certificate:
        return notes, "", []
    problems = [str(p) for p in decisions.certificate_problems(record)]
    return notes, decisions.certificate_template_mismatch(record), problems


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
