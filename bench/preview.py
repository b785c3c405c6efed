"""Benchmark: time from an edit in the decision editor to the refreshed preview.

Opens decision 15-QĐ/BTGTU of the demo database in the real editor (offscreen), selects a
recipient so the preview shows their certificate, then repeatedly renames the recipient
through the table model (as typing into the cell does) and waits for the preview pane's
``refreshed`` signal. Reports the median and 95th percentile (goal ≤ 100 ms), for the
certificate, the list and the decision.

    python bench/preview.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from desktop.services.session import Library

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services import decisions, library
    from desktop.ui.editors.decision import DOCUMENT_DECISION, DOCUMENT_LIST, DecisionEditor
    from desktop.ui.models.awards import COL_NAME
    from desktop.ui.widgets.preview_pane import IDLE_MS

    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        db, _ = library.create_demo(path)
        editor = DecisionEditor(Library(db, path))
        editor.resize(1366, 800)
        editor.show()
        editor.load(next(d.id for d in decisions.decisions(db) if d.number == "15-QĐ/BTGTU"))
        editor.table.setCurrentIndex(editor.model.index(14, COL_NAME))

        def wait_refreshed() -> None:
            loop = QEventLoop()
            editor.preview.refreshed.connect(loop.quit)
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
            editor.preview.refreshed.disconnect(loop.quit)

        def pause(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        for label, document in (
            ("certificate", None),
            ("list", DOCUMENT_LIST),
            ("decision", DOCUMENT_DECISION),
        ):
            if document is not None:
                editor.document_box.setCurrentIndex(editor.document_box.findData(document))
            pause(IDLE_MS + 100)
            samples = []
            for n in range(args.repeat + 2):
                index = editor.model.index(14, COL_NAME)
                begin = time.perf_counter()
                editor.model.setData(index, f"Thân Văn Hải {n}")
                wait_refreshed()
                samples.append(time.perf_counter() - begin)
                pause(IDLE_MS + 50)  # the user pauses: the next edit is a fresh one
            samples = sorted(samples[2:])
            p95 = samples[int(len(samples) * 0.95) - 1]
            print(
                f"{label:<12} median {statistics.median(samples) * 1000:6.1f} ms"
                f"   p95 {p95 * 1000:6.1f} ms   (goal ≤ 100 ms)"
            )
        db.close()
    app.quit()


if __name__ == "__main__":
    main()
