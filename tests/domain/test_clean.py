"""domain.clean: every text field of every record comes out clean.

The records are generated from the dataclasses' own fields (type hints), so a field added to
``domain.records`` tomorrow is generated and checked here without anyone editing this test.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import types
import typing
import unicodedata
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import records
from desktop.domain.clean import clean, is_multiline
from desktop.domain.records import AgendaItem, Award, Decision, Meeting, Organisation, Signer

RECORD_TYPES = [
    cls
    for _, cls in inspect.getmembers(records, inspect.isclass)
    if dataclasses.is_dataclass(cls) and cls.__module__ == records.__name__
]

# Text as it arrives: NFD from Mac/Word, no-break and other Unicode spaces, tabs, line breaks of
# every kind, zero-width and bidirectional characters, C0/C1 controls, plus any character.
NASTY = [
    " ",
    "\u00a0",
    "\u2003",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    "\x0b",
    "\x0c",
    "\x85",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\u00ad",
    "\x00",
    "\x1b",
    "\x9c",
    "\U000e0041",
    "Nguye\u0302\u0303n",  # NFD "Nguyễn"
    "Hoa\u0300",
    "Đ",
    "ð",
]
TEXT = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=3)), max_size=5).map("".join)


def strategy(hint: Any) -> st.SearchStrategy[Any]:
    """A strategy for a field of this type hint (records, lists, optionals, literals …)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        return TEXT
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-5, 3000)
    if hint is float:
        return st.floats(-50, 50)
    if hint is Decimal:
        return st.decimals(0, 10**9, places=0)
    if hint is dt.datetime:
        return st.datetimes()
    if hint is dt.date:
        return st.dates()
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(strategy(a) for a in args))
    if hint is type(None):
        return st.none()
    if origin is list:
        return st.lists(strategy(args[0]), max_size=2)
    if origin is dict:
        return st.dictionaries(strategy(args[0]), strategy(args[1]), max_size=2)
    if dataclasses.is_dataclass(hint):
        return record_strategy(hint)
    raise AssertionError(f"no strategy for {hint!r}: teach tests/domain/test_clean.py")


def record_strategy(cls: type) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls)
    return st.builds(
        cls, **{f.name: strategy(hints[f.name]) for f in dataclasses.fields(cls) if f.init}
    )


def problems(value: Any, where: str, multiline: bool = False) -> list[str]:
    """Every text inside ``value`` that is not clean, named by its path."""
    found: list[str] = []
    if isinstance(value, str):
        if value != value.strip():
            found.append(f"{where}: leading/trailing white space {value!r}")
        if unicodedata.normalize("NFC", value) != value:
            found.append(f"{where}: not NFC {value!r}")
        for c in value:
            if c == "\n" and multiline:
                continue
            if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") or c in "\ufffe\uffff":
                found.append(f"{where}: control/format character U+{ord(c):04X} in {value!r}")
            elif c.isspace() and c != " ":
                found.append(f"{where}: white space U+{ord(c):04X} in {value!r}")
        for line in value.split("\n"):
            if "  " in line or line != line.strip():
                found.append(f"{where}: double or stray spaces in {value!r}")
        if "\n\n\n" in value:
            found.append(f"{where}: more than one blank line in {value!r}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if item == "":
                found.append(f"{where}[{i}]: empty line kept")
            found += problems(item, f"{where}[{i}]", multiline)
    elif isinstance(value, dict):
        for key, item in value.items():
            found += problems(item, f"{where}[{key!r}]", multiline)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            found += problems(getattr(value, f.name), f"{where}.{f.name}", is_multiline(f))
    return found


def test_every_record_type_is_generated() -> None:
    names = {cls.__name__ for cls in RECORD_TYPES}
    assert {"Decision", "Award", "Meeting", "Attendee", "Organisation", "Signer"} <= names
    for cls in RECORD_TYPES:  # a new field of an unknown type fails here, not silently
        record_strategy(cls)


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_text_field_comes_out_clean(cls: type, data: st.DataObject) -> None:
    record = data.draw(record_strategy(cls))
    cleaned = clean(record)
    assert type(cleaned) is cls
    assert problems(cleaned, cls.__name__) == []
    assert clean(cleaned) == cleaned  # cleaning twice changes nothing


@given(data=st.data())
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_non_text_fields_are_kept(data: st.DataObject) -> None:
    decision = data.draw(record_strategy(Decision))
    cleaned = clean(decision)
    assert cleaned.date == decision.date
    assert cleaned.version == decision.version
    assert cleaned.reward == (
        None if decision.reward is None else dataclasses.replace(cleaned.reward)
    )
    assert [a.birth_year for a in cleaned.awards] == [a.birth_year for a in decision.awards]
    assert [a.salutation for a in cleaned.awards] == [a.salutation for a in decision.awards]


def test_what_a_user_sees() -> None:
    decision = Decision(
        number=" 05 /QĐ-SNV ",
        date=dt.date(2025, 5, 1),
        issuer=Organisation(name="Sở  Nội\u00a0vụ", legal_bases=["Căn cứ A;", "  ", "\u200b"]),
        signer=Signer(name="Nguye\u0302\u0303n Văn\tAn"),
        awards=[Award("person", "Báo Bắc\u200b Giang\u202e", unit="Phòng\r\nTổ chức")],
    )
    original = dataclasses.replace(decision)
    cleaned = clean(decision)
    assert cleaned.number == "05 /QĐ-SNV"
    assert cleaned.issuer.name == "Sở Nội vụ"
    assert cleaned.issuer.legal_bases == ["Căn cứ A;"]
    assert cleaned.signer.name == "Nguyễn Văn An"
    assert cleaned.awards[0].name == "Báo Bắc Giang"
    assert cleaned.awards[0].unit == "Phòng Tổ chức"
    assert decision == original  # the record given is not changed
    assert decision.awards[0] is not cleaned.awards[0]


def test_multiline_fields_keep_their_paragraphs() -> None:
    meeting = Meeting(
        title="Hội\nnghị",
        organiser=Organisation(name="Sở"),
        conclusions="Một.\r\n\r\n\r\nHai  ba.\u2028Bốn",
        agenda=[AgendaItem("Mục\u20281", notes=" a \n\n\n b ", conclusion="x\r\ny")],
    )
    cleaned = clean(meeting)
    assert cleaned.title == "Hội nghị"
    assert cleaned.conclusions == "Một.\n\nHai ba.\nBốn"
    assert cleaned.agenda[0].title == "Mục 1"
    assert cleaned.agenda[0].notes == "a\n\nb"
    assert cleaned.agenda[0].conclusion == "x\ny"


def test_only_records_are_cleaned() -> None:
    with pytest.raises(TypeError):
        clean("text")  # type: ignore[type-var]
    with pytest.raises(TypeError):
        clean(Award)


def test_a_package_keeps_the_line_breaks_of_exactly_the_multiline_fields() -> None:
    from desktop.domain.clean import multiline_names
    from desktop.domain.records import Decision, Meeting
    from desktop.exchange.package_format import MULTILINE_FIELDS, normalize_package

    # Found through the nested records (an agenda item's notes and conclusion).
    assert multiline_names(Meeting) == {"notes", "conclusion", "conclusions"}
    assert multiline_names(Decision) == frozenset()
    assert multiline_names(Meeting, Decision) == MULTILINE_FIELDS
    data = {"conclusions": "Một\r\nHai", "title": "Một\r\nHai"}
    assert normalize_package(data) == {"conclusions": "Một\nHai", "title": "Một Hai"}
