"""The delivery campaign at scale: lost, duplicated and expired check-ins, and the time taken.

``python -m bench.delivery_campaign --count 10000 [--seed N] [--pace SECONDS]``

Starts the sandbox on loopback and runs the seeded randomised campaign of
`tests/faults/campaign.py`: check-ins submitted at random intervals through the real outbox,
sender and client while faults (latency past the timeout, 503 bursts, 429, 500 after create,
connections dropped before and after processing, malformed JSON, server down) are switched on
and off, and the kiosk's own incidents are played (its outbox key swapped in the environment,
its keyring locked, its key file removed and put back, its disk full for a spell; see
`tests/faults/incidents.py`). Exits 1 if any check-in was lost, duplicated or misreported.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import sys
import tempfile
from pathlib import Path

from kiosk.sandbox import SandboxServer
from tests.faults.campaign import FAST_SENDER, run_campaign
from tests.faults.incidents import KEY_INCIDENTS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Delivery campaign under random faults.")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20260302)
    parser.add_argument("--pace", type=float, default=0.005, help="mean seconds between taps")
    parser.add_argument("--chaos-gap", type=float, default=0.4, help="mean seconds per fault")
    parser.add_argument(
        "--incident-gap", type=float, default=2.0, help="mean seconds between incidents (0: none)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")

    def progress(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    # Every lookup pages through the whole window; at this density that is thousands of
    # tickets, so pages are large.
    lookup = dataclasses.replace(FAST_SENDER.lookup, page_size=2000)
    with SandboxServer(appointments=False) as server, tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(
            run_campaign(
                server,
                Path(tmp) / "outbox.sqlite3",
                count=args.count,
                seed=args.seed,
                pace=args.pace,
                chaos_gap=args.chaos_gap,
                visitor_wait=8.0,
                drain_limit=600.0,
                progress=progress,
                sender_settings={"lookup": lookup},
                incident_gap=args.incident_gap or None,
            )
        )
        tickets = len(server.tickets)
    print(f"check-ins:   {result.count} (seed {result.seed})")
    print(f"tickets:     {tickets}")
    print(f"delivered:   {result.delivered}")
    print(f"lost:        {result.lost}")
    print(f"duplicated:  {result.duplicated}")
    print(f"expired:     {result.expired}")
    print(f"rejected:    {result.rejected}")
    print(f"misreported: {result.misreported}")
    print(f"visitors shown their number within 8 s: {result.told_delivered}")
    print(f"refused (front desk, never stored): {result.refused}")
    key_changes = sum(result.faults[k] for k in KEY_INCIDENTS)
    print(
        f"key changes: {key_changes} ({result.key_changes} restarts, {result.locked_out} with "
        "check-ins waiting for their key)"
    )
    print(f"disk-full spells: {result.faults['disk_full']}")
    played = ", ".join(f"{name} {n}" for name, n in sorted(result.faults.items()))
    print(f"faults:      {played}")
    print(f"time:        {result.elapsed:.1f} s")
    for problem in result.problems[:20]:
        print(f"problem: {problem}")
    bad = result.lost or result.duplicated or result.misreported or result.stray_tickets
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
