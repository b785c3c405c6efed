"""Issue 12's rule for the code's shape: no file of the program reaches 400 lines (a module
that grows past it is split by what it does, as ``documents.drawing`` left ``fonts``)."""

from __future__ import annotations

from pathlib import Path

import desktop

LIMIT = 400


def test_no_file_of_the_program_has_400_lines() -> None:
    root = Path(desktop.__file__).parent
    sizes = {
        path.relative_to(root.parent).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in root.rglob("*.py")
    }
    assert len(sizes) > 200  # the whole program was read
    too_long = {name: lines for name, lines in sizes.items() if lines >= LIMIT}
    assert not too_long, f"split these by what they do: {too_long}"
