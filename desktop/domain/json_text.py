"""Strict JSON for the files users hand us: packages, certificate templates, document styles.

``json.loads`` alone keeps the last of two equal keys without a word (a package with two
``"name"`` fields silently loses one), raises ``RecursionError`` on deeply nested input, and
``ValueError`` on an integer of more than 4,300 digits. ``loads_strict`` turns every one of
those into a ``JsonTextError`` whose message names the place (``decisions[0].recipients[3]``).
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.errors import InvalidInput

MAX_DEPTH = 32
"""Nesting of objects and lists deeper than any of our formats needs (a package uses 5)."""


class JsonTextError(InvalidInput):
    """Text that is not acceptable JSON; the message is Vietnamese and names the place."""


class _Duplicated(dict[str, Any]):
    """An object in which a key occurred more than once (``duplicates`` lists them)."""

    duplicates: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) == len(pairs):
        return data
    seen: set[str] = set()
    marked = _Duplicated(data)
    marked.duplicates = []
    for key, _ in pairs:
        if key in seen:
            marked.duplicates.append(key)
        seen.add(key)
    return marked


def place(parts: list[str | int]) -> str:
    """``["decisions", 0, "name"]`` → ``decisions[0].name``; the whole file is ``(gốc)``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(gốc)"


JSON_TYPE_NAMES = {
    "string": "chuỗi ký tự",
    "object": "đối tượng {…}",
    "array": "danh sách […]",
    "boolean": "true hoặc false",
    "integer": "số nguyên",
    "number": "số",
}
"""JSON Schema type names in the user's words, for the messages of every schema we check."""


def loads_strict(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """Decode ``text`` as JSON, refusing duplicate keys, nesting deeper than ``max_depth`` and
    numbers Python will not convert.

    Raises:
        JsonTextError: "dòng 3, cột 5: …" for a syntax error, or the place of the problem.
    """
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise JsonTextError(
            f"dòng {exc.lineno}, cột {exc.colno}: không phải JSON hợp lệ ({exc.msg})"
        ) from None
    except RecursionError:
        raise JsonTextError(
            f"dữ liệu lồng nhau quá sâu (quá {max_depth} tầng {{…}} hoặc […])"
        ) from None
    except ValueError as exc:  # an integer of thousands of digits
        raise JsonTextError(f"có một số quá lớn ({str(exc)[:60]})") from None
    # Walked with an explicit stack: the check must not itself run out of recursion.
    stack: list[tuple[Any, list[str | int]]] = [(data, [])]
    while stack:
        value, parts = stack.pop()
        if isinstance(value, dict | list) and len(parts) >= max_depth:
            raise JsonTextError(f"{place(parts)}: dữ liệu lồng nhau quá sâu (quá {max_depth} tầng)")
        if isinstance(value, _Duplicated):
            key = value.duplicates[0]
            raise JsonTextError(
                f'{place([*parts, key])}: khóa "{key}" xuất hiện hơn một lần trong cùng một '
                "đối tượng"
            )
        if isinstance(value, dict):
            stack.extend((v, [*parts, k]) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((v, [*parts, i]) for i, v in reversed(list(enumerate(value))))
    return data
