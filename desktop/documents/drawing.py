"""One document drawn at a time in a process: reportlab is not thread-safe.

reportlab shares each registered font between the documents being drawn: the file cursor
``TTFontFile.makeSubset`` seeks and reads glyphs with when a document is saved, and module-level
caches filled on first use (the named colours). Two documents saved at once in two threads (an
export of certificates and one of the list) can embed glyphs read at the other's position: a
letter printed without its accent, or a failure. Every function that saves a PDF, and the
switch of the body face (``fonts.register_serif``), holds ``LOCK``. A display face or a font
file is registered under a name of its own, never re-pointed: that needs no wait (the designer).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from reportlab.lib.colors import getAllNamedColors

P = ParamSpec("P")
R = TypeVar("R")

LOCK = threading.RLock()
"""Held while a document is drawn, or the body face switched."""

getAllNamedColors()  # filled here, under the import lock, not by two threads at once


def one_at_a_time(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` draws a document (or switches the body face): it waits for any other."""

    @functools.wraps(function)
    def drawn(*args: P.args, **kwargs: P.kwargs) -> R:
        with LOCK:
            return function(*args, **kwargs)

    return drawn
