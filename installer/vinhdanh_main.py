"""Entry point of the frozen build: the same ``vinhdanh`` command as ``pip install`` makes."""

import multiprocessing
import sys

from desktop.cli import main


def _utf8_when_redirected() -> None:
    """Output sent to a file or a pipe is UTF-8.

    On Windows Python would write it in the ANSI code page (cp1252), which has no Vietnamese
    letters: ``vinhdanh load … > log.txt`` would stop at the first "Đ". A frozen program ignores
    PYTHONIOENCODING, so the choice is made here. A console keeps its own (Python writes
    Unicode to the Windows console); the windowed program has no streams at all.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    # The preview process (services.previews) is this program started again: it must run the
    # worker, not the window.
    multiprocessing.freeze_support()
    _utf8_when_redirected()
    sys.exit(main())
