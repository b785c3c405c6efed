"""What the commands share: exit codes, labels, the ``--db`` option, the session, the font."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths
from desktop.services import data_location
from desktop.services.preferences import Preferences, read_preferences

if TYPE_CHECKING:
    from desktop.services.session import Library

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

KIND_LABELS = {
    "person": "Cá nhân",
    "collective": "Tập thể",
    "meeting": "Hội nghị",
    "decision": "Quyết định",
}

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]
"""``command(name, handler, help)``: a subcommand's parser, with ``--db`` and its handler."""


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_database_path()


def open_library(args: argparse.Namespace) -> Library:
    """The session on ``--db`` (the user's database otherwise), created or upgraded as needed.

    A command with the font options draws documents as ``args.preferences`` say
    (``choose_font``); the others leave the documents' font as it is.
    """
    # Imported here: the services behind the session are not needed for --version or --help.
    from desktop.services.session import Library

    path = database_path(args)
    warning = data_location.network_warning(path)
    if warning:
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    preferences: Preferences | None = getattr(args, "preferences", None)
    library = Library.open(path, preferences)
    if preferences is not None:
        library.apply_preferences()
    return library


def font_options(p: argparse.ArgumentParser) -> None:
    """``--times-new-roman`` / ``--tinos``: otherwise the window's setting decides."""
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--times-new-roman",
        dest="font",
        action="store_const",
        const="times",
        help="dùng phông Times New Roman của Windows (nếu có); mặc định: như cài đặt của cửa sổ",
    )
    group.add_argument(
        "--tinos",
        dest="font",
        action="store_const",
        const="tinos",
        help="dùng phông Tinos đi kèm chương trình (cùng cỡ chữ với Times New Roman)",
    )


def choose_font(args: argparse.Namespace) -> None:
    """Draw in the font the window would use (its stored setting, or ``--times-new-roman`` /
    ``--tinos``), so a document prints the same from both; say which when it is not the
    default of this PC (Windows' Times New Roman where installed, Tinos otherwise).

    The window's setting is read from its settings file without Qt
    (``services.preferences``); the choice becomes the session's ``Preferences``.
    """
    from desktop.services import library

    installed = library.windows_times_new_roman_installed()
    prefer = args.font == "times" if args.font else read_preferences().windows_serif
    args.preferences = Preferences(windows_serif=prefer)
    if prefer and not installed and args.font == "times":
        print(
            "vinhdanh: không thấy phông Times New Roman của Windows; dùng Tinos (cùng cỡ chữ).",
            file=sys.stderr,
        )
    elif installed and not prefer:
        print(
            "vinhdanh: dùng phông Tinos đi kèm chương trình (cùng cỡ chữ với Times New Roman)"
            + (" theo lựa chọn --tinos." if args.font else " theo cài đặt của cửa sổ."),
            file=sys.stderr,
        )
