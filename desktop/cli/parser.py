"""The argument parser of ``vinhdanh``: every subcommand, its mistakes in Vietnamese."""

from __future__ import annotations

import argparse
import re
import typing

from desktop import __version__
from desktop.cli import certificates, database, decisions, directory, meetings, stats
from desktop.cli.common import EXIT_USAGE, AddCommand, Handler

_ARGPARSE_MESSAGES = [
    (r"the following arguments are required: (.+)", "thiếu tham số: {0}"),
    (
        r"argument (.+?): invalid choice: '?(.+?)'? \(choose from (.+)\)",
        "{0}: không có “{1}” (chọn {2})",
    ),
    (r"argument (.+?): invalid \w+ value: (.+)", "{0}: giá trị {1} không hợp lệ"),
    (r"argument (.+?): expected one argument", "{0}: cần một giá trị"),
    (r"argument (.+?): expected (\d+) arguments", "{0}: cần {1} giá trị"),
    (r"argument (.+?): not allowed with argument (.+)", "{0}: không dùng cùng {1}"),
    (r"unrecognized arguments: (.+)", "không hiểu tham số: {0}"),
    (r"argument (.+?): (.+)", "{0}: {1}"),
]

COMMANDS: list[typing.Callable[[AddCommand], None]] = [
    meetings.add_load,
    meetings.add_dump,
    database.add_search,
    database.add_check,
    decisions.add_import_recipients,
    database.add_backup,
    database.add_restore,
    database.add_demo,
    certificates.add_certificates,
    certificates.add_calibration,
    certificates.add_issued,
    directory.add_history,
    directory.add_duplicates,
    directory.add_merge,
    meetings.add_minutes,
    decisions.add_award_list,
    decisions.add_decision,
    stats.add_stats,
    stats.add_year_report,
]
"""Each adds its subcommand, in the order ``vinhdanh --help`` lists them."""


def _vietnamese(message: str) -> str:
    """argparse's English message in Vietnamese (its known forms; the rest kept)."""
    for pattern, text in _ARGPARSE_MESSAGES:
        match = re.fullmatch(pattern, message)
        if match:
            return text.format(*match.groups())
    return message


class _Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one Vietnamese line (exit status 2)."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {_vietnamese(message)} (xem {self.prog} --help)\n")


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE",
        default=default,
        help="tệp cơ sở dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``vinhdanh`` with every subcommand."""
    parser = _Parser(
        prog="vinhdanh",
        description="Vinh Danh: hội nghị, biên bản, quyết định, giấy khen và bằng khen.",
    )
    parser.add_argument("--version", action="version", version=f"vinhdanh {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="mở cửa sổ chính ngoài màn hình, kiểm tra rồi thoát (dùng khi cài đặt)",
    )
    _db_option(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        # --db is accepted after the command too; SUPPRESS keeps the global value otherwise.
        p = sub.add_parser(name, help=help_text, description=help_text)
        _db_option(p, argparse.SUPPRESS)
        p.set_defaults(handler=handler)
        return p

    for add in COMMANDS:
        add(command)
    return parser
