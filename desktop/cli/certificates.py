"""Certificates and printers: ``certificates``, ``calibration``, ``issued``."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from desktop.cli.common import EXIT_ERROR, EXIT_OK, AddCommand, font_options, open_library
from desktop.services.errors import InvalidInput


def _cmd_certificates(args: argparse.Namespace) -> int:
    from desktop.services.certificates import CertificateProblems

    library = open_library(args)
    try:
        result = library.certificates.issue_certificates(
            args.decision,
            args.output,
            template=args.template,
            preprinted=args.preprinted,
            printer=args.printer or "",
            split_dir=args.split,
            force=args.force,
            allow_mismatch=args.force,
            # Windows' Times New Roman when the preferences ask for it and it is installed.
            prefer_windows_times=library.windows_serif_in_use(),
            awards=args.recipient,
            draft=args.draft,
        )
    except CertificateProblems as exc:
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
    certificates = open_library(args).certificates
    if args.set_offset is not None:
        if not args.printer:
            raise InvalidInput("Hãy cho biết tên máy in (--printer NAME) để lưu độ lệch")
        x, y = args.set_offset
        saved = certificates.set_printer_offsets(args.printer, x, y, args.paper)
        print(
            f"Đã lưu độ lệch cho máy in “{saved.name}”, khổ {saved.paper}: "
            f"X = {saved.offset_x_mm:+g} mm, Y = {saved.offset_y_mm:+g} mm"
        )
    if args.output:
        path = certificates.write_calibration_sheet(
            args.output, paper=args.paper, printer=args.printer or ""
        )
        print(f"Đã ghi trang căn chỉnh {path}; in ở cỡ thực (100 %) rồi đo theo hướng dẫn.")
    if args.set_offset is None and not args.output:
        known = certificates.printers()
        if not known:
            print("Chưa có máy in nào được căn chỉnh.")
        for printer in known:
            print(
                f"{printer.name}, khổ {printer.paper}: X = {printer.offset_x_mm:+g} mm, "
                f"Y = {printer.offset_y_mm:+g} mm"
            )
    return EXIT_OK


def _cmd_issued(args: argparse.Namespace) -> int:
    from desktop.services.certificates import form_label

    decision, lines = open_library(args).certificates.issued(args.decision)
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
        print(f"Quyết định {decision.number}: chưa in {form_label(decision)} nào.")
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


def add_certificates(command: AddCommand) -> None:
    p = command(
        "certificates", _cmd_certificates, "in giấy khen, giấy chứng nhận, bằng khen ra PDF"
    )
    font_options(p)
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


def add_calibration(command: AddCommand) -> None:
    p = command("calibration", _cmd_calibration, "trang căn chỉnh máy in và độ lệch máy in")
    font_options(p)
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


def add_issued(command: AddCommand) -> None:
    p = command(
        "issued", _cmd_issued, "các giấy khen, giấy chứng nhận, bằng khen đã in của một quyết định"
    )
    p.add_argument("decision", metavar="DECISION")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
