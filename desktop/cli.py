"""The ``vinhdanh`` command: the GUI with no command, headless commands otherwise.

Thin over desktop.services: each command parses its arguments, calls one service and prints
the outcome. A user's mistake (bad file, unknown decision, file open in Word) is one clear line
on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from sqlite_utils import Database

from desktop import __version__, paths
from desktop.exchange.meeting_package import PackageError
from desktop.services import library
from desktop.services.files import OutputError
from desktop.storage.errors import AmbiguousError, StorageError

log = logging.getLogger("desktop.cli")

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


class UserError(Exception):
    """A mistake the user can correct; printed as one line."""


def _open(args: argparse.Namespace) -> Database:
    return library.open_library(args.db)


# -- commands -------------------------------------------------------------------------------


def _cmd_load(args: argparse.Namespace) -> int:
    db = _open(args)
    result = library.load_package(db, args.package)
    print(
        f'Đã thêm hội nghị "{result.title}" với {len(result.decision_ids)} quyết định, '
        f"{result.awards} người/tập thể được khen (mã hội nghị {result.meeting_id})."
    )
    return EXIT_OK


def _cmd_dump(args: argparse.Namespace) -> int:
    db = _open(args)
    if args.output:
        path = library.export_meeting(db, args.meeting, args.output)
        print(f"Đã ghi {path}")
    else:
        sys.stdout.write(library.meeting_package_text(db, args.meeting))
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    db = _open(args)
    hits = library.search(db, " ".join(args.text), limit=args.limit)
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print("Không tìm thấy kết quả nào.")
    for hit in hits:
        detail = f" — {hit.detail}" if hit.detail else ""
        print(f"{KIND_LABELS[hit.kind]:<11} {hit.title}{detail}  [{hit.id}]")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    db = _open(args)
    report = library.check(db)
    for line in report.summary:
        print(line)
    if report.problems:
        for problem in report.problems:
            print(f"LỖI: {problem}", file=sys.stderr)
        return EXIT_ERROR
    print("Cơ sở dữ liệu toàn vẹn.")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    path = Path(args.db) if args.db else paths.demo_database_path()
    db, result = library.create_demo(path)
    print(
        f"Cơ sở dữ liệu mẫu: {path}\n"
        f"Hội nghị: {result.title}\n"
        f"{len(result.decision_ids)} quyết định, {result.awards} người/tập thể được khen."
    )
    db.close()
    return _start_gui(path)


def _start_gui(db_path: Path | None) -> int:
    try:
        from desktop.ui import app  # type: ignore[attr-defined]
    except ImportError:
        print("Giao diện cửa sổ chưa có trong phiên bản này; hãy dùng các lệnh (vinhdanh --help).")
        return EXIT_OK
    return int(app.run(db_path))


# -- parser ---------------------------------------------------------------------------------


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE",
        default=default,
        help="tệp cơ sở dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``vinhdanh`` with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="vinhdanh",
        description="Vinh Danh: hội nghị, biên bản, quyết định và giấy khen.",
    )
    parser.add_argument("--version", action="version", version=f"vinhdanh {__version__}")
    _db_option(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        # --db is accepted after the command too; SUPPRESS keeps the global value otherwise.
        p = sub.add_parser(name, help=help_text, description=help_text)
        _db_option(p, argparse.SUPPRESS)
        p.set_defaults(handler=handler)
        return p

    p = command("load", _cmd_load, "thêm một gói hội nghị (.json) vào cơ sở dữ liệu")
    p.add_argument("package", metavar="PACKAGE.json")

    p = command("dump", _cmd_dump, "ghi một hội nghị và các quyết định của nó ra gói .json")
    p.add_argument("meeting", metavar="MEETING", help="mã, tên hoặc ngày họp (2024-01-03)")
    p.add_argument("-o", "--output", metavar="FILE", help="tệp ghi ra (mặc định: màn hình)")

    p = command("search", _cmd_search, "tìm người, tập thể, hội nghị, quyết định (không dấu)")
    p.add_argument("text", nargs="+", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--limit", type=int, default=20, help="tối đa bao nhiêu kết quả mỗi loại")

    command("check", _cmd_check, "kiểm tra tính toàn vẹn của cơ sở dữ liệu")
    command("demo", _cmd_demo, "mở ứng dụng trên cơ sở dữ liệu mẫu mới (hội nghị mẫu)")

    # -- commands of desktop.services.certificates (certificates, calibration, issued) ------
    # -- end certificates --

    # -- commands of desktop.services.documents (minutes, award-list, decision) --------------
    # -- end documents --
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``vinhdanh``; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return _start_gui(Path(args.db) if args.db else None)
    try:
        return handler(args)
    except AmbiguousError as exc:
        print(f"vinhdanh: {exc}:", file=sys.stderr)
        for candidate in exc.candidates:
            print(f"  {candidate}", file=sys.stderr)
        return EXIT_ERROR
    except (PackageError, StorageError, OutputError, UserError, ValueError) as exc:
        print(f"vinhdanh: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("vinhdanh: đã dừng.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
