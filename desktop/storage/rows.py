"""Small helpers shared by the stores: timestamps, JSON columns, money as text columns."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from desktop.domain.records import RewardMoney


def now() -> str:
    """The current time as stored: ISO 8601, UTC, seconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def to_json(value: Any) -> str:
    """A value for a JSON text column (Vietnamese kept readable)."""
    return json.dumps(value, ensure_ascii=False)


def from_json(text: str | None, default: Any) -> Any:
    """A JSON text column back as a value; ``default`` when empty."""
    return json.loads(text) if text else default


def reward_columns(reward: RewardMoney | None) -> dict[str, str]:
    """The reward money as text columns (Decimal as text: STYLE.md); "" where not set."""
    reward = reward or RewardMoney()
    return {
        "reward_person": "" if reward.person is None else str(reward.person),
        "reward_collective": "" if reward.collective is None else str(reward.collective),
        "reward_fund": reward.fund,
    }


def reward_from(row: dict[str, Any]) -> RewardMoney | None:
    """The stored reward money, or None when no amount is set."""
    person, collective = row.get("reward_person") or "", row.get("reward_collective") or ""
    if not person and not collective:
        return None
    return RewardMoney(
        Decimal(person) if person else None,
        Decimal(collective) if collective else None,
        row.get("reward_fund") or "",
    )
