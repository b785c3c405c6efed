"""The session object the window and the command line hold (services.session.Library)."""

from __future__ import annotations

from pathlib import Path

from desktop.services.session import Library


def test_demo_library_knows_its_file_and_reads_the_sample(tmp_path: Path) -> None:
    library, _ = Library.demo(tmp_path / "demo.db")
    try:
        assert library.path == tmp_path / "demo.db"
        titles = [m.title for m in library.meetings.meetings()]
        assert any("tổng kết" in t.lower() for t in titles), titles
        decisions = library.decisions.decisions()
        assert decisions, "the sample has decisions"
        decision = library.decisions.get_decision(decisions[0].id)
        assert decision.awards and decision.awards[0].name
        hits = library.search("nguyen")
        assert any("Nguyễn" in hit.title for hit in hits)
    finally:
        library.close()


def test_a_reopened_library_sees_what_the_first_saved(tmp_path: Path) -> None:
    first, _ = Library.demo(tmp_path / "a.db")
    decision = first.decisions.get_decision(first.decisions.decisions()[0].id)
    decision.reason = "Đã có thành tích xuất sắc trong năm 2024"
    first.decisions.save_decision(decision)
    first.close()

    second = Library.open(tmp_path / "a.db")
    try:
        again = second.decisions.get_decision(decision.id)
        assert again.reason == "Đã có thành tích xuất sắc trong năm 2024"
    finally:
        second.close()


def test_in_memory_library_has_no_file_and_starts_empty() -> None:
    library = Library.in_memory()
    assert library.path is None
    assert library.decisions.decisions() == []
    assert library.directory.entries() == []
    assert not library.read_only


def test_the_serif_preference_is_the_libraries(tmp_path: Path) -> None:
    library = Library.in_memory()
    # No Windows fonts folder here: asking for Times New Roman falls back to the bundled Tinos.
    assert library.set_windows_serif(True, fonts_dir=tmp_path) is False
    assert library.preferences.windows_serif is True
    assert library.set_windows_serif(False, fonts_dir=tmp_path) is True
    assert library.preferences.windows_serif is False
