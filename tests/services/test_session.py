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


def test_restore_puts_the_backup_in_place_and_the_same_library_reads_it(tmp_path: Path) -> None:
    from desktop.services import backup

    library, _ = Library.demo(tmp_path / "văn phòng.db")
    try:
        copy = backup.backup_database(library.path, tmp_path / "sao-lưu.db")  # type: ignore[arg-type]
        decisions = library.decisions  # a page keeps the facade it was given
        [first] = [d for d in decisions.decisions() if d.number == "15-QĐ/BTGTU"]
        library.decisions.delete_decision(first.id)
        assert all(d.id != first.id for d in decisions.decisions())

        safety = library.restore(copy)

        assert any(d.id == first.id for d in decisions.decisions())  # same facade, new data
        assert safety is not None and safety.is_file()
        assert [b.path for b in backup.backups_of(library.path)][:1] == [safety]  # type: ignore[arg-type]
    finally:
        library.close()


def test_a_bad_backup_leaves_the_database_as_it_was_and_usable(tmp_path: Path) -> None:
    import pytest

    from desktop.storage.errors import StorageError

    library, _ = Library.demo(tmp_path / "a.db")
    try:
        before = len(library.decisions.decisions())
        bad = tmp_path / "hỏng.db"
        bad.write_bytes(b"not a database at all" * 100)
        with pytest.raises(StorageError):
            library.restore(bad)
        assert len(library.decisions.decisions()) == before
    finally:
        library.close()
