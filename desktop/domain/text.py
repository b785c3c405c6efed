"""Vietnamese text rules: normalisation, search folding, collation, name parts.

(Initial version; to be completed with collation and name parts.)
"""

from __future__ import annotations

import re
import unicodedata

_SPACE_RUN = re.compile(r"\s+")


def normalize(text: str | None) -> str:
    """Return ``text`` in NFC, trimmed, with every run of white space collapsed to one space."""
    if not text:
        return ""
    return _SPACE_RUN.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str | None) -> str:
    """Return the search form of ``text``: lower case, no diacritics, đ/Đ → d."""
    decomposed = unicodedata.normalize("NFD", normalize(text).lower()).replace("đ", "d")
    return "".join(c for c in decomposed if not unicodedata.combining(c))
