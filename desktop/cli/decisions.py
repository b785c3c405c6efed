"""A decision's list and documents: ``import-recipients``, ``award-list``, ``decision``."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, AddCommand, font_options, open_library


def _cmd_import_recipients(args: argparse.Namespace) -> int:
    library = open_library(args)
    result = library.packages.import_recipients(args.file, args.decision, replace=args.replace)
    print(f"Đã đọc: {result.columns}")
    print(
        f"Đã thêm {result.added} người/tập thể vào quyết định {result.decision_number} "
        f"(tổng cộng {result.total})."
    )
    if result.skipped:
        print(f"Đã bỏ qua {len(result.skipped)} dòng không phải người nhận:")
        for line in result.skipped:
            print(f"  {line}")
    return EXIT_OK


def _cmd_award_list(args: argparse.Namespace) -> int:
    library = open_library(args)
    written = library.documents.write_award_list(args.decision, args.output, sort=args.sort)
    print(f"Đã ghi {written.record} vào {written.path}")
    return EXIT_OK


def _cmd_decision(args: argparse.Namespace) -> int:
    from desktop.services.documents import reward_money

    library = open_library(args)
    # The reward stored with the decision, each part overridden by the options given.
    stored = library.documents.stored_reward(args.decision)
    reward = reward_money(args.reward_person, args.reward_collective, args.reward_fund, stored)
    written = library.documents.write_decision(args.decision, args.output, reward=reward)
    print(f"Đã ghi dự thảo {written.record} vào {written.path}")
    return EXIT_OK


def add_import_recipients(command: AddCommand) -> None:
    p = command(
        "import-recipients",
        _cmd_import_recipients,
        "thêm danh sách người/tập thể được khen từ Excel hoặc CSV vào một quyết định",
    )
    p.add_argument("file", metavar="FILE.xlsx|.xls|.csv")
    p.add_argument("--decision", required=True, metavar="DECISION", help="mã hoặc số quyết định")
    p.add_argument("--replace", action="store_true", help="thay cả danh sách thay vì thêm vào")


def add_award_list(command: AddCommand) -> None:
    p = command("award-list", _cmd_award_list, "ghi danh sách kèm theo một quyết định")
    font_options(p)
    p.add_argument("decision", metavar="DECISION", help="mã hoặc số quyết định (15-QĐ/BTGTU)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.xlsx|OUT.docx")
    p.add_argument(
        "--sort",
        choices=("list", "ten"),
        default="list",
        help="list: theo thứ tự trong quyết định (mặc định); ten: theo tên (tên, đệm, họ)",
    )


def add_decision(command: AddCommand) -> None:
    p = command("decision", _cmd_decision, "ghi dự thảo quyết định khen thưởng")
    font_options(p)
    p.add_argument("decision", metavar="DECISION", help="mã hoặc số quyết định (15-QĐ/BTGTU)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.docx")
    p.add_argument("--tien-thuong-ca-nhan", dest="reward_person", metavar="ĐỒNG")
    p.add_argument("--tien-thuong-tap-the", dest="reward_collective", metavar="ĐỒNG")
    p.add_argument(
        "--quy",
        dest="reward_fund",
        default=None,
        metavar="NGUỒN",
        help="điều về tiền thưởng: trích từ (Quỹ thi đua, khen thưởng của …)",
    )
