"""Normalisation once, where text enters: one function over every record of ``domain.records``.

Text reaches the program typed, pasted from Word or Excel, read from a package or an old
program's file: it may be NFD, carry no-break spaces, zero-width characters, Windows line breaks
or a bidirectional override. :func:`clean` makes a record's every text what we store and print,
so nothing after the entry (storage, documents, exchange) normalises again:

- a one-line text goes through :func:`desktop.domain.text.normalize` (NFC, trimmed, one space
  between words, no control or format characters, no line break);
- a text marked ``field(metadata=MULTILINE)`` (notes, conclusions) goes through
  :func:`desktop.domain.text.normalize_multiline` (the same, line by line, breaks kept);
- a list of texts (Căn cứ, Nơi nhận, Điều 2 …) loses the lines left empty;
- nested records (the issuer, the signer, awards, attendees …) and dict values are cleaned the
  same way; numbers, dates and flags are left as they are.

The walk is driven by the dataclasses' fields, so a field added tomorrow is cleaned without
anyone remembering to (tests/domain/test_clean.py generates records from the same fields).
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any, TypeVar

from desktop.domain.text import is_normalized, normalize, normalize_multiline

__all__ = ["clean", "clean_text", "is_multiline", "multiline_names"]

T = TypeVar("T")

_PLANS: dict[type, tuple[tuple[str, bool], ...]] = {}


def is_multiline(field: dataclasses.Field[Any]) -> bool:
    """True for a text field that keeps its line breaks (marked ``metadata=MULTILINE``)."""
    return bool(field.metadata.get("multiline"))


def multiline_names(*classes: type) -> frozenset[str]:
    """The names of the fields marked multi-line in ``classes`` and the records nested in them
    (a meeting package keeps the line breaks of exactly these keys)."""
    names: set[str] = set()
    seen: set[type] = set()
    pending = list(classes)
    while pending:
        cls = pending.pop()
        if cls in seen or not dataclasses.is_dataclass(cls):
            continue
        seen.add(cls)
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            if is_multiline(f):
                names.add(f.name)
            pending.extend(_types_in(hints.get(f.name)))
    return frozenset(names)


def _types_in(hint: Any) -> list[type]:
    """The classes a type hint names: ``list[Agenda | None]`` → Agenda, NoneType."""
    found = [hint] if isinstance(hint, type) else []
    for arg in typing.get_args(hint):
        found.extend(_types_in(arg))
    return found


def _plan(cls: type) -> tuple[tuple[str, bool], ...]:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = tuple(
            (f.name, is_multiline(f)) for f in dataclasses.fields(cls) if f.init
        )
    return plan


def clean_text(text: str, multiline: bool = False) -> str:
    """One text as stored: :func:`normalize`, or :func:`normalize_multiline` for a paragraph."""
    return normalize_multiline(text) if multiline else normalize(text)


def _clean_value(value: Any, multiline: bool) -> Any:
    kind = type(value)
    if kind is str:
        if multiline:
            return normalize_multiline(value)
        return value if is_normalized(value) else normalize(value)
    if kind is list:
        cleaned = [_clean_value(v, multiline) for v in value]
        return [v for v in cleaned if v != ""]
    if kind is dict:
        return {k: _clean_value(v, multiline) for k, v in value.items()}
    if kind is tuple:
        return tuple(_clean_value(v, multiline) for v in value)
    if hasattr(kind, "__dataclass_fields__"):
        return clean(value)
    if isinstance(value, str):  # a str subclass (an enum's value …)
        return _clean_value(str(value), multiline)
    return value


def clean(record: T) -> T:
    """A copy of ``record`` (any dataclass of ``domain.records``) with every text as stored.

    The record given is not changed (an editor keeps its copy as typed).
    """
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"clean() takes a record, not {type(record).__name__}")
    values = {
        name: _clean_value(getattr(record, name), multiline)
        for name, multiline in _plan(type(record))
    }
    return type(record)(**values)
