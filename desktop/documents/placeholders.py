"""The one safe parser of texts with ``{name}`` placeholders: certificate templates and styles.

A pattern is never handed to ``str.format``: that would let a file reach attributes
(``{award_form.__class__.__mro__}``), index (``{ten[0]}``) or ask for a padded field
(``{award_form:>20000000}``, half a gigabyte). Here a placeholder is a name from a fixed
vocabulary and nothing else; ``{{`` and ``}}`` print a brace.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")

Parts = tuple[tuple[bool, str], ...]
"""(is_placeholder, literal text or placeholder name), in order."""


class PatternError(ValueError):
    """A pattern that uses an unknown placeholder or a stray brace."""


def parse_parts(text: str, vocabulary: Collection[str]) -> Parts:
    """Split ``text`` into literal pieces and placeholder names from ``vocabulary``.

    Raises:
        PatternError: an unknown placeholder, an attribute, index or format expression, or a
            lone brace.
    """
    parts: list[tuple[bool, str]] = []
    last = 0
    for match in _TOKEN.finditer(text):
        if match.start() > last:
            parts.append((False, text[last : match.start()]))
        token = match.group(0)
        if token in ("{{", "}}"):
            parts.append((False, token[0]))
        elif token in ("{", "}"):
            raise PatternError(f"dấu “{token}” đứng lẻ trong “{text}” (viết “{token * 2}”)")
        else:
            name = match.group(1)
            if name not in vocabulary:
                shown = name if len(name) <= 40 else name[:40] + "…"
                raise PatternError(
                    f"“{{{shown}}}” không phải tên trường có sẵn; dùng một trong: "
                    + ", ".join(f"{{{n}}}" for n in vocabulary)
                )
            parts.append((True, name))
        last = match.end()
    if last < len(text):
        parts.append((False, text[last:]))
    return tuple(parts)


def fill(parts: Parts, values: dict[str, str]) -> str:
    """The text with every placeholder replaced by its value."""
    return "".join(values[text] if is_name else text for is_name, text in parts)
