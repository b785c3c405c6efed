"""Migration 0005_reward_money: a database of an earlier release migrates with its decisions,
which have no reward article until one is typed; saving can set and clear it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from desktop.domain.records import RewardMoney
from desktop.services.packages import load_package
from desktop.storage import migrations as migrations_module
from desktop.storage.database import open_database
from desktop.storage.decisions import DecisionStore


def test_an_older_database_migrates_and_the_reward_is_set_and_cleared(
    tmp_path: Path, sample_path: Path
) -> None:
    path = tmp_path / "old.db"
    old = Database(path)
    old.execute("PRAGMA foreign_keys=ON")
    migrations_module.migrations.apply(old, stop_before="0005_reward_money")
    load_package(old, sample_path)
    assert "reward_person" not in old["decisions"].columns_dict
    old.close()

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
