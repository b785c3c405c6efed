"""Three-way merge of a record edited here while someone else saved it.

``base`` is the record as this copy read it, ``mine`` the record as edited here, ``theirs`` the
record now on disk (saved by a second window or the CLI since). The result is ``theirs`` with
the edits of ``mine`` applied:

- a field changed on one side only takes that side's value; changed alike on both, that value;
- a list of items with ids (a decision's awards, a meeting's attendees, agenda, actions) merges
  by id: items added or removed on either side are added or removed, and each item kept on both
  sides merges field by field; the order is mine, with items added by them placed after the
  item they follow on their side;
- a field changed differently on both sides, an item edited on one side and removed on the
  other, is a conflict: ``MergeConflict``, unless ``prefer`` says which side wins.

A field holding another stored record (a decision's issuer, a meeting's organiser) is compared
by that record's id: it is a reference, edited elsewhere.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, Literal, TypeVar

from desktop.domain.errors import InvalidInput

R = TypeVar("R")

Prefer = Literal["", "mine", "theirs"]

_NOT_MERGED = frozenset({"id", "version", "position"})
"""Identity and bookkeeping: never edited by a user, never compared."""


class MergeConflict(InvalidInput):
    """Both sides changed ``field`` differently (of the item ``item``, when in a list)."""

    def __init__(self, field: str, item: str = "", list_name: str = "") -> None:
        where = f"{list_name}[{item}]." if list_name else ""
        super().__init__(f"conflict in {where}{field}")
        self.field = field
        self.item = item
        self.list_name = list_name


def merge(base: R, mine: R, theirs: R, prefer: Prefer = "") -> R:
    """``theirs`` with the edits ``mine`` made to ``base`` (see the module's rules).

    Raises:
        MergeConflict: both sides changed the same thing differently and ``prefer`` is "".
    """
    changes: dict[str, Any] = {}
    for f in fields(base):  # type: ignore[arg-type]
        if f.name in _NOT_MERGED:
            continue
        b, m, t = getattr(base, f.name), getattr(mine, f.name), getattr(theirs, f.name)
        if _is_item_list(b) or _is_item_list(m) or _is_item_list(t):
            changes[f.name] = _merge_items(f.name, b, m, t, prefer)
        else:
            changes[f.name] = _merge_value(f.name, b, m, t, prefer)
    return replace(theirs, **changes)  # type: ignore[type-var]


def _same(a: Any, b: Any) -> bool:
    if is_dataclass(a) and is_dataclass(b) and hasattr(a, "id") and hasattr(b, "id"):
        return bool(a.id == b.id)  # a reference to another stored record
    return bool(a == b)


def _merge_value(name: str, b: Any, m: Any, t: Any, prefer: Prefer) -> Any:
    if _same(m, t) or _same(m, b):
        return t
    if _same(t, b):
        return m
    if prefer:
        return m if prefer == "mine" else t
    raise MergeConflict(name)


def _is_item_list(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and is_dataclass(value[0])
        and hasattr(value[0], "id")
    )


def _label(item: Any) -> str:
    for attr in ("name", "title", "task"):
        text = getattr(item, attr, "")
        if text:
            return str(text)
    return str(getattr(item, "id", ""))


def _edited(before: Any, after: Any) -> bool:
    return any(
        getattr(before, f.name) != getattr(after, f.name)
        for f in fields(before)
        if f.name not in _NOT_MERGED
    )


def _merge_item(list_name: str, b: Any, m: Any, t: Any, prefer: Prefer) -> Any:
    changes: dict[str, Any] = {}
    for f in fields(b):
        if f.name in _NOT_MERGED:
            continue
        try:
            changes[f.name] = _merge_value(
                f.name, getattr(b, f.name), getattr(m, f.name), getattr(t, f.name), prefer
            )
        except MergeConflict as exc:
            raise MergeConflict(f.name, _label(m), list_name) from exc
    return replace(t, **changes)


def _merge_items(
    name: str, base: list[Any], mine: list[Any], theirs: list[Any], prefer: Prefer
) -> list[Any]:
    b = {x.id: x for x in base if x.id}
    m = {x.id: x for x in mine if x.id}
    t = {x.id: x for x in theirs if x.id}
    result: list[Any] = []
    for item in mine:
        if not item.id or item.id not in b:  # added here
            result.append(item)
        elif item.id in t:  # kept on both sides
            result.append(_merge_item(name, b[item.id], item, t[item.id], prefer))
        elif _edited(b[item.id], item) and prefer != "theirs":  # edited here, removed there
            if prefer != "mine":
                raise MergeConflict("", _label(item), name)
            result.append(item)
    for item_id, item in b.items():  # removed here, edited there
        if item_id not in m and item_id in t and _edited(item, t[item_id]):
            if not prefer:
                raise MergeConflict("", _label(t[item_id]), name)
            if prefer == "theirs":
                result.append(t[item_id])
    placed = {x.id for x in result if x.id}
    for index, item in enumerate(theirs):  # added there: after the item it follows there
        if item.id in b or item.id in m or item.id in placed:
            continue
        at = 0
        for before in reversed(theirs[:index]):
            spot = next((i for i, x in enumerate(result) if x.id and x.id == before.id), None)
            if spot is not None:
                at = spot + 1
                break
        result.insert(at, item)
        placed.add(item.id)
    return result
