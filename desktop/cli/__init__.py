"""The ``vinhdanh`` command: the GUI with no command, headless commands otherwise.

Thin over desktop.services: each command parses its arguments, opens the session
(``services.session.Library``), calls one service and prints the outcome. One module per
command group: ``meetings`` (load, dump, minutes), ``decisions`` (import-recipients,
award-list, decision), ``database`` (search, check, backup, restore, demo), ``certificates``
(certificates, calibration, issued), ``directory`` (history, duplicates, merge), ``stats``
(stats, year-report); ``parser`` builds the argument parser, ``common`` holds what they share.

A user's mistake (bad file, unknown decision, file open in Word, a locked database) is a
``VinhDanhError`` (or classified as one by ``services.errors.as_user_error``): one clear line
on stderr and exit status 1, never a traceback. Anything else is a bug: logged with its
traceback in the log file, whose path the one line names.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli.common import EXIT_ERROR, EXIT_OK, Handler, choose_font
from desktop.cli.parser import build_parser
from desktop.services import errors

__all__ = ["build_parser", "main"]

log = logging.getLogger("desktop.cli")

PACKAGE_SUFFIXES = (".vinhdanh", ".json")
"""Meeting packages: the program's own extension (opened by double-click) and plain JSON."""


def _package_to_open(argv: Sequence[str]) -> Path | None:
    """The package named as the only argument (a double-click in Explorer), else None."""
    if len(argv) != 1 or argv[0].startswith("-"):
        return None
    path = Path(argv[0])
    if path.suffix.lower() not in PACKAGE_SUFFIXES:
        return None
    return path


def _start_gui(
    db_path: Path | None, smoke_test: bool = False, open_package: Path | None = None
) -> int:
    # Imported here so that headless commands never load Qt.
    from desktop.ui import app

    return int(app.run(db_path, smoke_test=smoke_test, open_package=open_package))


def _utf8_output() -> None:
    """Write UTF-8 when the output goes to a file or another program.

    Windows gives Python its ANSI code page (cp1252) there, where "Đã ghi" cannot be written
    (``vinhdanh search an > ketqua.txt`` would fail). The console itself takes Unicode already;
    the windowed program has no streams at all.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or stream.isatty():
            continue
        if (stream.encoding or "").lower().replace("-", "").replace("_", "") != "utf8":
            reconfigure(encoding="utf-8")


def _report(error: Exception) -> int:
    """Tell the user about ``error`` on stderr: their mistake in one line, a bug logged."""
    told = errors.as_user_error(error)
    if told is None:
        # A bug (a ValueError or KeyError from the code included): its traceback to the log.
        print(f"vinhdanh: {errors.log_bug(error)}", file=sys.stderr)
        return EXIT_ERROR
    if told.details:  # the candidates of an ambiguous key
        print(f"vinhdanh: {told}:", file=sys.stderr)
        for line in told.details:
            print(f"  {line}", file=sys.stderr)
        return EXIT_ERROR
    print(f"vinhdanh: {told}", file=sys.stderr)
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``vinhdanh``; returns the exit status."""
    _utf8_output()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    package = _package_to_open(sys.argv[1:] if argv is None else argv)
    if package is not None:
        # "Vinh Danh" FILE.vinhdanh: a package double-clicked in Explorer; the GUI asks first.
        return _start_gui(None, open_package=package)
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return _start_gui(Path(args.db) if args.db else None, smoke_test=args.smoke_test)
    try:
        if hasattr(args, "font"):
            choose_font(args)
        return handler(args)
    except KeyboardInterrupt:
        print("vinhdanh: đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The output went to a program that stopped reading (vinhdanh search … | head).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        return _report(exc)
