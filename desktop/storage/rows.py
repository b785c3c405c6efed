"""Small helpers shared by the stores: timestamps, JSON columns."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any


def now() -> str:
    """The current time as stored: ISO 8601, UTC, seconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def to_json(value: Any) -> str:
    """A value for a JSON text column (Vietnamese kept readable)."""
    return json.dumps(value, ensure_ascii=False)


def from_json(text: str | None, default: Any) -> Any:
    """A JSON text column back as a value; ``default`` when empty."""
    return json.loads(text) if text else default
