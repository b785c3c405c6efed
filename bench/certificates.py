"""Benchmark: 1,000 certificates from the database to one PDF.

Compares, in one run on this machine:

* **ours, in-process** (the GUI is already running): ``issue_certificates`` — decision read
  from SQLite, every text checked (glyphs, fit), PDF rendered, written atomically, 1,000 issue
  log rows stored — and the renderer alone;
* **bare reportlab loop**, same process, same fonts, same page: the static part (art and fixed
  text) drawn once as a Form XObject, then per page only ``drawCentredString`` of the variable
  fields at their nominal size (no checks, no fitting, no log) — the floor for reportlab;
* **Typst** through its PyPI binding (``typst``), warm compiler, same data and fonts, fields
  placed at the same positions (its border is plain rules: Typst has no Form XObject);
* **whole CLI processes**: ``vinhdanh certificates`` against a cold ``python`` process running
  the bare loop over the same database rows.

Goals (issue 3): in-process ≤ 1.5× the bare loop and faster than Typst; CLI ≤ 1.5× a bare cold
loop; the PDF ≤ 3 MB and the CLI's peak memory ≤ 100 MB for 1,000 pages.

Run: ``.venv/bin/python bench/certificates.py [--count 1000] [--repeat 5] [--json]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEMPLATE = "giay-khen-dang"
KEY = "99-QĐ/BENCH"


def build_database(path: Path, count: int) -> str:
    """A database with the sample conference and one decision of ``count`` awards."""
    from desktop.domain.records import Award
    from desktop.services.packages import load_package
    from desktop.storage.database import open_database
    from desktop.storage.decisions import DecisionStore

    db = open_database(path)
    load_package(db, ROOT / "resources" / "demo" / "hoi-nghi-tong-ket-2023.json")
    store = DecisionStore(db)
    model = store.find("15-QĐ/BTGTU")
    awards = []
    for index in range(count):
        source = model.awards[index % len(model.awards)]
        awards.append(
            Award(
                kind=source.kind,
                name=f"{source.name} {index + 1}",
                title=source.title,
                unit=source.unit,
                reason=source.reason,
                position=index + 1,
            )
        )
    model.id, model.number, model.awards = "", KEY, awards
    for award in model.awards:
        award.id = ""
    store.add(model)
    db.close()
    return KEY


def _rounds(repeat: int, contenders: dict[str, Callable[[], Any]]) -> dict[str, float]:
    """Best time of each contender over ``repeat`` rounds, each round running all of them.

    Interleaving keeps a busy moment of the machine (other work on its two cores) from
    falling on one contender only.
    """
    for run in contenders.values():
        run()  # warm: fonts parsed, modules imported, caches filled
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(repeat):
        for name, run in contenders.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


# -- the bare reportlab loop ---------------------------------------------------------------


def bare_loop(rows: list[dict[str, str]], shared: dict[str, str], out: Path) -> None:
    """The same page with the same fonts: static part as a Form XObject, variable text drawn."""
    import io

    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents import fonts
    from desktop.documents.certificates.art import draw_art
    from desktop.documents.certificates.template import find_template

    template = find_template(TEMPLATE)
    fonts.register_serif()
    width, height = template.width_mm * mm, template.height_mm * mm
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        invariant=1,
        pageCompression=1,
        initialFontName=fonts.SERIF,
    )
    canvas.setViewerPreference("PrintScaling", "None")
    per_award = []
    canvas.beginForm("art")
    draw_art(canvas, template.art, width, height)
    canvas.endForm()
    for kind in ("person", "collective"):
        canvas.beginForm(f"static-{kind}")
        canvas.doForm("art")
        for field in template.fields_for(kind, "full"):  # type: ignore[arg-type]
            font = fonts.face_font(field.font, bold=field.bold, italic=field.italic)
            x = (field.x_mm + field.width_mm / 2) * mm
            y = height - (field.y_mm + field.height_mm * 0.7) * mm
            if field.pattern.per_award:
                per_award.append((kind, field, font, x, y, HexColor(field.colour)))
                continue
            canvas.setFont(font, field.size)
            canvas.setFillColor(HexColor(field.colour))
            text = field.pattern.fill(shared)
            canvas.drawCentredString(x, y, text.upper() if field.upper else text)
        canvas.endForm()
    for row in rows:
        canvas.doForm(f"static-{row['kind']}")
        values = {**shared, **row}
        for kind, field, font, x, y, colour in per_award:
            if kind != row["kind"]:
                continue
            canvas.setFont(font, field.size)
            canvas.setFillColor(colour)
            canvas.drawCentredString(x, y, field.pattern.fill(values))
        canvas.showPage()
    canvas.save()
    out.write_bytes(buffer.getvalue())


def award_rows(db_path: Path, key: str) -> list[dict[str, str]]:
    """The awards as plain rows, read with sqlite3 as a hand-written loop would."""
    connection = sqlite3.connect(db_path)
    connection.row_factory = sqlite3.Row
    sql = (
        "select a.kind, a.name, a.title, a.unit, a.reason from awards a join decisions d "
        "on d.id = a.decision_id where d.number = ? order by a.position"
    )
    rows = []
    for row in connection.execute(sql, [key]):
        rows.append(
            {
                "kind": row["kind"],
                "ten": row["name"],
                "danh_xung": "Tập thể" if row["kind"] == "collective" else "Đồng chí",
                "chuc_vu": row["title"],
                "don_vi": row["unit"],
                "chuc_vu_don_vi": ", ".join(p for p in (row["title"], row["unit"]) if p),
                "thanh_tich": row["reason"]
                or "Đã có thành tích hoàn thành xuất sắc nhiệm vụ công tác tuyên giáo năm 2023",
                "so_vao_so": "",
            }
        )
    connection.close()
    return rows


def shared_values() -> dict[str, str]:
    """The decision-wide values of the benchmark decision."""
    return {
        "hinh_thuc": "Giấy khen",
        "so_quyet_dinh": KEY,
        "ngay_quyet_dinh": "ngày 03 tháng 01 năm 2024",
        "ngay_quyet_dinh_so": "03/01/2024",
        "nam": "2024",
        "dia_danh_ngay": "Bắc Giang, ngày 03 tháng 01 năm 2024",
        "co_quan": "Ban Tuyên giáo",
        "co_quan_cap_tren": "Tỉnh ủy Bắc Giang",
        "co_quan_day_du": "Ban Tuyên giáo Tỉnh ủy Bắc Giang",
        "tien_to_ky": "",
        "chuc_vu_nguoi_ky": "Trưởng Ban",
        "ten_nguoi_ky": "Nguyễn Văn Phong",
    }


# -- Typst ----------------------------------------------------------------------------------

TYPST_SOURCE = r"""
#let data = json(bytes(sys.inputs.data))
#set page(width: 297mm, height: 210mm, margin: 0mm)
#set text(font: "Tinos", size: 14pt, lang: "vi")
#let field(x, y, w, h, body) = place(top + left, dx: x * 1mm, dy: y * 1mm,
  box(width: w * 1mm, height: h * 1mm, align(center + horizon, body)))
#for r in data.rows [
  #place(top + left, dx: 7mm, dy: 7mm, rect(width: 283mm, height: 196mm,
    stroke: 1.2pt + rgb("#C8102E")))
  #place(top + left, dx: 17mm, dy: 17mm, rect(width: 263mm, height: 176mm,
    stroke: 1pt + rgb("#D4A017")))
  #field(33.5, 34, 230, 7, text(weight: "bold", fill: rgb("#C8102E"))[ĐẢNG CỘNG SẢN VIỆT NAM])
  #field(33.5, 41.5, 230, 12, text(weight: "bold")[#upper(data.shared.co_quan_day_du)])
  #field(33.5, 55, 230, 6.5, text(weight: "bold", size: 13.5pt)[TẶNG])
  #field(33.5, 61.5, 230, 18, text(font: "Playfair Display", weight: "bold", size: 34pt,
    fill: rgb("#C8102E"))[GIẤY KHEN])
  #if r.kind == "person" [
    #field(33.5, 83, 230, 7, text(style: "italic", size: 13.5pt)[Đồng chí])
    #field(33.5, 90, 230, 18, text(font: "Dancing Script", size: 30pt,
      fill: rgb("#7A0A12"))[#r.ten])
    #field(33.5, 108, 230, 12, text(style: "italic", size: 14.5pt)[#r.chuc_vu_don_vi])
    #field(33.5, 121, 230, 23, text(size: 15pt)[#r.thanh_tich])
  ] else [
    #field(33.5, 83, 230, 7, text(style: "italic", size: 13.5pt)[#r.danh_xung])
    #field(33.5, 89, 230, 25, text(weight: "bold", size: 22pt, fill: rgb("#7A0A12"))[#r.ten])
    #field(33.5, 116, 230, 28, text(size: 15pt)[#r.thanh_tich])
  ]
  #field(30, 164, 110, 6.5, text(size: 13pt)[Quyết định số #data.shared.so_quyet_dinh])
  #field(30, 170.5, 110, 6.5, text(style: "italic", size: 13pt)[#data.shared.ngay_quyet_dinh])
  #field(160, 146, 110, 7, text(style: "italic", size: 13pt)[#data.shared.dia_danh_ngay])
  #field(160, 153, 110, 7, text(weight: "bold", size: 13.5pt)[TRƯỞNG BAN])
  #field(160, 178, 110, 8, text(weight: "bold", size: 14.5pt)[#data.shared.ten_nguoi_ky])
  #pagebreak(weak: true)
]
"""


def typst_setup(rows: list[dict[str, str]], folder: Path) -> Callable[[], bytes] | None:
    """A warm Typst compiler over the same data, or None when the binding is not installed."""
    try:
        import typst
    except ImportError:
        return None
    source = folder / "certificates.typ"
    source.write_text(TYPST_SOURCE, encoding="utf-8")
    font_dirs = [str(p) for p in (ROOT / "resources" / "fonts").iterdir() if p.is_dir()]
    # Typst memoises layout between compilations: a new name suffix each run makes it lay out
    # every page again, as a new batch would (the fonts and the static parts stay warm).
    variants = [
        json.dumps(
            {"rows": [{**r, "ten": f"{r['ten']} {run}"} for r in rows], "shared": shared_values()},
            ensure_ascii=False,
        )
        for run in range(32)
    ]
    compiler = typst.Compiler(
        str(source),
        font_paths=font_dirs,
        ignore_system_fonts=True,
        sys_inputs={"data": variants[0]},
    )
    counter = iter(range(1, 10**6))

    def run() -> bytes:
        data = variants[next(counter) % len(variants)]
        return bytes(compiler.compile(format="pdf", sys_inputs={"data": data}))

    return run


# -- whole processes ------------------------------------------------------------------------


def _process(command: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of one child process.

    Memory comes from GNU time (``/usr/bin/time -f %M``) where it is installed: a child's
    ``ru_maxrss`` from ``wait4`` would include the pages it shared with this (large) process
    between fork and exec.
    """
    gnu_time = Path("/usr/bin/time")
    report = None
    if gnu_time.exists():
        handle, name = tempfile.mkstemp(suffix=".time")
        os.close(handle)
        report = Path(name)
        command = [str(gnu_time), "-q", "-f", "%M", "-o", str(report), *command]
    start = time.perf_counter()
    child = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if child.returncode:
        raise RuntimeError(f"{command[:6]} failed: {child.stderr.decode()}")
    peak_mb = float("nan")
    if report is not None:
        peak_mb = int(report.read_text().split()[-1]) / 1024
        report.unlink()
    return elapsed, peak_mb


def bare_cold_main(db_path: str, out: str) -> None:
    """Entry of the cold bare-loop child process."""
    bare_loop(award_rows(Path(db_path), KEY), shared_values(), Path(out))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--bare-cold", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare_cold:
        bare_cold_main(*args.bare_cold)
        return 0

    from desktop.documents.certificates.pdf import CertificateRenderer
    from desktop.documents.certificates.template import find_template
    from desktop.services.certificates import issue_certificates
    from desktop.storage.database import open_database
    from desktop.storage.decisions import DecisionStore

    results: dict[str, Any] = {"count": args.count, "repeat": args.repeat}
    with tempfile.TemporaryDirectory(prefix="vd-bench-") as temp:
        folder = Path(temp)
        db_path = folder / "bench.db"
        key = build_database(db_path, args.count)
        # Whole processes first, while this process is still small and holds no connection.
        python = sys.executable
        cli = [
            python,
            "-m",
            "desktop.cli",
            "--db",
            str(db_path),
            "certificates",
            key,
            "-o",
            str(folder / "cli.pdf"),
            "--template",
            TEMPLATE,
        ]
        cold = [
            python,
            str(Path(__file__).resolve()),
            "--bare-cold",
            str(db_path),
            str(folder / "cold.pdf"),
        ]
        repeat = max(3, args.repeat // 2)
        cli_runs, cold_runs = [], []
        for _ in range(repeat):  # interleaved, so a busy moment hurts both alike
            cli_runs.append(_process(cli))
            cold_runs.append(_process(cold))
        results["cli_s"] = min(r[0] for r in cli_runs)
        results["cli_peak_mb"] = max(r[1] for r in cli_runs)
        results["bare_cold_s"] = min(r[0] for r in cold_runs)
        results["bare_cold_peak_mb"] = max(r[1] for r in cold_runs)
        results["cli_pdf_bytes"] = (folder / "cli.pdf").stat().st_size

        db = open_database(db_path)
        out = folder / "ours.pdf"
        now = dt.datetime(2024, 1, 3, tzinfo=dt.UTC)
        decision = DecisionStore(db).find(key)
        template = find_template(TEMPLATE)
        rows = award_rows(db_path, key)
        shared = shared_values()
        bare_out = folder / "bare.pdf"
        contenders: dict[str, Callable[[], Any]] = {
            "ours_in_process_s": lambda: issue_certificates(
                db, key, out, template=TEMPLATE, now=now
            ),
            "ours_render_only_s": lambda: CertificateRenderer(template).render(decision),
            "bare_in_process_s": lambda: bare_loop(rows, shared, bare_out),
        }
        typst_run = typst_setup(rows, folder)
        if typst_run is not None:
            contenders["typst_warm_s"] = typst_run
        results.update(_rounds(args.repeat, contenders))
        results.setdefault("typst_warm_s", None)
        results["ours_pdf_bytes"] = out.stat().st_size
        results["bare_pdf_bytes"] = bare_out.stat().st_size
        if typst_run is not None:
            results["typst_pdf_bytes"] = len(typst_run())
        db.close()

    results["ratio_in_process_vs_bare"] = (
        results["ours_in_process_s"] / results["bare_in_process_s"]
    )
    results["ratio_render_vs_bare"] = results["ours_render_only_s"] / results["bare_in_process_s"]
    if results["typst_warm_s"]:
        results["ratio_in_process_vs_typst"] = (
            results["ours_in_process_s"] / results["typst_warm_s"]
        )
    results["ratio_cli_vs_bare_cold"] = results["cli_s"] / results["bare_cold_s"]
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    n = args.count
    print(f"{n} certificates, template {TEMPLATE}, best of {args.repeat} (processes: {repeat})")
    print(
        f"  ours, in-process (DB → checks → PDF file → log)  {results['ours_in_process_s']:.3f} s"
    )
    print(
        f"  ours, renderer only                             {results['ours_render_only_s']:.3f} s"
    )
    print(f"  bare reportlab loop, Form XObject               {results['bare_in_process_s']:.3f} s")
    if results["typst_warm_s"]:
        print(
            f"  Typst {_typst_version()}, warm compiler                  "
            f"{results['typst_warm_s']:.3f} s"
        )
    else:
        print("  Typst: the `typst` package is not installed — skipped")
    print(
        f"  CLI process, end to end                         {results['cli_s']:.3f} s, "
        f"peak {results['cli_peak_mb']:.0f} MB"
    )
    print(
        f"  bare cold process                               {results['bare_cold_s']:.3f} s, "
        f"peak {results['bare_cold_peak_mb']:.0f} MB"
    )
    print(
        f"  PDF size: ours {results['ours_pdf_bytes'] / 1e6:.2f} MB, "
        f"bare {results['bare_pdf_bytes'] / 1e6:.2f} MB"
        + (f", Typst {results['typst_pdf_bytes'] / 1e6:.2f} MB" if results["typst_warm_s"] else "")
    )
    print("Ratios (goal):")
    print(f"  in-process / bare loop   {results['ratio_in_process_vs_bare']:.2f}  (≤ 1.5)")
    print(f"  renderer / bare loop     {results['ratio_render_vs_bare']:.2f}")
    if results["typst_warm_s"]:
        print(f"  in-process / Typst       {results['ratio_in_process_vs_typst']:.2f}  (< 1)")
    print(f"  CLI / bare cold process  {results['ratio_cli_vs_bare_cold']:.2f}  (≤ 1.5)")
    return 0


def _typst_version() -> str:
    try:
        from importlib.metadata import version

        return version("typst")
    except Exception:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
