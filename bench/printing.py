"""Benchmark: certificates sent to a printer, beside writing the same certificates to a PDF.

The printer is Qt's PDF printer at high resolution (1200 dpi, as many office laser drivers
report), with the file it spools measured as its size. Compared in one run:

* **PDF export** of the certificates (``issue_certificates`` as a draft): the baseline;
* **print, vector** — what the window does: ``print_job`` lays the certificates out from the
  database, ``ui.certificate_printing`` draws every text as text and the art once (rendered at
  300 dpi, stored once in the spooled file);
* **print, raster capped** at ``printing.PRINT_DPI`` (600) and scaled by the printer (the path
  before the vector one), each page of the exported PDF rasterised by pypdfium2;
* **print, raster at the printer's own 1200 dpi** (the first release's path), on fewer pages
  (``--old-count``) and scaled to the same count, since it takes minutes.

Goal (issue 14): 120 certificates spooled in under 60 s on this machine.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/printing.py [--count 120] [--old-count 6]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--old-count", type=int, default=6)
    args = parser.parse_args()

    from certificates import build_database  # bench/certificates.py
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desktop.services.certificates import issue_certificates, print_job
    from desktop.storage.database import open_database
    from desktop.ui import printing
    from desktop.ui.certificate_printing import print_certificates

    app = QApplication.instance() or QApplication([])
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        key = build_database(work / "bench.db", args.count)
        db = open_database(work / "bench.db")

        started = time.perf_counter()
        pdf = work / "certificates.pdf"
        issue_certificates(db, key, pdf, draft=True, force=True)
        export_s = time.perf_counter() - started
        data = pdf.read_bytes()

        def pdf_printer(out: Path) -> QPrinter:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setResolution(1200)
            printer.setOutputFileName(str(out))
            return printer

        vector_pdf = work / "spooled-vector.pdf"
        begin = time.perf_counter()
        job = print_job(db, key, draft=True, force=True)  # from the database, as the window
        printed = print_certificates(job.layout, pdf_printer(vector_pdf))
        vector_s = time.perf_counter() - begin
        assert printed == args.count, printed
        vector_bytes = vector_pdf.stat().st_size

        def spool(max_dpi: int, pages: int) -> tuple[float, int]:
            out = work / f"spooled-{max_dpi}.pdf"
            printer = pdf_printer(out)
            begin = time.perf_counter()
            printed = printing.print_pdf(
                data, printer, max_dpi=max_dpi, progress=lambda done, total: done < pages
            )
            seconds = time.perf_counter() - begin
            assert printed == pages, (printed, pages)
            return seconds, out.stat().st_size

        capped_s, capped_bytes = spool(printing.PRINT_DPI, args.count)
        old_s, old_bytes = spool(0, args.old_count)
        scale = args.count / args.old_count
        db.close()

    mb = 1024 * 1024
    print(f"{args.count} certificates, printer at 1200 dpi (Qt PDF printer), one run:")
    print(f"  PDF export (baseline)       {export_s:7.1f} s   {len(data) / mb:6.1f} MB")
    print(
        f"  print, vector (the window)  {vector_s:7.1f} s   {vector_bytes / mb:6.1f} MB   "
        f"{vector_s / export_s:5.1f}× the export   {vector_s / args.count:.3f} s/page"
    )
    print(
        f"  print, raster {printing.PRINT_DPI} dpi      {capped_s:7.1f} s   "
        f"{capped_bytes / mb:6.1f} MB   {capped_s / export_s:5.1f}× the export"
        f"   {capped_s / args.count:.2f} s/page"
    )
    print(
        f"  print, raster 1200 dpi      {old_s * scale:7.1f} s*  {old_bytes * scale / mb:6.1f} MB*"
        f"  {old_s * scale / export_s:5.1f}× the export   {old_s / args.old_count:.2f} s/page"
        f"   (*{args.old_count} pages measured, scaled to {args.count})"
    )
    met = "met" if vector_s < 60 else "NOT met"
    print(f"  goal: {args.count} spooled in under 60 s (vector print) -> {met}")


if __name__ == "__main__":
    main()
