"""Benchmark: the GUI thread with a 400,000-person directory, in one run.

* start-up: process start → main window shown (demo database, and the 400,000-person one),
  against a bare PySide6 ``QMainWindow`` measured alternately (``startup.py``'s method);
* opening the Decisions page and the directory page (navigation click → back in the event
  loop), against the old way: every person read and a completion model built of them;
* a keystroke in the recipient-name completer (text typed → completions shown), against the
  old way: the typed words looked for in every person's folded text in Python.

The office database (1,000,000 awards, 400,000 people, 10,000 decisions) is built once and
cached in the temp folder (``generated.office_database``; ``--rebuild``).

    python bench/gui_thread.py [--repeat 5] [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generated import office_database
from startup import APP, BARE, _time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_PAGE_MS = 150
GOAL_KEY_MS = 16
GOAL_START = 2.2
TYPED = "nguyen van duc"


def _median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def startup(db_paths: dict[str, Path], repeat: int, folder: Path) -> dict[str, float]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config")}
    _time(BARE, env=env)  # warm the file cache
    for path in db_paths.values():
        _time(APP, str(path), env=env)
    bare: list[float] = []
    ours: dict[str, list[float]] = {name: [] for name in db_paths}
    for _ in range(repeat):
        bare.append(_time(BARE, env=env))
        for name, path in db_paths.items():
            ours[name].append(_time(APP, str(path), env=env))
    b = statistics.median(bare)
    print(f"start-up: bare QMainWindow {b * 1000:.0f} ms")
    ratios = {}
    for name, samples in ours.items():
        o = statistics.median(samples)
        ratios[name] = o / b
        print(f"start-up: Vinh Danh, {name:<22} {o * 1000:5.0f} ms  {o / b:5.2f}×")
    return ratios


def in_window(db_path: Path, repeat: int) -> None:
    import threading

    from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

    from desktop.domain.text import fold
    from desktop.services import directory
    from desktop.ui.app import start
    from desktop.ui.main_window import PAGE_DECISIONS, PAGE_MEETINGS
    from desktop.ui.models.awards import COL_NAME
    from desktop.ui.window_pages import PAGE_DIRECTORY

    started = start(db_path, remember=False)
    assert not isinstance(started, int)
    app, window, library = started
    people = library.db.execute("select count(*) from people").fetchone()[0]
    # As a user would: the window is up and the document services were loaded after it.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (
        "desktop.services.documents" not in sys.modules
        or any(t.name == "warm-up" for t in threading.enumerate())
    ):
        app.processEvents()
        time.sleep(0.05)
    app.processEvents()

    def open_page(page: int) -> Callable[[], None]:
        def run() -> None:
            window.show_page(PAGE_MEETINGS)
            app.processEvents()
            start = time.perf_counter()
            window.show_page(page)
            app.processEvents()
            timings.append((time.perf_counter() - start) * 1000)

        return run

    results = {}
    for name, page in (("Decisions page", PAGE_DECISIONS), ("directory page", PAGE_DIRECTORY)):
        timings: list[float] = []
        for _ in range(repeat):
            open_page(page)()
        results[name] = (statistics.median(timings), max(timings))

    def old_decisions_page() -> None:  # what opening the page cost before: the completer
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        model = QStandardItemModel()
        for entry in directory.entries(library.db):
            item = QStandardItem(entry.name)
            item.setData(fold(f"{entry.name} {entry.title} {entry.unit}"), 256)
            model.appendRow(item)

    old_ms, _ = _median_ms(old_decisions_page, 1)
    print(f"\nwith {people:,} people in the directory:")
    for name, (med, worst) in results.items():
        print(
            f"open the {name:<15} median {med:6.1f} ms, max {worst:6.1f} ms "
            f"(goal ≤ {GOAL_PAGE_MS} ms)"
        )
    print(
        f"  the old way (every person read, completion model built): {old_ms:.0f} ms "
        f"→ Decisions page {results['Decisions page'][0] / old_ms:.3f}× of it"
    )

    # -- the completer, keystroke by keystroke --
    window.show_page(PAGE_DECISIONS)
    settle = time.monotonic() + 1  # the decision's preview is drawn first, as when a user looks
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.02)
    editor = window.decision_editor
    table = editor.table
    delegate = table.itemDelegateForColumn(COL_NAME)
    line = delegate.createEditor(table, QStyleOptionViewItem(), editor.model.index(0, COL_NAME))
    assert isinstance(line, QLineEdit)
    keys: list[float] = []
    for _ in range(repeat):
        for end in range(1, len(TYPED) + 1):
            start = time.perf_counter()
            line.textEdited.emit(TYPED[:end])
            app.processEvents()
            keys.append((time.perf_counter() - start) * 1000)
    matches = line.property("matches")
    offered = [matches.index(r, 0).data() for r in range(matches.rowCount())]
    folded = [fold(f"{e.name} {e.title} {e.unit}") for e in directory.entries(library.db)]

    def old_keystroke() -> None:
        words = fold(TYPED).split()
        [text for text in folded if all(word in text for word in words)]

    old_key, _ = _median_ms(old_keystroke, 3)
    key_med = statistics.median(keys)
    print(
        f"completer keystroke ('{TYPED}' letter by letter): median {key_med:.1f} ms, "
        f"p95 {statistics.quantiles(keys, n=20)[-1]:.1f} ms, max {max(keys):.1f} ms "
        f"(goal ≤ {GOAL_KEY_MS} ms); offered {len(offered)}, first: {offered[:1]}"
    )
    print(
        f"  the old way (Python over every folded name): {old_key:.0f} ms per keystroke "
        f"→ {key_med / old_key:.3f}×"
    )
    line.deleteLater()
    window.close()
    library.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    big = office_database(1_000_000, args.rebuild)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        from desktop.services import library

        demo = folder / "demo.db"
        db, _ = library.create_demo(demo)
        db.close()
        work = folder / "office.db"
        shutil.copyfile(big, work)  # the window may write (settings, migrations): not the cache
        ratios = startup({"demo database": demo, "400,000 people": work}, args.repeat, folder)
        in_window(work, args.repeat)
    print(
        f"start-up ratios {', '.join(f'{r:.2f}×' for r in ratios.values())} (goal ≤ {GOAL_START}×)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
