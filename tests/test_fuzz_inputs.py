"""Issue 9: a hypothesis fuzz of everything a user can hand the app as a file.

Meeting packages (generated JSON, mutations of the sample package), recipient lists (generated
workbooks with merged ranges, hidden rows and sheets, formulas and odd types; generated CSV
bytes), certificate templates and document styles (mutations of the shipped ones, placeholder
texts). Every input must either load or be refused with the project's own error type and a
Vietnamese message; any other exception fails the test.

The budget is fixed (``max_examples``, ``derandomize=True``: the same inputs on every run) so
that the whole file stays well under 40 s on a busy 2-core machine. Run with
``VINHDANH_FUZZ_FIGURES=1 pytest tests/test_fuzz_inputs.py -s`` to print the figures quoted
in docs/reliability.md ("Bad inputs and fuzzing"); ``VINHDANH_FUZZ_SCALE=10`` multiplies every
budget.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import json
import os
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import paths
from desktop.documents.certificates.fields import PatternError, parse_pattern
from desktop.documents.certificates.template import TemplateError, load_template
from desktop.documents.official.award_list_xlsx import award_list_xlsx
from desktop.documents.style import StyleError, decision_summary, load_style
from desktop.exchange.meeting_package import PackageError, loads, parse_package, read_package
from desktop.exchange.package_writer import dump_package
from desktop.exchange.recipients_import import HEADER_WORDS, RecipientImportError, read_awards
from desktop.services.packages import store_package
from desktop.storage.database import open_database

FIGURES: Counter[str] = Counter()
"""(target, outcome) → count, printed at the end when VINHDANH_FUZZ_FIGURES is set."""
TRACEBACKS: list[str] = []


SCALE = int(os.environ.get("VINHDANH_FUZZ_SCALE", "1"))
"""More examples for a longer run by hand (``VINHDANH_FUZZ_SCALE=10``); CI runs 1."""


def budget(examples: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="module", autouse=True)
def figures() -> Iterator[None]:
    yield
    if os.environ.get("VINHDANH_FUZZ_FIGURES"):
        targets = sorted({target for target, _ in FIGURES})
        print("\ntarget: tried / loaded / refused cleanly / tracebacks")
        for target in targets:
            loaded, refused = FIGURES[target, "loaded"], FIGURES[target, "refused"]
            crashed = FIGURES[target, "traceback"]
            print(f"{target}: {loaded + refused + crashed} / {loaded} / {refused} / {crashed}")


def attempt(target: str, errors: type[Exception] | tuple[type[Exception], ...], run: Any) -> Any:
    """Run ``run()``: success, or one of ``errors`` with a Vietnamese message; else fail."""
    try:
        result = run()
    except errors as exc:
        message = str(exc)
        # Vietnamese: every message of ours has a letter with a diacritic ("không", "Dòng").
        assert message and any(ord(c) > 127 for c in message), repr(message)
        assert "Traceback" not in message
        FIGURES[target, "refused"] += 1
        return None
    except Exception as exc:
        FIGURES[target, "traceback"] += 1
        TRACEBACKS.append(f"{target}: {type(exc).__name__}: {exc}")
        raise
    FIGURES[target, "loaded"] += 1
    return result


# --- strategies ----------------------------------------------------------------------------------

HOSTILE_TEXT = [
    "",
    " ",
    "\u200b",
    "\u202eBáo Bắc Giang",
    "Nguyễn\U000e0041 Văn An",
    "{ten.__class__.__mro__}",
    "{award_form:>20000000}",
    "{",
    "}}",
    "=cmd|' /C calc'!A0",
    "Tổng cộng: 30 cá nhân",
    "(Ký, ghi rõ họ tên)",
    "2024-02-30",
    "2024-01-03T08:00",
    "x" * 3000,
    "9" * 5000,
    "\x00\x01\ufffe",
    "Nguye\u0302\u0303n",  # NFD
]

text = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=40),
    st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệ {}[]\"',.:;\t\n", max_size=40),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    text,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(text, inner, max_size=4)),
    max_leaves=20,
)


def _places(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*prefix, index))


def mutate(data: st.DataObject, document: Any, rounds: int = 3) -> Any:
    """``document`` with up to ``rounds`` random changes at random places."""
    document = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, rounds))):
        places = [p for p in _places(document) if p]
        if not places:
            break
        place = data.draw(st.sampled_from(places))
        parent = document
        for part in place[:-1]:
            parent = parent[part]
        key = place[-1]
        action = data.draw(st.sampled_from(["delete", "replace", "text", "copy", "nest", "add"]))
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = data.draw(json_values)
        elif action == "text":
            parent[key] = data.draw(text)
        elif action == "copy" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif action == "nest":
            parent[key] = [parent[key]] if data.draw(st.booleans()) else {"x": parent[key]}
        elif action == "add" and isinstance(parent, dict):
            parent[data.draw(text)] = data.draw(json_values)
    return document


# --- meeting packages ----------------------------------------------------------------------------

SAMPLE = json.loads(paths.resource("demo", "hoi-nghi-tong-ket-2023.json").read_text("utf-8"))


def _parse(raw: bytes) -> Any:
    return parse_package(loads(raw))


@budget(150)
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {"format": st.just("vinhdanh.meeting"), "version": st.just(1)},
            optional={"meeting": json_values, "decisions": json_values},
        ),
    )
)
def test_generated_packages(document: Any) -> None:
    raw = json.dumps(document, ensure_ascii=False).encode("utf-8")
    attempt("package: generated JSON", PackageError, lambda: _parse(raw))


@budget(60)
@given(st.binary(max_size=200))
def test_package_bytes(raw: bytes) -> None:
    attempt("package: random bytes", PackageError, lambda: _parse(raw))


@budget(120)
@given(st.data())
def test_mutated_sample_package(data: st.DataObject) -> None:
    document = mutate(data, SAMPLE)
    if data.draw(st.booleans()):  # a hostile name where a name belongs
        recipients = document.get("decisions", [{}])[0] if document.get("decisions") else {}
        if isinstance(recipients, dict) and isinstance(recipients.get("recipients"), list):
            for item in recipients["recipients"][:3]:
                if isinstance(item, dict):
                    item["name"] = data.draw(text)
    text_form = json.dumps(document, ensure_ascii=False, allow_nan=True)
    if data.draw(st.booleans()):  # a duplicate key, the way a hand edit makes one
        text_form = text_form.replace('"title": ', '"title": "x", "title": ', 1)
    package = attempt("package: mutated sample", PackageError, lambda: _parse(text_form.encode()))
    if package is None:
        return
    # What loads is stored whole, and what is dumped loads again unchanged.
    db = open_database(None)
    try:
        attempt("package: store mutated", PackageError, lambda: store_package(db, package))
    finally:
        db.close()
    again = _parse(dump_package(package))
    assert dump_package(again) == dump_package(package)
    # Whatever text it holds, its commendation list in Excel has no formula (item 6).
    if package.decisions:
        workbook = award_list_xlsx(package.decisions[0])
        with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/"):
                    assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_package_files_that_are_not_files(tmp_path: Path) -> None:
    for path in (tmp_path, tmp_path / "missing.json", Path("/dev/null")):
        attempt("package: not a file", PackageError, lambda p=path: read_package(p))


# --- recipient lists ----------------------------------------------------------------------------

HEADINGS = [*sorted(HEADER_WORDS), "STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Thành tích"]
cell_values = st.one_of(
    st.none(),
    st.sampled_from(HEADINGS),
    st.sampled_from(HOSTILE_TEXT[:14]),
    st.sampled_from(["I. TẬP THỂ", "II. CÁ NHÂN", "(1)", "Người lập biểu", "Cộng: 3 người"]),
    st.text(max_size=20).filter(lambda s: not s.startswith("=")),
    st.sampled_from(["=A1", "=SUM(A1:A3)", "=1/0", '=HYPERLINK("x")']),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
)


def _clean_cell(value: Any) -> Any:
    # openpyxl refuses control characters in cells: an office's file never has them.
    if isinstance(value, str):
        return "".join(c for c in value if c >= " " or c in "\t\n")[:300]
    return value


@st.composite
def workbooks(draw: st.DrawFn) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    for index in range(draw(st.integers(1, 3))):
        sheet = book.active if index == 0 else book.create_sheet(f"Trang {index + 1}")
        assert sheet is not None
        rows = draw(st.lists(st.lists(cell_values, max_size=6), max_size=12))
        if draw(st.booleans()):
            rows.insert(
                draw(st.integers(0, len(rows))),
                draw(
                    st.sampled_from(
                        [
                            ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
                            ["Họ đệm", "Tên"],
                            ["Tên tập thể"],
                        ]
                    )
                ),
            )
        for row in rows:
            sheet.append([_clean_cell(v) for v in row])
        for _ in range(draw(st.integers(0, 3))):
            top, left = draw(st.integers(1, 12)), draw(st.integers(1, 6))
            bottom, right = top + draw(st.integers(0, 3)), left + draw(st.integers(0, 2))
            if (bottom, right) != (top, left):
                with contextlib.suppress(ValueError):
                    sheet.merge_cells(
                        start_row=top, start_column=left, end_row=bottom, end_column=right
                    )
        for row in draw(st.lists(st.integers(1, 14), max_size=3)):
            sheet.row_dimensions[row].hidden = True
        if index and draw(st.booleans()):
            sheet.sheet_state = "hidden"
    if len(book.worksheets) > 1 and draw(st.booleans()):
        book.active = draw(st.integers(0, len(book.worksheets) - 1))
        if book.active is not None and book.active.sheet_state == "hidden":
            book.active.sheet_state = "visible"
    return book


@budget(60)
@given(workbooks())
def test_generated_workbooks(book: openpyxl.Workbook) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "danh-sach.xlsx"
        book.save(path)
        attempt("list: generated .xlsx", RecipientImportError, lambda: read_awards(path))


csv_lines = st.lists(
    st.lists(
        st.one_of(
            st.sampled_from(HEADINGS), st.sampled_from(HOSTILE_TEXT[:14]), st.text(max_size=15)
        ),
        max_size=5,
    ),
    max_size=10,
)


@budget(150)
@given(
    csv_lines,
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258", "cp1252"]),
    st.booleans(),
)
def test_generated_csv(rows: list[list[str]], delimiter: str, encoding: str, raw: bool) -> None:
    if raw:  # joined by hand: quotes left unbalanced, as a hand edit leaves them
        content = "\n".join(delimiter.join(row) for row in rows)
    else:
        content = "\n".join(
            delimiter.join('"' + c.replace('"', '""') + '"' for c in row) for row in rows
        )
    data = content.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "danh-sach.csv"
        path.write_bytes(data)
        attempt("list: generated CSV", RecipientImportError, lambda: read_awards(path))


@budget(40)
@given(st.binary(max_size=300), st.sampled_from([".xlsx", ".xls", ".csv"]))
def test_list_bytes(raw: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"danh-sach{suffix}"
        path.write_bytes(raw)
        attempt("list: random bytes", RecipientImportError, lambda: read_awards(path))


# --- certificate templates and document styles --------------------------------------------------

TEMPLATES = sorted((paths.resource("templates", "certificates")).glob("*.json"))
STYLES = {name: paths.resource("styles", f"{name}.json") for name in ("state", "party")}


@budget(100)
@given(st.data(), st.sampled_from(TEMPLATES))
def test_mutated_templates(data: st.DataObject, source: Path) -> None:
    document = mutate(data, json.loads(source.read_text("utf-8")))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / source.name
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        attempt("template: mutated", TemplateError, lambda: load_template(path))


@budget(200)
@given(st.one_of(text, st.text(alphabet="{}ten_:!.[]>0-9 ", max_size=30)))
def test_placeholder_patterns(pattern: str) -> None:
    attempt("template: pattern text", PatternError, lambda: parse_pattern(pattern))


@budget(100)
@given(st.data(), st.sampled_from(sorted(STYLES)))
def test_mutated_styles(data: st.DataObject, name: str) -> None:
    document = json.loads(STYLES[name].read_text("utf-8"))
    if data.draw(st.booleans()):
        document["body"]["decision_summary"] = data.draw(
            st.one_of(text, st.text(alphabet="{}award_form:!.[]>0 ", max_size=30))
        )
    else:
        document = mutate(data, document)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        style = attempt("style: mutated", StyleError, lambda: load_style(name, path))
    if style is not None:
        assert isinstance(decision_summary(style, "Giấy khen"), str)


def test_no_traceback_was_seen() -> None:
    assert TRACEBACKS == []
