"""The ``vinhdanh`` command: the GUI with no command, headless commands otherwise.

Thin over desktop.services: each command parses its arguments, calls one service and prints
the outcome. A user's mistake (bad file, unknown decision, file open in Word) is one clear line
on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import typing
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from sqlite_utils import Database

from desktop import __version__, paths
from desktop.exchange.meeting_package import PackageError
from desktop.services import backup, data_location, directory, errors, library, recipients
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


PACKAGE_SUFFIXES = (".vinhdanh", ".json")
"""Meeting packages: the program's own extension (opened by double-click) and plain JSON."""


def _open(args: argparse.Namespace) -> Database:
    path = _database_path(args)
    warning = data_location.network_warning(path)
    if warning:
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    return library.open_library(path)


# -- commands -------------------------------------------------------------------------------


def _cmd_load(args: argparse.Namespace) -> int:
    db = _open(args)
    result = library.load_package(db, args.package)
    print(
        f'Đã thêm hội nghị "{result.title}" với {len(result.decision_ids)} quyết định, '
        f"{result.awards} người/tập thể được khen (mã hội nghị {result.meeting_id})."
    )
    for warning in result.warnings:
        print(f"Lưu ý: {warning}", file=sys.stderr)
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
    # Read-only: never opened through open_library (which would create or migrate the file).
    report = library.check_database_file(_database_path(args))
    for line in report.summary:
        print(line)
    if report.problems:
        for problem in report.problems:
            print(f"LỖI: {problem}", file=sys.stderr)
        return EXIT_ERROR
    print("Cơ sở dữ liệu toàn vẹn.")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    database = _database_path(args)
    target = backup.backup_database(database, Path(args.output) if args.output else None)
    print(f"Đã sao lưu {database} vào {target}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    database = _database_path(args)
    safety = backup.restore_database(Path(args.backup), database)
    print(f"Đã khôi phục {database} từ {args.backup}.")
    if safety is not None:
        print(f"Dữ liệu trước đó được giữ ở {safety}")
    return EXIT_OK


def _cmd_import_recipients(args: argparse.Namespace) -> int:
    db = _open(args)
    result = recipients.import_recipients(db, args.file, args.decision, replace=args.replace)
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


def _database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_database_path()


def _package_to_open(argv: Sequence[str]) -> Path | None:
    """The package named as the only argument (a double-click in Explorer), else None."""
    if len(argv) != 1 or argv[0].startswith("-"):
        return None
    path = Path(argv[0])
    if path.suffix.lower() not in PACKAGE_SUFFIXES:
        return None
    return path


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


def _start_gui(
    db_path: Path | None, smoke_test: bool = False, open_package: Path | None = None
) -> int:
    # Imported here so that headless commands never load Qt.
    try:
        from desktop.ui import app
    except ImportError:
        print("Giao diện cửa sổ chưa có trong phiên bản này; hãy dùng các lệnh (vinhdanh --help).")
        return EXIT_OK
    return int(app.run(db_path, smoke_test=smoke_test, open_package=open_package))


# -- certificates: handlers (desktop.services.certificates) --------------------------------


def _cmd_certificates(args: argparse.Namespace) -> int:
    from desktop.services import certificates

    db = _open(args)
    try:
        result = certificates.issue_certificates(
            db,
            args.decision,
            args.output,
            template=args.template,
            preprinted=args.preprinted,
            printer=args.printer or "",
            split_dir=args.split,
            force=args.force,
            allow_mismatch=args.force,
            prefer_windows_times=args.windows_times,
            awards=args.recipient,
            draft=args.draft,
        )
    except certificates.CertificateProblems as exc:
        people = sorted({p.recipient for p in exc.problems})
        hint = (
            "sửa dữ liệu hoặc chọn mẫu có phông khác"
            if any(p.kind == "glyph" for p in exc.problems)
            else "sửa dữ liệu hoặc dùng --force để cắt bớt chữ không vừa khung"
        )
        print(
            f"vinhdanh: không ghi tệp nào — {len(people)} {exc.form} có chữ không in được "
            f"({hint}):",
            file=sys.stderr,
        )
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_ERROR
    except certificates.CertificateError as exc:
        raise UserError(str(exc)) from None
    for note in result.notes:
        print(f"Lưu ý: {note}", file=sys.stderr)
    for problem in result.clipped:
        print(f"Cảnh báo: đã cắt bớt cho vừa khung — {problem}", file=sys.stderr)
    mode = "in trên phôi" if args.preprinted else "in toàn bộ"
    print(
        f"Đã ghi {result.pages} {result.form} (mẫu {result.template} {result.template_version}, "
        f"{mode}) vào {len(result.files)} tệp:"
    )
    if args.draft:
        print("Bản nháp: không ghi vào sổ giấy khen đã in (vinhdanh issued).")
    for path in result.files[:5]:
        print(f"  {path}")
    if len(result.files) > 5:
        print(f"  … và {len(result.files) - 5} tệp khác")
    return EXIT_OK


def _millimetres(text: str) -> float:
    """An offset as typed: "0,5" (Vietnamese decimal comma) or "0.5"."""
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"độ lệch “{text}” không phải là số (ví dụ 0,5)") from None


def _cmd_calibration(args: argparse.Namespace) -> int:
    from desktop.services import certificates

    db = _open(args)
    if args.set_offset is not None:
        if not args.printer:
            raise UserError("Hãy cho biết tên máy in (--printer NAME) để lưu độ lệch")
        x, y = args.set_offset
        saved = certificates.set_printer_offsets(db, args.printer, x, y, args.paper)
        print(
            f"Đã lưu độ lệch cho máy in “{saved.name}”, khổ {saved.paper}: "
            f"X = {saved.offset_x_mm:+g} mm, Y = {saved.offset_y_mm:+g} mm"
        )
    if args.output:
        try:
            path = certificates.write_calibration_sheet(
                args.output, paper=args.paper, db=db, printer=args.printer or ""
            )
        except certificates.CertificateError as exc:
            raise UserError(str(exc)) from None
        print(f"Đã ghi trang căn chỉnh {path}; in ở cỡ thực (100 %) rồi đo theo hướng dẫn.")
    if args.set_offset is None and not args.output:
        known = certificates.printers(db)
        if not known:
            print("Chưa có máy in nào được căn chỉnh.")
        for printer in known:
            print(
                f"{printer.name}, khổ {printer.paper}: X = {printer.offset_x_mm:+g} mm, "
                f"Y = {printer.offset_y_mm:+g} mm"
            )
    return EXIT_OK


def _cmd_issued(args: argparse.Namespace) -> int:
    from desktop.services import certificates

    db = _open(args)
    decision, lines = certificates.issued(db, args.decision)
    if args.json:
        rows = [
            {
                **asdict(line.issue),
                "issued_at": line.issue.issued_at.isoformat(),
                "recipient": line.recipient,
                "position": line.position,
            }
            for line in lines
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not lines:
        print(f"Quyết định {decision.number}: chưa in {certificates.form_label(decision)} nào.")
        return EXIT_OK
    print(f"Quyết định {decision.number}: {len(lines)} lần in")
    for line in lines:
        issue = line.issue
        where = f", máy in {issue.printer}" if issue.printer else ""
        again = f", in lại thay lần {issue.reissue_of[:8]}" if issue.reissue_of else ""
        local = issue.issued_at.astimezone()  # the log keeps UTC; the user reads local time
        print(
            f"{line.position:>3}. {line.recipient} — {local:%d/%m/%Y %H:%M} — "
            f"{issue.template} {issue.template_version}{where}{again}  [{issue.id[:8]}]"
        )
    return EXIT_OK


# -- end certificates: handlers --


# -- documents: handlers (desktop.services.documents) --------------------------------------


def _cmd_minutes(args: argparse.Namespace) -> int:
    from desktop.services import documents

    written = documents.write_minutes(_open(args), args.meeting, args.output)
    print(f"Đã ghi {written.record} vào {written.path}")
    return EXIT_OK


def _cmd_award_list(args: argparse.Namespace) -> int:
    from desktop.services import documents

    written = documents.write_award_list(_open(args), args.decision, args.output, sort=args.sort)
    print(f"Đã ghi {written.record} vào {written.path}")
    return EXIT_OK


def _cmd_decision(args: argparse.Namespace) -> int:
    from desktop.services import documents

    db = _open(args)
    # The reward stored with the decision, each part overridden by the options given.
    stored = documents.stored_reward(db, args.decision)
    reward = documents.reward_money(
        args.reward_person, args.reward_collective, args.reward_fund, stored
    )
    written = documents.write_decision(db, args.decision, args.output, reward=reward)
    print(f"Đã ghi dự thảo {written.record} vào {written.path}")
    return EXIT_OK


# -- end documents: handlers --


# -- directory: history, duplicates, merge (issue 13) --


def _cmd_history(args: argparse.Namespace) -> int:
    db = _open(args)
    entry = directory.find_entry(db, " ".join(args.recipient))
    awards = directory.history(db, entry.id)
    if args.json:
        found = {
            "id": entry.id,
            "kind": entry.kind,
            "name": entry.name,
            "title": entry.title,
            "unit": entry.unit,
            "awards": [{"year": a.year, **asdict(a)} for a in reversed(awards)],
        }
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return EXIT_OK
    who = ", ".join(part for part in (entry.title, entry.unit) if part)
    print(f"{KIND_LABELS[entry.kind]} {entry.name}" + (f" — {who}" if who else ""))
    if not awards:
        print("Chưa được khen lần nào.")
    for award in reversed(awards):  # oldest first: a history reads forward
        day = f"{award.date[8:10]}/{award.date[5:7]}/{award.date[:4]}"
        print(f"{award.year}  {award.award_form} — Quyết định số {award.number} ngày {day}")
        if award.reason:
            print(f"      {award.reason}")
    return EXIT_OK


def _cmd_duplicates(args: argparse.Namespace) -> int:
    db = _open(args)
    pairs = directory.duplicates(db)
    if args.json:
        print(json.dumps([asdict(p) for p in pairs], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not pairs:
        print("Không thấy người nào có thể bị nhập hai lần.")
    for pair in pairs:
        print(f"{pair.reason}:")
        for person in (pair.first, pair.second):
            where = ", ".join(part for part in (person.title, person.unit) if part)
            print(f"  {person.name} — {where} ({person.awards} lần khen)  [{person.id}]")
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    db = _open(args)
    kept = directory.find_entry(db, args.kept)
    merged = directory.find_entry(db, args.merged)
    if kept.kind != merged.kind:
        raise UserError(f"Không gộp được {merged.name} vào {kept.name}: một người, một tập thể")
    moved = directory.merge(db, kept.kind, kept.id, merged.id)
    print(
        f"Đã gộp {merged.name} [{merged.id}] vào {kept.name} [{kept.id}]: {moved} lần khen "
        "chuyển sang. Khôi phục bản ghi đã gộp từ Thùng rác để hoàn tác."
    )
    return EXIT_OK


# -- end directory: handlers --


# -- statistics: handlers (desktop.services.statistics) ------------------------------------


def _cmd_stats(args: argparse.Namespace) -> int:
    from desktop.services import statistics as st

    db = _open(args)
    if args.years:
        first, last = st.parse_years(args.years)
    else:
        span = st.year_span(db)
        first = last = span[1] if span else st.parse_years(None)[0]
    result = st.statistics(db, first, last, args.by)
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
    from desktop.services import statistics as st
    from desktop.services.year_report import write_year_report

    year = st.parse_years(args.year)
    if year[0] != year[1]:
        raise UserError("Bảng tổng hợp làm cho một năm (ví dụ 2024), không cho khoảng năm")
    written = write_year_report(_open(args), year[0], args.output, body=args.body)
    print(f"Đã ghi {written.record} vào {written.path}")
    return EXIT_OK


# -- end statistics: handlers --


# -- parser ---------------------------------------------------------------------------------

SEARCH_LIMIT_MAX = 10_000

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

    p = command("load", _cmd_load, "thêm một gói hội nghị (.vinhdanh, .json) vào cơ sở dữ liệu")
    p.add_argument("package", metavar="PACKAGE.vinhdanh|.json")

    p = command("dump", _cmd_dump, "ghi một hội nghị và các quyết định ra gói .vinhdanh (JSON)")
    p.add_argument("meeting", metavar="MEETING", help="mã, tên hoặc ngày họp (2024-01-03)")
    p.add_argument("-o", "--output", metavar="FILE", help="tệp ghi ra (mặc định: màn hình)")

    p = command("search", _cmd_search, "tìm người, tập thể, hội nghị, quyết định (không dấu)")
    p.add_argument("text", nargs="+", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--limit", type=_limit, default=20, help="tối đa bao nhiêu kết quả mỗi loại")

    command("check", _cmd_check, "kiểm tra tính toàn vẹn của cơ sở dữ liệu")

    p = command(
        "import-recipients",
        _cmd_import_recipients,
        "thêm danh sách người/tập thể được khen từ Excel hoặc CSV vào một quyết định",
    )
    p.add_argument("file", metavar="FILE.xlsx|.xls|.csv")
    p.add_argument("--decision", required=True, metavar="DECISION", help="mã hoặc số quyết định")
    p.add_argument("--replace", action="store_true", help="thay cả danh sách thay vì thêm vào")

    p = command("backup", _cmd_backup, "sao lưu cơ sở dữ liệu ra một tệp")
    p.add_argument("-o", "--output", metavar="FILE", help="tệp sao lưu (mặc định: thư mục backups)")

    p = command("restore", _cmd_restore, "khôi phục cơ sở dữ liệu từ một bản sao lưu")
    p.add_argument("backup", metavar="FILE")
    command("demo", _cmd_demo, "mở ứng dụng trên cơ sở dữ liệu mẫu mới (hội nghị mẫu)")

    # -- commands of desktop.services.certificates (certificates, calibration, issued) ------
    p = command(
        "certificates", _cmd_certificates, "in giấy khen, giấy chứng nhận, bằng khen ra PDF"
    )
    _font_options(p)
    p.add_argument("decision", metavar="DECISION", help="mã hoặc số quyết định (15-QĐ/BTGTU)")
    p.add_argument("-o", "--output", metavar="OUT.pdf", help="một tệp PDF, mỗi trang một giấy")
    p.add_argument("--template", metavar="NAME", help="mẫu (mặc định theo hình thức khen)")
    p.add_argument("--preprinted", action="store_true", help="chỉ in phần chữ thay đổi (phôi)")
    p.add_argument(
        "--printer",
        metavar="NAME",
        help="áp dụng độ lệch đã lưu của máy in này cho khổ giấy của mẫu",
    )
    p.add_argument("--split", metavar="DIR", help="mỗi người một tệp PDF trong thư mục này")
    p.add_argument(
        "--force",
        action="store_true",
        help="ghi cả khi chữ không vừa khung (cắt bớt) hoặc mẫu không hợp hình thức khen/cơ quan",
    )
    p.add_argument(
        "--draft",
        action="store_true",
        help="bản nháp để xem lại: ghi tệp nhưng không ghi vào sổ giấy khen đã in",
    )
    p.add_argument(
        "--recipient",
        action="append",
        metavar="NAME|STT",
        help="chỉ in cho người này (tên hoặc số thứ tự trong danh sách; lặp lại được)",
    )

    p = command("calibration", _cmd_calibration, "trang căn chỉnh máy in và độ lệch máy in")
    _font_options(p)
    p.add_argument("-o", "--output", metavar="SHEET.pdf", help="ghi trang căn chỉnh")
    p.add_argument(
        "--paper",
        default="A4",
        help="khổ giấy của trang căn chỉnh và của độ lệch: A4, A3, A5 (mỗi khổ một độ lệch)",
    )
    p.add_argument("--printer", metavar="NAME", help="tên máy in")
    p.add_argument(
        "--set-offset",
        nargs=2,
        type=_millimetres,
        metavar=("X", "Y"),
        help="lưu độ lệch X, Y (mm; 0,5 hay 0.5)",
    )

    p = command(
        "issued", _cmd_issued, "các giấy khen, giấy chứng nhận, bằng khen đã in của một quyết định"
    )
    p.add_argument("decision", metavar="DECISION")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    # -- end certificates --

    # -- commands of desktop.services.directory (history, duplicates, merge) ----------------
    p = command("history", _cmd_history, "các lần khen của một người hoặc tập thể, theo năm")
    p.add_argument(
        "recipient", nargs="+", metavar="NAME|ID", help="họ tên (không dấu được) hoặc mã"
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    p = command("duplicates", _cmd_duplicates, "những người có thể bị nhập hai lần trong danh bạ")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    p = command("merge", _cmd_merge, "gộp hai bản ghi của cùng một người (hoàn tác ở Thùng rác)")
    p.add_argument("kept", metavar="KEPT", help="mã (hoặc tên) bản ghi giữ lại")
    p.add_argument("merged", metavar="MERGED", help="mã (hoặc tên) bản ghi gộp vào và bỏ đi")
    # -- end directory --

    # -- commands of desktop.services.documents (minutes, award-list, decision) --------------
    p = command("minutes", _cmd_minutes, "ghi biên bản một hội nghị ra PDF hoặc Word")
    _font_options(p)
    p.add_argument("meeting", metavar="MEETING", help="mã, tên hoặc ngày họp (2024-01-03)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.docx")

    p = command("award-list", _cmd_award_list, "ghi danh sách kèm theo một quyết định")
    _font_options(p)
    p.add_argument("decision", metavar="DECISION", help="mã hoặc số quyết định (15-QĐ/BTGTU)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.xlsx|OUT.docx")
    p.add_argument(
        "--sort",
        choices=("list", "ten"),
        default="list",
        help="list: theo thứ tự trong quyết định (mặc định); ten: theo tên (tên, đệm, họ)",
    )

    p = command("decision", _cmd_decision, "ghi dự thảo quyết định khen thưởng")
    _font_options(p)
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
    # -- end documents --

    # -- commands of desktop.services.statistics (stats, year-report) ----------------------
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
    # -- end statistics --
    return parser


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


def _font_options(p: argparse.ArgumentParser) -> None:
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


def _window_font_setting() -> bool:
    """The window's setting "use Windows' Times New Roman" (its default, True, if unreadable)."""
    try:
        from desktop.ui import settings as app_settings  # QtCore only

        return bool(app_settings.value(app_settings.open_settings(), "fonts/windows_times"))
    except Exception:
        log.warning("cannot read the window's font setting", exc_info=True)
        return True


def _choose_font(args: argparse.Namespace) -> None:
    """Draw in the font the window would use (its stored setting, or ``--times-new-roman`` /
    ``--tinos``), so a document prints the same from both; say which when it is not the
    default of this PC (Windows' Times New Roman where installed, Tinos otherwise)."""
    from desktop.services import library

    installed = library.windows_times_new_roman_installed()
    prefer = args.font == "times" if args.font else _window_font_setting()
    library.prefer_windows_times_new_roman(prefer)
    args.windows_times = prefer and installed
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
            _choose_font(args)
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
    except BrokenPipeError:
        # The output went to a program that stopped reading (vinhdanh search … | head).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        # A library's error (SQLite, the OS) in the user's words; a bug goes to the log file.
        print(f"vinhdanh: {errors.user_message(exc) or errors.log_bug(exc)}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
