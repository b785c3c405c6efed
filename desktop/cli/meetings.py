"""Meeting packages and minutes: ``load``, ``dump``, ``minutes``."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_OK, AddCommand, font_options, open_library


def _cmd_load(args: argparse.Namespace) -> int:
    library = open_library(args)
    result = library.packages.load_package(args.package)
    print(
        f'Đã thêm hội nghị "{result.title}" với {len(result.decision_ids)} quyết định, '
        f"{result.awards} người/tập thể được khen (mã hội nghị {result.meeting_id})."
    )
    for warning in result.warnings:
        print(f"Lưu ý: {warning}", file=sys.stderr)
    return EXIT_OK


def _cmd_dump(args: argparse.Namespace) -> int:
    library = open_library(args)
    if args.output:
        path = library.packages.export_meeting(args.meeting, args.output)
        print(f"Đã ghi {path}")
    else:
        sys.stdout.write(library.meetings.package_text(args.meeting))
    return EXIT_OK


def _cmd_minutes(args: argparse.Namespace) -> int:
    written = open_library(args).documents.write_minutes(args.meeting, args.output)
    print(f"Đã ghi {written.record} vào {written.path}")
    return EXIT_OK


def add_load(command: AddCommand) -> None:
    p = command("load", _cmd_load, "thêm một gói hội nghị (.vinhdanh, .json) vào cơ sở dữ liệu")
    p.add_argument("package", metavar="PACKAGE.vinhdanh|.json")


def add_dump(command: AddCommand) -> None:
    p = command("dump", _cmd_dump, "ghi một hội nghị và các quyết định ra gói .vinhdanh (JSON)")
    p.add_argument("meeting", metavar="MEETING", help="mã, tên hoặc ngày họp (2024-01-03)")
    p.add_argument("-o", "--output", metavar="FILE", help="tệp ghi ra (mặc định: màn hình)")


def add_minutes(command: AddCommand) -> None:
    p = command("minutes", _cmd_minutes, "ghi biên bản một hội nghị ra PDF hoặc Word")
    font_options(p)
    p.add_argument("meeting", metavar="MEETING", help="mã, tên hoặc ngày họp (2024-01-03)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.docx")
