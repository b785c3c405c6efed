"""Helpers for tests of meeting packages."""

from __future__ import annotations

from typing import Any

from desktop.domain.text import normalize, normalize_multiline
from desktop.exchange.meeting_package import MULTILINE_FIELDS


def canonical(data: Any, key: str = "") -> Any:
    """The package as the format defines its normal form, computed independently of the
    code under test: text normalised, empty optional values left out."""
    if isinstance(data, str):
        return normalize_multiline(data) if key in MULTILINE_FIELDS else normalize(data)
    if isinstance(data, list):
        return [canonical(v, key) for v in data]
    if isinstance(data, dict):
        out = {k: canonical(v, k) for k, v in data.items()}
        return {k: v for k, v in out.items() if v not in ("", [], None)}
    return data
