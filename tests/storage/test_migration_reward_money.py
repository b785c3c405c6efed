"""Migration 0005_reward_money: a database of an earlier release migrates with its decisions,
which have no reward article until one is typed; saving can set and clear it."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

from desktop.domain.records import RewardMoney
from desktop.storage.database import open_database
from desktop.storage.decisions import DecisionStore

FIRST_RELEASE = Path(__file__).parent.parent / "data" / "db" / "first-release.db"


def test_an_older_database_migrates_and_the_reward_is_set_and_cleared(tmp_path: Path) -> None:
    # Made by the first release's code, before the reward article existed.
    path = tmp_path / "old.db"
    shutil.copy(FIRST_RELEASE, path)
    with sqlite3.connect(path) as old:
        columns = [row[1] for row in old.execute("PRAGMA table_info(decisions)")]
    old.close()
    assert "reward_person" not in columns

    db = open_database(path)
    try:
        store = DecisionStore(db)
        decision = store.find("15-QĐ/BTGTU")
        assert decision.reward is None and len(decision.awards) == 26  # data kept
        decision.reward = RewardMoney(Decimal(250000), None, "Quỹ thi đua của Ban")
        store.save(decision)
        decision = store.find("15-QĐ/BTGTU")
        assert decision.reward == RewardMoney(Decimal(250000), None, "Quỹ thi đua của Ban")
        decision.reward = None
        store.save(decision)
        assert store.find("15-QĐ/BTGTU").reward is None
        row = db.execute(
            "SELECT reward_person, reward_collective, reward_fund FROM decisions "
            "WHERE number = '15-QĐ/BTGTU'"
        ).fetchone()
        assert row == ("", "", "")
    finally:
        db.close()
