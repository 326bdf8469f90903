"""The seeded randomised campaign: 300 check-ins under random faults, none lost or doubled."""

from __future__ import annotations

import asyncio
from pathlib import Path

from kiosk.sandbox import SandboxServer
from tests.faults.campaign import FAULTS, run_campaign

SEED = 20260302
COUNT = 300


def test_three_hundred_check_ins_under_random_faults(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    result = asyncio.run(
        run_campaign(
            sandbox, tmp_path / "outbox.sqlite3", count=COUNT, seed=SEED, pace=0.02, chaos_gap=0.15
        )
    )
    summary = result.summary()
    assert result.problems == [], summary
    assert (result.lost, result.duplicated, result.misreported) == (0, 0, 0), summary
    assert (result.delivered, result.expired, result.rejected) == (COUNT, 0, 0), summary
    assert result.stray_tickets == 0, summary
    assert len(sandbox.tickets) == COUNT, summary
    assert set(result.faults) == set(FAULTS), summary  # every kind of fault was played
