"""Benchmark: one keystroke in the meeting editor, with a small and a large attendance list.

Opens the demo meeting in the real editor (offscreen), grows its attendance list to ``--large``
attendees (saved), then times, for the demo's 6 attendees and for the large list: a keystroke
in the title box (textEdited → edit state → undo step → autosave timer → preview request), a
cell edit in the attendance table (reason for absence: the presence rule, one row updated),
and one undo through the QUndoStack. Each is timed until control returns to the event loop
(the autosave and the preview run later, coalesced). Baseline in the same run: one deep copy of
the large meeting — the old editor made several per keystroke (its copy, the undo snapshot's
two, the table models' copies on reset).

    python bench/meeting_edit.py [--large 2000] [--repeat 200]
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_ms(action: Callable[[int], object], repeat: int) -> float:
    samples = []
    for n in range(repeat):
        begin = time.perf_counter()
        action(n)
        samples.append(time.perf_counter() - begin)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QLineEdit

    from desktop.services import library, meetings
    from desktop.services.session import Library
    from desktop.ui.editors.meeting import MeetingEditor
    from desktop.ui.models.meeting import COL_ATTENDEE_REASON

    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        db, _ = library.create_demo(path)
        editor = MeetingEditor(Library(db, path))
        editor.resize(1366, 800)
        editor.show()
        meeting_id = meetings.meetings(db)[0].id
        results: dict[str, dict[str, float]] = {}
        for size in ("small", "large"):
            editor.load(meeting_id)
            if size == "large":
                rows = args.large - editor.attendees.rowCount()
                editor.paste_attendees(
                    "".join(f"Người dự {i}\tChuyên viên\tPhòng {i % 40}\n" for i in range(rows))
                )
                editor.save_now()
                editor.load(meeting_id)
            app.processEvents()
            title = editor.title_edit
            count = editor.attendees.rowCount()

            def keystroke(n: int, title: QLineEdit = title) -> None:
                title.setText(f"Hội nghị tổng kết {n}")
                title.textEdited.emit(title.text())

            def cell(n: int, count: int = count) -> None:
                index = editor.attendees.index(n % count, COL_ATTENDEE_REASON)
                editor.attendees.setData(index, f"Đi công tác {n}")

            figures = {"keystroke": _median_ms(keystroke, args.repeat)}
            figures["cell"] = _median_ms(cell, args.repeat)
            figures["undo"] = _median_ms(lambda _n: editor.undo_stack.undo(), args.repeat)
            editor.save_now()
            results[size] = figures
            print(
                f"{size:<6} {count:>5} attendees: "
                + ", ".join(f"{k} {v:.3f} ms" for k, v in figures.items())
            )
        meeting = editor.record
        copy_ms = _median_ms(lambda _n: copy.deepcopy(meeting), 20)
        snapshot_ms = _median_ms(lambda _n: editor.state.snapshot(), args.repeat)
        print(f"the preview's snapshot of the same meeting {snapshot_ms:.3f} ms")
        print(f"baseline: one deep copy of the {args.large}-attendee meeting {copy_ms:.2f} ms")
        for name in ("keystroke", "cell", "undo"):
            large, small = results["large"][name], results["small"][name]
            print(
                f"{name:<9} large/small {large / small:.2f}×, large/one copy {large / copy_ms:.3f}×"
            )
        editor.close()
        db.close()


if __name__ == "__main__":
    main()
