"""The database as a whole: ``search``, ``check``, ``backup``, ``restore``, ``demo``."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from desktop import paths
from desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    KIND_LABELS,
    AddCommand,
    database_path,
    open_library,
)

SEARCH_LIMIT_MAX = 10_000


def _cmd_search(args: argparse.Namespace) -> int:
    hits = open_library(args).search(" ".join(args.text), limit=args.limit)
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
    from desktop.services import library

    # Read-only: never opened as a session (which would create or migrate the file).
    report = library.check_database_file(database_path(args))
    for line in report.summary:
        print(line)
    if report.problems:
        for problem in report.problems:
            print(f"LỖI: {problem}", file=sys.stderr)
        return EXIT_ERROR
    print("Cơ sở dữ liệu toàn vẹn.")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services import backup

    database = database_path(args)
    target = backup.backup_database(database, Path(args.output) if args.output else None)
    print(f"Đã sao lưu {database} vào {target}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services import backup

    database = database_path(args)
    safety = backup.restore_database(Path(args.backup), database)
    print(f"Đã khôi phục {database} từ {args.backup}.")
    if safety is not None:
        print(f"Dữ liệu trước đó được giữ ở {safety}")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop import cli
    from desktop.services.session import Library

    path = Path(args.db) if args.db else paths.demo_database_path()
    library, result = Library.demo(path)
    print(
        f"Cơ sở dữ liệu mẫu: {path}\n"
        f"Hội nghị: {result.title}\n"
        f"{len(result.decision_ids)} quyết định, {result.awards} người/tập thể được khen."
    )
    library.close()
    return cli._start_gui(path)


def _limit(text: str) -> int:
    """A count as typed for --limit: a whole number from 1 to SEARCH_LIMIT_MAX."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” không phải số nguyên (ví dụ --limit 20)"
        ) from None
    if not 1 <= value <= SEARCH_LIMIT_MAX:
        raise argparse.ArgumentTypeError(f"phải từ 1 đến {SEARCH_LIMIT_MAX}, không phải {text}")
    return value


def add_search(command: AddCommand) -> None:
    p = command("search", _cmd_search, "tìm người, tập thể, hội nghị, quyết định (không dấu)")
    p.add_argument("text", nargs="+", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--limit", type=_limit, default=20, help="tối đa bao nhiêu kết quả mỗi loại")


def add_check(command: AddCommand) -> None:
    command("check", _cmd_check, "kiểm tra tính toàn vẹn của cơ sở dữ liệu")


def add_backup(command: AddCommand) -> None:
    p = command("backup", _cmd_backup, "sao lưu cơ sở dữ liệu ra một tệp")
    p.add_argument("-o", "--output", metavar="FILE", help="tệp sao lưu (mặc định: thư mục backups)")


def add_restore(command: AddCommand) -> None:
    p = command("restore", _cmd_restore, "khôi phục cơ sở dữ liệu từ một bản sao lưu")
    p.add_argument("backup", metavar="FILE")


def add_demo(command: AddCommand) -> None:
    command("demo", _cmd_demo, "mở ứng dụng trên cơ sở dữ liệu mẫu mới (hội nghị mẫu)")
