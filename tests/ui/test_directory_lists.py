"""The name completer and the directory page over a directory of many people (real widgets)."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.domain.records import Collective, Person
from desktop.services.session import Library
from desktop.storage.directory import DirectoryStore
from desktop.ui.models.directory import COL_ENTRY_NAME, PAGE_ROWS, DirectoryListModel
from desktop.ui.pages.directory import DirectoryView
from desktop.ui.widgets.recipient_delegate import EntryRole, NameRole, RecipientNameDelegate

FAMILY = ["Nguyễn", "Trần", "Lê", "Đặng", "Bùi", "Giáp"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh"]
GIVEN = ["An", "Bình", "Dũng", "Hà", "Hải", "Lan", "Đạt", "Duy"]


@pytest.fixture
def crowd() -> Iterator[Library]:
    """1,500 people at 60 units and 20 collectives; "Nguyễn Văn Đức" and "Vũ Thị Zung" are
    added last (Zung sorts after everyone: beyond the first page)."""
    library = Library.in_memory()
    rng = random.Random(3)
    store = DirectoryStore(library.db)
    store.match_or_add_collectives([Collective(name=f"Chi bộ số {n}") for n in range(20)])
    for n in range(1500):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        store.add_person(Person(name=name, title="Chuyên viên", unit=f"Phòng {n % 60}"))
    store.add_person(Person(name="Nguyễn Văn Đức", title="Trưởng phòng", unit="Phòng Kế toán"))
    store.add_person(Person(name="Vũ Thị Zung", title="Kế toán", unit="Phòng Tài vụ"))
    yield library
    library.db.close()


@pytest.mark.parametrize("typed", ["duc", "đức", "Đức"])
def test_the_completer_offers_the_person_however_typed(
    qtbot: QtBot, crowd: Library, typed: str
) -> None:
    from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem, QTableView

    from desktop.ui.models.awards import AwardTableModel

    table = QTableView()
    qtbot.addWidget(table)
    model = AwardTableModel(table)
    table.setModel(model)
    delegate = RecipientNameDelegate(crowd.directory.complete, table)
    line = delegate.createEditor(table, QStyleOptionViewItem(), model.index(0, 0))
    assert isinstance(line, QLineEdit)
    matches = line.property("matches")
    line.textEdited.emit(typed)
    offered = [matches.index(r, 0).data(EntryRole) for r in range(matches.rowCount())]
    assert "Nguyễn Văn Đức" in [matches.index(r, 0).data(NameRole) for r in range(len(offered))]
    assert offered == crowd.directory.complete(typed)  # what storage answers, nothing more
    duc = next(e for e in offered if e.name == "Nguyễn Văn Đức")
    assert (duc.title, duc.unit) == ("Trưởng phòng", "Phòng Kế toán")
    line.textEdited.emit("")
    assert matches.rowCount() == 0


def test_the_directory_reads_a_page_then_more_as_it_scrolls(qtbot: QtBot, crowd: Library) -> None:
    view = DirectoryView(crowd)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.reload()
    assert view.model.rowCount() == PAGE_ROWS  # one page, not 1,500 rows
    first = [view.model.entry(r).kind for r in range(20)]
    assert first == ["collective"] * 20  # collectives first, as before
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > PAGE_ROWS, timeout=5000)
    assert view.model.rowCount() in (2 * PAGE_ROWS, 3 * PAGE_ROWS)


def test_the_filter_finds_a_person_beyond_the_first_page(qtbot: QtBot, crowd: Library) -> None:
    view = DirectoryView(crowd)
    qtbot.addWidget(view)
    view.reload()
    names = {view.model.entry(r).name for r in range(view.model.rowCount())}
    assert "Vũ Thị Zung" not in names
    qtbot.keyClicks(view.filter_edit, "vu zung")  # typing waits for a pause, then one query
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    view.table.setCurrentIndex(view.model.index(0, COL_ENTRY_NAME))
    found = view.selected()
    assert found is not None and (found.name, found.unit) == ("Vũ Thị Zung", "Phòng Tài vụ")
    view.filter_edit.clear()
    assert view.select(found.id)  # search hit → the row, the list filtered by the name
    assert view.selected() == found


def test_the_directory_model_is_a_proper_qt_model(
    qtmodeltester: ModelTester, crowd: Library
) -> None:
    model = DirectoryListModel(crowd.directory.page)
    model.reload("nguyen")
    assert model.rowCount() == PAGE_ROWS and model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model, force_py=True)  # fetches the rest too
    everyone = [e for e in crowd.directory.entries() if e.name.startswith("Nguyễn")]
    assert [model.entry(r) for r in range(model.rowCount())] == everyone


def test_the_completer_list_fits_what_is_offered(qtbot: QtBot, crowd: Library) -> None:
    from PySide6.QtWidgets import QCompleter, QLineEdit, QStyleOptionViewItem, QTableView

    from desktop.ui.models.awards import AwardTableModel

    table = QTableView()
    qtbot.addWidget(table)
    model = AwardTableModel(table)
    table.setModel(model)
    table.show()
    delegate = RecipientNameDelegate(crowd.directory.complete, table)
    line = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), model.index(0, 0))
    assert isinstance(line, QLineEdit)
    line.show()
    popup = line.findChild(QCompleter).popup()
    line.textEdited.emit("nguyen")
    many = popup.height()
    line.textEdited.emit("vu zung")  # one person: the list shrinks to one row
    assert popup.isVisible() and line.property("matches").rowCount() == 1
    assert popup.height() < many / 3
    line.textEdited.emit("khong co ai")
    assert not popup.isVisible()


def test_a_count_pending_when_the_database_closes_asks_nothing(qtbot: QtBot) -> None:
    """The unused-names count and a typed filter wait for a pause; a database closed meanwhile
    (another one opened, the window closing) is not queried: no error reaches the event loop."""
    from desktop.ui.pages.directory import FILTER_DELAY_MS, UNUSED_DELAY_MS

    library = Library.in_memory()
    DirectoryStore(library.db).add_person(Person(name="Lê Văn Tám", unit="Phòng 1"))
    view = DirectoryView(library)
    qtbot.addWidget(view)
    view.reload()  # starts the unused count's timer
    view.filter_edit.setText("tam")  # starts the filter's timer
    library.db.close()
    qtbot.wait(max(UNUSED_DELAY_MS, FILTER_DELAY_MS) + 200)  # pytest-qt fails on any exception
    assert view.unused_count == 0 and not view.unused_button.isVisible()


def test_searches_typed_before_the_database_closes_ask_nothing(qtbot: QtBot) -> None:
    """The toolbar's search and the issue log's search wait for typing to pause: closed
    meanwhile, the database is not asked (no error reaches the event loop)."""
    from desktop.ui.pages.issue_log import SEARCH_DELAY_MS, IssueLogView
    from desktop.ui.widgets.search_box import DELAY_MS, SearchBox

    library = Library.in_memory()
    box = SearchBox(library)
    log_view = IssueLogView(library)
    for widget in (box, log_view):
        qtbot.addWidget(widget)
    box.setText("tam")
    box.textEdited.emit("tam")  # as typed
    log_view.search_edit.setText("tam")
    library.db.close()
    qtbot.wait(max(DELAY_MS, SEARCH_DELAY_MS) + 200)  # pytest-qt fails on any exception
    assert box.results.rowCount() == 0
