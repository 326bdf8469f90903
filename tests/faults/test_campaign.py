"""The seeded randomised campaign: 300 check-ins under random faults (a quarter of them for an
appointment), none lost or doubled;
and the same with the kiosk's own incidents (key changes, a full disk) played as well."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from kiosk.sandbox import SandboxServer
from tests.faults.campaign import FAULTS, run_campaign
from tests.faults.incidents import INCIDENTS

SEED = 20260302
COUNT = 300
APPOINTMENTS = 0.25
"""The share of visitors who check in for an appointment in the first campaign."""


def test_three_hundred_check_ins_under_random_faults(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    result = asyncio.run(
        run_campaign(
            sandbox,
            tmp_path / "outbox.sqlite3",
            count=COUNT,
            seed=SEED,
            pace=0.02,
            chaos_gap=0.15,
            appointments=APPOINTMENTS,
        )
    )
    summary = result.summary()
    assert result.problems == [], summary
    assert (result.lost, result.duplicated, result.misreported) == (0, 0, 0), summary
    assert (result.delivered, result.expired, result.rejected) == (COUNT, 0, 0), summary
    assert result.stray_tickets == 0, summary
    assert len(sandbox.tickets) == COUNT, summary
    assert {t.status for t in sandbox.tickets} == {"NEW"}, summary  # appointments checked in
    assert result.appointments >= COUNT * APPOINTMENTS / 2, summary
    assert set(result.faults) == set(FAULTS), summary  # every kind of fault was played


@pytest.mark.timeout(600)
def test_key_changes_and_disk_full_spells_lose_and_double_nothing(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    result = asyncio.run(
        run_campaign(
            sandbox,
            tmp_path / "outbox.sqlite3",
            count=COUNT,
            seed=SEED + 1,
            pace=0.03,
            chaos_gap=0.3,
            incident_gap=0.3,
            incident_spell=0.25,
            appointments=APPOINTMENTS,
        )
    )
    summary = result.summary()
    assert result.problems == [], summary
    assert (result.lost, result.duplicated, result.misreported) == (0, 0, 0), summary
    stored = COUNT - result.refused
    assert (result.delivered, result.expired, result.rejected) == (stored, 0, 0), summary
    assert result.stray_tickets == 0, summary  # a refused check-in never reaches Qminder
    checked_in = [t for t in sandbox.tickets if t.status != "SCHEDULED"]
    assert len(checked_in) == stored, summary  # (a refused appointment stays booked)
    assert set(INCIDENTS) <= set(result.faults), summary  # every incident was played
    assert result.locked_out >= 1, summary  # check-ins did wait for their key
    assert result.refused >= 1, summary  # and visitors were sent to the desk meanwhile
