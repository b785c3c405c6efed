"""Statistics of awards by year: ``stats``, ``year-report``."""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import EXIT_OK, AddCommand, open_library
from desktop.services.errors import InvalidInput


def _cmd_stats(args: argparse.Namespace) -> int:
    from desktop.services import statistics as st

    statistics = open_library(args).statistics
    if args.years:
        first, last = st.parse_years(args.years)
    else:
        span = statistics.year_span()
        first = last = span[1] if span else st.parse_years(None)[0]
    result = statistics.statistics(first, last, args.by)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Thống kê khen thưởng {result.period}, theo {st.GROUP_LABELS[args.by].lower()}")
    if not result.rows:
        print("Không có quyết định khen thưởng nào trong khoảng này.")
        return EXIT_OK
    grouped = args.by != "form"
    header = [st.GROUP_LABELS[args.by]] + (["Hình thức"] if grouped else [])
    table = [[*header, "Tập thể", "Cá nhân", "Cộng"]]
    for row in result.rows:
        label = [row.group, row.form] if grouped else [row.form]
        table.append([*label, *(str(n) for n in (row.tally.collectives, row.tally.people))])
        table[-1].append(str(row.tally.total))
    total = result.total
    table.append(
        ["Tổng cộng", *([""] if grouped else []), str(total.collectives), str(total.people)]
    )
    table[-1].append(str(total.total))
    text_columns = len(header)
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for r in table:
        cells = [
            c.ljust(w) if i < text_columns else c.rjust(max(w, 7))
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    print()
    for line in result.lines():
        print(line)
    return EXIT_OK


def _cmd_year_report(args: argparse.Namespace) -> int:
    from desktop.services.statistics import parse_years

    year = parse_years(args.year)
    if year[0] != year[1]:
        raise InvalidInput("Bảng tổng hợp làm cho một năm (ví dụ 2024), không cho khoảng năm")
    library = open_library(args)
    written = library.statistics.write_year_report(year[0], args.output, body=args.body)
    print(f"Đã ghi {written.record} vào {written.path}")
    return EXIT_OK


def add_stats(command: AddCommand) -> None:
    p = command("stats", _cmd_stats, "thống kê khen thưởng theo năm: tập thể, cá nhân")
    p.add_argument(
        "years",
        nargs="?",
        metavar="NĂM|TỪ-ĐẾN",
        help="một năm (2024) hoặc khoảng năm (2023-2024); mặc định: năm gần nhất có quyết định",
    )
    p.add_argument(
        "--by",
        choices=("form", "body", "unit", "meeting"),
        default="form",
        help="form: hình thức khen (mặc định); body: cơ quan khen; unit: đơn vị; meeting: hội nghị",
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def add_year_report(command: AddCommand) -> None:
    p = command(
        "year-report",
        _cmd_year_report,
        "ghi bảng tổng hợp kết quả khen thưởng năm … ra PDF, Word hoặc Excel",
    )
    p.add_argument("year", metavar="NĂM")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.docx|OUT.xlsx")
    p.add_argument(
        "--body",
        metavar="CƠ QUAN",
        help="cơ quan khen thưởng (tên hoặc chữ viết tắt), khi năm đó có nhiều cơ quan",
    )
